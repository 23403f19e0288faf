import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { Contact } from '../../../src/core/model/index.js';
import { contactToRow } from './rows.js';
import type { Tx } from './store.js';

/**
 * Writes a new version of a contact as a compare-and-set on the version it was decided from: when
 * the row's version is no longer `expected`, nothing is written and the write is `stale-version`
 * (the caller holds the row lock, so this only fires when a caller forgot to lock).
 */
export async function writeContact(tx: Tx, next: Contact, expected: number): Promise<void> {
  const { company_id: _company, id: _id, ...row } = contactToRow(next);
  const result = await tx
    .updateTable('contacts')
    .set(row)
    .where('company_id', '=', next.companyId)
    .where('id', '=', next.id)
    .where('version', '=', expected)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) {
    throw new AdapterError('conflict', 'Someone else changed this record.', {
      code: 'stale-version',
    });
  }
}
