import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AdapterError } from '../../../../src/core/adapter/errors.js';
import type { Change } from '../../../../src/core/adapter/types.js';
import {
  MemoryAdapter,
  MemoryBackend,
  indexedDbPersistence,
} from '../../../../src/core/adapter/memory/index.js';
import { createDemoData, type DemoData } from '../../../../src/core/demo-data.js';
import { invitationHoldsSeat, seatLevel } from '../../../../src/core/rules/index.js';
import { isPasswordHash, verifyPassword } from '../../../../src/core/security/password-hash.js';
import { emailKey } from '../../../../src/core/validation/index.js';
import { refusal, sampleContact } from '../support.js';

/** Cheap hashing: these tests add many users; the cost itself is tested in password-hash.test.ts. */
const passwordHashing = { iterations: 1_000 };

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Demo data whose first company has `free` seats free in its one pool. */
function dataWithFreeSeats(free: number): { data: DemoData; companyId: string } {
  const data = createDemoData({ contacts: 60, seed: 17 });
  const companyId = data.contacts.find((c) => c.id === data.actors.generalAdmin)!.companyId;
  const active = data.saasUsers.filter(
    (u) => u.companyId === companyId && u.status === 'active' && !u.product,
  ).length;
  data.seats[companyId] = { licensed: active + free };
  return { data, companyId };
}

describe('MemoryBackend — passwords are kept only as salted hashes', () => {
  const first = 'Primeira#Senha2026';
  const second = 'Segunda$Senha2027';

  it('keeps no password text in the snapshot, the idempotency records or IndexedDB', async () => {
    const { data } = dataWithFreeSeats(2);
    const name = `portico-seats-${Math.random().toString(36).slice(2)}`;
    try {
      const adapter = await MemoryAdapter.restore({
        data,
        persist: indexedDbPersistence(name),
        saveDelay: 0,
        passwordHashing,
      });
      const made = await adapter.seats.create(
        { name: 'Lia Souza', email: 'lia.souza@horizonte.com.br', password: first },
        { idempotencyKey: 'create-lia' },
      );
      const changed = await adapter.seats.changePassword(made.id, second, {
        version: made.version,
      });
      expect(JSON.stringify(made)).not.to.contain(first);
      expect(JSON.stringify(changed)).not.to.contain(second);
      await adapter.backend.flush();

      const snapshot = JSON.stringify(adapter.backend.snapshot());
      const saved = JSON.stringify(await indexedDbPersistence(name).load());
      for (const text of [snapshot, saved]) {
        expect(text).not.to.contain(first);
        expect(text).not.to.contain(second);
        expect(text).to.contain(made.id);
      }
      // What is kept is a hash of the latest password, and only that.
      const hashes = adapter.backend.snapshot().passwordHashes ?? [];
      const kept = hashes.find((h) => h.saasUserId === made.id)!;
      expect(isPasswordHash(kept.hash)).to.equal(true);
      expect(await verifyPassword(second, kept.hash)).to.equal(true);
      expect(await verifyPassword(first, kept.hash)).to.equal(false);

      // After a reload the hash is still there (reactivating brings the same user back).
      const again = await MemoryAdapter.restore({
        data,
        persist: indexedDbPersistence(name),
        passwordHashing,
      });
      const restored = again.backend.snapshot().passwordHashes ?? [];
      expect(restored.find((h) => h.saasUserId === made.id)?.hash).to.equal(kept.hash);
    } finally {
      await deleteDatabase(name);
    }
  });

  it('refuses to keep a password handed to it in place of a hash', () => {
    const { data } = dataWithFreeSeats(1);
    const backend = new MemoryBackend({ data });
    /** What the backend holds, without the moment it was asked (a snapshot's `savedAt`). */
    const held = () => JSON.stringify({ ...backend.snapshot(), savedAt: '' });
    const before = held();
    expect(() =>
      backend.createSaasUser(
        data.actors.generalAdmin,
        { name: 'Lia Souza', email: 'lia.souza@horizonte.com.br', password: first },
        undefined,
        first,
      ),
    ).to.throw(TypeError);
    expect(held() === before, 'nothing written').to.equal(true);
  });

  it('replays an idempotent create without the password and writes one user', async () => {
    const { data } = dataWithFreeSeats(1);
    const adapter = new MemoryAdapter({
      backend: new MemoryBackend({ data, passwordHashing }),
      actorId: data.actors.generalAdmin,
    });
    const input = { name: 'Lia Souza', email: 'lia.souza@horizonte.com.br', password: first };
    const once = await adapter.seats.create(input, { idempotencyKey: 'k1' });
    const twice = await adapter.seats.create(input, { idempotencyKey: 'k1' });
    expect(twice).to.deep.equal(once);
    expect(JSON.stringify(adapter.backend.snapshot())).not.to.contain(first);
    // The seat was the last one: a second user with another key is refused.
    await refusal(
      adapter.seats.create({ ...input, email: 'rui@horizonte.com.br' }, { idempotencyKey: 'k2' }),
      'conflict',
      'no-seats',
    );
  });
});

