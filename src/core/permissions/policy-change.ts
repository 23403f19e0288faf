/**
 * What a change of the company's policy may not do, whoever sends it: the check `<permission-matrix>`
 * runs before it enables a role-table cell, and the check every backend runs before it saves a policy.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import type { Policy } from '../model/index.js';
import { diffPolicy, setRoleCell, type HoldState } from './diff.js';
import { checkPolicyReferences } from './policy-references.js';
import { selfEditableFields } from './presets.js';
import type { Actor, Explanation, PermissionEngine } from './types.js';

/** The capability whose outright holders may decide which fields people edit on their own contact. */
const editContacts = 'edit-contacts';

/** How many of the company's contacts hold one role. */
export interface RoleHolders {
  /** In any status (a role someone holds cannot be removed: `role-in-use`). */
  all: number;
  /** Neither suspended nor inactive (they can act; the admin role needs at least one). */
  acting: number;
}

/** The facts a policy change must respect, counted from the company's contacts. */
export interface PolicyFacts {
  /** Holders of each role, by role id; a role missing here has none. */
  roleHolders: Readonly<Record<string, RoleHolders>>;
}

/** Counts the holders of every role among `contacts` (what {@link PolicyFacts} expects). */
export function policyFacts(contacts: Iterable<Pick<Actor, 'role' | 'status'>>): PolicyFacts {
  const counts: RoleStatusCount[] = [];
  for (const contact of contacts)
    counts.push({ role: contact.role, status: contact.status, count: 1 });
  return policyFactsFromCounts(counts);
}

/** How many of the company's contacts hold `role` in `status`. */
export interface RoleStatusCount {
  role: string;
  status: Actor['status'];
  count: number;
}

/**
 * {@link policyFacts} from counts per role and status rather than from every contact — what a database
 * answers with `SELECT role, status, count(*) … GROUP BY role, status` (the reference server), so a
 * store never loads every contact to check a policy edit, and never restates who "can act".
 */
export function policyFactsFromCounts(counts: Iterable<RoleStatusCount>): PolicyFacts {
  const roleHolders: Record<string, RoleHolders> = {};
  for (const { role, status, count } of counts) {
    const holders = (roleHolders[role] ??= { all: 0, acting: 0 });
    holders.all += count;
    if (status !== 'suspended' && status !== 'inactive') holders.acting += count;
  }
  return { roleHolders };
}

/**
 * Whether `actor` holds `capability` for everyone, not only on their own contact — what writing the
 * capability into a role takes. The same test `<permission-matrix>` applies to a role-table cell.
 */
export function holdsOutright(engine: PermissionEngine, actor: Actor, capability: string): boolean {
  const explanation = engine.explain(actor, capability);
  return explanation.allowed && explanation.code !== 'own-contact';
}

/**
 * Why `actor` may not change anyone's access or the policy at all, or undefined when they may: they
 * must hold the policy's grant capability outright (`cannot-grant`; `inactive-actor` when they cannot
 * act). What `<permission-matrix>` shows on every control when it refuses.
 */
export function grantRefusal(engine: PermissionEngine, actor: Actor): Explanation | undefined {
  const capability = engine.policy.grantCapability;
  const explanation = engine.explain(actor, capability);
  if (explanation.allowed && explanation.code !== 'own-contact') return undefined;
  if (explanation.code === 'inactive-actor') return explanation;
  return { allowed: false, code: 'cannot-grant', missing: capability };
}

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((field) => right.has(field));
}

const refuse = (code: Explanation['code'], extra: Omit<Explanation, 'allowed' | 'code'>) =>
  ({ allowed: false, code, ...extra }) satisfies Explanation;

