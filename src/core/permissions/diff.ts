import type { AccessChange, Approvers, Policy, Role, SiteAccess } from '../model/index.js';

/**
 * How firmly a person holds a capability at company scope:
 * - `full`: outright, from the role or an explicit grant;
 * - `own-contact`: from the role, but only on their own contact (seed 000, footnote **);
 * - `none`: not at all (a role capability under the `granted` condition counts only once granted).
 */
export type HoldLevel = 'full' | 'own-contact' | 'none';

/** What changes on one site: assigned, unassigned, or its permissions changed. */
export interface SiteDiff {
  siteId: string;
  change: 'assigned' | 'unassigned' | 'changed';
  /** Site permissions the person gains on this site. */
  gains: string[];
  /** Site permissions the person loses on this site. */
  loses: string[];
}

/**
 * A staged change to one contact's access, in the terms a person reads it:
 * "Maria Souza gains: approve budgets; loses: edit contacts".
 *
 * `gains` and `loses` are company-scope capabilities whose effective hold changes (role and grants
 * together); `limited` are those that go from outright to "own contact only"; `widened` the reverse.
 * `grants` lists the explicit grant edits themselves, for a caller that needs them.
 */
export interface AccessDiff {
  contactId: string;
  role?: { from: string; to: string };
  gains: string[];
  loses: string[];
  limited: string[];
  widened: string[];
  grants: { added: string[]; removed: string[] };
  sites: SiteDiff[];
}

/** A staged change to who approves budgets and tickets. Contact ids. */
export interface ApproversDiff {
  budgets: { added: string[]; removed: string[] };
  tickets: { added: string[]; removed: string[] };
}

/** One cell of the role table: a role holding a capability, outright or under a condition. */
export interface RoleCellChange {
  role: string;
  capability: string;
  from: HoldState;
  to: HoldState;
}

/** A role cell's state: not held, held outright, or held under a condition. */
export type HoldState = 'none' | 'always' | 'own-contact' | 'granted';

/** A staged change to the role table of a policy. */
export interface PolicyDiff {
  policyId: string;
  cells: RoleCellChange[];
}

/** A capability's hold for someone with `role` and `grants`, read from the policy's data. */
export function holdLevel(
  policy: Policy,
  access: Pick<AccessChange, 'role' | 'grants'>,
  capability: string,
): HoldLevel {
  if (access.grants.includes(capability)) return 'full';
  const entry = findRole(policy, access.role)?.capabilities.find(
    (c) => c.capability === capability,
  );
  if (!entry || entry.when === 'granted') return 'none';
  return entry.when === 'own-contact' ? 'own-contact' : 'full';
}

/** The state of a role-table cell. */
export function roleCellState(role: Role | undefined, capability: string): HoldState {
  const entry = role?.capabilities.find((c) => c.capability === capability);
  if (!entry) return 'none';
  return entry.when ?? 'always';
}

/**
 * The structured difference between a contact's access before and after staged edits. Pure; the
 * order of every list follows the policy's capability order (then the order of `after.sites`), so the
 * sentence a person reads is stable.
 */
export function diffAccess(
  policy: Policy,
  contactId: string,
  before: AccessChange,
  after: AccessChange,
): AccessDiff {
  const companyCaps = policy.capabilities.filter((c) => c.scope === 'company').map((c) => c.id);
  const known = new Set(policy.capabilities.map((c) => c.id));
  // Grants of capabilities the policy no longer names still count, after the known ones.
  const extra = unique([...before.grants, ...after.grants]).filter((id) => !known.has(id));
  const gains: string[] = [];
  const loses: string[] = [];
  const limited: string[] = [];
  const widened: string[] = [];
  for (const id of [...companyCaps, ...extra]) {
    const from = holdLevel(policy, before, id);
    const to = holdLevel(policy, after, id);
    if (from === to) continue;
    if (from === 'none') gains.push(id);
    else if (to === 'none') loses.push(id);
    else if (to === 'own-contact') limited.push(id);
    else widened.push(id);
  }
  const diff: AccessDiff = {
    contactId,
    gains,
    loses,
    limited,
    widened,
    grants: setDiff(before.grants, after.grants, policy),
    sites: diffSites(policy, before.sites, after.sites),
  };
  if (before.role !== after.role) diff.role = { from: before.role, to: after.role };
  return diff;
}

