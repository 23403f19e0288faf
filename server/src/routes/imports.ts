import type { ImportOptions } from '../../../src/core/adapter/types.js';
import type { Contact } from '../../../src/core/model/index.js';
import {
  decideImport,
  documentKey,
  importVerdict,
  prepareImport,
  prepareLookup,
  verdictError,
} from '../../../src/core/rules/index.js';
import { emailKey } from '../../../src/core/validation/index.js';
import { object, ok, type Answer } from '../http/answers.js';
import type { RequestContext } from '../http/context.js';
import { adminCountNow, contactsByKeys, lockContacts, lockKeys, siteIds } from '../db/facts.js';
import { newContactId } from './contacts.js';
import { auditContact, commit, ruleContext } from './decide.js';

/**
 * `POST /contacts/import` and `POST /contacts/lookup` (docs/rest-api.md, "Imports"): the batch is one
 * decision of the rules layer (`decideImport`), its facts gathered and held in the request's READ
 * COMMITTED transaction in the order of `db/facts.ts`.
 */

/** The body of `POST /contacts/import`; its rows and options are checked by `prepareImport`. */
type ImportBody = { rows?: unknown } & Pick<ImportOptions, 'existing' | 'dryRun'>;

/** A dry run writes nothing: its `Idempotency-Key` is neither replayed nor kept (as the memory backend). */
export function importKeepsKey(body: unknown): boolean {
  return !(typeof body === 'object' && body !== null && (body as ImportBody).dryRun === true);
}

/** Each contact by its e-mail key, and the ids holding each document key. */
function keyed(contacts: Iterable<Contact>) {
  const byEmail = new Map<string, Contact>();
  const documentHolders = new Map<string, string[]>();
  for (const contact of contacts) {
    byEmail.set(emailKey(contact.email), contact);
    const key = documentKey(contact.document);
    if (key !== undefined)
      documentHolders.set(key, [...(documentHolders.get(key) ?? []), contact.id]);
  }
  return { byEmail, documentHolders };
}

/**
 * Who may import is asked first (a refusal is the whole batch's, before its shape). Then the locks:
 * the contacts holding the batch's e-mails and CPFs (and the actor), in id order; the keys themselves
 * (a concurrent create of one of those e-mails waits, or has committed and is read next); the holders
 * read again under the key locks, and any that appeared meanwhile locked too. The admin count is read
 * unlocked: a create adds a `potential` contact and an update never touches access, so a batch cannot
 * lower it.
 */
export async function importContacts(ctx: RequestContext): Promise<Answer> {
  const { tx, companyId } = ctx;
  const allowed = importVerdict(ruleContext(ctx));
  if (!allowed.allowed) throw verdictError(allowed);
  const body = object<ImportBody>(ctx.body);
  const batch = prepareImport(body.rows, { existing: body.existing, dryRun: body.dryRun });
  const keys = batch.keys;

  const first = await contactsByKeys(tx, companyId, keys);
  const locked = await lockContacts(tx, companyId, [...first.keys(), ctx.actor.id], 'update');
  await lockKeys(tx, companyId, [...keys.emails, ...keys.documents]);
  const holders = await contactsByKeys(tx, companyId, keys);
  const late = [...holders.keys()].filter((id) => !locked.has(id));
  for (const [id, contact] of await lockContacts(tx, companyId, late, 'update')) {
    locked.set(id, contact);
  }
  const current = [...holders.keys()].flatMap((id) => locked.get(id) ?? []);

  const decision = decideImport(ruleContext(ctx, locked), batch, {
    newId: newContactId,
    companyId,
    adminCount: await adminCountNow(tx, companyId, ctx.policy),
    ...keyed(current),
    sites: await siteIds(tx, companyId),
  });
  const result = await commit(ctx, decision, { contacts: locked });
  for (const contact of decision.writes.created ?? [])
    auditContact(ctx, contact.id, undefined, contact);
  for (const contact of decision.writes.updated ?? []) {
    auditContact(ctx, contact.id, locked.get(contact.id), contact);
  }
  return ok(result);
}

/** The company's contacts with any of the e-mails or CPFs asked, each once (whoever may list them). */
export async function lookupContacts(ctx: RequestContext): Promise<Answer> {
  const keys = prepareLookup(ctx.body);
  const found = await contactsByKeys(ctx.tx, ctx.companyId, keys);
  return ok({ items: [...found.values()] });
}
