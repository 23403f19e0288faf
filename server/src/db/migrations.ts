import { sql, type Kysely } from 'kysely';
import type { IdentityDocument } from '../../../src/core/model/index.js';
import { documentKey } from '../../../src/core/rules/index.js';

/**
 * The schema, as an ordered list of SQL migrations that run unchanged on PGlite (PostgreSQL 18 in WASM)
 * and on a real PostgreSQL (15 and later). Each runs once, in its own transaction, and is recorded in
 * `schema_migrations`; a migration already applied is never edited — a change is a new migration.
 *
 * Design rules, so the schema scales past one machine (docs: server/README.md "Scaling"):
 * - `company_id` leads every primary key, unique key and index: every query of a request touches one
 *   company, so the tables can be sharded by company (Citus `create_distributed_table(…,
 *   'company_id')`) without changing a query.
 * - No sequence is shared across companies: ids are random (see `newId`), audit ids are per table.
 * - Search is indexed in the database: `search_text` is the folded text a contact is found by (name,
 *   e-mail, document digits, phone digits), kept by PostgreSQL itself in a generated column through the
 *   IMMUTABLE `f_unaccent` wrapper (`unaccent()` itself is only STABLE and cannot be indexed), with a GIN
 *   trigram index answering `LIKE '%term%'`.
 * - Sort keys are generated columns in the C collation, so keyset paging compares plain bytes the
 *   way the memory backend compares strings.
 */
export interface Migration {
  name: string;
  up: string;
  /**
   * Fills what SQL alone cannot, after `up`, in the same transaction: a column whose value a core
   * function computes (e.g. `documentKey`), so the rule is written once, in `src/core`.
   */
  backfill?: (tx: Kysely<unknown>) => Promise<void>;
}

/** The field separator of `search_text` (U+0001, `fieldSeparator` of `src/core/search`): a term never spans two fields. */
const sep = `chr(1)`;

