import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { AccessChange, Policy } from '../../../src/core/model/index.js';
import {
  createPermissionEngine,
  type Actor,
  type StatusChange,
} from '../../../src/core/permissions/index.js';
import { GRANT, PEOPLE, SITES, companyIds, policyArb, siteIds } from './arbitraries.js';

/*
 * Sequences of operations the engine allows, applied to a company, against a model of who holds what
 * written here independently of the engine: every capability a person holds must trace back to
 * someone who held it and could grant, and the company must never lose its last general admin.
 */

type Person = Actor;

/** Where something a person holds came from: the giver, and whether the giver could give it then. */
interface Provenance {
  giver: string;
  giverHeldIt: boolean;
  giverCouldGrant: boolean;
}

type Step =
  | {
      kind: 'access';
      /** Most steps are tried by someone who may grant at all, so that many changes get through. */
      byGranter: boolean;
      actor: number;
      target: number;
      /** `null` keeps the target's role. */
      role: number | null;
      dropGrants: boolean;
      grants: number[];
      /** `null` keeps the target's sites; otherwise the new list, each entry one capability on one site. */
      sites: [site: number, capability: number, fromActor: boolean][] | null;
    }
  | { kind: 'status'; actor: number; target: number; change: StatusChange | 'reactivate' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('access' as const),
      byGranter: fc.boolean(),
      actor: fc.nat(),
      target: fc.nat(),
      role: fc.option(fc.nat(), { nil: null }),
      dropGrants: fc.boolean(),
      grants: fc.array(fc.nat(), { maxLength: 3 }),
      sites: fc.option(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 3 }), {
        nil: null,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      actor: fc.nat(),
      target: fc.nat(),
      change: fc.constantFrom('suspend', 'inactivate', 'delete', 'reactivate'),
    }),
  },
);

/** The model's own reading of the policy: does `person` hold `capability` outright? */
function modelHolds(policy: Policy, person: Person, capability: string): boolean {
  const role = policy.roles.find((r) => r.id === person.role);
  const outright =
    role?.capabilities.some((e) => e.capability === capability && e.when === undefined) ?? false;
  const scope = policy.capabilities.find((c) => c.id === capability)?.scope;
  return scope === 'company' && (outright || person.grants.includes(capability));
}

function modelHoldsOwn(policy: Policy, person: Person, capability: string): boolean {
  const role = policy.roles.find((r) => r.id === person.role);
  return (
    role?.capabilities.some((e) => e.capability === capability && e.when === 'own-contact') ?? false
  );
}

const onSite = (person: Person, siteId: string, capability: string) =>
  person.sites.some((s) => s.siteId === siteId && s.capabilities.includes(capability));

const isAdmin = (policy: Policy, person: Person) =>
  person.role === policy.adminRole && person.status !== 'suspended' && person.status !== 'inactive';

/** Policies with something to change: two roles or more, and at least one site permission. */
const changeablePolicyArb = policyArb.filter((p) => p.roles.length > 1 && siteIds(p).length > 0);

const sequenceArb = changeablePolicyArb.chain((policy) =>
  fc.tuple(
    fc.constant(policy),
    // p0 is the only general admin at the start; everybody else starts in another role.
    fc.array(fc.nat(), { minLength: PEOPLE.length - 1, maxLength: PEOPLE.length - 1 }),
    // p0 holds every site permission on s0 and some on s1.
    fc.subarray(siteIds(policy)),
    fc.array(stepArb, { minLength: 1, maxLength: 40 }),
  ),
);

/** How many operations of each kind the sequences applied (checked below, so the property is not vacuous). */
const applied = { roles: 0, grants: 0, sites: 0, statuses: 0, refused: 0 };

