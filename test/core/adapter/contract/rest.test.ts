import { MemoryBackend } from '../../../../src/core/adapter/memory/index.js';
import { RestAdapter } from '../../../../src/core/adapter/rest/index.js';
import { createHandlers } from '../../../../src/mocks/handlers.js';
import { useTestWorker } from '../rest/test-worker.js';
import { runAdapterContract } from './contract-suite.js';

const worker = useTestWorker();
const baseUrl = '/api/portico/v1';

runAdapterContract('RestAdapter over HTTP (msw on MemoryBackend)', async (data) => {
  const backend = new MemoryBackend({ data });
  worker.resetHandlers(...createHandlers({ backend, baseUrl }));
  return Promise.resolve({
    as: (actorId: string) => new RestAdapter({ baseUrl, getToken: () => actorId }),
    cleanup: () => worker.resetHandlers(),
  });
});
