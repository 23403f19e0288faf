/**
 * Where a `MemoryBackend` keeps its state between page loads. The backend saves a snapshot after its
 * writes (coalesced) and `MemoryBackend.open` / `MemoryAdapter.restore` load it back.
 *
 * This is the one module of `core/` that may touch a browser API — `indexedDB`, and only when
 * {@link indexedDbPersistence} is called and used; importing it touches nothing.
 *
 * @module
 */
import type { Snapshot } from './memory/state.js';

export type { Snapshot } from './memory/state.js';

/** A place to keep one snapshot. */
export interface Persistence {
  /**
   * The saved snapshot, or undefined when there is none. Storage can hold anything (an older format, a
   * damaged record): the backend checks the shape before it trusts it.
   */
  load(): Promise<Snapshot | undefined>;
  save(snapshot: Snapshot): Promise<void>;
  /** Forgets the saved snapshot (the demo's "reset demo data"). */
  clear?(): Promise<void>;
}

const storeName = 'snapshots';
const key = 'current';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The browser's IndexedDB, or undefined where there is none (Node, some private modes). */
function idbFactory(): IDBFactory | undefined {
  return (globalThis as { indexedDB?: IDBFactory }).indexedDB;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Keeps the snapshot in the browser's IndexedDB, database `name` (default `portico-demo`), with the plain
 * API. The database is opened on first use, not on call. Where IndexedDB does not exist (Node, some
 * private modes), `load` answers undefined and `save` fails, which the backend reports through
 * `onPersistError` and otherwise ignores.
 */
export function indexedDbPersistence(name = 'portico-demo'): Persistence {
  let opening: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const factory = idbFactory();
      if (!factory) return reject(new Error('IndexedDB is not available here'));
      const req = factory.open(name, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(storeName))
          req.result.createObjectStore(storeName);
      };
      req.onsuccess = () => {
        const db = req.result;
        // Let another tab (or a test) delete or upgrade the database.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        resolve(db);
      };
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another connection'));
    });
    opening.catch(() => {
      opening = undefined;
    });
    return opening;
  };

  return {
    async load() {
      if (!idbFactory()) return undefined;
      const db = await open();
      const tx = db.transaction(storeName, 'readonly');
      return request(tx.objectStore(storeName).get(key) as IDBRequest<Snapshot | undefined>);
    },
    async save(snapshot) {
      const db = await open();
      const tx = db.transaction(storeName, 'readwrite');
      tx.objectStore(storeName).put(snapshot, key);
      await done(tx);
    },
    async clear() {
      if (!idbFactory()) return;
      const db = await open();
      const tx = db.transaction(storeName, 'readwrite');
      tx.objectStore(storeName).delete(key);
      await done(tx);
    },
  };
}

/**
 * Keeps the snapshot in memory (a structured clone): for tests, and for hosts that bring their own
 * storage through `load`/`save` of their own.
 */
export function memoryPersistence(initial?: Snapshot): Persistence & { saves: number } {
  let stored: Snapshot | undefined = initial && structuredClone(initial);
  const persistence = {
    saves: 0,
    load: () => Promise.resolve(stored && structuredClone(stored)),
    save: (snapshot: Snapshot) => {
      stored = structuredClone(snapshot);
      persistence.saves++;
      return Promise.resolve();
    },
    clear: () => {
      stored = undefined;
      return Promise.resolve();
    },
  };
  return persistence;
}
