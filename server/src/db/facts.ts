import { sql } from 'kysely';
import type { Contact, ContactFilter, Policy } from '../../../src/core/model/index.js';
import {
  adminFilter,
  countsAsAdmin,
  type RoleStatusCount,
} from '../../../src/core/permissions/index.js';
import { contactColumns, contactFromRow } from './rows.js';
import type { ContactRow } from './schema.js';
import type { Tx } from './store.js';

/**
 * The facts a write's decision takes, read inside the write's transaction, and the locks that keep
 * them true until it commits. The locks are always taken in one order, so two writes never wait for
 * each other in a circle:
 *
 * 1. the company's `policies` row — `FOR SHARE` by every write (the pipeline takes it), `FOR UPDATE`
 *    by `PUT /policy`, so a policy edit never races a write that decided under the old policy;
 * 2. contact rows — in id order, in one statement (`SELECT … WHERE id = ANY(…) ORDER BY id FOR
 *    UPDATE`): the record(s) written, the acting contact (re-read, so a suspension that committed
 *    meanwhile refuses the write), and, when the decision takes the admin count, every row that
 *    counts as a general admin;
 * 3. uniqueness keys (a new e-mail, a new CPF) — transaction-level advisory locks on the key, in key
 *    order, then the lookup: two creates of one e-mail queue on the key and the second sees the first.
 *
 * Rows no write locks (the approver lists) are written by compare-and-set on their version; a lost
 * race runs the transaction again (`RetryTransaction`).
 */

export type LockMode = 'update' | 'share';

/** The company's policy, with its row locked (`share`: no policy edit until commit; `update`: an edit). */
export async function lockPolicy(tx: Tx, companyId: string, mode: LockMode): Promise<Policy> {
  const query = tx
    .selectFrom('policies')
    .select(['document', 'version'])
    .where('company_id', '=', companyId);
  const row = await (
    mode === 'update' ? query.forUpdate() : query.forShare()
  ).executeTakeFirstOrThrow();
  return { ...(row.document as Policy), version: row.version };
}

/** Contacts of the company matching `filter` (every key an "any of"), ids only, unlocked. */
async function idsMatching(tx: Tx, companyId: string, filter: ContactFilter): Promise<string[]> {
  let query = tx.selectFrom('contacts').select('id').where('company_id', '=', companyId);
  if (filter.role) query = query.where('role', 'in', filter.role.length ? filter.role : ['']);
  if (filter.status)
    query = query.where('status', 'in', filter.status.length ? filter.status : ['']);
  return (await query.execute()).map((row) => row.id);
}

/**
 * Locks the contacts `ids` of the company (those that exist) in id order, and answers them as they
 * are once locked (at READ COMMITTED, the latest committed version of each row).
 */
export async function lockContacts(
  tx: Tx,
  companyId: string,
  ids: Iterable<string>,
  mode: LockMode,
): Promise<Map<string, Contact>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const query = tx
    .selectFrom('contacts')
    .select(contactColumns)
    .where('company_id', '=', companyId)
    .where('id', 'in', wanted)
    .orderBy('id');
  const rows = await (mode === 'update' ? query.forUpdate() : query.forShare()).execute();
  return new Map(rows.map((row) => [row.id, contactFromRow(row as ContactRow)]));
}

/**
 * Locks `ids` together with every contact that counts as a general admin (the engine's
 * `adminFilter(policy)`), in id order, and counts the admins among the locked rows with the engine's
 * `countsAsAdmin` — the admin count a decision takes, held true until commit: whoever else would
 * demote, suspend or delete one of them waits. (An admin promoted after the ids were read is not
 * counted: the count can only be low, which refuses, never lets the last admin go.)
 */
export async function lockWithAdmins(
  tx: Tx,
  companyId: string,
  policy: Policy,
  ids: Iterable<string>,
): Promise<{ contacts: Map<string, Contact>; adminCount: number }> {
  const admins = await idsMatching(tx, companyId, adminFilter(policy));
  const contacts = await lockContacts(tx, companyId, [...ids, ...admins], 'update');
  let adminCount = 0;
  for (const contact of contacts.values()) if (countsAsAdmin(policy, contact)) adminCount++;
  return { contacts, adminCount };
}

