import { sql, type RawBuilder } from 'kysely';
import {
  filterValues,
  normalizeQuery,
  type NormalizedQuery,
} from '../../../src/core/adapter/memory/query.js';
import { poolOf } from '../../../src/core/adapter/memory/seats.js';
import { AdapterError, type FieldError } from '../../../src/core/adapter/errors.js';
import type {
  ContactQuery,
  InvitationQuery,
  SaasUserQuery,
} from '../../../src/core/adapter/types.js';
import {
  contactSortFields,
  contactStatuses,
  invitationStatuses,
  saasUserStatuses,
  type Approvers,
  type Contact,
  type ContactFilter,
  type Invitation,
  type InvitationTemplate,
  type ListQuery,
  type Page,
  type Policy,
  type SaasUser,
  type SeatRequest,
  type SeatSummary,
  type Site,
} from '../../../src/core/model/index.js';
import { adminFilter, type CompanyFacts } from '../../../src/core/permissions/index.js';
import {
  contactMatch,
  neverSignedInKey,
  type ContactMatch,
} from '../../../src/core/rules/index.js';
import { containsPattern, cutPage, keysetPlan, type Sort } from './keyset.js';
import {
  approversFromRow,
  contactColumns,
  contactFromRow,
  invitationColumns,
  invitationFromRow,
  saasUserColumns,
  saasUserFromRow,
  siteColumns,
  siteFromRow,
  templateFromRow,
} from './rows.js';
import { poolUsage, seatFacts } from './journey.js';
import type { ContactRow } from './schema.js';
import type { Tx } from './store.js';

/**
 * Every read of the server, scoped to one company: `companyId` comes from the session (the token),
 * never from the request, and is the first condition of every query — another company's ids simply
 * match nothing. List queries are checked by the same code as the memory backend's
 * (`normalizeQuery`, `filterValues`), so a malformed query is refused with the same codes.
 */

export function notFound(what: string, id: string): AdapterError {
  return new AdapterError('not-found', `No ${what} with id "${id}".`, { code: 'not-found' });
}

const cols = (names: readonly string[]): RawBuilder<unknown> =>
  sql.join(names.map((name) => sql.ref(name)));

// ── contacts ─────────────────────────────────────────────────────────────────────────────────

