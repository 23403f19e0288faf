/**
 * How the memory backend stores a decision of the rules layer: the reference for any store (a server
 * does the same with INSERT / UPDATE … WHERE version = … / DELETE in the transaction it decided in).
 *
 * @module
 */
import { changesOf, type Writes } from '../../rules/index.js';
import { emailKey } from '../../validation/index.js';
import type { Change } from '../types.js';
import { addDocument, dropDocument, roleOrder, type CompanyState } from './company.js';

/** Stores the seat part of `writes`: SaaS users, their password hashes, requests for more seats. */
function applySeatWrites(state: CompanyState, writes: Writes): void {
  for (const user of [...(writes.saasUsers?.created ?? []), ...(writes.saasUsers?.updated ?? [])])
    state.saasUsers.set(user.id, user);
  for (const { saasUserId, hash } of writes.passwordHashes ?? [])
    state.passwordHashes.set(saasUserId, hash);
  if (writes.seatRequests?.length)
    state.seatRequests = [...state.seatRequests, ...writes.seatRequests];
}

/**
 * Stores `writes` in `state`, keeping its indexes (e-mails, CPFs, search, sort orders) and `homes`
 * (contact id → company id) in step: created contacts are inserted, updated ones replaced, removed
 * ones deleted with their invitations; the approver lists and the policy (with its engine and the role
 * order) replaced; SaaS users inserted or replaced, their password hashes kept, seat requests added.
 * Answers every change it made, the invitations deleted with a contact included.
 */
export function applyWrites(
  state: CompanyState,
  writes: Writes,
  homes: Map<string, string>,
): Change[] {
  const changes = changesOf(writes);
  for (const contact of writes.created ?? []) {
    state.table.insert(contact);
    state.emails?.set(emailKey(contact.email), contact.id);
    if (state.documents) addDocument(state.documents, contact);
    homes.set(contact.id, state.company.id);
  }
  for (const contact of writes.updated ?? []) {
    const before = state.table.get(contact.id);
    state.table.replace(contact);
    if (state.documents && before) {
      dropDocument(state.documents, before);
      addDocument(state.documents, contact);
    }
  }
  for (const id of writes.removed ?? []) {
    const before = state.table.get(id);
    if (!before) continue;
    state.table.delete(id);
    state.emails?.delete(emailKey(before.email));
    if (state.documents) dropDocument(state.documents, before);
    homes.delete(id);
    const invitations = [...state.invitations.values()].filter((i) => i.contactId === id);
    for (const invitation of invitations) state.invitations.delete(invitation.id);
    if (invitations.length) {
      changes.push({ record: 'invitation', kind: 'removed', ids: invitations.map((i) => i.id) });
    }
  }
  if (writes.approvers) state.approvers = writes.approvers;
  if (writes.policy) {
    state.policy = writes.policy;
    state.engine = state.engine.withPolicy(writes.policy);
    state.table.setRoleOrder(roleOrder(writes.policy));
  }
  applySeatWrites(state, writes);
  return changes;
}
