import { expect } from '@open-wc/testing';
import {
  MemoryAdapter,
  memoryPersistence,
  MemoryBackend,
} from '../../../../src/core/adapter/memory/index.js';
import type { Change } from '../../../../src/core/adapter/types.js';
import { newContact, world } from './helpers.js';

/** Collects what `adapter.changes` tells until `stop()`. */
function listen(adapter: MemoryAdapter): { heard: Change[]; stop: () => void } {
  const heard: Change[] = [];
  const stop = adapter.changes.subscribe((change) => heard.push(change));
  return { heard, stop };
}

describe('MemoryAdapter — change feed', () => {
  it('tells every session of the company a write, whichever adapter over the backend made it', async () => {
    const w = world();
    // Two elements on one page, each with its own adapter over the same backend.
    const list = new MemoryAdapter({ backend: w.backend, actorId: w.data.actors.generalAdmin });
    const matrix = new MemoryAdapter({ backend: w.backend, actorId: w.data.actors.generalAdmin });
    const viewer = listen(w.system);
    const a = listen(list);
    const b = listen(matrix);
    const stranger = listen(w.otherGeneral);

    const created = await list.contacts.create(newContact());
    const policy = await matrix.permissions.policy();
    await matrix.permissions.updatePolicy(policy, { version: policy.version });

    const expected: Change[] = [
      { record: 'contact', kind: 'created', ids: [created.id] },
      { record: 'policy', kind: 'updated', ids: [policy.id] },
    ];
    expect(a.heard).to.deep.equal(expected);
    expect(b.heard).to.deep.equal(expected);
    expect(viewer.heard).to.deep.equal(expected);
    // Another company hears nothing of it (not even the ids).
    expect(stranger.heard).to.deep.equal([]);
    for (const l of [a, b, viewer, stranger]) l.stop();
  });

  it('tells exactly what a write changed: a deletion takes the contact’s invitations and approver places', async () => {
    const w = world();
    const created = await w.general.contacts.create(newContact());
    const invitation = await w.general.invitations.send(created.id);
    const granted = await w.general.permissions.setAccess(
      created.id,
      { role: 'system-user', grants: ['approve-budgets'], sites: [] },
      { version: (await w.general.contacts.get(created.id)).version },
    );
    const lists = await w.general.permissions.approvers();
    await w.general.permissions.setApprovers(
      { budgets: [...lists.budgets, created.id], tickets: lists.tickets },
      { version: lists.version },
    );
    const { heard, stop } = listen(w.general);
    await w.general.contacts.remove(created.id, { version: granted.version });
    stop();
    expect(heard).to.deep.equal([
      { record: 'contact', kind: 'removed', ids: [created.id] },
      { record: 'approvers', kind: 'updated', ids: [] },
      { record: 'invitation', kind: 'removed', ids: [invitation.id] },
    ]);
  });

  it('tells the signed-in person’s own contact as a session change too', async () => {
    const w = world();
    const heir = w.find((c) => c.status === 'active' && c.role === 'system-user');
    const watcher = listen(w.general);
    const other = listen(w.registration);
    await w.general.contacts.transferAdministration(heir.id, { keepOwn: false });
    // The admin stepped down to system user: no longer a budget approver (system users approve
    // budgets only when granted), so the approver lists changed in the same write.
    expect(w.data.approvers[w.home.id]!.budgets).to.include(w.data.actors.generalAdmin);
    expect(watcher.heard).to.deep.equal([
      { record: 'contact', kind: 'updated', ids: [heir.id, w.data.actors.generalAdmin] },
      { record: 'session', kind: 'updated', ids: [w.data.actors.generalAdmin] },
      { record: 'approvers', kind: 'updated', ids: [] },
    ]);
    expect((await w.general.permissions.approvers()).budgets).not.to.include(
      w.data.actors.generalAdmin,
    );
    // Someone else's session hears the same writes, without a session change of theirs.
    expect(other.heard).to.deep.equal([watcher.heard[0], watcher.heard[2]]);
    watcher.stop();
    other.stop();
  });

  it('keeps the write and the other listeners when a listener throws, and reports the error', async () => {
    const w = world();
    const reported: unknown[] = [];
    const backend = new MemoryBackend({
      data: w.data,
      onListenerError: (error) => reported.push(error),
    });
    const adapter = new MemoryAdapter({ backend });
    const stopBad = adapter.changes.subscribe(() => {
      throw new Error('listener broke');
    });
    const good = listen(adapter);
    const created = await adapter.contacts.create(newContact());
    expect(good.heard).to.deep.equal([{ record: 'contact', kind: 'created', ids: [created.id] }]);
    expect((await adapter.contacts.get(created.id)).id).to.equal(created.id);
    expect(reported.map((e) => (e as Error).message)).to.deep.equal(['listener broke']);
    stopBad();
    good.stop();
  });

  it('hears nothing for a session of nobody, and still saves after a write', async () => {
    const w = world();
    const ghost = new MemoryAdapter({ backend: w.backend, actorId: 'ct-nobody' });
    const heard: Change[] = [];
    ghost.changes.subscribe((change) => heard.push(change));
    await w.general.contacts.create(newContact());
    expect(heard).to.deep.equal([]);

    const persist = memoryPersistence();
    const backend = new MemoryBackend({ data: w.data, persist, saveDelay: 0 });
    const adapter = new MemoryAdapter({ backend });
    const told: Change[] = [];
    adapter.changes.subscribe((change) => told.push(change));
    await adapter.contacts.create(newContact());
    await backend.flush();
    expect(persist.saves).to.equal(1);
    expect(told).to.have.length(1);
  });
});