/** A contact of the company, or undefined; `lock` takes its row lock for the rest of the transaction. */
export async function findContact(
  tx: Tx,
  companyId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<Contact | undefined> {
  let query = tx
    .selectFrom('contacts')
    .select(contactColumns)
    .where('company_id', '=', companyId)
    .where('id', '=', id);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && contactFromRow(row as ContactRow);
}

/** A contact of the company, or `not-found`. */
export async function getContact(
  tx: Tx,
  companyId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<Contact> {
  const contact = await findContact(tx, companyId, id, options);
  if (!contact) throw notFound('contact', id);
  return contact;
}

const statusRank = sql`coalesce(array_position(${sql.val([...contactStatuses])}::text[], status) - 1, 9)`;

/** Up to this many matches, a search's page is sorted from the matches rather than read in sort order. */
const fewMatches = 5_000;

/** The last sign-in sort key: never-signed-in people as the epoch (`neverSignedInKey`; index of migration 006). */
const lastSignInKey = sql`coalesce(last_sign_in_at, ${sql.lit(neverSignedInKey)}::timestamptz)`;

/** The contact sorts of `docs/rest-api.md`, each as the memory backend orders it (`sortKey`). */
function contactSort(field: string, policy: Policy): Sort {
  switch (field) {
    case 'email':
      return [{ expr: sql`email_key`, type: 'text' }];
    case 'phone':
      return [
        { expr: sql`phone_country`, type: 'text' },
        { expr: sql`phone_area`, type: 'text' },
        { expr: sql`phone_number`, type: 'text' },
      ];
    case 'jobTitle':
      return [
        { expr: sql`job_title_key`, type: 'text' },
        { expr: sql`job_title`, type: 'text' },
      ];
    case 'role': {
      const roles = policy.roles.map((role) => role.id);
      return [
        {
          expr: sql`coalesce(array_position(${sql.val(roles)}::text[], role) - 1, 999)`,
          type: 'int',
        },
        { expr: sql`role`, type: 'text' },
      ];
    }
    case 'status':
      return [{ expr: statusRank, type: 'int' }];
    case 'createdAt':
      return [{ expr: sql`created_at`, type: 'timestamptz' }];
    case 'lastSignInAt':
      return [{ expr: lastSignInKey, type: 'timestamptz' }];
    default:
      return [
        { expr: sql`name_key`, type: 'text' },
        { expr: sql`name`, type: 'text' },
      ];
  }
}

/** The search and filter conditions of a contact query (without the cursor): `contactMatch`'s, in SQL. */
function contactConditions(
  companyId: string,
  terms: readonly string[],
  match: ContactMatch,
): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [sql`company_id = ${companyId}`];
  for (const term of terms) {
    conditions.push(sql`search_text like f_fold(${containsPattern(term)})`);
  }
  if (match.status) conditions.push(sql`status = any(${sql.val([...match.status])}::text[])`);
  if (match.role) conditions.push(sql`role = any(${sql.val([...match.role])}::text[])`);
  if (match.site) {
    conditions.push(sql`exists (select 1 from jsonb_array_elements(sites) as s
      where s->>'siteId' = any(${sql.val([...match.site])}::text[]))`);
  }
  if (match.tickets === 'open') conditions.push(sql`open_tickets > 0`);
  if (match.tickets === 'none') conditions.push(sql`open_tickets = 0`);
  if (match.created?.from !== undefined) {
    conditions.push(sql`created_at >= ${new Date(match.created.from).toISOString()}::timestamptz`);
  }
  if (match.created?.before !== undefined) {
    conditions.push(sql`created_at < ${new Date(match.created.before).toISOString()}::timestamptz`);
  }
  if (match.signedIn === 'ever') conditions.push(sql`last_sign_in_at is not null`);
  if (match.signedIn === 'never') conditions.push(sql`last_sign_in_at is null`);
  if (match.lastSignIn?.from !== undefined) {
    const from = new Date(match.lastSignIn.from).toISOString();
    conditions.push(sql`last_sign_in_at >= ${from}::timestamptz`);
  }
  if (match.lastSignIn?.before !== undefined) {
    const before = new Date(match.lastSignIn.before).toISOString();
    conditions.push(sql`last_sign_in_at < ${before}::timestamptz`);
  }
  return sql.join(conditions, sql` and `);
}

/** A contact list checked the way the memory backend checks it (same codes, same fields). */
export function checkContactQuery(query: ContactQuery | undefined): {
  normalized: NormalizedQuery;
  match: ContactMatch;
} {
  const errors: FieldError[] = [];
  const match = contactMatch(query?.filter, errors);
  const normalized = normalizeQuery(query, contactSortFields, 'name', errors);
  return { normalized, match };
}

export async function listContacts(
  tx: Tx,
  companyId: string,
  policy: Policy,
  query: ContactQuery | undefined,
): Promise<Page<Contact>> {
  const { normalized, match } = checkContactQuery(query);
  const sort = contactSort(normalized.field, policy);
  const plan = keysetPlan(sort, sql`id`, normalized);
  const where = contactConditions(companyId, normalized.terms, match);
  const counted = await sql<{ total: number }>`
    select count(*)::integer as total from contacts where ${where}`.execute(tx);
  const total = counted.rows[0]?.total ?? 0;
  // Few matches of a search: take them through the trigram index and sort them (the `offset 0` keeps
  // the planner from walking the sort index and filtering every row instead). Many matches, or no
  // search: walk the sort index, which reaches a page of matches quickly.
  const source =
    normalized.terms.length > 0 && total <= fewMatches
      ? sql`(select * from contacts where ${where} offset 0) as contacts`
      : sql`contacts`;
  const rows = await sql<ContactRow & Record<string, unknown>>`
    select ${cols(contactColumns)}, ${plan.keys}
    from ${source}
    where ${where} and ${plan.after}
    order by ${plan.orderBy}
    limit ${plan.limit + 1}`.execute(tx);
  return { ...cutPage(rows.rows, sort.length, normalized, contactFromRow), total };
}

/** How many contacts match a `ContactFilter` (e.g. the engine's `adminFilter(policy)`). */
export async function countContacts(
  tx: Tx,
  companyId: string,
  filter: ContactFilter,
): Promise<number> {
  const where = contactConditions(companyId, [], {
    ...(filter.status ? { status: new Set(filter.status) } : {}),
    ...(filter.role ? { role: new Set(filter.role) } : {}),
  });
  const result = await sql<{ total: number }>`
    select count(*)::integer as total from contacts where ${where}`.execute(tx);
  return result.rows[0]?.total ?? 0;
}

/**
 * The facts a grant or status check needs, counted in the database inside the caller's transaction.
 * The admin count is the engine's own rule, `adminFilter(policy)` (the contacts `countsAsAdmin`
 * counts), asked as a filter; `companyFacts` would count the same in memory.
 */
export async function facts(tx: Tx, companyId: string, policy: Policy): Promise<CompanyFacts> {
  return { adminCount: await countContacts(tx, companyId, adminFilter(policy)) };
}

// ── policy, template, approvers, seats ─────────────────────────────────────────────────────────

export async function getPolicy(tx: Tx, companyId: string): Promise<Policy> {
  const row = await tx
    .selectFrom('policies')
    .select(['document', 'version'])
    .where('company_id', '=', companyId)
    .executeTakeFirstOrThrow();
  return { ...(row.document as Policy), version: row.version };
}

export async function getTemplate(tx: Tx, companyId: string): Promise<InvitationTemplate> {
  const row = await tx
    .selectFrom('invitation_templates')
    .selectAll()
    .where('company_id', '=', companyId)
    .executeTakeFirstOrThrow();
  return templateFromRow(row);
}

export async function getApprovers(tx: Tx, companyId: string): Promise<Approvers> {
  const row = await tx
    .selectFrom('approvers')
    .selectAll()
    .where('company_id', '=', companyId)
    .executeTakeFirstOrThrow();
  return approversFromRow(row);
}

/** A pool's seats (`product` absent: the one pool), counted by the one rule (`seatUsage`). */
export async function seatSummary(
  tx: Tx,
  companyId: string,
  now: Date,
  product: string | undefined,
): Promise<SeatSummary> {
  const usage = poolUsage(await seatFacts(tx, companyId), now, product);
  return {
    licensed: usage.licensed,
    used: usage.used,
    activeUsers: usage.activeUsers,
    pendingInvitations: usage.pendingInvitations,
    ...(product === undefined ? {} : { product }),
  };
}

/** One page of the company's seat requests of a pool (`listSeatRequests` checks the query). */
export async function listRequests(
  tx: Tx,
  companyId: string,
  normalized: NormalizedQuery,
  status: ReadonlySet<string> | undefined,
  product: string | undefined,
): Promise<Page<SeatRequest>> {
  const sort: Sort = [{ expr: sql`requested_at`, type: 'timestamptz' }];
  const plan = keysetPlan(sort, sql`id`, normalized);
  const where = sql.join(
    [
      sql`company_id = ${companyId}`,
      sql`coalesce(product, '') = ${product ?? ''}`,
      ...(status ? [sql`status = any(${sql.val([...status])}::text[])`] : []),
      ...termConditions(sql`message`, normalized.terms),
    ],
    sql` and `,
  );
  const rows = await sql<Record<string, unknown> & { id: string }>`
    select company_id, id, actor_id, seats, message, product, status, requested_at, ${plan.keys}
    from seat_requests
    where ${where} and ${plan.after} order by ${plan.orderBy} limit ${plan.limit + 1}`.execute(tx);
  const total = await sql<{ total: number }>`
    select count(*)::integer as total from seat_requests where ${where}`.execute(tx);
  return {
    ...cutPage(rows.rows, sort.length, normalized, (row) => {
      const request: SeatRequest = {
        id: row.id,
        companyId: row.company_id as string,
        actorId: row.actor_id as string,
        seats: row.seats as number,
        message: row.message as string,
        status: row.status as SeatRequest['status'],
        requestedAt: new Date(row.requested_at as string).toISOString(),
      };
      if (row.product !== null) request.product = row.product as string;
      return request;
    }),
    total: total.rows[0]?.total ?? 0,
  };
}

// ── sites, SaaS users, invitations ───────────────────────────────────────────────────────────────

function termConditions(
  text: RawBuilder<unknown>,
  terms: readonly string[],
): RawBuilder<unknown>[] {
  return terms.map((term) => sql`f_fold(${text}) like f_fold(${containsPattern(term)})`);
}

export async function listSites(
  tx: Tx,
  companyId: string,
  query: ListQuery | undefined,
): Promise<Page<Site>> {
  const normalized = normalizeQuery(query, ['name', 'alias'], 'name');
  const sort: Sort = [
    { expr: normalized.field === 'alias' ? sql`alias_key` : sql`name_key`, type: 'text' },
  ];
  const plan = keysetPlan(sort, sql`id`, normalized);
  const where = sql.join(
    [
      sql`company_id = ${companyId}`,
      ...termConditions(sql`name || ' ' || coalesce(alias, '')`, normalized.terms),
    ],
    sql` and `,
  );
  const rows = await sql<Record<string, unknown> & { id: string }>`
    select ${cols(siteColumns)}, ${plan.keys} from sites
    where ${where} and ${plan.after} order by ${plan.orderBy} limit ${plan.limit + 1}`.execute(tx);
  const total = await sql<{ total: number }>`
    select count(*)::integer as total from sites where ${where}`.execute(tx);
  return {
    ...cutPage(rows.rows, sort.length, normalized, (row) =>
      siteFromRow(row as unknown as Parameters<typeof siteFromRow>[0]),
    ),
    total: total.rows[0]?.total ?? 0,
  };
}

export async function listSaasUsers(
  tx: Tx,
  companyId: string,
  query: SaasUserQuery | undefined,
): Promise<Page<SaasUser>> {
  const errors: FieldError[] = [];
  const status = filterValues(query?.filter, 'status', saasUserStatuses, errors);
  const filter = query?.filter as Record<string, unknown> | undefined;
  const product = poolOf(filter?.product, 'filter.product', errors);
  const normalized = normalizeQuery(
    query,
    ['name', 'email', 'status', 'createdAt'],
    'name',
    errors,
  );
  const sort: Sort =
    normalized.field === 'name'
      ? [
          { expr: sql`name_key`, type: 'text' },
          { expr: sql`name`, type: 'text' },
        ]
      : normalized.field === 'createdAt'
        ? [{ expr: sql`created_at`, type: 'timestamptz' }]
        : [{ expr: sql.ref(normalized.field), type: 'text' }];
  const plan = keysetPlan(sort, sql`id`, normalized);
  const where = sql.join(
    [
      sql`company_id = ${companyId}`,
      sql`coalesce(product, '') = ${product ?? ''}`,
      ...(status ? [sql`status = any(${sql.val([...status])}::text[])`] : []),
      ...termConditions(sql`name || ' ' || email`, normalized.terms),
    ],
    sql` and `,
  );
  const rows = await sql<Record<string, unknown> & { id: string }>`
    select ${cols(saasUserColumns)}, ${plan.keys} from saas_users
    where ${where} and ${plan.after} order by ${plan.orderBy} limit ${plan.limit + 1}`.execute(tx);
  const total = await sql<{ total: number }>`
    select count(*)::integer as total from saas_users where ${where}`.execute(tx);
  return {
    ...cutPage(rows.rows, sort.length, normalized, (row) =>
      saasUserFromRow(row as unknown as Parameters<typeof saasUserFromRow>[0]),
    ),
    total: total.rows[0]?.total ?? 0,
  };
}

/** The `contactId` filter of an invitation list: a contact id, or undefined for none. */
function contactFilter(filter: unknown, errors: FieldError[]): string | undefined {
  if (typeof filter !== 'object' || filter === null) return undefined;
  const contactId = (filter as Record<string, unknown>).contactId;
  if (contactId === undefined || contactId === null || contactId === '') return undefined;
  if (typeof contactId !== 'string') {
    errors.push({ field: 'filter.contactId', code: 'invalid-type' });
    return undefined;
  }
  return contactId;
}

export async function listInvitations(
  tx: Tx,
  companyId: string,
  query: InvitationQuery | undefined,
  now: Date,
): Promise<Page<Invitation>> {
  const errors: FieldError[] = [];
  const status = filterValues(query?.filter, 'status', invitationStatuses, errors);
  const contactId = contactFilter(query?.filter, errors);
  const expiresBefore = (query?.filter as Record<string, unknown> | undefined)?.expiresBefore;
  if (
    expiresBefore !== undefined &&
    expiresBefore !== null &&
    expiresBefore !== '' &&
    (typeof expiresBefore !== 'string' || Number.isNaN(Date.parse(expiresBefore)))
  ) {
    errors.push({
      field: 'filter.expiresBefore',
      code: 'invalid-value',
      params: { format: 'date-time' },
    });
  }
  const before =
    typeof expiresBefore === 'string' && expiresBefore && !Number.isNaN(Date.parse(expiresBefore))
      ? new Date(expiresBefore).toISOString()
      : undefined;
  const normalized = normalizeQuery(
    query,
    ['sentAt', 'expiresAt', 'email', 'status'],
    'sentAt',
    errors,
  );
  // `expired` is a pending invitation past its expiry, as of this request.
  const effective = sql`(case when status = 'pending' and expires_at <= ${now.toISOString()}::timestamptz then 'expired' else status end)`;
  const sort: Sort =
    normalized.field === 'expiresAt'
      ? [{ expr: sql`expires_at`, type: 'timestamptz' }]
      : normalized.field === 'email'
        ? [{ expr: sql`email`, type: 'text' }]
        : normalized.field === 'status'
          ? [{ expr: sql`${effective} collate "C"`, type: 'text' }]
          : [{ expr: sql`sent_at`, type: 'timestamptz' }];
  const plan = keysetPlan(sort, sql`id`, normalized);
  const where = sql.join(
    [
      sql`company_id = ${companyId}`,
      ...(contactId !== undefined ? [sql`contact_id = ${contactId}`] : []),
      ...(before !== undefined ? [sql`expires_at < ${before}::timestamptz`] : []),
      ...(status ? [sql`${effective} = any(${sql.val([...status])}::text[])`] : []),
      ...termConditions(sql`email`, normalized.terms),
    ],
    sql` and `,
  );
  const rows = await sql<Record<string, unknown> & { id: string }>`
    select ${cols(invitationColumns)}, ${plan.keys} from invitations
    where ${where} and ${plan.after} order by ${plan.orderBy} limit ${plan.limit + 1}`.execute(tx);
  const total = await sql<{ total: number }>`
    select count(*)::integer as total from invitations where ${where}`.execute(tx);
  return {
    ...cutPage(rows.rows, sort.length, normalized, (row) =>
      invitationFromRow(row as unknown as Parameters<typeof invitationFromRow>[0], now),
    ),
    total: total.rows[0]?.total ?? 0,
  };
}