export const migrations: Migration[] = [
  {
    name: '001-extensions',
    up: `
      create extension if not exists unaccent;
      create extension if not exists pg_trgm;
      create or replace function f_unaccent(text) returns text
        language sql immutable parallel safe strict
        as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;
      create or replace function f_fold(text) returns text
        language sql immutable parallel safe strict
        as $$ select lower(public.f_unaccent($1)) $$;
      create or replace function f_digits(text) returns text
        language sql immutable parallel safe strict
        as $$ select regexp_replace($1, '[^0-9]', '', 'g') $$;
    `,
  },
  {
    name: '002-records',
    up: `
      create table companies (
        id text collate "C" primary key,
        name text not null,
        licensed_seats integer not null default 0 check (licensed_seats >= 0)
      );

      create table policies (
        company_id text collate "C" primary key references companies (id) on delete cascade,
        document jsonb not null,
        version integer not null check (version >= 0)
      );

      create table contacts (
        company_id text collate "C" not null references companies (id) on delete cascade,
        id text collate "C" not null,
        name text collate "C" not null,
        email text collate "C" not null,
        email_key text collate "C" not null,
        country text not null,
        document_type text not null,
        document_number text not null,
        phone_country text not null,
        phone_area text not null,
        phone_number text not null,
        job_title text collate "C" not null,
        company text,
        address text,
        notes text,
        consulting_authorized boolean not null,
        communication jsonb not null,
        role text collate "C" not null,
        grants jsonb not null,
        sites jsonb not null,
        status text collate "C" not null,
        open_tickets integer not null default 0 check (open_tickets >= 0),
        version integer not null check (version >= 0),
        created_at timestamptz not null,
        updated_at timestamptz not null,
        name_key text collate "C" generated always as (f_fold(name)) stored,
        job_title_key text collate "C" generated always as (f_fold(job_title)) stored,
        search_text text collate "C" generated always as (
          f_fold(name) || ${sep} || f_fold(email) || ${sep} || f_digits(document_number) || ${sep} ||
          f_digits(phone_country || phone_area || phone_number)
        ) stored,
        primary key (company_id, id),
        unique (company_id, email_key)
      );
      create index contacts_search on contacts using gin (search_text gin_trgm_ops);
      create index contacts_by_name on contacts (company_id, name_key, name, id);
      create index contacts_by_email on contacts (company_id, email_key, id);
      create index contacts_by_created on contacts (company_id, created_at, id);
      create index contacts_by_status on contacts (company_id, status, id);
      create index contacts_by_role on contacts (company_id, role, status);

      create table sites (
        company_id text collate "C" not null references companies (id) on delete cascade,
        id text collate "C" not null,
        name text collate "C" not null,
        alias text collate "C",
        url text,
        name_key text collate "C" generated always as (f_fold(name)) stored,
        alias_key text collate "C" generated always as (f_fold(coalesce(alias, ''))) stored,
        primary key (company_id, id)
      );

      create table saas_users (
        company_id text collate "C" not null references companies (id) on delete cascade,
        id text collate "C" not null,
        name text collate "C" not null,
        email text collate "C" not null,
        email_key text collate "C" not null,
        status text collate "C" not null,
        password_hash text,
        version integer not null check (version >= 0),
        created_at timestamptz not null,
        updated_at timestamptz not null,
        name_key text collate "C" generated always as (f_fold(name)) stored,
        primary key (company_id, id),
        unique (company_id, email_key)
      );

      create table invitations (
        company_id text collate "C" not null references companies (id) on delete cascade,
        id text collate "C" not null,
        contact_id text collate "C" not null,
        email text collate "C" not null,
        status text collate "C" not null,
        setup_url text not null,
        sent_at timestamptz not null,
        expires_at timestamptz not null,
        send_count integer not null check (send_count > 0),
        version integer not null check (version >= 0),
        primary key (company_id, id)
      );
      create index invitations_by_contact on invitations (company_id, contact_id);
      create index invitations_by_sent on invitations (company_id, sent_at, id);

      create table invitation_templates (
        company_id text collate "C" primary key references companies (id) on delete cascade,
        subject text not null,
        body text not null,
        version integer not null check (version >= 0)
      );

      create table approvers (
        company_id text collate "C" primary key references companies (id) on delete cascade,
        budgets jsonb not null,
        tickets jsonb not null,
        version integer not null check (version >= 0)
      );

      create table seat_requests (
        company_id text collate "C" not null references companies (id) on delete cascade,
        id text collate "C" not null,
        actor_id text collate "C" not null,
        seats integer not null check (seats > 0),
        message text not null,
        requested_at timestamptz not null,
        primary key (company_id, id)
      );

      create table contact_passwords (
        company_id text collate "C" not null,
        contact_id text collate "C" not null,
        hash text not null,
        updated_at timestamptz not null,
        primary key (company_id, contact_id),
        foreign key (company_id, contact_id) references contacts (company_id, id) on delete cascade
      );
    `,
  },
  {
    name: '003-server-state',
    up: `
      -- A session's active company (POST /session/company), keyed by the token's session id.
      create table sessions (
        session_key text collate "C" primary key,
        company_id text collate "C" not null references companies (id) on delete cascade,
        contact_id text collate "C" not null,
        updated_at timestamptz not null
      );

      -- Idempotency-Key: the first answer of a write, replayed for a repeat (kept >= 24 h).
      create table idempotency_keys (
        company_id text collate "C" not null,
        session_key text collate "C" not null,
        key text collate "C" not null,
        fingerprint text not null,
        status integer not null,
        body jsonb,
        headers jsonb not null,
        created_at timestamptz not null,
        primary key (company_id, session_key, key)
      );
      create index idempotency_keys_by_age on idempotency_keys (created_at);

      -- Every write: who, what, when, the version before and after, and how it was answered.
      create table audit_log (
        company_id text collate "C" not null,
        id text collate "C" not null,
        at timestamptz not null,
        actor_id text collate "C" not null,
        method text not null,
        path text not null,
        action text not null,
        record_type text,
        record_id text,
        version_before integer,
        version_after integer,
        status integer not null,
        code text,
        primary key (company_id, id)
      );
      create index audit_log_by_time on audit_log (company_id, at, id);

      -- Small documents the server keeps (e.g. "demo": the demo data's actors, for development tokens).
      create table server_settings (
        key text collate "C" primary key,
        value jsonb not null
      );

      -- Per-actor fixed-window rate limits (invitation sends, password changes).
      create table rate_limits (
        company_id text collate "C" not null,
        actor_id text collate "C" not null,
        bucket text collate "C" not null,
        window_start timestamptz not null,
        hits integer not null,
        primary key (company_id, actor_id, bucket)
      );
    `,
  },
  {
    name: '004-history-and-document-keys',
    up: `
      -- The CPF a contact is unique by (documentKey of src/core/rules), written by the server like
      -- email_key. Not a unique index: older data may repeat a CPF, which the rules tolerate; a new or
      -- changed CPF is checked under a transaction lock on its key (server/src/db/facts.ts).
      alter table contacts add column document_key text collate "C";
      create index contacts_by_document on contacts (company_id, document_key)
        where document_key is not null;

      -- Each contact's history (historyOf of src/core/rules): never edited, kept after the contact
      -- is deleted (like the audit trail), read newest first by GET /contacts/{id}/history.
      create table contact_history (
        company_id text collate "C" not null references companies (id) on delete cascade,
        id text collate "C" not null,
        contact_id text collate "C" not null,
        at timestamptz not null,
        actor_id text collate "C",
        event text collate "C" not null,
        changes jsonb,
        method text,
        invitation_id text collate "C",
        count integer,
        counterpart_id text collate "C",
        primary key (company_id, id)
      );
      create index contact_history_by_contact on contact_history (company_id, contact_id, at, id);
    `,
    async backfill(tx) {
      const rows = (
        await sql<{
          company_id: string;
          id: string;
          document_type: string;
          document_number: string;
        }>`select company_id, id, document_type, document_number from contacts`.execute(tx)
      ).rows;
      const keyed = rows.flatMap((row) => {
        const type = row.document_type as IdentityDocument['type'];
        const key = documentKey({ type, number: row.document_number });
        return key === undefined ? [] : [{ company: row.company_id, id: row.id, key }];
      });
      for (let start = 0; start < keyed.length; start += 5_000) {
        const part = keyed.slice(start, start + 5_000);
        await sql`
          update contacts set document_key = k.key
          from unnest(${part.map((r) => r.company)}::text[], ${part.map((r) => r.id)}::text[],
                      ${part.map((r) => r.key)}::text[]) as k(company_id, id, key)
          where contacts.company_id = k.company_id and contacts.id = k.id`.execute(tx);
      }
    },
  },
  {
    name: '005-seat-pools-and-access-journey',
    up: `
      -- Seats per product pool (a product not listed has none); the one pool is licensed_seats.
      alter table companies add column seat_products jsonb not null default '{}'::jsonb;

      -- A SaaS user holds a seat of one pool (null = the company's one pool): one e-mail per pool.
      alter table saas_users add column product text collate "C";
      alter table saas_users drop constraint saas_users_company_id_email_key_key;
      create unique index saas_users_by_pool_email
        on saas_users (company_id, (coalesce(product, '')), email_key);

      alter table seat_requests add column product text collate "C";
      alter table seat_requests add column status text collate "C" not null default 'pending';
      create index seat_requests_by_time on seat_requests (company_id, requested_at, id);

      alter table invitations add column seat jsonb;
      alter table invitations add column sent_by text collate "C";
      alter table invitations add column accepted_at timestamptz;
      alter table invitations add column method text;
      alter table invitations add column revoked_at timestamptz;
      -- The seat invitations a seat write counts (seatUsage): pending ones of the company.
      create index invitations_holding_seats on invitations (company_id)
        where seat is not null and status = 'pending';

      -- The company's invitation policy (absent: defaultInvitationSettings, until first edited).
      create table invitation_settings (
        company_id text collate "C" primary key references companies (id) on delete cascade,
        document jsonb not null,
        version integer not null check (version >= 0)
      );

      -- Setup and activation links (tokens are random, 256 bits). The invitee holds only the token,
      -- so it is the key; the company id is a column (a sharded setup keeps a token → company map).
      create table access_links (
        token text collate "C" primary key,
        company_id text collate "C" not null references companies (id) on delete cascade,
        kind text collate "C" not null,
        contact_id text collate "C" not null,
        invitation_id text collate "C" not null,
        issued_at timestamptz not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        replaced_at timestamptz
      );
      create index access_links_by_invitation on access_links (company_id, invitation_id);
      create index access_links_by_contact on access_links (company_id, contact_id);

      -- The e-mails the journey sends: an outbox a mailer process drains (sent_at set once sent).
      create table outgoing_mail (
        company_id text collate "C" not null references companies (id) on delete cascade,
        id text collate "C" not null,
        kind text collate "C" not null,
        contact_id text collate "C" not null,
        recipient text not null,
        subject text not null,
        body text not null,
        link text not null,
        locale text not null,
        at timestamptz not null,
        sent_at timestamptz,
        primary key (company_id, id)
      );
      create index outgoing_mail_unsent on outgoing_mail (at) where sent_at is null;
    `,
  },
  {
    name: '006-last-sign-in',
    up: `
      -- When the person last signed in (null: never): set by a new session, an invitation accepted
      -- with Google or Microsoft, an activation link followed (src/core/rules/sign-in.ts).
      alter table contacts add column last_sign_in_at timestamptz;
      -- The list's last sign-in sort and range filter: never-signed-in people sort as the epoch
      -- (neverSignedInKey), exactly as the memory backend orders them.
      create index contacts_by_last_sign_in on contacts
        (company_id, (coalesce(last_sign_in_at, '1970-01-01T00:00:00.000Z'::timestamptz)), id);
    `,
  },
];

/** Applies every migration not applied yet, in order; answers the names it applied. */
export async function migrate(db: Kysely<unknown>): Promise<string[]> {
  await sql`create table if not exists schema_migrations (
    name text primary key,
    applied_at timestamptz not null default now()
  )`.execute(db);
  const applied = new Set(
    (await sql<{ name: string }>`select name from schema_migrations`.execute(db)).rows.map(
      (row) => row.name,
    ),
  );
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    await db.transaction().execute(async (tx) => {
      // One statement per query: PGlite's extended protocol takes a single statement at a time.
      for (const statement of statements(migration.up)) await sql.raw(statement).execute(tx);
      await migration.backfill?.(tx);
      await sql`insert into schema_migrations (name) values (${migration.name})`.execute(tx);
    });
    done.push(migration.name);
  }
  return done;
}

/** The statements of a migration (they end with `;` at the end of a line; `$$` bodies hold none). */
function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((part) =>
      part
        .split('\n')
        .filter((line) => !line.trim().startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}
