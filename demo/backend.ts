import {
  indexedDbPersistence,
  MemoryAdapter,
  type Persistence,
} from '../src/core/adapter/memory/index.js';
import { createDemoData, type DemoActors } from '../src/core/demo-data.js';

/** How many contacts the demo company has. */
export const demoContactCount = 2000;

/** Simulated network delay of every call, so loading states are seen as they would be in production. */
const latency = 120;

/** The embedded backend the demo runs on, and the three people "view as" switches between. */
export interface DemoBackend {
  /** The general admin's session; `root.as(id)` gives anyone else's on the same backend. */
  root: MemoryAdapter;
  actors: DemoActors;
  persist: Persistence;
}

/**
 * Opens the demo's backend: the snapshot saved in this browser's IndexedDB when there is one (so the
 * demo survives a reload), else 2,000 fresh demo contacts. Every write is saved back.
 */
export async function openDemoBackend(): Promise<DemoBackend> {
  const persist = indexedDbPersistence('portico-demo');
  const data = createDemoData({ contacts: demoContactCount, seed: 1, now: new Date() });
  const root = await MemoryAdapter.restore({
    data,
    persist,
    latency,
    onPersistError: (error) => console.warn('[portico demo] could not save the demo data', error),
  });
  return { root, actors: data.actors, persist };
}

/** Forgets what this browser saved; the next load starts from fresh demo data. */
export async function clearDemoData(persist: Persistence): Promise<void> {
  if (persist.clear) await persist.clear();
  else await deleteDatabase('portico-demo');
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB delete failed'));
    request.onblocked = () => resolve();
  });
}
