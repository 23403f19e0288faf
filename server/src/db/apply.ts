import { randomBytes } from 'node:crypto';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type {
  Approvers,
  Contact,
  Invitation,
  InvitationSettings,
  InvitationTemplate,
  Policy,
  SaasUser,
} from '../../../src/core/model/index.js';
import type { HistoryDraft, JourneyWrites, Writes } from '../../../src/core/rules/index.js';
import { emailKey } from '../../../src/core/validation/index.js';
import { newId } from './journey.js';
import { contactToRow, historyIds, historyToRow, invitationToRow, saasUserToRow } from './rows.js';
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
  /** SaaS users as read (locked) for the decision, by id. */
  saasUsers?: ReadonlyMap<string, SaasUser>;
  /** Invitations as read (their contact locked) for the decision, by id. */
  invitations?: ReadonlyMap<string, Invitation>;
  settings?: InvitationSettings;
  template?: InvitationTemplate;
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

  await applySeatWrites(tx, companyId, writes, before);
  if (writes.journey) await applyJourney(tx, companyId, writes.journey, before);

  const entries = [...history, ...(writes.journey?.history ?? [])];
  if (entries.length) {
    const rows = historyIds(entries, randomBytes(6).toString('hex'));
    await tx.insertInto('contact_history').values(rows.map(historyToRow)).execute();
  }
}

/** SaaS users inserted or replaced (compare-and-set on the version read), hashes, seat requests. */
async function applySeatWrites(
  tx: Tx,
  companyId: string,
  writes: Writes,
  before: Before,
): Promise<void> {
  const created = writes.saasUsers?.created ?? [];
  if (created.length)
    await tx.insertInto('saas_users').values(created.map(saasUserToRow)).execute();
  for (const next of writes.saasUsers?.updated ?? []) {
    const was = before.saasUsers?.get(next.id);
    if (!was) throw new Error(`applyWrites: SaaS user ${next.id} was not read before its update`);
    const result = await tx
      .updateTable('saas_users')
      .set({
        name: next.name,
        email: next.email,
        email_key: emailKey(next.email),
        status: next.status,
        version: next.version,
        updated_at: next.updatedAt,
      })
      .where('company_id', '=', companyId)
      .where('id', '=', next.id)
      .where('version', '=', was.version)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw staleWrite('SaaS user');
  }
  for (const { saasUserId, hash } of writes.passwordHashes ?? []) {
    await tx
      .updateTable('saas_users')
      .set({ password_hash: hash })
      .where('company_id', '=', companyId)
      .where('id', '=', saasUserId)
      .execute();
  }
  const requests = writes.seatRequests ?? [];
  if (requests.length) {
    await tx
      .insertInto('seat_requests')
      .values(
        requests.map((request) => ({
          company_id: companyId,
          id: request.id,
          actor_id: request.actorId,
          seats: request.seats,
          message: request.message,
          requested_at: request.requestedAt,
          product: request.product ?? null,
          status: request.status,
        })),
      )
      .execute();
  }
}

/**
 * The invitation rules' writes: invitations inserted, replaced (compare-and-set) or deleted; links
 * and credentials upserted; SaaS users taking over a seat inserted; settings and template replaced
 * (compare-and-set); e-mails queued in the outbox. The journey's history is inserted by the caller.
 */
async function applyJourney(
  tx: Tx,
  companyId: string,
  journey: JourneyWrites,
  before: Before,
): Promise<void> {
  const { invitations } = journey;
  const created = invitations?.created ?? [];
  if (created.length) {
    await tx.insertInto('invitations').values(created.map(invitationToRow)).execute();
  }
  for (const next of invitations?.updated ?? []) {
    const was = before.invitations?.get(next.id);
    if (!was) throw new Error(`applyWrites: invitation ${next.id} was not read before its update`);
    const { company_id: _company, id: _id, ...row } = invitationToRow(next);
    const result = await tx
      .updateTable('invitations')
      .set(row)
      .where('company_id', '=', companyId)
      .where('id', '=', next.id)
      .where('version', '=', was.version)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw staleWrite('invitation');
  }
  const removed = invitations?.removed ?? [];
  if (removed.length) {
    await tx
      .deleteFrom('access_links')
      .where('company_id', '=', companyId)
      .where('invitation_id', 'in', removed)
      .execute();
    await tx
      .deleteFrom('invitations')
      .where('company_id', '=', companyId)
      .where('id', 'in', removed)
      .execute();
  }
  for (const link of journey.links ?? []) {
    const row = {
      token: link.token,
      company_id: link.companyId,
      kind: link.kind,
      contact_id: link.contactId,
      invitation_id: link.invitationId,
      issued_at: link.issuedAt,
      expires_at: link.expiresAt,
      used_at: link.usedAt ?? null,
      replaced_at: link.replacedAt ?? null,
    };
    await tx
      .insertInto('access_links')
      .values(row)
      .onConflict((conflict) =>
        conflict.column('token').doUpdateSet({
          used_at: row.used_at,
          replaced_at: row.replaced_at,
          expires_at: row.expires_at,
        }),
      )
      .execute();
  }
  for (const credential of journey.credentials ?? []) {
    await tx
      .insertInto('contact_passwords')
      .values({
        company_id: companyId,
        contact_id: credential.contactId,
        hash: credential.hash,
        updated_at: credential.setAt,
      })
      .onConflict((conflict) =>
        conflict
          .columns(['company_id', 'contact_id'])
          .doUpdateSet({ hash: credential.hash, updated_at: credential.setAt }),
      )
      .execute();
  }
  if (journey.saasUsers?.length) {
    // A new user, or a deactivated one of the same e-mail taking the seat again (`seatTakenOver`).
    await tx
      .insertInto('saas_users')
      .values(journey.saasUsers.map(saasUserToRow))
      .onConflict((conflict) =>
        conflict.columns(['company_id', 'id']).doUpdateSet((row) => ({
          status: row.ref('excluded.status'),
          version: row.ref('excluded.version'),
          updated_at: row.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
  if (journey.settings) {
    const { version, ...document } = journey.settings;
    const expected = before.settings?.version;
    if (expected === undefined) throw new Error('applyWrites: the settings were not read');
    await tx
      .insertInto('invitation_settings')
      .values({ company_id: companyId, document: JSON.stringify(document), version })
      .onConflict((conflict) =>
        conflict
          .column('company_id')
          .doUpdateSet({ document: JSON.stringify(document), version })
          .where('invitation_settings.version', '=', expected),
      )
      .execute();
  }
  if (journey.template) {
    const expected = before.template?.version;
    if (expected === undefined) throw new Error('applyWrites: the template was not read');
    const result = await tx
      .updateTable('invitation_templates')
      .set({
        subject: journey.template.subject,
        body: journey.template.body,
        version: journey.template.version,
      })
      .where('company_id', '=', companyId)
      .where('version', '=', expected)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw staleWrite('invitation e-mail');
  }
  const mail = journey.mail ?? [];
  if (mail.length) {
    await tx
      .insertInto('outgoing_mail')
      .values(
        mail.map((message) => ({
          company_id: companyId,
          id: newId('mail'),
          kind: message.kind,
          contact_id: message.contactId,
          recipient: message.to,
          subject: message.subject,
          body: message.body,
          link: message.link,
          locale: message.locale,
          at: message.at,
        })),
      )
      .execute();
  }
}