describe('MemoryBackend — a seat invitation at exactly the licence', () => {
  it('resends and accepts the invitation that holds the last seat: it holds it already', async () => {
    const { data } = dataWithFreeSeats(1);
    const invitationDefaults = { resendCooldownSeconds: 0 };
    const backend = new MemoryBackend({ data, passwordHashing, invitationDefaults });
    const admin = new MemoryAdapter({ backend, actorId: data.actors.generalAdmin });
    const invitee = new MemoryAdapter({ backend, actorId: '' });
    const contact = await admin.contacts.create(
      sampleContact({ name: 'Benedita Convidada', email: 'benedita.assento@exemplo.com.br' }),
    );
    const sent = await admin.invitations.send(contact.id, { seat: {} });
    const full = await admin.seats.summary();
    expect(full.used).to.equal(full.licensed);
    // The pool is at exactly its licence: this invitation's seat is its own, not a new one.
    const resent = await admin.invitations.resend(sent.id, { version: sent.version });
    const other = await admin.contacts.create(
      sampleContact({ name: 'Rui Sem Assento', email: 'rui.sem.assento@exemplo.com.br' }),
    );
    await refusal(admin.invitations.send(other.id, { seat: {} }), 'conflict', 'no-seats');
    const token = decodeURIComponent(new URL(resent.setupUrl).pathname.split('/').pop()!);
    await invitee.invitations.accept(token, 'google');
    const after = await admin.seats.summary();
    expect([after.used, after.licensed]).to.deep.equal([full.used, full.licensed]);
    const users = await admin.seats.list({ search: contact.email });
    expect(users.items.map((u) => u.status)).to.deep.equal(['active']);
  });

  it('a deactivated SaaS user of the invitee’s e-mail takes the seat again on acceptance: one user per e-mail', async () => {
    const { data } = dataWithFreeSeats(1);
    const backend = new MemoryBackend({ data, passwordHashing });
    const admin = new MemoryAdapter({ backend, actorId: data.actors.generalAdmin });
    const invitee = new MemoryAdapter({ backend, actorId: '' });
    const email = 'benedita.volta@exemplo.com.br';
    const user = await admin.seats.create({
      name: 'Benedita Volta',
      email,
      password: 'Benedita#Senha2026',
    });
    const gone = await admin.seats.deactivate(user.id, { version: user.version });
    const contact = await admin.contacts.create(sampleContact({ name: 'Benedita Volta', email }));
    const sent = await admin.invitations.send(contact.id, { seat: {} });
    const token = decodeURIComponent(new URL(sent.setupUrl).pathname.split('/').pop()!);
    await invitee.invitations.accept(token, 'google');
    const users = await admin.seats.list({ search: email });
    expect(users.items.map((u) => [u.id, u.status, u.version])).to.deep.equal([
      [user.id, 'active', gone.version + 1],
    ]);
    const summary = await admin.seats.summary();
    expect(summary.used).to.equal(summary.licensed);
  });
});

type Step =
  | { kind: 'create'; n: number }
  | { kind: 'reactivate'; i: number }
  | { kind: 'deactivate'; i: number }
  | { kind: 'invite'; i: number }
  | { kind: 'revoke'; i: number }
  | { kind: 'expire' };

const pick = fc.nat(30);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), n: fc.nat(12) }),
  fc.record({ kind: fc.constant('reactivate' as const), i: pick }),
  fc.record({ kind: fc.constant('deactivate' as const), i: pick }),
  fc.record({ kind: fc.constant('invite' as const), i: pick }),
  fc.record({ kind: fc.constant('revoke' as const), i: pick }),
  fc.constant({ kind: 'expire' as const }),
);

/** The refusals a seat step may meet; anything else fails the property. */
const expected = new Set(['no-seats', 'email-taken', 'invalid-transition', 'invitation-pending']);

