import { expect } from '@open-wc/testing';
import {
  MemoryAdapter,
  MemoryBackend,
  indexedDbPersistence,
  memoryPersistence,
  snapshotFormat,
  type Persistence,
  type Snapshot,
} from '../../../../src/core/adapter/memory/index.js';
import { createDemoData } from '../../../../src/core/demo-data.js';
import { newContact } from './helpers.js';

const data = createDemoData({ contacts: 120, seed: 5 });

/** A database name no other test uses, deleted afterwards. */
function databaseName(): string {
  return `portico-test-${Math.random().toString(36).slice(2)}`;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

describe('persistence', () => {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await deleteDatabase(name);
  });

  it('keeps the demo across a reload in IndexedDB', async () => {
    const name = databaseName();
    names.push(name);
    const first = await MemoryAdapter.restore({
      data,
      persist: indexedDbPersistence(name),
      saveDelay: 0,
    });
    const created = await first.contacts.create(newContact());
    const policy = await first.permissions.policy();
    await first.permissions.updatePolicy(policy, { version: policy.version });
    await first.backend.flush();

    // A new page load: a new persistence object on the same database.
    const second = await MemoryAdapter.restore({ data, persist: indexedDbPersistence(name) });
    const again = await second.contacts.get(created.id);
    expect(again).to.deep.equal(created);
    expect((await second.contacts.list({ search: 'estevao' })).items.map((c) => c.id)).to.include(
      created.id,
    );
    expect((await second.permissions.policy()).version).to.equal(policy.version + 1);
    // New ids keep counting from where the saved session stopped.
    const another = await second.contacts.create(newContact({ email: 'outro@horizonte.com.br' }));
    expect(another.id).not.to.equal(created.id);
  });

  it('starts from the data when nothing is saved, and after clear()', async () => {
    const name = databaseName();
    names.push(name);
    const persist = indexedDbPersistence(name);
    expect(await persist.load()).to.equal(undefined);
    const adapter = await MemoryAdapter.restore({ data, persist, saveDelay: 0 });
    await adapter.contacts.create(newContact());
    await adapter.backend.flush();
    expect(await persist.load()).to.have.property('format', snapshotFormat);
    await persist.clear!();
    const fresh = await MemoryAdapter.restore({ data, persist });
    expect((await fresh.contacts.list({ search: 'estevao goncalves' })).total).to.equal(0);
  });

  it('ignores a damaged or foreign snapshot instead of crashing', async () => {
    const reports: unknown[] = [];
    const damaged: Persistence = {
      load: () =>
        Promise.resolve({
          format: snapshotFormat,
          data: { contacts: 'oops' },
        } as unknown as Snapshot),
      save: () => Promise.resolve(),
    };
    const backend = await MemoryBackend.open({
      data,
      persist: damaged,
      onPersistError: (e) => reports.push(e),
    });
    const adapter = new MemoryAdapter({ backend });
    expect((await adapter.contacts.list()).total).to.equal(
      data.contacts.filter((c) => c.companyId === data.companies[0]!.id).length,
    );

    const failing: Persistence = {
      load: () => Promise.reject(new Error('disk on fire')),
      save: () => Promise.reject(new Error('quota exceeded')),
    };
    const other = await MemoryBackend.open({
      data,
      persist: failing,
      saveDelay: 0,
      onPersistError: (e) => reports.push(e),
    });
    const session = new MemoryAdapter({ backend: other });
    const created = await session.contacts.create(newContact());
    await other.flush();
    expect((await session.contacts.get(created.id)).id).to.equal(created.id);
    expect(reports.map((e) => (e as Error).message)).to.deep.equal([
      'disk on fire',
      'quota exceeded',
    ]);
  });

  it('saves a burst of writes once', async () => {
    const persist = memoryPersistence();
    const backend = await MemoryBackend.open({ data, persist, saveDelay: 20 });
    const adapter = new MemoryAdapter({ backend });
    for (let i = 0; i < 5; i++) {
      await adapter.contacts.create(newContact({ email: `pessoa${i}@horizonte.com.br` }));
    }
    await backend.flush();
    expect(persist.saves).to.equal(1);
    const restored = await MemoryBackend.open({ data, persist });
    expect(restored.snapshot().data.contacts.length).to.equal(data.contacts.length + 5);
  });

  it('does not save reads or refused writes', async () => {
    const persist = memoryPersistence();
    const backend = await MemoryBackend.open({ data, persist, saveDelay: 0 });
    const adapter = new MemoryAdapter({ backend, actorId: data.actors.systemUser });
    await adapter.contacts.list();
    await adapter.contacts.create(newContact()).catch(() => undefined);
    await backend.flush();
    expect(persist.saves).to.equal(0);
  });
});