describe('permission engine — sequences of allowed operations', () => {
  it('no capability reaches a person unless a holder who could grant gave it; never zero admins', () => {
    fc.assert(
      fc.property(sequenceArb, ([policy, startRoles, s1Capabilities, steps]) => {
        const engine = createPermissionEngine(policy);
        const roleIds = policy.roles.map((r) => r.id);
        const company = companyIds(policy);
        const siteCaps = siteIds(policy);
        const initialRole = new Map<string, string>();
        let people: Person[] = PEOPLE.map((id, i) => {
          const role =
            i === 0 ? policy.adminRole : roleIds[1 + (startRoles[i - 1]! % (roleIds.length - 1))]!;
          initialRole.set(id, role);
          return {
            id,
            role,
            grants: [],
            sites:
              i === 0
                ? [
                    { siteId: 's0', capabilities: siteCaps },
                    { siteId: 's1', capabilities: s1Capabilities },
                  ]
                : [],
            status: 'active',
          };
        });
        const seeded = people[0]!.sites;
        const provenance = new Map<string, Provenance>();
        const mark = (key: string, giver: Person, heldIt: boolean) =>
          provenance.set(key, {
            giver: giver.id,
            giverHeldIt: heldIt,
            giverCouldGrant: modelHolds(policy, giver, GRANT),
          });
        const adminCount = () => people.filter((p) => isAdmin(policy, p)).length;

        for (const step of steps) {
          const granters = people.filter((p) => modelHolds(policy, p, GRANT));
          const actor =
            step.kind === 'access' && step.byGranter && granters.length > 0
              ? granters[step.actor % granters.length]!
              : people[step.actor % people.length]!;
          const target = people[step.target % people.length]!;
          const facts = { adminCount: adminCount() };
          if (step.kind === 'status') {
            if (step.change === 'reactivate') {
              people = people.map((p) => (p === target ? { ...p, status: 'active' } : p));
            } else if (engine.canChangeStatus(target, step.change, facts).allowed) {
              applied.statuses++;
              people =
                step.change === 'delete'
                  ? people.filter((p) => p !== target)
                  : people.map((p) =>
                      p === target
                        ? { ...p, status: step.change === 'suspend' ? 'suspended' : 'inactive' }
                        : p,
                    );
            }
          } else {
            const siteEntry = ([s, c, fromActor]: [number, number, boolean]) => {
              const siteId = SITES[s % SITES.length]!;
              const held = actor.sites
                .filter((e) => e.siteId === siteId)
                .flatMap((e) => e.capabilities);
              const pool = fromActor && held.length > 0 ? held : siteCaps;
              return { siteId, capabilities: [pool[c % pool.length]!] };
            };
            const change: AccessChange = {
              role: step.role === null ? target.role : roleIds[step.role % roleIds.length]!,
              grants: [
                ...new Set([
                  ...(step.dropGrants ? [] : target.grants),
                  ...step.grants.map((g) => company[g % company.length]!),
                ]),
              ],
              sites:
                step.sites === null || siteCaps.length === 0
                  ? target.sites
                  : step.sites.map(siteEntry),
            };
            if (engine.validateChange(actor, target, change, facts).length > 0) {
              applied.refused++;
            } else {
              // Record where every new thing came from, judged by the model as things stand before the change.
              if (change.role !== target.role) {
                applied.roles++;
                expect(target.id).not.to.equal(actor.id);
                const role = policy.roles.find((r) => r.id === change.role)!;
                const held = role.capabilities.every(
                  (e) =>
                    e.when === 'granted' ||
                    modelHolds(policy, actor, e.capability) ||
                    (e.when === 'own-contact' && modelHoldsOwn(policy, actor, e.capability)),
                );
                mark(`role:${target.id}:${change.role}`, actor, held);
              }
              for (const grant of change.grants) {
                if (target.grants.includes(grant)) continue;
                applied.grants++;
                mark(`grant:${target.id}:${grant}`, actor, modelHolds(policy, actor, grant));
              }
              for (const entry of change.sites) {
                for (const capability of entry.capabilities) {
                  if (onSite(target, entry.siteId, capability)) continue;
                  applied.sites++;
                  mark(
                    `site:${target.id}:${entry.siteId}:${capability}`,
                    actor,
                    onSite(actor, entry.siteId, capability),
                  );
                }
              }
              const updated = {
                ...target,
                role: change.role,
                grants: change.grants,
                sites: change.sites,
              };
              people = people.map((p) => (p === target ? updated : p));
            }
          }

          expect(adminCount(), 'general admins').to.be.at.least(1);
          for (const person of people) {
            if (person.role !== initialRole.get(person.id)) {
              const origin = provenance.get(`role:${person.id}:${person.role}`);
              expect(
                origin?.giverHeldIt && origin.giverCouldGrant,
                `role of ${person.id}`,
              ).to.equal(true);
            }
            for (const grant of person.grants) {
              const origin = provenance.get(`grant:${person.id}:${grant}`);
              expect(
                origin?.giverHeldIt && origin.giverCouldGrant,
                `grant ${grant} of ${person.id}`,
              ).to.equal(true);
            }
            for (const entry of person.sites) {
              for (const capability of entry.capabilities) {
                const origin = provenance.get(`site:${person.id}:${entry.siteId}:${capability}`);
                const wasSeeded =
                  person.id === 'p0' &&
                  seeded.some(
                    (s) => s.siteId === entry.siteId && s.capabilities.includes(capability),
                  );
                expect(
                  wasSeeded || (origin?.giverHeldIt && origin.giverCouldGrant),
                  `${capability} on ${entry.siteId} for ${person.id}`,
                ).to.equal(true);
              }
            }
            // Whatever the engine lets a person do on someone else comes from their role or a grant above.
            for (const capability of company) {
              if (engine.can(person, capability, { contactId: 'someone-else' })) {
                const role = policy.roles.find((r) => r.id === person.role)!;
                const fromRole = role.capabilities.some(
                  (e) => e.capability === capability && e.when === undefined,
                );
                expect(fromRole || person.grants.includes(capability)).to.equal(true);
              }
            }
          }
        }
      }),
      { numRuns: 200 },
    );
    // The sequences must actually exercise every kind of change, and refusals too.
    expect(applied.roles, 'role changes applied').to.be.at.least(10);
    expect(applied.grants, 'grants applied').to.be.at.least(10);
    expect(applied.sites, 'site permissions applied').to.be.at.least(10);
    expect(applied.statuses, 'status changes applied').to.be.at.least(10);
    expect(applied.refused, 'changes refused').to.be.at.least(10);
  });
});
