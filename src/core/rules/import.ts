/**
 * A batch import (seed 001: "Importar usuários") as one decision over its rows: who may import, and
 * what becomes of each row. Nothing here restates a contact rule — each row is a create
 * ({@link decideCreateContact}) or an update ({@link decideUpdateContact}) exactly as a single call
 * would make it, with the same permission checks and the same field errors.
 *
 * The store's part follows the rules layer's pattern:
 * 1. {@link prepareImport} checks the batch (at most {@link importBatchLimit} rows, its options) and
 *    each row's contact (`prepareContactInput`), and names the keys to look up: the rows' e-mails and
 *    CPFs;
 * 2. the store gathers {@link ImportFacts} — the contacts with those e-mails, who holds those CPFs —
 *    (in SQL: `SELECT … WHERE email_key = ANY($1) FOR UPDATE`, and the same for the CPFs);
 * 3. {@link decideImport} decides row by row and answers one {@link ImportRowResult} per row and the
 *    writes of every row that passed; the store applies them as one unit and tells `changesOf(writes)`.
 *
 * Row by row, the facts move with the batch: a contact created by row 3 has its e-mail and CPF taken
 * for row 4 (a second row with the same e-mail is `duplicate-in-batch`; another e-mail with the same
 * CPF is `document-taken`, as a single create would answer). A create cannot change the admin count (a
 * new contact is `potential`, and counts as no admin until it signs in) and an update does not touch
 * access, so the count gathered once stays true; contacts hold no SaaS seat.
 *
 * A row whose e-mail belongs to an existing contact is skipped (`exists`) unless the batch says
 * `existing: 'update'`; then its profile fields update that contact (never the e-mail, which is the
 * key; never the role, grants or sites — access changes go through the grant checks of
 * `decideSetAccess`: the result lists them in `ignored` when the row named others). A row may name
 * the `version` of the existing contact the user reviewed: a contact changed since is `stale-version`.
 *
 * @module
 */
import { AdapterError, type FieldError } from '../adapter/errors.js';
import type { ImportOptions, ImportResult, ImportRowResult } from '../adapter/types.js';
import { contactProfileFields } from '../model/constants.js';
import type { Contact, ContactPatch } from '../model/index.js';
import { emailKey } from '../validation/index.js';
import { addVerdict, type Verdict } from './contact-acts.js';
import {
  decideCreateContact,
  decideUpdateContact,
  documentKey,
  newcomerAccessRefusals,
  prepareContactInput,
  prepareContactPatch,
  type PreparedInput,
} from './contacts.js';
import type { IdSet, RuleContext } from './context.js';
import { invalid, verdictError } from './refusals.js';
import type { RoleRefusal } from './role-names.js';
import type { Decision, Writes } from './writes.js';

/** The most rows one batch may hold (and the most e-mails, and CPFs, one lookup may ask for). */
export const importBatchLimit = 500;

/** The capability the default policy gives importing (seed 001: an admin act). */
export const importCapability = 'import-contacts';

/**
 * Whether the actor may import contacts: the policy's `import-contacts` (when the policy defines it:
 * a vendor's own policy without it imports with what adding needs), then what adding a contact needs
 * ({@link addVerdict}: `add-contacts`, and the default role held at least as widely). The element
 * shows this verdict's reason; {@link decideImport} refuses with it.
 */
export function importVerdict(context: Pick<RuleContext, 'engine' | 'actor'>): Verdict {
  const { engine, actor } = context;
  if (engine && actor && engine.policy.capabilities.some((c) => c.id === importCapability)) {
    const explanation = engine.explain(actor, importCapability);
    if (!explanation.allowed) return { allowed: false, engine: explanation };
  }
  return addVerdict(context);
}

/**
 * The roles among `roles` the actor may not give a contact an import creates, each with the engine's
 * first reason — what {@link decideImport} answers for such a row (through `decideCreateContact`'s
 * `newcomerAccessRefusals`, the same call), asked before the file is planned so the review can show
 * it. The default role is never listed: whether the actor may add at all is {@link importVerdict}'s.
 * Whether a contact counts as an admin plays no part in giving a newcomer a role, so no admin count
 * is needed.
 */
export function importRoleRefusals(
  context: Pick<RuleContext, 'engine' | 'actor'>,
  roles: readonly string[],
): RoleRefusal[] {
  const refusals: RoleRefusal[] = [];
  for (const role of new Set(roles)) {
    const first = newcomerAccessRefusals(context, { role, grants: [], sites: [] }, 1)[0];
    if (!first) continue;
    const refusal: RoleRefusal = { role, code: first.code };
    if (first.missing !== undefined) refusal.missing = first.missing;
    if (first.subject !== undefined) refusal.subject = first.subject;
    refusals.push(refusal);
  }
  return refusals;
}

/** One row of a batch, checked before the store looks up its keys. */
export interface PreparedImportRow {
  prepared: PreparedInput;
  /** The version the row names, when it names a valid one. */
  version?: number;
  /** What is wrong with the row's envelope (not its contact), if anything. */
  errors: FieldError[];
}

