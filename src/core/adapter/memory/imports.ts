/**
 * The batch import and the lookup of existing contacts of {@link MemoryBackend}: each function is the
 * body of the backend method of the same name (documented there). The import follows the rules
 * layer's pattern — prepare the batch, gather the facts its keys name, ask `decideImport`, apply the
 * writes as one unit — and answers a replayed idempotency key with the first answer.
 *
 * @module
 */
import type { Contact } from '../../model/index.js';
import {
  decideImport,
  importVerdict,
  prepareImport,
  prepareLookup,
  verdictError,
} from '../../rules/index.js';
import type { ContactLookup, ImportOptions, ImportResult } from '../types.js';
import { documentsOf, emailsOf, type Operation } from './company.js';
import { copyContact } from './copy.js';

/** The idempotency scope of import batches (apart from creates' keys). */
const operation = 'contacts-import';

export function importContacts(
  op: Operation,
  rows: unknown,
  options: Pick<ImportOptions, 'existing' | 'dryRun' | 'idempotencyKey'> = {},
): ImportResult {
  const { state } = op;
  // Refused before anything else, a replayed key included: only who may import sees an import's answer.
  const allowed = importVerdict(op.context());
  if (!allowed.allowed) throw verdictError(allowed);
  const batch = prepareImport(rows, options);
  const body = { rows, existing: batch.existing, dryRun: batch.dryRun };
  // A dry run writes nothing: it is neither replayed nor remembered.
  const key = batch.dryRun ? undefined : options.idempotencyKey;
  const replayed = op.replay<{ id: string; batch: ImportResult }>(operation, key, body, () => {
    return undefined;
  });
  if (replayed) return structuredClone(replayed.batch);

  const emails = emailsOf(state);
  const documents = documentsOf(state);
  const byEmail = new Map<string, Contact>();
  for (const email of batch.keys.emails) {
    const id = emails.get(email);
    const contact = id === undefined ? undefined : state.table.get(id);
    if (contact) byEmail.set(email, contact);
  }
  const documentHolders = new Map<string, string[]>();
  for (const document of batch.keys.documents) {
    const ids = documents.get(document);
    if (ids?.size) documentHolders.set(document, [...ids]);
  }
  // Counting admins walks every contact: done only when a row asks for more than the default role.
  let adminCount: number | undefined;
  const result = op.apply(
    decideImport(op.context(), batch, {
      newId: () => op.nextId('ct', (candidate) => op.contactIdTaken(candidate)),
      companyId: state.company.id,
      get adminCount() {
        return (adminCount ??= op.adminCount());
      },
      byEmail,
      documentHolders,
      sites: state.sites,
    }),
  );
  // The caller's copy, made once: `remember` keeps its own (a replay answers a copy of that).
  const answer: ImportResult = {
    ...result,
    summary: { ...result.summary },
    results: result.results.map((row) =>
      row.status === 'created' || row.status === 'updated'
        ? { ...row, contact: copyContact(row.contact) }
        : structuredClone(row),
    ),
  };
  const record: { id: string; batch: ImportResult } = { id: '', batch: answer };
  op.remember(operation, key, body, record);
  return answer;
}

export function lookupContacts(op: Operation, keys: ContactLookup): Contact[] {
  const { state } = op;
  const wanted = prepareLookup(keys);
  const found = new Map<string, Contact>();
  const emails = wanted.emails.length ? emailsOf(state) : undefined;
  for (const email of wanted.emails) {
    const id = emails!.get(email);
    const contact = id === undefined ? undefined : state.table.get(id);
    if (contact) found.set(contact.id, contact);
  }
  const documents = wanted.documents.length ? documentsOf(state) : undefined;
  for (const document of wanted.documents) {
    for (const id of documents!.get(document) ?? []) {
      const contact = state.table.get(id);
      if (contact) found.set(contact.id, contact);
    }
  }
  return [...found.values()].map(copyContact);
}