/** The admin count now, unlocked: for a write that cannot lower it (a create adds a contact). */
export async function adminCountNow(tx: Tx, companyId: string, policy: Policy): Promise<number> {
  return (await idsMatching(tx, companyId, adminFilter(policy))).length;
}

/**
 * Takes a transaction-level lock on each uniqueness key (`emailKey`, `documentKey`) of the company,
 * all in one statement, in the order of the keys' hashes (the order every write takes them in, so two
 * writes never wait for each other in a circle): a second write of the same key waits here until the
 * first commits, then looks it up and finds it taken. Released at commit or rollback.
 */
export async function lockKeys(
  tx: Tx,
  companyId: string,
  keys: readonly (string | undefined)[],
): Promise<void> {
  const wanted = [...new Set(keys.filter((key): key is string => key !== undefined))];
  if (wanted.length === 0) return;
  // The lock function is volatile: PostgreSQL evaluates it after the sort, one key at a time, in order.
  await sql`
    select pg_advisory_xact_lock(h) from (
      select distinct hashtextextended(${companyId} || ' ' || k, 12) as h
      from unnest(${wanted}::text[]) as k
    ) as keys order by h`.execute(tx);
}

/**
 * The company's contacts whose e-mail key is among `emails` or whose document key is among
 * `documents` (an import's or a lookup's keys), unlocked, or locked in id order.
 */
export async function contactsByKeys(
  tx: Tx,
  companyId: string,
  keys: { emails: readonly string[]; documents: readonly string[] },
  lock?: LockMode,
): Promise<Map<string, Contact>> {
  if (keys.emails.length === 0 && keys.documents.length === 0) return new Map();
  const query = tx
    .selectFrom('contacts')
    .select(contactColumns)
    .where('company_id', '=', companyId)
    .where(
      sql<boolean>`(email_key = any(${[...keys.emails]}::text[])
        or document_key = any(${[...keys.documents]}::text[]))`,
    )
    .orderBy('id');
  const rows = await (
    lock === undefined ? query : lock === 'update' ? query.forUpdate() : query.forShare()
  ).execute();
  return new Map(rows.map((row) => [row.id, contactFromRow(row as ContactRow)]));
}

/** Whether a contact of the company has this e-mail key (`emailKey`). */
export async function emailTaken(tx: Tx, companyId: string, key: string): Promise<boolean> {
  const row = await tx
    .selectFrom('contacts')
    .select('id')
    .where('company_id', '=', companyId)
    .where('email_key', '=', key)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a contact of the company has this document key (`documentKey`: a CPF). */
export async function documentTaken(tx: Tx, companyId: string, key: string): Promise<boolean> {
  const row = await tx
    .selectFrom('contacts')
    .select('id')
    .where('company_id', '=', companyId)
    .where('document_key', '=', key)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The company's site ids (sites are the vendor's: no write of the contract changes them). */
export async function siteIds(tx: Tx, companyId: string): Promise<Set<string>> {
  const rows = await tx
    .selectFrom('sites')
    .select('id')
    .where('company_id', '=', companyId)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** The company's contacts of `ids` (those that exist), unlocked. */
export async function contactsByIds(
  tx: Tx,
  companyId: string,
  ids: Iterable<string>,
): Promise<Map<string, Contact>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .selectFrom('contacts')
    .select(contactColumns)
    .where('company_id', '=', companyId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((row) => [row.id, contactFromRow(row as ContactRow)]));
}

/** How many contacts hold each role in each status (`policyFactsFromCounts` makes the facts of it). */
export async function roleStatusCounts(tx: Tx, companyId: string): Promise<RoleStatusCount[]> {
  const rows = await sql<RoleStatusCount>`
    select role, status, count(*)::integer as count from contacts
    where company_id = ${companyId} group by role, status`.execute(tx);
  return rows.rows;
}
