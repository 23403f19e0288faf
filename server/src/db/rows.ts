import type {
  Approvers,
  Contact,
  HistoryEntry,
  Invitation,
  InvitationTemplate,
  SaasUser,
  Site,
} from '../../../src/core/model/index.js';
import { documentKey, type HistoryDraft } from '../../../src/core/rules/index.js';
import { emailKey } from '../../../src/core/validation/index.js';
import type { ContactRow, Database, HistoryRow, NewContactRow } from './schema.js';
import type { Insertable, Selectable } from 'kysely';

/**
 * Records ↔ rows. The records are exactly the zod schemas of `src/core/model` (what the contract
 * answers); the rows are the tables of `migrations.ts`.
 */

const iso = (value: Date | string): string =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

export function contactFromRow(row: ContactRow): Contact {
  const contact: Contact = {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    email: row.email,
    country: row.country,
    document: {
      type: row.document_type as Contact['document']['type'],
      number: row.document_number,
    },
    phone: { countryCode: row.phone_country, area: row.phone_area, number: row.phone_number },
    jobTitle: row.job_title,
    consultingAuthorized: row.consulting_authorized,
    communication: { ...row.communication },
    role: row.role,
    grants: [...row.grants],
    sites: row.sites.map((entry) => ({
      siteId: entry.siteId,
      capabilities: [...entry.capabilities],
    })),
    status: row.status as Contact['status'],
    openTickets: row.open_tickets,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
  if (row.company !== null) contact.company = row.company;
  if (row.address !== null) contact.address = row.address;
  if (row.notes !== null) contact.notes = row.notes;
  if (row.last_sign_in_at !== null) contact.lastSignInAt = iso(row.last_sign_in_at);
  return contact;
}

export function contactToRow(contact: Contact): NewContactRow {
  return {
    company_id: contact.companyId,
    id: contact.id,
    name: contact.name,
    email: contact.email,
    email_key: emailKey(contact.email),
    country: contact.country,
    document_type: contact.document.type,
    document_number: contact.document.number,
    document_key: documentKey(contact.document) ?? null,
    phone_country: contact.phone.countryCode,
    phone_area: contact.phone.area,
    phone_number: contact.phone.number,
    job_title: contact.jobTitle,
    company: contact.company ?? null,
    address: contact.address ?? null,
    notes: contact.notes ?? null,
    consulting_authorized: contact.consultingAuthorized,
    communication: JSON.stringify(contact.communication),
    role: contact.role,
    grants: JSON.stringify(contact.grants),
    sites: JSON.stringify(contact.sites),
    status: contact.status,
    open_tickets: contact.openTickets,
    version: contact.version,
    created_at: contact.createdAt,
    updated_at: contact.updatedAt,
    last_sign_in_at: contact.lastSignInAt ?? null,
  };
}

/** The columns of a contact row the server reads (not the generated search and sort keys). */
export const contactColumns = [
  'company_id',
  'id',
  'name',
  'email',
  'email_key',
  'country',
  'document_type',
  'document_number',
  'phone_country',
  'phone_area',
  'phone_number',
  'job_title',
  'company',
  'address',
  'notes',
  'consulting_authorized',
  'communication',
  'role',
  'grants',
  'sites',
  'status',
  'open_tickets',
  'version',
  'created_at',
  'updated_at',
  'last_sign_in_at',
] as const;

export function siteFromRow(row: Pick<Selectable<Database['sites']>, SiteColumn>): Site {
  const site: Site = { id: row.id, companyId: row.company_id, name: row.name };
  if (row.alias !== null) site.alias = row.alias;
  if (row.url !== null) site.url = row.url;
  return site;
}
export const siteColumns = ['company_id', 'id', 'name', 'alias', 'url'] as const;
type SiteColumn = (typeof siteColumns)[number];

export function siteToRow(site: Site): Insertable<Database['sites']> {
  return {
    company_id: site.companyId,
    id: site.id,
    name: site.name,
    alias: site.alias ?? null,
    url: site.url ?? null,
  };
}

export const saasUserColumns = [
  'company_id',
  'id',
  'name',
  'email',
  'status',
  'product',
  'version',
  'created_at',
  'updated_at',
] as const;
type SaasUserColumn = (typeof saasUserColumns)[number];

export function saasUserFromRow(
  row: Pick<Selectable<Database['saas_users']>, SaasUserColumn>,
): SaasUser {
  return {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    email: row.email,
    status: row.status as SaasUser['status'],
    ...(row.product === null ? {} : { product: row.product }),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function saasUserToRow(user: SaasUser): Insertable<Database['saas_users']> {
  return {
    company_id: user.companyId,
    id: user.id,
    name: user.name,
    email: user.email,
    email_key: emailKey(user.email),
    status: user.status,
    product: user.product ?? null,
    password_hash: null,
    version: user.version,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
}

export const invitationColumns = [
  'company_id',
  'id',
  'contact_id',
  'email',
  'status',
  'setup_url',
  'sent_at',
  'expires_at',
  'send_count',
  'version',
  'seat',
  'sent_by',
  'accepted_at',
  'method',
  'revoked_at',
] as const;
type InvitationColumn = (typeof invitationColumns)[number];

/**
 * An invitation as it is at `now`: a pending one past its expiry reads as `expired` (the stored row
 * stays `pending`; SQL computes the same with {@link effectiveInvitationStatus}).
 */
export function invitationFromRow(
  row: Pick<Selectable<Database['invitations']>, InvitationColumn>,
  now: Date,
): Invitation {
  const expiresAt = iso(row.expires_at);
  const expired = row.status === 'pending' && new Date(expiresAt).getTime() <= now.getTime();
  return {
    id: row.id,
    companyId: row.company_id,
    contactId: row.contact_id,
    email: row.email,
    status: (expired ? 'expired' : row.status) as Invitation['status'],
    setupUrl: row.setup_url,
    sentAt: iso(row.sent_at),
    expiresAt,
    sendCount: row.send_count,
    ...(row.seat === null ? {} : { seat: { ...row.seat } }),
    ...(row.sent_by === null ? {} : { sentBy: row.sent_by }),
    ...(row.accepted_at === null ? {} : { acceptedAt: iso(row.accepted_at) }),
    ...(row.method === null ? {} : { method: row.method as NonNullable<Invitation['method']> }),
    ...(row.revoked_at === null ? {} : { revokedAt: iso(row.revoked_at) }),
    version: row.version,
  };
}

export function invitationToRow(invitation: Invitation): Insertable<Database['invitations']> {
  return {
    company_id: invitation.companyId,
    id: invitation.id,
    contact_id: invitation.contactId,
    email: invitation.email,
    status: invitation.status,
    setup_url: invitation.setupUrl,
    sent_at: invitation.sentAt,
    expires_at: invitation.expiresAt,
    send_count: invitation.sendCount,
    version: invitation.version,
    seat: invitation.seat ? JSON.stringify(invitation.seat) : null,
    sent_by: invitation.sentBy ?? null,
    accepted_at: invitation.acceptedAt ?? null,
    method: invitation.method ?? null,
    revoked_at: invitation.revokedAt ?? null,
  };
}

export function templateFromRow(
  row: Selectable<Database['invitation_templates']>,
): InvitationTemplate {
  return { subject: row.subject, body: row.body, version: row.version };
}

export function approversFromRow(row: Selectable<Database['approvers']>): Approvers {
  return { budgets: [...row.budgets], tickets: [...row.tickets], version: row.version };
}

export function historyToRow(entry: HistoryEntry): Insertable<Database['contact_history']> {
  return {
    company_id: entry.companyId,
    id: entry.id,
    contact_id: entry.contactId,
    at: entry.at,
    actor_id: entry.actorId,
    event: entry.event,
    changes: entry.changes ? JSON.stringify(entry.changes) : null,
    method: entry.method ?? null,
    invitation_id: entry.invitationId ?? null,
    count: entry.count ?? null,
    counterpart_id: entry.counterpartId ?? null,
  };
}

/** A history entry as the contract answers it: the optional fields only when set. */
export function historyFromRow(row: HistoryRow): HistoryEntry {
  const entry: HistoryEntry = {
    id: row.id,
    companyId: row.company_id,
    contactId: row.contact_id,
    at: iso(row.at),
    actorId: row.actor_id,
    event: row.event as HistoryEntry['event'],
  };
  if (row.changes !== null) entry.changes = row.changes;
  if (row.method !== null) entry.method = row.method as NonNullable<HistoryEntry['method']>;
  if (row.invitation_id !== null) entry.invitationId = row.invitation_id;
  if (row.count !== null) entry.count = row.count;
  if (row.counterpart_id !== null) entry.counterpartId = row.counterpart_id;
  return entry;
}

/** Gives each draft of one write an id: ordered by time, then in the order the write made them. */
export function historyIds(drafts: readonly HistoryDraft[], random: string): HistoryEntry[] {
  return drafts.map((draft, index) => ({
    id: `hx-${new Date(draft.at).getTime().toString(36).padStart(9, '0')}-${random}-${String(index).padStart(3, '0')}`,
    ...draft,
  }));
}