/** A batch, checked and keyed. */
export interface PreparedImport {
  rows: PreparedImportRow[];
  existing: 'skip' | 'update';
  dryRun: boolean;
  /** The distinct uniqueness keys of the rows' valid contacts, to look up (`emailKey`, `documentKey`). */
  keys: { emails: string[]; documents: string[] };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a batch's shape — an array of at most {@link importBatchLimit} rows, `existing` one of
 * `skip` / `update`, `dryRun` a boolean — and throws `validation` for the whole batch when it is not
 * (`rows` `invalid-type` / `too-long`, `existing` `invalid-value`, `dryRun` `invalid-type`). Then
 * checks each row's contact as a create would, and names the keys the store must look up.
 */
export function prepareImport(
  rows: unknown,
  options: Pick<ImportOptions, 'existing' | 'dryRun'> = {},
): PreparedImport {
  const errors: FieldError[] = [];
  if (!Array.isArray(rows)) {
    errors.push({ field: 'rows', code: 'invalid-type', params: { expected: 'array' } });
  } else if (rows.length > importBatchLimit) {
    errors.push({ field: 'rows', code: 'too-long', params: { max: importBatchLimit } });
  }
  const existing = options.existing ?? 'skip';
  if (existing !== 'skip' && existing !== 'update') {
    errors.push({ field: 'existing', code: 'invalid-value', params: { allowed: 'skip, update' } });
  }
  const dryRun = options.dryRun ?? false;
  if (typeof dryRun !== 'boolean') {
    errors.push({ field: 'dryRun', code: 'invalid-type', params: { expected: 'boolean' } });
  }
  if (errors.length) throw invalid(errors, 'The import batch is not valid.');

  const emails = new Set<string>();
  const documents = new Set<string>();
  const prepared = (rows as unknown[]).map((row): PreparedImportRow => {
    const envelope = isObject(row) ? row : {};
    const rowErrors: FieldError[] = [];
    if (!isObject(row)) {
      rowErrors.push({ field: '', code: 'invalid-type', params: { expected: 'object' } });
    }
    const version = envelope.version;
    if (version !== undefined && !(Number.isInteger(version) && (version as number) >= 0)) {
      rowErrors.push({ field: 'version', code: 'invalid-type', params: { expected: 'int' } });
    }
    const input = prepareContactInput(envelope.contact);
    if (input.keys.email !== undefined) emails.add(input.keys.email);
    if (input.keys.document !== undefined) documents.add(input.keys.document);
    const entry: PreparedImportRow = { prepared: input, errors: rowErrors };
    if (typeof version === 'number' && rowErrors.length === 0) entry.version = version;
    return entry;
  });
  return {
    rows: prepared,
    existing,
    dryRun,
    keys: { emails: [...emails], documents: [...documents] },
  };
}

/** What deciding a batch needs to know: the facts of a create, for every row at once. */
export interface ImportFacts {
  /** A fresh id for each contact created (asked only for a contact sure to be written). */
  newId: () => string;
  companyId: string;
  /** Active general admins now (`countsAsAdmin`). */
  adminCount: number;
  /** The company's contacts with the prepared e-mail keys, by key (at least those the batch names). */
  byEmail: ReadonlyMap<string, Contact>;
  /** The ids of the contacts holding each prepared document key (at least those the batch names). */
  documentHolders: ReadonlyMap<string, readonly string[]>;
  /** The company's site ids (at least those the rows name). */
  sites: IdSet;
}

/** The profile fields of a row, as the patch an update of an existing contact sends. */
function patchOf(contact: Record<string, unknown>): ContactPatch {
  const patch: Record<string, unknown> = {};
  for (const field of contactProfileFields) {
    if (contact[field] !== undefined) patch[field] = contact[field];
  }
  return patch;
}

/** The access fields a row names that differ from the contact's (an import leaves them as they are). */
function ignoredAccess(
  contact: Record<string, unknown>,
  current: Contact,
): ('role' | 'grants' | 'sites')[] {
  const ignored: ('role' | 'grants' | 'sites')[] = [];
  for (const field of ['role', 'grants', 'sites'] as const) {
    const value = contact[field];
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(current[field])) {
      ignored.push(field);
    }
  }
  return ignored;
}

/** An error as a row's result (anything that is not an `AdapterError` is the store's to throw). */
function rowError(error: unknown): ImportRowResult {
  if (!AdapterError.is(error)) throw error;
  return {
    status: 'error',
    error: { kind: error.kind, code: error.code, fields: error.fields.map((f) => ({ ...f })) },
  };
}

/**
 * Decides a batch (see the module comment): throws the whole batch's refusal ({@link importVerdict})
 * before any row, then answers one result per row and the writes of the rows that passed (none for a
 * dry run, whose created contacts get provisional ids `dry-run-<n>`).
 */
