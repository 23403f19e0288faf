/**
 * The permission rules of {@link MemoryBackend}: the policy, a contact's access, approvers. Each function
 * is the body of the backend method of the same name (documented there).
 *
 * @module
 */
import {
  accessChangeSchema,
  type AccessChange,
  type Approvers,
  type Contact,
  type Policy,
} from '../../model/index.js';
import { parsePolicy } from '../../permissions/index.js';
import type { FieldError } from '../errors.js';
import { roleOrder, type CompanyState, type Operation } from './company.js';
import { copyApprovers, copyContact, copyPolicy, copySiteAccess } from './copy.js';
import { checkVersion, invalid, refused } from './refusals.js';

export function getPolicy(op: Operation): Policy {
  return copyPolicy(op.state.policy);
}

export function updatePolicy(op: Operation, policy: unknown, version: number): Policy {
  const { state } = op;
  op.require(state.policy.grantCapability);
  checkVersion(version, state.policy, copyPolicy(state.policy));
  const parsed = parsePolicy(policy);
  if (!parsed.ok) throw invalid(parsed.errors, 'The policy is not valid.');
  const roles = new Set(parsed.policy.roles.map((role) => role.id));
  const inUse = new Set<string>();
  for (const contact of state.table.values()) if (!roles.has(contact.role)) inUse.add(contact.role);
  if (inUse.size) {
    throw invalid(
      [...inUse].map((role) => ({ field: 'roles', code: 'role-in-use', params: { role } })),
    );
  }
  const next: Policy = { ...copyPolicy(parsed.policy), version: state.policy.version + 1 };
  state.policy = next;
  state.engine = state.engine.withPolicy(next);
  state.table.setRoleOrder(roleOrder(next));
  op.changed();
  return copyPolicy(next);
}

export function setAccess(
  op: Operation,
  contactId: string,
  access: unknown,
  version: number,
): Contact {
  const { state, actor } = op;
  const current = op.contact(contactId);
  checkVersion(version, current, copyContact(current));
  const parsed = accessChangeSchema.safeParse(access);
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.'),
        code: 'invalid-type',
      })),
    );
  }
  const change = parsed.data;
  const errors = accessErrors(state, change);
  if (errors.length) throw invalid(errors);
  const refusals = state.engine.validateChange(actor, current, change, op.facts());
  if (refusals.length) throw refused(refusals, 'role');
  let status = current.status;
  if (status === 'potential' && change.sites.length) status = 'site-assigned';
  else if (status === 'site-assigned' && !change.sites.length) status = 'potential';
  const next: Contact = {
    ...current,
    role: change.role,
    grants: [...change.grants],
    sites: change.sites.map(copySiteAccess),
    status,
    version: current.version + 1,
    updatedAt: op.now(),
  };
  state.table.replace(next);
  op.changed();
  return copyContact(next);
}

/** References an access change makes that do not exist: `unknown-role`, `unknown-capability`, `unknown-site`. */
export function accessErrors(state: CompanyState, change: AccessChange): FieldError[] {
  const errors: FieldError[] = [];
  const policy = state.policy;
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
    if (!entry || typeof entry.siteId !== 'string' || !state.sites.has(entry.siteId)) {
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

export function getApprovers(op: Operation): Approvers {
  return copyApprovers(op.state.approvers);
}

export function setApprovers(op: Operation, approvers: unknown, version: number): Approvers {
  const { state } = op;
  op.require('define-approvers');
  checkVersion(version, state.approvers, copyApprovers(state.approvers));
  const body = (approvers ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const lists: Record<'budgets' | 'tickets', string[]> = { budgets: [], tickets: [] };
  const needs = { budgets: 'approve-budgets', tickets: 'open-tickets' } as const;
  for (const list of ['budgets', 'tickets'] as const) {
    const ids = body[list];
    if (!Array.isArray(ids)) {
      errors.push({ field: list, code: 'invalid-type', params: { expected: 'array' } });
      continue;
    }
    ids.forEach((id: unknown, index) => {
      const field = `${list}.${index}`;
      const contact = typeof id === 'string' ? state.table.get(id) : undefined;
      if (!contact) return errors.push({ field, code: 'unknown-contact' });
      if (contact.status === 'suspended' || contact.status === 'inactive') {
        return errors.push({ field, code: 'approver-inactive' });
      }
      if (!state.engine.can(contact, needs[list])) {
        return errors.push({
          field,
          code: 'approver-lacks-capability',
          params: { capability: needs[list] },
        });
      }
      if (!lists[list].includes(contact.id)) lists[list].push(contact.id);
    });
  }
  if (errors.length) throw invalid(errors);
  state.approvers = { ...lists, version: state.approvers.version + 1 };
  op.changed();
  return copyApprovers(state.approvers);
}