/** Whether a diff changes nothing a person would notice (no role, grant, hold or site change). */
export function isEmptyAccessDiff(diff: AccessDiff): boolean {
  return (
    !diff.role &&
    diff.gains.length === 0 &&
    diff.loses.length === 0 &&
    diff.limited.length === 0 &&
    diff.widened.length === 0 &&
    diff.grants.added.length === 0 &&
    diff.grants.removed.length === 0 &&
    diff.sites.length === 0
  );
}

/** Who is added to and removed from each approver list. */
export function diffApprovers(
  before: Pick<Approvers, 'budgets' | 'tickets'>,
  after: Pick<Approvers, 'budgets' | 'tickets'>,
): ApproversDiff {
  return {
    budgets: setDiff(before.budgets, after.budgets),
    tickets: setDiff(before.tickets, after.tickets),
  };
}

/** Whether an approvers diff changes nothing. */
export function isEmptyApproversDiff(diff: ApproversDiff): boolean {
  return (
    diff.budgets.added.length + diff.budgets.removed.length === 0 &&
    diff.tickets.added.length + diff.tickets.removed.length === 0
  );
}

/** Every role-table cell whose state differs between two versions of a policy, in table order. */
export function diffPolicy(before: Policy, after: Policy): PolicyDiff {
  const cells: RoleCellChange[] = [];
  const roleIds = unique([...before.roles.map((r) => r.id), ...after.roles.map((r) => r.id)]);
  const capIds = unique([
    ...before.capabilities.map((c) => c.id),
    ...after.capabilities.map((c) => c.id),
  ]);
  for (const capability of capIds) {
    for (const role of roleIds) {
      const from = roleCellState(findRole(before, role), capability);
      const to = roleCellState(findRole(after, role), capability);
      if (from !== to) cells.push({ role, capability, from, to });
    }
  }
  return { policyId: after.id, cells };
}

function diffSites(policy: Policy, before: SiteAccess[], after: SiteAccess[]): SiteDiff[] {
  const order = policy.capabilities.map((c) => c.id);
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  const sort = (ids: string[]) => [...ids].sort((a, b) => rank(a) - rank(b));
  const beforeById = new Map(before.map((s) => [s.siteId, s]));
  const afterById = new Map(after.map((s) => [s.siteId, s]));
  const result: SiteDiff[] = [];
  for (const site of after) {
    const old = beforeById.get(site.siteId);
    if (!old) {
      result.push({
        siteId: site.siteId,
        change: 'assigned',
        gains: sort(unique(site.capabilities)),
        loses: [],
      });
      continue;
    }
    const { added, removed } = setDiff(old.capabilities, site.capabilities);
    if (added.length || removed.length) {
      result.push({
        siteId: site.siteId,
        change: 'changed',
        gains: sort(added),
        loses: sort(removed),
      });
    }
  }
  for (const site of before) {
    if (afterById.has(site.siteId)) continue;
    result.push({
      siteId: site.siteId,
      change: 'unassigned',
      gains: [],
      loses: sort(unique(site.capabilities)),
    });
  }
  return result;
}

function setDiff(
  before: readonly string[],
  after: readonly string[],
  policy?: Policy,
): { added: string[]; removed: string[] } {
  const was = new Set(before);
  const now = new Set(after);
  const added = unique(after.filter((id) => !was.has(id)));
  const removed = unique(before.filter((id) => !now.has(id)));
  if (!policy) return { added, removed };
  const order = policy.capabilities.map((c) => c.id);
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  return {
    added: added.sort((a, b) => rank(a) - rank(b)),
    removed: removed.sort((a, b) => rank(a) - rank(b)),
  };
}

