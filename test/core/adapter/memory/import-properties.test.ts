import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ImportResult, ImportRow } from '../../../../src/core/adapter/types.js';
import { MemoryBackend } from '../../../../src/core/adapter/memory/index.js';
import { createDemoData } from '../../../../src/core/demo-data.js';
import type { Contact } from '../../../../src/core/model/index.js';
import { companyFacts, createPermissionEngine } from '../../../../src/core/permissions/index.js';
import { decideImport, documentKey, prepareImport } from '../../../../src/core/rules/index.js';
import { emailKey } from '../../../../src/core/validation/index.js';
import { sampleContact } from '../support.js';

/**
 * The memory backend's batch import (issue 9: made cheaper — one copy of the answer instead of
 * three, the admin count only when a row asks for more than the default role) answers exactly what
 * the rules decide: for any batch of new, repeated, existing and bad rows with any role, by a general
 * or a registration admin, skipping or updating existing contacts, the answer equals `decideImport`'s
 * over facts gathered the slow way (every contact scanned, the admin count eager); a replay answers
 * the same; the answer is the caller's own (changing it changes neither the store nor a replay).
 */

const now = new Date('2026-03-01T12:00:00.000Z');
const roles = [undefined, 'system-user', 'registration-admin', 'general-admin', 'nope'] as const;

interface RowSpec {
  kind: 'new' | 'existing' | 'bad';
  person: number;
  role: number;
}

const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  kind: fc.constantFrom('new', 'new', 'existing', 'bad'),
  person: fc.nat(7),
  role: fc.nat(roles.length - 1),
});

/** Ids and times a store picks stand as placeholders: the rest must be equal. */
function shape(answer: ImportResult): unknown {
  const ids = new Map<string, string>();
  const id = (value: string) => {
    if (!ids.has(value)) ids.set(value, `id-${ids.size}`);
    return ids.get(value)!;
  };
  return {
    ...answer,
    results: answer.results.map((row) =>
      row.status === 'created' || row.status === 'updated'
        ? { ...row, contact: { ...row.contact, id: id(row.contact.id) } }
        : row,
    ),
  };
}

describe('memory backend: batch import (property)', () => {
  it('answers what decideImport decides, the same on a replay, and a copy of its own', () => {
    fc.assert(
      fc.property(
        fc.array(rowSpec, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<'skip' | 'update'>('skip', 'update'),
        fc.boolean(),
        fc.boolean(),
        (specs, existing, registrar, keyed) => {
          const data = createDemoData({ contacts: 16, seed: 4 });
          const companyId = data.companies[0]!.id;
          const mine: Contact[] = structuredClone(
            data.contacts.filter((c) => c.companyId === companyId),
          );
          const backend = new MemoryBackend({ data, clock: () => now });
          const actorId = registrar ? data.actors.registrationAdmin : data.actors.generalAdmin;
          const rows: ImportRow[] = specs.map((spec) => {
            const role = roles[spec.role];
            const base =
              spec.kind === 'existing'
                ? sampleContact({ email: mine[spec.person % mine.length]!.email.toUpperCase() })
                : sampleContact({ email: `pessoa.${spec.person}@novo.com.br` });
            const contact =
              spec.kind === 'bad'
                ? { ...base, phone: { countryCode: '55', area: '00', number: '1' } }
                : base;
            return { contact: role === undefined ? contact : { ...contact, role } };
          });

          // The slow way: every fact from a scan of the company's contacts.
          const policy = backend.getPolicy(actorId);
          const actor = mine.find((c) => c.id === actorId)!;
          const batch = prepareImport(structuredClone(rows), { existing });
          const byEmail = new Map(mine.map((c) => [emailKey(c.email), c]));
          const holders = new Map<string, string[]>();
          for (const c of mine) {
            const key = documentKey(c.document);
            if (key !== undefined) holders.set(key, [...(holders.get(key) ?? []), c.id]);
          }
          let n = 0;
          const expected = decideImport(
            { engine: createPermissionEngine(policy), actor, now: now.toISOString() },
            batch,
            {
              newId: () => `new-${++n}`,
              companyId,
              adminCount: companyFacts(policy, mine).adminCount,
              byEmail,
              documentHolders: holders,
              sites: new Set(data.sites.filter((s) => s.companyId === companyId).map((s) => s.id)),
            },
          ).answer;

          const key = keyed ? 'import-p-batch-0' : undefined;
          const options = key ? { existing, idempotencyKey: key } : { existing };
          const answer = backend.importContacts(actorId, rows, options);
          expect(shape(answer)).to.deep.equal(shape(expected));

          const snapshot = structuredClone(answer);
          for (const row of answer.results) {
            if (row.status !== 'created' && row.status !== 'updated') continue;
            expect(backend.getContact(actorId, row.contact.id)).to.deep.equal(row.contact);
            row.contact.name = 'Mudado Depois';
            row.contact.grants.push('changed');
          }
          answer.summary.created += 100;
          if (key) {
            expect(backend.importContacts(actorId, rows, options)).to.deep.equal(snapshot);
          }
          for (const row of snapshot.results) {
            if (row.status !== 'created' && row.status !== 'updated') continue;
            expect(backend.getContact(actorId, row.contact.id)).to.deep.equal(row.contact);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
