import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type {
  Invitation,
  InvitationSettings,
  InvitationTemplate,
  SaasUser,
} from '../../../src/core/model/index.js';
import {
  defaultInvitationSettings,
  notFound,
  seatUsage,
  type AccessLink,
  type SeatFacts,
  type SeatRecords,
  type SeatUsage,
} from '../../../src/core/rules/index.js';
import { defaultPasswordPolicy } from '../../../src/core/validation/index.js';
import {
  invitationColumns,
  invitationFromRow,
  saasUserColumns,
  saasUserFromRow,
  templateFromRow,
} from './rows.js';
import type { Database } from './schema.js';
import type { Tx } from './store.js';
import type { LockMode } from './facts.js';
import type { Kysely, Selectable } from 'kysely';

/**
 * The facts of the seat and invitation writes (`src/core/rules/saas-users.ts`, `invitations.ts`,
 * `invitation-links.ts`), read in the write's transaction, and the locks that keep them true:
 *
 * - **Seats**: every write that may give someone a seat (a SaaS user created or reactivated, a seat
 *   invitation sent, resent or accepted) first takes the company's seat lock ({@link lockSeats}: a
 *   transaction-level advisory lock), then counts the pool with `seatUsage`. Seat writes of one company
 *   therefore run one after the other; writes that free a seat need no lock (the count can only be
 *   high, which refuses, never lets the pool overflow).
 * - **Invitations**: a send, resend, revoke or accept locks the contact's row first (`lockContacts`),
 *   then reads its invitations — at most one usable invitation per contact, since every write that
 *   makes one holds that row.
 *
 * Ids and tokens are random (two server processes never hand out the same one).
 */

/** A new id with `prefix` (`su`, `inv`, `req`, `mail`): random, unique across processes. */
export const newId = (prefix: string): string => `${prefix}-${randomBytes(10).toString('hex')}`;

