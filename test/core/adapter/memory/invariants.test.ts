import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AdapterError } from '../../../../src/core/adapter/errors.js';
import { MemoryAdapter, MemoryBackend } from '../../../../src/core/adapter/memory/index.js';
import { createDemoData } from '../../../../src/core/demo-data.js';
import {
  contactStatuses,
  lifecycleActions,
  type Contact,
} from '../../../../src/core/model/index.js';
import { countsAsAdmin, defaultPolicy } from '../../../../src/core/permissions/index.js';
import { newContact, state } from './helpers.js';

type Step =
  | { kind: 'edit'; actor: number; target: number }
  | { kind: 'transition'; actor: number; target: number; action: number }
  | { kind: 'access'; actor: number; target: number; role: number; grant: boolean }
  | { kind: 'remove'; actor: number; target: number }
  | { kind: 'create'; actor: number; n: number }
  | { kind: 'transfer-admin'; actor: number; target: number; keep: boolean }
  | { kind: 'transfer-tickets'; actor: number; target: number; to: number }
  | { kind: 'stale'; actor: number; target: number };

const index = fc.nat(40);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), actor: index, target: index }),
  fc.record({
    kind: fc.constant('transition' as const),
    actor: index,
    target: index,
    action: fc.nat(3),
  }),
  fc.record({
    kind: fc.constant('access' as const),
    actor: index,
    target: index,
    role: fc.nat(2),
    grant: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('remove' as const), actor: index, target: index }),
  fc.record({ kind: fc.constant('create' as const), actor: index, n: fc.nat(1000) }),
  fc.record({
    kind: fc.constant('transfer-admin' as const),
    actor: index,
    target: index,
    keep: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('transfer-tickets' as const),
    actor: index,
    target: index,
    to: index,
  }),
  fc.record({ kind: fc.constant('stale' as const), actor: index, target: index }),
);

const roles = ['general-admin', 'registration-admin', 'system-user'];

describe('MemoryBackend — invariants under any sequence of acts', () => {
  it('never loses the last general admin, keeps e-mails unique, and writes nothing when it refuses', async () => {
    const data = createDemoData({ contacts: 30, seed: 3 });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const backend = new MemoryBackend({ data });
        const ids = () => backend.snapshot().data.contacts.map((c) => c.id);
        for (const s of steps) {
          const people = ids();
          const pickId = (i: number) => people[i % people.length]!;
          const adapter = new MemoryAdapter({ backend, actorId: pickId(s.actor) });
          const current = (id: string) =>
            backend.snapshot().data.contacts.find((c) => c.id === id) as Contact;
          const before = state(backend);
          try {
            switch (s.kind) {
              case 'edit': {
                const t = current(pickId(s.target));
                await adapter.contacts.update(
                  t.id,
                  { jobTitle: 'Cargo novo' },
                  { version: t.version },
                );
                break;
              }
              case 'transition': {
                const t = current(pickId(s.target));
                await adapter.contacts.transition(t.id, lifecycleActions[s.action]!, {
                  version: t.version,
                });
                break;
              }
              case 'access': {
                const t = current(pickId(s.target));
                await adapter.permissions.setAccess(
                  t.id,
                  { role: roles[s.role]!, grants: s.grant ? ['approve-budgets'] : [], sites: [] },
                  { version: t.version },
                );
                break;
              }
              case 'remove': {
                const t = current(pickId(s.target));
                await adapter.contacts.remove(t.id, { version: t.version });
                break;
              }
              case 'create':
                await adapter.contacts.create(newContact({ email: `p${s.n}@horizonte.com.br` }));
                break;
              case 'transfer-admin':
                await adapter.contacts.transferAdministration(pickId(s.target), {
                  keepOwn: s.keep,
                });
                break;
              case 'transfer-tickets':
                await adapter.contacts.transferTickets(pickId(s.target), pickId(s.to));
                break;
              case 'stale': {
                const t = current(pickId(s.target));
                await adapter.contacts.update(
                  t.id,
                  { jobTitle: 'Velho' },
                  { version: t.version - 1 },
                );
                break;
              }
            }
          } catch (error) {
            expect(AdapterError.is(error), String(error)).to.equal(true);
            expect(
              state(backend),
              `${s.kind} refused (${(error as AdapterError).code}) but wrote`,
            ).to.equal(before);
          }
          const snapshot = backend.snapshot().data;
          for (const company of snapshot.companies) {
            const people = snapshot.contacts.filter((c) => c.companyId === company.id);
            expect(
              people.filter((c) => countsAsAdmin(defaultPolicy, c)).length,
              company.id,
            ).to.be.greaterThan(0);
            const emails = people.map((c) => c.email.toLowerCase());
            expect(new Set(emails).size).to.equal(emails.length);
            expect(
              people.every((c) => contactStatuses.includes(c.status) && c.openTickets >= 0),
            ).to.equal(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
