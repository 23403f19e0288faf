/**
 * The permission rules of {@link MemoryBackend}: the policy, a contact's access, approvers. Each function
 * is the body of the backend method of the same name (documented there): it gathers the facts, asks the
 * decision of `src/core/rules`, and applies it.
 *
 * @module
 */
import type { Approvers, Contact, Policy } from '../../model/index.js';
import { policyFacts } from '../../permissions/index.js';
import { decidePolicyUpdate, decideSetAccess, decideSetApprovers } from '../../rules/index.js';
import type { Operation } from './company.js';
import { copyApprovers, copyContact, copyPolicy } from './copy.js';

export function getPolicy(op: Operation): Policy {
  return copyPolicy(op.state.policy);
}

/** The contacts on either approver list, as stored. */
function approverContacts(op: Operation): Contact[] {
  const { approvers, table } = op.state;
  const ids = new Set([...approvers.budgets, ...approvers.tickets]);
  return [...ids].flatMap((id) => table.get(id) ?? []);
}

export function updatePolicy(op: Operation, policy: unknown, version: number): Policy {
  const { state } = op;
  const next = op.apply(
    decidePolicyUpdate(op.context(), state.policy, policy, version, {
      ...policyFacts(state.table.values()),
      approvers: state.approvers,
      approverContacts: approverContacts(op),
    }),
  );
  return copyPolicy(next);
}

export function setAccess(
  op: Operation,
  contactId: string,
  access: unknown,
  version: number,
): Contact {
  const { state } = op;
  const current = op.contact(contactId);
  const next = op.apply(
    decideSetAccess(op.context(), current, access, version, {
      adminCount: op.adminCount(),
      sites: state.sites,
      approvers: state.approvers,
    }),
  );
  return copyContact(next);
}

export function getApprovers(op: Operation): Approvers {
  return copyApprovers(op.state.approvers);
}

export function setApprovers(op: Operation, approvers: unknown, version: number): Approvers {
  const { state } = op;
  const listed = new Map<string, Contact>();
  const body = (approvers ?? {}) as Record<string, unknown>;
  for (const list of [body.budgets, body.tickets]) {
    if (!Array.isArray(list)) continue;
    for (const id of list as unknown[]) {
      const contact = typeof id === 'string' ? state.table.get(id) : undefined;
      if (contact) listed.set(contact.id, contact);
    }
  }
  const next = op.apply(
    decideSetApprovers(op.context(), state.approvers, approvers, version, { contacts: listed }),
  );
  return copyApprovers(next);
}
