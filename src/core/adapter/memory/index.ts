/**
 * The embedded backend and adapter: `MemoryBackend` holds every company and enforces every rule;
 * `MemoryAdapter` is one person's session on it.
 *
 * @module
 */
export { MemoryBackend, type MemoryBackendOptions } from './backend.js';
export { MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter.js';
export { ContactTable, contactSearchText, sortKey } from './contact-table.js';
export { defaultPageSize, maxPageSize } from './query.js';
export {
  isSnapshot,
  snapshotFormat,
  type IdempotencyRecord,
  type SeatRequest,
  type Snapshot,
} from './state.js';
export { indexedDbPersistence, memoryPersistence, type Persistence } from '../persistence.js';
