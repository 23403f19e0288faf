import fc from 'fast-check';
import type { Capability, Policy, RoleCapability } from '../../../src/core/model/index.js';
import { contactStatuses } from '../../../src/core/model/index.js';
import type { Actor, Target } from '../../../src/core/permissions/index.js';

/*
 * Helpers shared by the permission engine's tests: `person` for hand-written cases, and generators
 * for the property tests: random policies (capability `grant` first and company-wide; role r0 is the
 * admin and holds it), people and targets.
 */

/** A person of `role`, active, with no grants and no sites unless `extra` says otherwise. */
export const person = (id: string, role: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  role,
  grants: [],
  sites: [],
  status: 'active',
  ...extra,
});

export const GRANT = 'grant';
export const SITES = ['s0', 's1'] as const;
export const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4'] as const;

/**
 * A policy over `capabilities` whose roles r0, r1… hold each capability at `levels[role][i]` (0 none,
 * 1 outright, 2 own contact only, 3 when granted; site-scoped ones never sit in a role). Role r0 is the
 * admin and holds `grant` outright whatever its levels say.
 */
export function policyFrom(
  capabilities: Capability[],
  levels: readonly (readonly number[])[],
  defaultRole: number,
  grant = GRANT,
): Policy {
  return {
    id: 'random',
    version: 1,
    capabilities,
    roles: levels.map((row, r) => {
      const entries: RoleCapability[] = [];
      capabilities.forEach((capability, i) => {
        const level = r === 0 && capability.id === grant ? 1 : (row[i] ?? 0);
        if (capability.scope === 'site' || level === 0) return;
        entries.push(
          level === 1
            ? { capability: capability.id }
            : { capability: capability.id, when: level === 2 ? 'own-contact' : 'granted' },
        );
      });
      return { id: `r${r}`, capabilities: entries };
    }),
    adminRole: 'r0',
    defaultRole: `r${defaultRole % levels.length}`,
    grantCapability: grant,
  };
}

/** Role tables: `roles` rows of `width` levels (0–3). */
export const levelsArb = (width: number, roles: { minLength: number; maxLength: number }) =>
  fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: width, maxLength: width }), roles);

/** A policy of 1 + n capabilities (`grant` first, company-wide) and 1..4 roles; role r0 is the admin. */
export const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    scopes: fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
    roles: levelsArb(8, { minLength: 1, maxLength: 4 }),
    defaultRole: fc.nat(),
  })
  .map(({ scopes, roles, defaultRole }) =>
    policyFrom(
      [
        { id: GRANT, group: 'permissions', scope: 'company' as const },
        ...scopes.map((site, i) => ({
          id: `c${i + 1}`,
          group: site ? 'sites' : 'general',
          scope: site ? ('site' as const) : ('company' as const),
        })),
      ],
      roles,
      defaultRole,
    ),
  );

export const ids = (policy: Policy) => policy.capabilities.map((c) => c.id);
export const companyIds = (policy: Policy) =>
  policy.capabilities.filter((c) => c.scope === 'company').map((c) => c.id);
export const siteIds = (policy: Policy) =>
  policy.capabilities.filter((c) => c.scope === 'site').map((c) => c.id);

export function actorArb(policy: Policy): fc.Arbitrary<Actor> {
  const capabilityIds = [...ids(policy), 'unknown'];
  return fc.record({
    id: fc.constantFrom(...PEOPLE),
    role: fc.constantFrom(...policy.roles.map((r) => r.id), 'no-such-role'),
    grants: fc.subarray(capabilityIds),
    sites: fc.array(
      fc.record({ siteId: fc.constantFrom(...SITES), capabilities: fc.subarray(capabilityIds) }),
      { maxLength: 3 },
    ),
    status: fc.constantFrom(...contactStatuses),
  });
}

export function targetArb(): fc.Arbitrary<Target | undefined> {
  return fc.option(
    fc.record(
      { contactId: fc.constantFrom(...PEOPLE), siteId: fc.constantFrom(...SITES, 's-other') },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  );
}

export const checkArb = policyArb.chain((policy) =>
  fc.tuple(
    fc.constant(policy),
    fc.array(fc.tuple(actorArb(policy), fc.constantFrom(...ids(policy), 'unknown'), targetArb()), {
      minLength: 1,
      maxLength: 20,
    }),
  ),
);