/** A new link token: 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** The company's seat lock (see above): held until the transaction ends. */
export async function lockSeats(tx: Tx, companyId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${companyId} || ' seats', 12))`.execute(
    tx,
  );
}

/** The company's name and licences: the one pool's seats and each product's. */
export async function companyOf(
  tx: Kysely<Database>,
  companyId: string,
): Promise<{ id: string; name: string; licensedFor: (product: string | undefined) => number }> {
  const row = await tx
    .selectFrom('companies')
    .select(['id', 'name', 'licensed_seats', 'seat_products'])
    .where('id', '=', companyId)
    .executeTakeFirst();
  if (!row) throw notFound('company', companyId);
  const products = row.seat_products ?? {};
  return {
    id: row.id,
    name: row.name,
    licensedFor: (product) =>
      product === undefined ? row.licensed_seats : (products[product] ?? 0),
  };
}

/**
 * The records the seat rule counts, for every pool: the active SaaS users and the pending seat
 * invitations (`seatUsage` and `holdsSeat` keep those of the pool they are asked about).
 */
export async function seatFacts(
  tx: Kysely<Database>,
  companyId: string,
  /** E-mail keys of invitees: their deactivated SaaS users too (one of them takes the seat again). */
  invitees: readonly string[] = [],
): Promise<SeatFacts> {
  const company = await companyOf(tx, companyId);
  const users = await tx
    .selectFrom('saas_users')
    .select(saasUserColumns)
    .where('company_id', '=', companyId)
    .where((row) =>
      invitees.length
        ? row.or([row('status', '=', 'active'), row('email_key', 'in', invitees)])
        : row('status', '=', 'active'),
    )
    .execute();
  const invitations = await tx
    .selectFrom('invitations')
    .select(invitationColumns)
    .where('company_id', '=', companyId)
    .where('status', '=', 'pending')
    .where(sql<boolean>`seat is not null`)
    .execute();
  return {
    licensed: company.licensedFor(undefined),
    licensedFor: company.licensedFor,
    users: users.map(saasUserFromRow),
    // As stored: the rule reads a pending invitation past its date as holding no seat.
    invitations: invitations.map(storedInvitation),
  };
}

/** The records of one pool, as `seatUsage` and `holdsSeat` read them. */
export function poolRecords(
  facts: SeatFacts,
  now: Date | string,
  product: string | undefined,
): SeatRecords {
  return {
    users: facts.users,
    invitations: facts.invitations,
    now,
    ...(product === undefined ? {} : { product }),
  };
}

/** A pool's seats now, by the one rule (`seatUsage`). */
export function poolUsage(facts: SeatFacts, now: Date | string, product?: string): SeatUsage {
  const licensed = facts.licensedFor ? facts.licensedFor(product) : facts.licensed;
  return seatUsage({ licensed, ...poolRecords(facts, now, product) });
}

type InvitationRow = Pick<Selectable<Database['invitations']>, (typeof invitationColumns)[number]>;

/** An invitation as stored (a pending one stays `pending` past its date; `invitationAt` reads it). */
export function storedInvitation(row: InvitationRow): Invitation {
  const invitation = invitationFromRow(row, new Date(0));
  return { ...invitation, status: row.status as Invitation['status'] };
}

/** A SaaS user of the company, locked, or `not-found`. */
export async function lockSaasUser(tx: Tx, companyId: string, id: string): Promise<SaasUser> {
  return findSaasUser(tx, companyId, id, true);
}

/** A SaaS user of the company (its row locked with `lock`), or `not-found`. */
export async function findSaasUser(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<SaasUser> {
  const query = tx
    .selectFrom('saas_users')
    .select(saasUserColumns)
    .where('company_id', '=', companyId)
    .where('id', '=', id);
  const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw notFound('SaaS user', id);
  return saasUserFromRow(row);
}

/** Whether a SaaS user of the pool has this e-mail key. */
export async function saasEmailTaken(
  tx: Tx,
  companyId: string,
  product: string | undefined,
  key: string,
): Promise<boolean> {
  const row = await tx
    .selectFrom('saas_users')
    .select('id')
    .where('company_id', '=', companyId)
    .where('email_key', '=', key)
    .where(sql<boolean>`coalesce(product, '') = ${product ?? ''}`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** An invitation of the company as stored, locked or not, or `not-found`. */
export async function storedInvitationById(
  tx: Tx,
  companyId: string,
  id: string,
  lock?: LockMode,
): Promise<Invitation> {
  const query = tx
    .selectFrom('invitations')
    .select(invitationColumns)
    .where('company_id', '=', companyId)
    .where('id', '=', id);
  const row = await (
    lock === undefined ? query : lock === 'update' ? query.forUpdate() : query.forShare()
  ).executeTakeFirst();
  if (!row) throw notFound('invitation', id);
  return storedInvitation(row);
}

/** Every invitation of a contact, as stored (the caller holds the contact's row lock). */
export async function invitationsOfContact(
  tx: Tx,
  companyId: string,
  contactId: string,
): Promise<Invitation[]> {
  const rows = await tx
    .selectFrom('invitations')
    .select(invitationColumns)
    .where('company_id', '=', companyId)
    .where('contact_id', '=', contactId)
    .orderBy('sent_at')
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map(storedInvitation);
}

/** The company's invitation settings (the defaults until first edited); `lock` locks the row. */
export async function getSettings(
  tx: Tx,
  companyId: string,
  lock?: LockMode,
): Promise<InvitationSettings> {
  const query = tx
    .selectFrom('invitation_settings')
    .select(['document', 'version'])
    .where('company_id', '=', companyId);
  const row = await (
    lock === undefined ? query : lock === 'update' ? query.forUpdate() : query.forShare()
  ).executeTakeFirst();
  if (!row) return defaultInvitationSettings(defaultPasswordPolicy);
  return { ...(row.document as InvitationSettings), version: row.version };
}

/** The invitation e-mail, locked for an edit. */
export async function lockTemplate(tx: Tx, companyId: string): Promise<InvitationTemplate> {
  const row = await tx
    .selectFrom('invitation_templates')
    .selectAll()
    .where('company_id', '=', companyId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return templateFromRow(row);
}

type LinkRow = Selectable<Database['access_links']>;

const iso = (value: Date | string): string => new Date(value).toISOString();

export function linkFromRow(row: LinkRow): AccessLink {
  return {
    token: row.token,
    kind: row.kind as AccessLink['kind'],
    companyId: row.company_id,
    contactId: row.contact_id,
    invitationId: row.invitation_id,
    issuedAt: iso(row.issued_at),
    expiresAt: iso(row.expires_at),
    ...(row.used_at === null ? {} : { usedAt: iso(row.used_at) }),
    ...(row.replaced_at === null ? {} : { replacedAt: iso(row.replaced_at) }),
  };
}

/** The invitation's current link (not replaced by a newer send), if any. */
export async function currentLink(
  tx: Tx,
  companyId: string,
  invitationId: string,
): Promise<AccessLink | undefined> {
  const row = await tx
    .selectFrom('access_links')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('invitation_id', '=', invitationId)
    .where('kind', '=', 'invitation')
    .where('replaced_at', 'is', null)
    .orderBy('issued_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && linkFromRow(row);
}

/** A link by its token (any company: the token is all its holder has), locked or not. */
export async function linkByToken(
  tx: Tx,
  token: string,
  lock?: LockMode,
): Promise<AccessLink | undefined> {
  const query = tx.selectFrom('access_links').selectAll().where('token', '=', token);
  const row = await (lock === 'update' ? query.forUpdate() : query).executeTakeFirst();
  return row && linkFromRow(row);
}

/** The company's credential of a contact (its hash), if it has one. */
export async function credentialOf(
  tx: Tx,
  companyId: string,
  contactId: string,
): Promise<string | undefined> {
  const row = await tx
    .selectFrom('contact_passwords')
    .select('hash')
    .where('company_id', '=', companyId)
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  return row?.hash;
}
