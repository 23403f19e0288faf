/**
 * How the memory backend stores a decision of the rules layer: the reference for any store (a server
 * does the same with INSERT / UPDATE … WHERE version = … / DELETE in the transaction it decided in).
 *
 * @module
 */
import { changesOf, type JourneyWrites, type Writes } from '../../rules/index.js';
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
 * order) replaced; SaaS users inserted or replaced, their password hashes kept, seat requests added;
 * the journey's writes (`applyJourney`). Answers every change it made, the invitations deleted with a
 * contact included.
 */
export function applyWrites(
  state: CompanyState,
  writes: Writes,
  homes: Map<string, string>,
  nextMailId: () => string = () => `mail-${state.outbox.length + 1}`,
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
    // Its links and credential go with it: a link of a deleted contact is no link at all.
    for (const [token, link] of state.links) if (link.contactId === id) state.links.delete(token);
    state.credentials.delete(id);
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
  if (writes.journey) applyJourney(state, writes.journey, nextMailId);
  return changes;
}

/**
 * Stores the invitation rules' writes: invitations inserted, replaced or deleted, links and
 * credentials set, SaaS users that take over a seat, the settings and the e-mail, and the e-mails
 * "sent" (kept in the company's outbox, the demo's mailbox). Journey history is kept by the caller.
 */
function applyJourney(state: CompanyState, journey: JourneyWrites, nextMailId: () => string): void {
  const { invitations } = journey;
  for (const invitation of [...(invitations?.created ?? []), ...(invitations?.updated ?? [])]) {
    state.invitations.set(invitation.id, invitation);
  }
  for (const id of invitations?.removed ?? []) state.invitations.delete(id);
  for (const link of journey.links ?? []) state.links.set(link.token, link);
  for (const credential of journey.credentials ?? []) {
    state.credentials.set(credential.contactId, credential);
  }
  for (const user of journey.saasUsers ?? []) state.saasUsers.set(user.id, user);
  if (journey.settings) state.settings = journey.settings;
  if (journey.template) state.template = journey.template;
  for (const mail of journey.mail ?? []) state.outbox.push({ id: nextMailId(), ...mail });
}