function findRole(policy: Policy, id: string): Role | undefined {
  return policy.roles.find((r) => r.id === id);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Re-applies the edits a person staged on `base` to `current`, the record as it is now (after a
 * conflict): a role they changed stays changed, grants they added or removed stay added or removed,
 * sites they assigned, unassigned or re-permissioned stay so. Whatever they did not touch takes the
 * current value. Pure.
 */
export function rebaseAccess(
  base: AccessChange,
  staged: AccessChange,
  current: AccessChange,
): AccessChange {
  const grants = setDiff(base.grants, staged.grants);
  const nextGrants = unique([
    ...current.grants.filter((id) => !grants.removed.includes(id)),
    ...grants.added,
  ]);
  const baseSites = new Map(base.sites.map((s) => [s.siteId, s.capabilities]));
  const stagedSites = new Map(staged.sites.map((s) => [s.siteId, s.capabilities]));
  const sites: SiteAccess[] = [];
  for (const site of current.sites) {
    const before = baseSites.get(site.siteId);
    const after = stagedSites.get(site.siteId);
    if (before && !after) continue; // unassigned by the person
    if (!before || !after) {
      sites.push({ siteId: site.siteId, capabilities: [...site.capabilities] });
      continue;
    }
    const edit = setDiff(before, after);
    sites.push({
      siteId: site.siteId,
      capabilities: unique([
        ...site.capabilities.filter((id) => !edit.removed.includes(id)),
        ...edit.added,
      ]),
    });
  }
  for (const site of staged.sites) {
    if (baseSites.has(site.siteId) || sites.some((s) => s.siteId === site.siteId)) continue;
    sites.push({ siteId: site.siteId, capabilities: [...site.capabilities] }); // assigned by the person
  }
  return {
    role: staged.role !== base.role ? staged.role : current.role,
    grants: nextGrants,
    sites,
  };
}

/** Re-applies staged approver edits to the current lists (after a conflict). Pure. */
export function rebaseApprovers(
  base: Pick<Approvers, 'budgets' | 'tickets'>,
  staged: Pick<Approvers, 'budgets' | 'tickets'>,
  current: Pick<Approvers, 'budgets' | 'tickets'>,
): { budgets: string[]; tickets: string[] } {
  const apply = (list: 'budgets' | 'tickets') => {
    const edit = setDiff(base[list], staged[list]);
    return unique([...current[list].filter((id) => !edit.removed.includes(id)), ...edit.added]);
  };
  return { budgets: apply('budgets'), tickets: apply('tickets') };
}

/**
 * A copy of `policy` with one role-table cell set to `state` (`none` removes the capability from the
 * role; anything else holds it, under the condition it names). Pure; the input is not changed.
 */
export function setRoleCell(
  policy: Policy,
  roleId: string,
  capability: string,
  state: HoldState,
): Policy {
  return {
    ...policy,
    roles: policy.roles.map((role) => {
      if (role.id !== roleId) return role;
      const rest = role.capabilities.filter((c) => c.capability !== capability);
      if (state === 'none') return { ...role, capabilities: rest };
      const entry = state === 'always' ? { capability } : { capability, when: state };
      const index = role.capabilities.findIndex((c) => c.capability === capability);
      const capabilities = [...rest];
      capabilities.splice(index === -1 ? rest.length : index, 0, entry);
      return { ...role, capabilities };
    }),
  };
}

/** Re-applies the role-table cells staged on `base` to `current` (after a conflict). Pure. */
export function rebasePolicy(base: Policy, staged: Policy, current: Policy): Policy {
  let next: Policy = current;
  for (const cell of diffPolicy(base, staged).cells) {
    if (!current.roles.some((r) => r.id === cell.role)) continue;
    next = setRoleCell(next, cell.role, cell.capability, cell.to);
  }
  return next;
}