export function decideImport(
  context: RuleContext,
  batch: PreparedImport,
  facts: ImportFacts,
): Decision<ImportResult> {
  const allowed = importVerdict(context);
  if (!allowed.allowed) throw verdictError(allowed);

  const byEmail = new Map(facts.byEmail);
  const holders = new Map<string, string[]>();
  for (const [key, ids] of facts.documentHolders) holders.set(key, [...ids]);
  const hold = (contact: Contact) => {
    const key = documentKey(contact.document);
    if (key === undefined) return;
    const ids = holders.get(key) ?? [];
    if (!ids.includes(contact.id)) ids.push(contact.id);
    holders.set(key, ids);
  };
  const release = (contact: Contact) => {
    const key = documentKey(contact.document);
    const ids = key === undefined ? undefined : holders.get(key);
    if (ids)
      holders.set(
        key!,
        ids.filter((id) => id !== contact.id),
      );
  };
  const heldByOther = (key: string | undefined, id?: string) =>
    key !== undefined && (holders.get(key) ?? []).some((holder) => holder !== id);

  /** The first row of this batch that wrote (or skipped as existing) each e-mail key. */
  const firstRow = new Map<string, number>();
  const created: Contact[] = [];
  const updated: Contact[] = [];
  let provisional = 0;

  const results = batch.rows.map((row, index): ImportRowResult => {
    if (row.errors.length) return rowError(invalid(row.errors));
    const { prepared } = row;
    const email = prepared.keys.email;
    try {
      if (email !== undefined) {
        const first = firstRow.get(email);
        if (first !== undefined) {
          return { status: 'skipped', code: 'duplicate-in-batch', firstRow: first };
        }
        const current = byEmail.get(email);
        if (current) {
          if (batch.existing === 'skip') {
            firstRow.set(email, index);
            return { status: 'skipped', code: 'exists', contactId: current.id };
          }
          const contact = prepared.input as Record<string, unknown>;
          const patch = prepareContactPatch(patchOf(contact), current);
          const { answer } = decideUpdateContact(
            context,
            current,
            patch,
            row.version ?? current.version,
            { documentTaken: heldByOther(patch.keys.document, current.id) },
          );
          firstRow.set(email, index);
          release(current);
          hold(answer);
          byEmail.set(email, answer);
          updated.push(answer);
          const ignored = ignoredAccess(contact, current);
          return ignored.length
            ? { status: 'updated', contact: answer, ignored }
            : { status: 'updated', contact: answer };
        }
      }
      const { answer } = decideCreateContact(context, prepared, {
        newId: batch.dryRun ? () => `dry-run-${++provisional}` : facts.newId,
        companyId: facts.companyId,
        adminCount: facts.adminCount,
        emailTaken: false,
        documentTaken: heldByOther(prepared.keys.document),
        sites: facts.sites,
      });
      if (email !== undefined) {
        firstRow.set(email, index);
        byEmail.set(email, answer);
      }
      hold(answer);
      created.push(answer);
      return { status: 'created', contact: answer };
    } catch (error) {
      return rowError(error);
    }
  });

  const summary = { created: 0, updated: 0, skipped: 0, error: 0 };
  for (const result of results) {
    summary[result.status === 'error' ? 'error' : result.status]++;
  }
  const writes: Writes = {};
  if (!batch.dryRun) {
    if (created.length) writes.created = created;
    if (updated.length) writes.updated = updated;
  }
  return { answer: { dryRun: batch.dryRun, results, summary }, writes };
}

/** A lookup's keys, checked and normalised. */
export interface PreparedLookup {
  /** E-mail keys (`emailKey`). */
  emails: string[];
  /** Document keys of the CPFs (`documentKey`). */
  documents: string[];
}

/**
 * Checks `contacts.lookup`'s keys — `emails` and `cpfs` arrays of strings, at most
 * {@link importBatchLimit} of each (`invalid-type`, `too-long`) — and normalises them to the
 * uniqueness keys a store indexes. A CPF that is not 11 digits once its mask is dropped matches
 * nothing and is left out.
 */
export function prepareLookup(keys: unknown): PreparedLookup {
  const errors: FieldError[] = [];
  const body = isObject(keys) ? keys : {};
  if (!isObject(keys)) {
    errors.push({ field: '', code: 'invalid-type', params: { expected: 'object' } });
  }
  const list = (field: 'emails' | 'cpfs'): string[] => {
    const value = body[field];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      errors.push({ field, code: 'invalid-type', params: { expected: 'array' } });
      return [];
    }
    if (value.length > importBatchLimit) {
      errors.push({ field, code: 'too-long', params: { max: importBatchLimit } });
      return [];
    }
    return value as string[];
  };
  const emails = list('emails');
  const cpfs = list('cpfs');
  if (errors.length) throw invalid(errors, 'The lookup is not valid.');
  const documents = new Set<string>();
  for (const cpf of cpfs) {
    const key = documentKey({ type: 'cpf', number: cpf });
    if (key !== undefined && key.length === 'cpf:'.length + 11) documents.add(key);
  }
  return {
    emails: [...new Set(emails.map((email) => emailKey(email)).filter((key) => key !== ''))],
    documents: [...documents],
  };
}

/** The idempotency key of batch `index` of the import `importId`: the same batch, the same key. */
export function importBatchKey(importId: string, index: number): string {
  return `import-${importId}-batch-${index}`;
}
