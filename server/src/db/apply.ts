import { randomBytes } from 'node:crypto';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { Approvers, Contact, Policy } from '../../../src/core/model/index.js';
import type { HistoryDraft, Writes } from '../../../src/core/rules/index.js';
import { contactToRow, historyIds, historyToRow } from './rows.js';
import { RetryTransaction, type Tx } from './store.js';

/**
 * How the server stores a decision of the rules layer, in the transaction it decided in — what
 * `applyWrites` of the memory backend does in place: created contacts are inserted; updated ones
 * replaced by a compare-and-set on the version they were decided from; removed ones deleted with their
 * invitations (their history stays, like the audit trail); the approver lists and the policy replaced
 * by a compare-and-set on theirs; the history entries `historyOf` derived inserted.
 */

/** The stored records a decision was made from (the versions the writes compare against). */
export interface Before {
  /** Contacts as read (locked) for the decision, by id. */
  contacts: ReadonlyMap<string, Contact>;
  approvers?: Approvers;
  policy?: Policy;
}

function staleWrite(what: string): AdapterError {
  // The caller holds the row lock, so this only fires when a handler forgot to lock.
  return new AdapterError('conflict', `Someone else changed this ${what}.`, {
    code: 'stale-version',
  });
}

export async function applyWrites(
  tx: Tx,
  companyId: string,
  writes: Writes,
  before: Before,
  history: readonly HistoryDraft[],
): Promise<void> {
  const created = writes.created ?? [];
  if (created.length) await tx.insertInto('contacts').values(created.map(contactToRow)).execute();

  for (const next of writes.updated ?? []) {
    const was = before.contacts.get(next.id);
    if (!was) throw new Error(`applyWrites: contact ${next.id} was not read before its update`);
    const { company_id: _company, id: _id, ...row } = contactToRow(next);
    const result = await tx
      .updateTable('contacts')
      .set(row)
      .where('company_id', '=', companyId)
      .where('id', '=', next.id)
      .where('version', '=', was.version)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw staleWrite('contact');
  }

  const removed = writes.removed ?? [];
  if (removed.length) {
    await tx
      .deleteFrom('invitations')
      .where('company_id', '=', companyId)
      .where('contact_id', 'in', removed)
      .execute();
    await tx
      .deleteFrom('contacts')
      .where('company_id', '=', companyId)
      .where('id', 'in', removed)
      .execute();
  }

  if (writes.approvers) {
    const expected = before.approvers?.version;
    if (expected === undefined) throw new Error('applyWrites: the approvers were not read');
    const result = await tx
      .updateTable('approvers')
      .set({
        budgets: JSON.stringify(writes.approvers.budgets),
        tickets: JSON.stringify(writes.approvers.tickets),
        version: writes.approvers.version,
      })
      .where('company_id', '=', companyId)
      .where('version', '=', expected)
      .executeTakeFirst();
    // The lists are not locked (every status change would queue on them): a concurrent write that
    // changed them since they were read makes this one decide again, on the lists as they are now.
    if (result.numUpdatedRows !== 1n) throw new RetryTransaction('The approver lists');
  }

  if (writes.policy) {
    const expected = before.policy?.version;
    if (expected === undefined) throw new Error('applyWrites: the policy was not read');
    const { version, ...document } = writes.policy;
    const result = await tx
      .updateTable('policies')
      .set({ document: JSON.stringify(document), version })
      .where('company_id', '=', companyId)
      .where('version', '=', expected)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw staleWrite('policy');
  }

  if (history.length) {
    const entries = historyIds(history, randomBytes(6).toString('hex'));
    await tx.insertInto('contact_history').values(entries.map(historyToRow)).execute();
  }
}
