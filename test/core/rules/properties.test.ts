import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import { MemoryAdapter, MemoryBackend } from '../../../src/core/adapter/memory/index.js';
import { createDemoData } from '../../../src/core/demo-data.js';
import {
  contactProfileFields,
  lifecycleActions,
  type AccessChange,
  type Capability,
  type Contact,
  type ContactPatch,
  type Policy,
} from '../../../src/core/model/index.js';
import { setRoleCell, type HoldState } from '../../../src/core/permissions/diff.js';
import {
  adminFilter,
  countsAsAdmin,
  createPermissionEngine,
  defaultPolicy,
  grantRefusal,
  parsePolicy,
  policyFacts,
  validatePolicyChange,
  type Explanation,
} from '../../../src/core/permissions/index.js';
import {
  addVerdict,
  approverRefusal,
  approversCapability,
  editableFields,
  verdict,
  type Verdict,
} from '../../../src/core/rules/index.js';
import { sampleContact } from '../adapter/support.js';
import { policyFrom } from '../permissions/arbitraries.js';

/*
 * Actors × every adapter write × generated policies, through MemoryAdapter:
 * 1. the backend accepts exactly the writes the UI's functions (verdict, addVerdict, editableFields,
 *    the engine's validateChange, approverRefusal, validatePolicyChange) explain as allowed, and refuses
 *    the others with the code the UI shows, writing nothing;
 * 2. no accepted write gives anyone a capability — company-wide or on a site — that the actor who made
 *    the write did not hold at least as widely (judged by a reading of the policy written here, not the
 *    engine's);
 * 3. no company is ever left without a general admin.
 */

const GRANT = 'grant-permissions';
/** The real capabilities (so every contact act has its capability) and two per-site ones. */
const capabilities: Capability[] = [
  ...defaultPolicy.capabilities,
  { id: 'site-view', group: 'sites', scope: 'site' },
  { id: 'site-edit', group: 'sites', scope: 'site' },
];
const companyCaps = capabilities.filter((c) => c.scope === 'company').map((c) => c.id);
const siteCaps = capabilities.filter((c) => c.scope === 'site').map((c) => c.id);

/** Three roles: r0 the admin (holding most things), r1 and r2 holding less; the default is r1 or r2. */
const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    admin: fc.array(fc.constantFrom(1, 1, 1, 1, 1, 1, 0, 2, 3), {
      minLength: capabilities.length,
      maxLength: capabilities.length,
    }),
    // Lesser roles hold less, as real ones do (any table at all: `levelsArb` in the engine's tests).
    others: fc.array(
      fc.array(fc.constantFrom(0, 0, 0, 0, 1, 2, 3), {
        minLength: capabilities.length,
        maxLength: capabilities.length,
      }),
      { minLength: 2, maxLength: 2 },
    ),
    defaultRole: fc.constantFrom(1, 2),
  })
  .map(({ admin, others, defaultRole }) =>
    policyFrom(capabilities, [admin, ...others], defaultRole, GRANT),
  );

