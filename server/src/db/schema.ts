import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamp column: written as a Date or ISO string, read as a Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp column that may be unset. */
type MaybeTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;
/** A jsonb column: written as JSON text, read as the parsed value. */
type Json<T> = ColumnType<T, string, string>;
/** A column PostgreSQL computes (generated always … stored): read-only. */
type Computed<T> = ColumnType<T, never, never>;

/** The tables of `migrations.ts`, as Kysely sees them. */
export interface Database {
  companies: {
    id: string;
    name: string;
    licensed_seats: number;
    seat_products: ColumnType<Record<string, number>, string | undefined, string>;
  };
  policies: { company_id: string; document: Json<unknown>; version: number };
  contacts: ContactTable;
  sites: {
    company_id: string;
    id: string;
    name: string;
    alias: string | null;
    url: string | null;
    name_key: Computed<string>;
    alias_key: Computed<string>;
  };
  saas_users: {
    company_id: string;
    id: string;
    name: string;
    email: string;
    email_key: string;
    status: string;
    password_hash: string | null;
    product: string | null;
    version: number;
    created_at: Timestamp;
    updated_at: Timestamp;
    name_key: Computed<string>;
  };
  invitations: {
    company_id: string;
    id: string;
    contact_id: string;
    email: string;
    status: string;
    setup_url: string;
    sent_at: Timestamp;
    expires_at: Timestamp;
    send_count: number;
    version: number;
    seat: ColumnType<{ product?: string } | null, string | null, string | null>;
    sent_by: string | null;
    accepted_at: MaybeTimestamp;
    method: string | null;
    revoked_at: MaybeTimestamp;
  };
  invitation_templates: { company_id: string; subject: string; body: string; version: number };
  approvers: {
    company_id: string;
    budgets: Json<string[]>;
    tickets: Json<string[]>;
    version: number;
  };
  seat_requests: {
    company_id: string;
    id: string;
    actor_id: string;
    seats: number;
    message: string;
    requested_at: Timestamp;
    product: string | null;
    status: string;
  };
  invitation_settings: { company_id: string; document: Json<unknown>; version: number };
  access_links: {
    token: string;
    company_id: string;
    kind: string;
    contact_id: string;
    invitation_id: string;
    issued_at: Timestamp;
    expires_at: Timestamp;
    used_at: MaybeTimestamp;
    replaced_at: MaybeTimestamp;
  };
  outgoing_mail: {
    company_id: string;
    id: string;
    kind: string;
    contact_id: string;
    recipient: string;
    subject: string;
    body: string;
    link: string;
    locale: string;
    at: Timestamp;
    sent_at: MaybeTimestamp;
  };
  contact_passwords: {
    company_id: string;
    contact_id: string;
    hash: string;
    updated_at: Timestamp;
  };
  contact_history: HistoryTable;
  sessions: { session_key: string; company_id: string; contact_id: string; updated_at: Timestamp };
  idempotency_keys: {
    company_id: string;
    session_key: string;
    key: string;
    fingerprint: string;
    status: number;
    body: Json<unknown>;
    headers: Json<Record<string, string>>;
    created_at: Timestamp;
  };
  audit_log: AuditTable;
  rate_limits: {
    company_id: string;
    actor_id: string;
    bucket: string;
    window_start: Timestamp;
    hits: number;
  };
  server_settings: { key: string; value: Json<unknown> };
  schema_migrations: { name: string; applied_at: Generated<Date> };
}

export interface ContactTable {
  company_id: string;
  id: string;
  name: string;
  email: string;
  email_key: string;
  country: string;
  document_type: string;
  document_number: string;
  /** `documentKey(document)` of src/core/rules (a CPF's key), or null. */
  document_key: string | null;
  phone_country: string;
  phone_area: string;
  phone_number: string;
  job_title: string;
  company: string | null;
  address: string | null;
  notes: string | null;
  consulting_authorized: boolean;
  communication: Json<{ productNews: boolean; systemUpdates: boolean; ticketUpdates: boolean }>;
  role: string;
  grants: Json<string[]>;
  sites: Json<{ siteId: string; capabilities: string[] }[]>;
  status: string;
  open_tickets: number;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** When the person last signed in; null when never (migration 006). */
  last_sign_in_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  name_key: Computed<string>;
  job_title_key: Computed<string>;
  search_text: Computed<string>;
}

export interface AuditTable {
  company_id: string;
  id: string;
  at: Timestamp;
  actor_id: string;
  method: string;
  path: string;
  action: string;
  record_type: string | null;
  record_id: string | null;
  version_before: number | null;
  version_after: number | null;
  status: number;
  code: string | null;
}

export type ContactRow = Selectable<ContactTable>;
export type NewContactRow = Insertable<ContactTable>;
export type AuditRow = Selectable<AuditTable>;

/** One entry of a contact's history (`HistoryEntry`). */
export interface HistoryTable {
  company_id: string;
  id: string;
  contact_id: string;
  at: Timestamp;
  actor_id: string | null;
  event: string;
  changes: ColumnType<
    { field: string; from?: unknown; to?: unknown }[] | null,
    string | null,
    string | null
  >;
  method: string | null;
  invitation_id: string | null;
  count: number | null;
  counterpart_id: string | null;
}
export type HistoryRow = Selectable<HistoryTable>;
