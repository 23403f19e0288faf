/**
 * The permission writes as decisions: one contact's access (role, grants, site permissions) and the
 * company's policy. Nothing here reads a store.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import { issuesToFieldErrors } from '../adapter/field-errors.js';
import {
  accessChangeSchema,
  type AccessChange,
  type Approvers,
  type Contact,
  type Policy,
} from '../model/index.js';
import { parsePolicy } from '../permissions/policy.js';
import {
  grantRefusal,
  validatePolicyChange,
  type PolicyFacts,
} from '../permissions/policy-change.js';
import type { Explanation } from '../permissions/types.js';
import { approversAfter } from './approvers.js';
import type { IdSet, RuleContext } from './context.js';
import { statusForSites } from './lifecycle.js';
import { checkVersion, invalid, refused } from './refusals.js';
import type { Decision } from './writes.js';

/**
 * References an access change makes that do not exist: `unknown-role`, `unknown-capability` (a grant
 * that is not a company-wide capability, a site permission that is not a site one), `unknown-site`
 * (a site id not in `sites`, the company's site ids).
 */
export function accessErrors(policy: Policy, sites: IdSet, change: AccessChange): FieldError[] {
  const errors: FieldError[] = [];
  if (!policy.roles.some((role) => role.id === change.role)) {
    errors.push({ field: 'role', code: 'unknown-role', params: { role: String(change.role) } });
  }
  const capabilities = new Map(policy.capabilities.map((c) => [c.id, c]));
  change.grants.forEach((grant, index) => {
    if (capabilities.get(grant)?.scope !== 'company') {
      errors.push({
        field: `grants.${index}`,
        code: 'unknown-capability',
        params: { capability: String(grant) },
      });
    }
  });
  change.sites.forEach((entry, index) => {
    if (!entry || typeof entry.siteId !== 'string' || !sites.has(entry.siteId)) {
      errors.push({ field: `sites.${index}.siteId`, code: 'unknown-site' });
      return;
    }
    (Array.isArray(entry.capabilities) ? entry.capabilities : []).forEach((capability, at) => {
      if (capabilities.get(capability)?.scope !== 'site') {
        errors.push({
          field: `sites.${index}.capabilities.${at}`,
          code: 'unknown-capability',
          params: { capability: String(capability) },
        });
      }
    });
  });
  return errors;
}

/** What changing a contact's access needs to know. */
export interface SetAccessFacts {
  /** Active general admins now (`countsAsAdmin`). */
  adminCount: number;
  /** The company's site ids (at least those the change names). */
  sites: IdSet;
  /** The company's approver lists now. */
  approvers: Approvers;
}

/**
 * Changes a contact's role, extra grants and site permissions at once: `version` must be the
 * contact's; a body of the wrong shape or unknown references are `validation` (every field); the
 * engine's refusals (`cannot-grant`, `grant-not-held`, `own-role`, `last-admin`, `wrong-scope`…) are
 * `forbidden`, each listed in `fields` on `role`. The status follows the sites (potential ↔ site
 * assigned); approver lists follow the capability (someone who no longer holds what they approve leaves
 * that list).
 */
export function decideSetAccess(
  context: RuleContext,
  current: Contact,
  access: unknown,
  version: unknown,
  facts: SetAccessFacts,
): Decision<Contact> {
  const { engine, actor, now } = context;
  checkVersion(version, current, current);
  const parsed = accessChangeSchema.safeParse(access);
  if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error.issues, access));
  const change = parsed.data;
  const errors = accessErrors(engine.policy, facts.sites, change);
  if (errors.length) throw invalid(errors);
  const refusals = engine.validateChange(actor, current, change, { adminCount: facts.adminCount });
  if (refusals.length) throw refused(refusals, 'role');
  const status = statusForSites(current.status, change.sites.length > 0);
  const next: Contact = {
    ...current,
    role: change.role,
    grants: [...change.grants],
    sites: change.sites.map((entry) => ({
      siteId: entry.siteId,
      capabilities: [...entry.capabilities],
    })),
    status,
    version: current.version + 1,
    updatedAt: now,
  };
  const approvers = approversAfter(engine, facts.approvers, [next]);
  return { answer: next, writes: { updated: [next], ...(approvers ? { approvers } : {}) } };
}

/** What replacing the policy needs to know. */
export interface UpdatePolicyFacts extends PolicyFacts {
  /** The company's approver lists now. */
  approvers: Approvers;
  /** The contacts on either approver list (they are judged again under the new policy). */
  approverContacts: Iterable<Contact>;
}

/** The field of the policy a refusal of `validatePolicyChange` is about. */
function policyField(explanation: Explanation): string {
  if (explanation.code === 'last-admin') return 'adminRole';
  if (explanation.code === 'capabilities-fixed') return 'capabilities';
  if (explanation.role !== undefined) return 'roles';
  if (explanation.subject === 'edit-contacts') return 'selfEditableFields';
  if (explanation.code === 'grant-not-held') return 'grantCapability';
  return '';
}

/**
 * Replaces the company's policy: the actor must hold its grant capability outright (`cannot-grant`);
 * `version` must be the policy's; the body must be a valid policy (`parsePolicy`: every bad field); a
 * role someone still holds cannot be removed (`role-in-use`); then `validatePolicyChange` (no capability
 * written into a role by someone who does not hold it, the admin role held by someone who can act…),
 * `forbidden` with each refusal on its field. The version is the store's: the stored one + 1.
 * Approver lists follow the new policy.
 */
export function decidePolicyUpdate(
  context: RuleContext,
  current: Policy,
  body: unknown,
  version: unknown,
  facts: UpdatePolicyFacts,
): Decision<Policy> {
  const { engine, actor } = context;
  const gate = grantRefusal(engine, actor);
  if (gate) throw refused([gate]);
  checkVersion(version, current, current);
  const parsed = parsePolicy(body);
  if (!parsed.ok) throw invalid(parsed.errors, 'The policy is not valid.');
  const roles = new Set(parsed.policy.roles.map((role) => role.id));
  const inUse = Object.entries(facts.roleHolders)
    .filter(([role, holders]) => holders.all > 0 && !roles.has(role))
    .map(([role]) => ({ field: 'roles', code: 'role-in-use', params: { role } }));
  if (inUse.length) throw invalid(inUse);
  const refusals = validatePolicyChange(engine, actor, parsed.policy, facts);
  if (refusals.length) throw refused(refusals, policyField);
  const policy: Policy = { ...parsed.policy, version: current.version + 1 };
  const approvers = approversAfter(
    engine.withPolicy(policy),
    facts.approvers,
    facts.approverContacts,
  );
  return { answer: policy, writes: { policy, ...(approvers ? { approvers } : {}) } };
}
