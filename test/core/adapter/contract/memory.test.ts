import { MemoryAdapter, MemoryBackend } from '../../../../src/core/adapter/memory/index.js';
import { runAdapterContract } from './contract-suite.js';

runAdapterContract('MemoryAdapter', async (data) => {
  const backend = new MemoryBackend({ data });
  return Promise.resolve({
    as: (actorId: string) => new MemoryAdapter({ backend, actorId }),
    cleanup: () => undefined,
  });
});