describe('MemoryBackend — the seat invariant (property)', () => {
  it('never leaves used > licensed, and used always equals what the lists show', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(3), fc.array(step, { maxLength: 18 }), async (free, steps) => {
        const { data } = dataWithFreeSeats(free);
        let now = Date.parse('2026-12-02T12:00:00.000Z');
        const backend = new MemoryBackend({ data, clock: () => new Date(now), passwordHashing });
        const admin = new MemoryAdapter({ backend, actorId: data.actors.generalAdmin });

        const check = async () => {
          const summary = await admin.seats.summary();
          expect(summary.used, 'used within the licence').to.be.at.most(summary.licensed);
          const active = await admin.seats.list({ filter: { status: ['active'] }, limit: 500 });
          const holders = new Set(active.items.map((u) => emailKey(u.email)));
          const pending = await admin.invitations.list({
            filter: { status: ['pending'] },
            limit: 500,
          });
          for (const invitation of pending.items) {
            if (invitationHoldsSeat(invitation, new Date(now))) {
              holders.add(emailKey(invitation.email));
            }
          }
          expect(summary.used, 'used as the lists show it').to.equal(holders.size);
          expect(summary.activeUsers).to.equal(active.total);
        };

        await check();
        for (const s of steps) {
          try {
            if (s.kind === 'create') {
              await admin.seats.create({
                name: `Pessoa ${s.n}`,
                email: `pessoa${s.n}@horizonte.com.br`,
                password: 'Portico#2026',
              });
            } else if (s.kind === 'reactivate' || s.kind === 'deactivate') {
              const status = s.kind === 'reactivate' ? 'inactive' : 'active';
              const users = (await admin.seats.list({ filter: { status: [status] }, limit: 500 }))
                .items;
              const user = users[s.i % Math.max(1, users.length)];
              if (user) await admin.seats[s.kind](user.id, { version: user.version });
            } else if (s.kind === 'invite') {
              const contacts = (
                await admin.contacts.list({
                  filter: { status: ['potential', 'site-assigned'] },
                  limit: 500,
                })
              ).items;
              const contact = contacts[s.i % Math.max(1, contacts.length)];
              if (contact) await admin.invitations.send(contact.id, { seat: {} });
            } else if (s.kind === 'revoke') {
              const pending = (
                await admin.invitations.list({ filter: { status: ['pending'] }, limit: 500 })
              ).items;
              const invitation = pending[s.i % Math.max(1, pending.length)];
              if (invitation) {
                await admin.invitations.revoke(invitation.id, { version: invitation.version });
              }
            } else {
              now += 31 * 86_400_000;
            }
          } catch (error) {
            if (!(AdapterError.is(error) && expected.has(error.code))) throw error;
          }
          await check();
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('MemoryBackend — the vendor changes the licence', () => {
  it('leaves a downgraded pool over-licensed: nothing taken away, nothing added until seats are freed', async () => {
    const { data, companyId } = dataWithFreeSeats(1);
    const backend = new MemoryBackend({ data, passwordHashing });
    const admin = new MemoryAdapter({ backend, actorId: data.actors.generalAdmin });
    const heard: Change[] = [];
    admin.changes?.subscribe((change) => heard.push(change));
    const before = await admin.seats.summary();
    backend.setLicensedSeats(companyId, before.used - 2);
    const over = await admin.seats.summary();
    expect([over.licensed, over.used]).to.deep.equal([before.used - 2, before.used]);
    expect(seatLevel(over)).to.equal('over');
    expect(heard.some((c) => c.record === 'seats' && c.kind === 'updated')).to.equal(true);
    await refusal(
      admin.seats.create({
        name: 'Lia Souza',
        email: 'lia@horizonte.com.br',
        password: 'Portico#2026',
      }),
      'conflict',
      'no-seats',
    );
    // Freeing one seat is not enough while the pool is still over its licence.
    const active = (await admin.seats.list({ filter: { status: ['active'] }, limit: 3 })).items;
    for (const user of active) await admin.seats.deactivate(user.id, { version: user.version });
    const freed = await admin.seats.summary();
    expect(freed.used).to.equal(freed.licensed - 1);
    expect(seatLevel(freed)).not.to.equal('over');
    const back = active[0]!;
    const reactivated = await admin.seats.reactivate(back.id, { version: back.version + 1 });
    expect(reactivated.status).to.equal('active');
    await refusal(
      admin.seats.reactivate(active[1]!.id, { version: active[1]!.version + 1 }),
      'conflict',
      'no-seats',
    );
  });

  it('answers the pool’s pending requests when it raises the licence', async () => {
    const { data, companyId } = dataWithFreeSeats(0);
    const backend = new MemoryBackend({ data, passwordHashing });
    const admin = new MemoryAdapter({ backend, actorId: data.actors.generalAdmin });
    const { requestId } = await admin.seats.requestMore(3, 'Equipe nova');
    const other = await admin.seats.requestMore(1, '', { product: 'bi' });
    const before = await admin.seats.summary();
    backend.setLicensedSeats(companyId, before.licensed + 3);
    const mine = await admin.seats.requests();
    expect(mine.items.map((r) => [r.id, r.status])).to.deep.equal([[requestId, 'fulfilled']]);
    const bi = await admin.seats.requests({ filter: { product: 'bi' } });
    expect(bi.items.map((r) => [r.id, r.status])).to.deep.equal([[other.requestId, 'pending']]);
    expect(() => backend.setLicensedSeats(companyId, -1)).to.throw(AdapterError);
  });
});