const ix = fc.nat(50);
/** Mostly `null` (keep as it is), sometimes a value: most steps change one thing, so many go through. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
type Step =
  | { kind: 'create'; actor: number; role: number | null; grants: number[] }
  | { kind: 'update'; actor: number; target: number; field: number }
  | { kind: 'remove'; actor: number; target: number }
  | { kind: 'transition'; actor: number; target: number; action: number }
  | { kind: 'transfer-admin'; actor: number; target: number; keepOwn: boolean }
  | { kind: 'transfer-tickets'; actor: number; from: number; to: number; busy: boolean }
  | {
      kind: 'access';
      actor: number;
      target: number;
      role: number | null;
      grants: number[] | null;
      sites: [number, number][] | null;
    }
  | { kind: 'approvers'; actor: number; budgets: number[]; tickets: number[]; fit: boolean }
  | {
      kind: 'policy';
      actor: number;
      cells: [number, number, number][];
      adminRole: number | null;
      grant: number | null;
      selfEditable: number[] | null;
    };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    actor: ix,
    role: rarely(fc.nat(2)),
    grants: fc.array(ix, { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('update' as const), actor: ix, target: ix, field: fc.nat(3) }),
  fc.record({ kind: fc.constant('remove' as const), actor: ix, target: ix }),
  fc.record({
    kind: fc.constant('transition' as const),
    actor: ix,
    target: ix,
    action: fc.nat(3),
  }),
  fc.record({
    kind: fc.constant('transfer-admin' as const),
    actor: ix,
    target: ix,
    keepOwn: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('transfer-tickets' as const),
    actor: ix,
    from: ix,
    to: ix,
    busy: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('access' as const),
    actor: ix,
    target: ix,
    role: rarely(fc.nat(2)),
    grants: fc.option(fc.array(ix, { maxLength: 3 }), { nil: null }),
    sites: fc.option(fc.array(fc.tuple(ix, ix), { maxLength: 2 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('approvers' as const),
    actor: ix,
    budgets: fc.array(ix, { maxLength: 3 }),
    tickets: fc.array(ix, { maxLength: 3 }),
    fit: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('policy' as const),
    actor: ix,
    cells: fc.array(fc.tuple(fc.nat(2), ix, fc.nat(3)), { minLength: 1, maxLength: 3 }),
    adminRole: rarely(fc.nat(2)),
    grant: rarely(ix),
    selfEditable: rarely(fc.array(ix, { maxLength: 4 })),
  }),
);

// ── the model: who holds what, read from the policy here (not by the engine) ───────────────────

/** 0 none, 1 on one's own contact only, 2 outright. */
function level(policy: Policy, person: Contact, capability: string): number {
  const defined = policy.capabilities.find((c) => c.id === capability);
  if (defined?.scope !== 'company') return 0;
  if (person.grants.includes(capability)) return 2;
  const entry = policy.roles
    .find((r) => r.id === person.role)
    ?.capabilities.find((e) => e.capability === capability);
  if (!entry || entry.when === 'granted') return 0;
  return entry.when === 'own-contact' ? 1 : 2;
}

const onSite = (person: Contact, siteId: string, capability: string) =>
  person.sites.some((s) => s.siteId === siteId && s.capabilities.includes(capability));

const holders = (policy: Policy, people: Contact[]) =>
  people.filter((c) => countsAsAdmin(policy, c)).length;

/** What the UI answers, and the code it shows when it refuses. */
interface Prediction {
  allowed: boolean;
  /** Undefined where the UI's words come from several fields (approvers, an invalid policy). */
  code?: string;
}
const fromVerdict = (outcome: Verdict): Prediction =>
  outcome.allowed
    ? { allowed: true }
    : { allowed: false, code: 'engine' in outcome ? outcome.engine.code : outcome.state };
const fromRefusals = (refusals: Explanation[]): Prediction =>
  refusals.length ? { allowed: false, code: refusals[0]!.code } : { allowed: true };
const refusedBy = (code: string): Prediction => ({ allowed: false, code });
const allowed: Prediction = { allowed: true };

const tally: Record<string, { accepted: number; refused: number }> = {};
const count = (kind: string, accepted: boolean) => {
  const entry = (tally[kind] ??= { accepted: 0, refused: 0 });
  if (accepted) entry.accepted++;
  else entry.refused++;
};

