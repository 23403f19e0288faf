/**
 * What a decision of the rules layer asks a store to write, and the changes that makes. A store applies
 * `writes` as one unit (the memory backend in place, a server in the transaction it read the facts in)
 * and tells `changesOf(writes)` to whoever listens.
 *
 * @module
 */
import type { Change } from '../adapter/types.js';
import type { Approvers, Contact, Policy, SaasUser, SeatRequest } from '../model/index.js';
import type { JourneyWrites } from './journey-writes.js';

/** Records to store, each complete and with its next version; nothing here is stored yet. */
export interface Writes {
  /** New contacts, to insert. */
  created?: Contact[];
  /** Contacts to replace by these (same id). */
  updated?: Contact[];
  /** Contact ids to delete, with their invitations (and off any approver list: see `approvers`). */
  removed?: string[];
  /** The company's approver lists, when they change. */
  approvers?: Approvers;
  /** The company's policy, when it changes. */
  policy?: Policy;
  /** SaaS users to insert (`created`) or to replace by these (`updated`, same id, next version). */
  saasUsers?: { created?: SaasUser[]; updated?: SaasUser[] };
  /**
   * Password hashes to keep, each replacing the user's earlier one: what `hashPassword` made, never a
   * password. Not a record anyone reads back, so no change is told for them.
   */
  passwordHashes?: { saasUserId: string; hash: string }[];
  /** Requests for more seats, to insert. */
  seatRequests?: SeatRequest[];
  /** Invitations, links, credentials, seats, settings, journey entries, e-mails (`invitations.ts`). */
  journey?: JourneyWrites;
}

/** A decision: what to answer the caller, and what to write first. */
export interface Decision<T> {
  answer: T;
  writes: Writes;
}

/**
 * The changes `writes` make, in a stable order: contacts created, updated, removed; approvers; policy;
 * SaaS users created, updated; seat requests created; then the journey's invitations created, updated,
 * removed, SaaS users created, settings, template.
 */
export function changesOf(writes: Writes): Change[] {
  const changes: Change[] = [];
  const contacts = (kind: Change['kind'], ids: string[] | undefined) => {
    if (ids?.length) changes.push({ record: 'contact', kind, ids });
  };
  contacts(
    'created',
    writes.created?.map((contact) => contact.id),
  );
  contacts(
    'updated',
    writes.updated?.map((contact) => contact.id),
  );
  contacts('removed', writes.removed);
  if (writes.approvers) changes.push({ record: 'approvers', kind: 'updated', ids: [] });
  if (writes.policy) changes.push({ record: 'policy', kind: 'updated', ids: [writes.policy.id] });
  for (const kind of ['created', 'updated'] as const) {
    const users = writes.saasUsers?.[kind];
    if (users?.length) changes.push({ record: 'saas-user', kind, ids: users.map((u) => u.id) });
  }
  if (writes.seatRequests?.length) {
    const ids = writes.seatRequests.map((request) => request.id);
    changes.push({ record: 'seat-request', kind: 'created', ids });
  }
  const journey = writes.journey;
  if (journey) {
    const invitations = (kind: Change['kind'], ids: string[] | undefined) => {
      if (ids?.length) changes.push({ record: 'invitation', kind, ids });
    };
    invitations(
      'created',
      journey.invitations?.created?.map((invitation) => invitation.id),
    );
    invitations(
      'updated',
      journey.invitations?.updated?.map((invitation) => invitation.id),
    );
    invitations('removed', journey.invitations?.removed);
    if (journey.saasUsers?.length) {
      changes.push({
        record: 'saas-user',
        kind: 'created',
        ids: journey.saasUsers.map((user) => user.id),
      });
    }
    if (journey.settings) changes.push({ record: 'invitation-settings', kind: 'updated', ids: [] });
    if (journey.template) changes.push({ record: 'template', kind: 'updated', ids: [] });
  }
  return changes;
}