/**
 * Every refusal of replacing `engine.policy` by `next` (already checked by `parsePolicy`), for `actor`;
 * an empty list means the change may be saved. No escalation, whatever the route:
 * - the actor must hold the policy's `grantCapability` outright (`cannot-grant`; `inactive-actor`);
 * - the capabilities stay those of the vendor: none added, removed or re-scoped (`capabilities-fixed`,
 *   `subject` = the capability; a capability's `group`, how it is shown, may change);
 * - every role-table cell that changes (a capability added to, removed from or re-conditioned in any
 *   role — the actor's own included; a new role's cells; a removed capability's cells) needs the actor to
 *   hold that capability outright: `grant-not-held`, `subject` = the capability, `role` = the role;
 * - a new `grantCapability` must be one the actor holds outright (`grant-not-held`);
 * - a new list of `selfEditableFields` needs `edit-contacts` held outright (`grant-not-held`);
 * - a new `adminRole` must be held by at least one contact who can act, or the company would have no
 *   general admin (`last-admin`, `subject` = the role).
 * What `parsePolicy` refuses (the admin role losing the grant capability: `admin-cannot-grant`) and a
 * role removed while someone holds it (`role-in-use`, counted in `facts`) are refused besides.
 */
export function validatePolicyChange(
  engine: PermissionEngine,
  actor: Actor,
  next: Policy,
  facts: PolicyFacts,
): Explanation[] {
  const current = engine.policy;
  const gate = grantRefusal(engine, actor);
  if (gate) return [gate];
  const refusals: Explanation[] = [];
  // The capabilities themselves are the vendor's product (what its portal can do): a company's policy
  // edit arranges them in roles, it does not invent, drop or re-scope them — a capability dropped and
  // defined again would hand its old grants back to people nobody gave it to since.
  const scopes = new Map(current.capabilities.map((c) => [c.id, c.scope]));
  const nextScopes = new Map(next.capabilities.map((c) => [c.id, c.scope]));
  for (const id of new Set([...scopes.keys(), ...nextScopes.keys()])) {
    if (scopes.get(id) !== nextScopes.get(id)) {
      refusals.push(refuse('capabilities-fixed', { subject: id }));
    }
  }
  for (const cell of diffPolicy(current, next).cells) {
    if (!holdsOutright(engine, actor, cell.capability)) {
      refusals.push(
        refuse('grant-not-held', {
          subject: cell.capability,
          missing: cell.capability,
          role: cell.role,
        }),
      );
    }
  }
  if (
    next.grantCapability !== current.grantCapability &&
    !holdsOutright(engine, actor, next.grantCapability)
  ) {
    refusals.push(
      refuse('grant-not-held', { subject: next.grantCapability, missing: next.grantCapability }),
    );
  }
  if (
    !sameFields(selfEditableFields(current), selfEditableFields(next)) &&
    !holdsOutright(engine, actor, editContacts)
  ) {
    refusals.push(refuse('grant-not-held', { subject: editContacts, missing: editContacts }));
  }
  if (next.adminRole !== current.adminRole && !(facts.roleHolders[next.adminRole]?.acting ?? 0)) {
    refusals.push(refuse('last-admin', { subject: next.adminRole, role: next.adminRole }));
  }
  return refusals;
}

/** Why a role-table cell may not take a state: the policy would be invalid, or the actor is refused. */
export type RoleCellRefusal =
  { kind: 'invalid'; error: FieldError } | { kind: 'refused'; explanation: Explanation };

/**
 * Why `actor` may not set the role-table cell (`roleId`, `capability`) of the saved policy
 * (`engine.policy`) to `state` (`always`, `granted`, `own-contact`, `none`), or `undefined` when they
 * may. It is exactly what a backend refuses of a policy whose only change is that cell: `parsePolicy`'s
 * reference checks (the admin role must hold the grant capability without a condition:
 * `admin-cannot-grant`) and {@link validatePolicyChange} (`cannot-grant`, `inactive-actor`,
 * `grant-not-held`). Setting a cell back to its saved state is never refused by the cell itself.
 */
export function roleCellRefusal(
  engine: PermissionEngine,
  actor: Actor,
  roleId: string,
  capability: string,
  state: HoldState,
): RoleCellRefusal | undefined {
  const next = setRoleCell(engine.policy, roleId, capability, state);
  const error = checkPolicyReferences(next)[0];
  if (error) return { kind: 'invalid', error };
  // A cell never changes the admin role, the one thing the role holders are counted for.
  const explanation = validatePolicyChange(engine, actor, next, { roleHolders: {} })[0];
  return explanation ? { kind: 'refused', explanation } : undefined;
}