describe('the rules layer — the backend accepts exactly what the UI explains as allowed', () => {
  it('holds for actors × every write × generated policies; no escalation, never zero admins', async function () {
    // Not a time limit: room for 60 worlds of up to 25 writes on a loaded CI machine (default 20 s).
    this.timeout(300_000);
    let serial = 0;
    await fc.assert(
      fc.asyncProperty(
        policyArb,
        fc.array(stepArb, { minLength: 5, maxLength: 25 }),
        async (policy, steps) => {
          const data = createDemoData({ contacts: 14, seed: 9, policy });
          const backend = new MemoryBackend({ data, prepare: false });
          const company = data.companies[0]!.id;
          const stored = () => backend.snapshot().data;
          const people = () => stored().contacts.filter((c) => c.companyId === company);
          const sites = data.sites.filter((s) => s.companyId === company).map((s) => s.id);

          for (const step of steps) {
            const before = stored();
            const mine = people();
            const acting = mine.filter((c) => c.status !== 'suspended' && c.status !== 'inactive');
            // Most writes are tried by someone with rights (an admin, someone who may grant), so that
            // many go through; a third by anyone who can act.
            const policyNow = before.policies[company]!;
            const granters = acting.filter((c) => level(policyNow, c, GRANT) === 2);
            const admins = acting.filter((c) => c.role === policyNow.adminRole);
            const pools = [acting, granters, admins];
            const pool = pools[step.actor % 3]!.length ? pools[step.actor % 3]! : acting;
            const actorRecord = pool[Math.floor(step.actor / 3) % pool.length]!;
            const adapter = new MemoryAdapter({ backend, actorId: actorRecord.id });
            // What the UI knows: the session, the policy, the admin count — asked through the adapter.
            const [session, current] = await Promise.all([
              adapter.session.current(),
              adapter.permissions.policy(),
            ]);
            const engine = createPermissionEngine(current);
            const actor = session.actor;
            const adminCount = (
              await adapter.contacts.list({ filter: adminFilter(current), limit: 1 })
            ).total;
            const context = { engine, actor, adminCount };
            const pick = (i: number) => mine[i % mine.length]!;
            const role = (i: number) => current.roles[i % current.roles.length]!.id;

            let predicted: Prediction;
            let write: () => Promise<unknown>;
            switch (step.kind) {
              case 'create': {
                serial++;
                const chosen = step.role === null ? current.defaultRole : role(step.role);
                const grants = [
                  ...new Set(step.grants.map((g) => companyCaps[g % companyCaps.length]!)),
                ];
                const canAdd = engine.explain(actor, 'add-contacts');
                const prospect = {
                  id: '',
                  role: current.defaultRole,
                  grants: [],
                  sites: [],
                  status: 'potential' as const,
                };
                predicted = !canAdd.allowed
                  ? refusedBy(canAdd.code)
                  : chosen === current.defaultRole && !addVerdict(context).allowed
                    ? fromVerdict(addVerdict(context))
                    : chosen !== current.defaultRole || grants.length
                      ? fromRefusals(
                          engine.validateChange(
                            actor,
                            prospect,
                            { role: chosen, grants, sites: [] },
                            { adminCount },
                          ),
                        )
                      : allowed;
                const input = sampleContact({
                  name: `Pessoa Gerada ${serial}`,
                  email: `pessoa.gerada.${serial}@exemplo.com.br`,
                  ...(step.role === null ? {} : { role: chosen }),
                  ...(grants.length ? { grants } : {}),
                });
                write = () => adapter.contacts.create(input);
                break;
              }
              case 'update': {
                const target = pick(step.target);
                const patches: [keyof ContactPatch, ContactPatch][] = [
                  ['jobTitle', { jobTitle: `Cargo ${serial++}` }],
                  ['consultingAuthorized', { consultingAuthorized: !target.consultingAuthorized }],
                  ['notes', { notes: `Nota ${serial++}` }],
                  [
                    'communication',
                    {
                      communication: {
                        ...target.communication,
                        productNews: !target.communication.productNews,
                      },
                    },
                  ],
                ];
                const [field, patch] = patches[step.field % patches.length]!;
                const edit = verdict(context, 'edit', target);
                const fields = editableFields(context, target);
                predicted = !edit.allowed ? fromVerdict(edit) : fromVerdict(fields[field]);
                write = () =>
                  adapter.contacts.update(target.id, patch, { version: target.version });
                break;
              }
              case 'remove': {
                const target = pick(step.target);
                predicted = fromVerdict(verdict(context, 'delete', target));
                write = () => adapter.contacts.remove(target.id, { version: target.version });
                break;
              }
              case 'transition': {
                const target = pick(step.target);
                const action = lifecycleActions[step.action % lifecycleActions.length]!;
                const outcome = verdict(context, action, target);
                // The backend's code for a lifecycle act from the wrong status is `invalid-transition`.
                predicted =
                  !outcome.allowed && 'state' in outcome
                    ? refusedBy(outcome.state === 'self' ? 'self' : 'invalid-transition')
                    : fromVerdict(outcome);
                write = () =>
                  adapter.contacts.transition(target.id, action, { version: target.version });
                break;
              }
              case 'transfer-admin': {
                const target = pick(step.target);
                const outcome = verdict(context, 'transfer-admin', target);
                const stepDown = !step.keepOwn && actor.role !== current.defaultRole;
                predicted = !outcome.allowed
                  ? fromVerdict(outcome)
                  : stepDown
                    ? fromRefusals(engine.roleRefusals(actor, current.defaultRole))
                    : allowed;
                write = () =>
                  adapter.contacts.transferAdministration(target.id, { keepOwn: step.keepOwn });
                break;
              }
              case 'transfer-tickets': {
                // Often from someone who has tickets, so that some transfers go through.
                const busy = mine.filter((c) => c.openTickets > 0);
                const from =
                  step.busy && busy.length ? busy[step.from % busy.length]! : pick(step.from);
                const to = pick(step.to);
                predicted = fromVerdict(verdict(context, 'transfer-tickets', from, to));
                write = () => adapter.contacts.transferTickets(from.id, to.id);
                break;
              }
              case 'access': {
                const target = pick(step.target);
                const change: AccessChange = {
                  role: step.role === null ? target.role : role(step.role),
                  grants:
                    step.grants === null
                      ? target.grants
                      : [...new Set(step.grants.map((g) => companyCaps[g % companyCaps.length]!))],
                  sites:
                    step.sites === null
                      ? target.sites
                      : step.sites.map(([s, c]) => ({
                          siteId: sites[s % sites.length]!,
                          capabilities: [siteCaps[c % siteCaps.length]!],
                        })),
                };
                // What the access editor asks before it stages a change.
                predicted = fromRefusals(
                  engine.validateChange(actor, target, change, { adminCount }),
                );
                write = () =>
                  adapter.permissions.setAccess(target.id, change, { version: target.version });
                break;
              }
              case 'approvers': {
                const lists = await adapter.permissions.approvers();
                // Half the time only people who may approve (so that some lists are saved).
                const among = (list: 'budgets' | 'tickets') => {
                  const fit = mine.filter((c) => !approverRefusal(engine, list, c));
                  return step.fit && fit.length ? fit : mine;
                };
                const chosen = (list: 'budgets' | 'tickets', picks: number[]) => {
                  const candidates = among(list);
                  return [...new Set(picks.map((i) => candidates[i % candidates.length]!.id))];
                };
                const body = {
                  budgets: chosen('budgets', step.budgets),
                  tickets: chosen('tickets', step.tickets),
                };
                const may = engine.explain(actor, approversCapability(current));
                const unfit = (['budgets', 'tickets'] as const).some((list) =>
                  body[list].some((id) =>
                    approverRefusal(
                      engine,
                      list,
                      mine.find((c) => c.id === id)!,
                    ),
                  ),
                );
                predicted = !may.allowed
                  ? refusedBy(may.code)
                  : unfit
                    ? { allowed: false }
                    : allowed;
                write = () => adapter.permissions.setApprovers(body, { version: lists.version });
                break;
              }
              case 'policy': {
                const states: HoldState[] = ['none', 'always', 'own-contact', 'granted'];
                let next: Policy = current;
                for (const [r, c, s] of step.cells) {
                  next = setRoleCell(
                    next,
                    role(r),
                    companyCaps[c % companyCaps.length]!,
                    states[s]!,
                  );
                }
                if (step.adminRole !== null) next = { ...next, adminRole: role(step.adminRole) };
                if (step.grant !== null)
                  next = {
                    ...next,
                    grantCapability: companyCaps[step.grant % companyCaps.length]!,
                  };
                if (step.selfEditable !== null) {
                  next = {
                    ...next,
                    selfEditableFields: [
                      ...new Set(
                        step.selfEditable.map(
                          (f) => contactProfileFields[f % contactProfileFields.length]!,
                        ),
                      ),
                    ],
                  };
                }
                const gate = grantRefusal(engine, actor);
                const parsed = parsePolicy(next);
                // The UI counts who holds each role from the contacts it can list.
                const everyone = (await adapter.contacts.list({ limit: 500 })).items;
                predicted = gate
                  ? refusedBy(gate.code)
                  : !parsed.ok
                    ? { allowed: false }
                    : fromRefusals(
                        validatePolicyChange(engine, actor, parsed.policy, policyFacts(everyone)),
                      );
                write = () => adapter.permissions.updatePolicy(next, { version: current.version });
                break;
              }
            }

            const snapshotBefore = JSON.stringify(before);
            let error: unknown;
            try {
              await write();
            } catch (caught) {
              error = caught;
            }
            const accepted = error === undefined;
            count(step.kind, accepted);
            const label = `${step.kind} by ${actor.id} (${actor.role}, ${actor.status})`;
            if (error !== undefined) {
              expect(AdapterError.is(error), `${label}: ${(error as Error).message}`).to.equal(
                true,
              );
            }
            expect(
              accepted,
              `${label}: the UI says ${JSON.stringify(predicted)}, the backend ${accepted ? 'accepted' : (error as AdapterError).code}`,
            ).to.equal(predicted.allowed);
            if (!accepted) {
              if (predicted.code !== undefined)
                expect((error as AdapterError).code, label).to.equal(predicted.code);
              expect(JSON.stringify(stored()), `${label} refused but wrote`).to.equal(
                snapshotBefore,
              );
              continue;
            }

            // No escalation: every gain was held by the actor, at least as widely, before the write.
            const after = stored();
            const policyBefore = before.policies[company]!;
            const policyAfter = after.policies[company]!;
            const actorBefore = before.contacts.find((c) => c.id === actor.id)!;
            for (const person of after.contacts.filter((c) => c.companyId === company)) {
              const was = before.contacts.find((c) => c.id === person.id);
              for (const capability of companyCaps) {
                const now = level(policyAfter, person, capability);
                const then = was ? level(policyBefore, was, capability) : 0;
                if (now > then) {
                  expect(
                    level(policyBefore, actorBefore, capability),
                    `${label} gave ${person.id} ${capability} (${then} → ${now})`,
                  ).to.be.at.least(now);
                }
              }
              for (const entry of person.sites) {
                for (const capability of entry.capabilities) {
                  if (was && onSite(was, entry.siteId, capability)) continue;
                  expect(
                    onSite(actorBefore, entry.siteId, capability),
                    `${label} gave ${person.id} ${capability} on ${entry.siteId}`,
                  ).to.equal(true);
                }
              }
            }
            // Never zero general admins, in any company.
            for (const { id } of after.companies) {
              const them = after.contacts.filter((c) => c.companyId === id);
              expect(
                holders(after.policies[id]!, them),
                `${label}: admins of ${id}`,
              ).to.be.greaterThan(0);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    // Every kind of write was both accepted and refused somewhere: the property is not vacuous.
    for (const kind of [
      'create',
      'update',
      'remove',
      'transition',
      'transfer-admin',
      'transfer-tickets',
      'access',
      'approvers',
      'policy',
    ]) {
      expect(tally[kind]?.accepted ?? 0, `${kind} accepted`).to.be.greaterThan(0);
      expect(tally[kind]?.refused ?? 0, `${kind} refused`).to.be.greaterThan(0);
    }
  });
});
