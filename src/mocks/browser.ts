import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { createHandlers } from './handlers.js';
import type { MockApiOptions } from './handlers.js';

/** Options of {@link startMockApi}. */
export interface StartMockApiOptions extends MockApiOptions {
  /** Where the service worker script is served. Default `/mockServiceWorker.js`. */
  workerUrl?: string;
  /** Log each intercepted request to the console. Default `false`. */
  verbose?: boolean;
}

/**
 * Serves the REST contract from a service worker in this browser tab, on top of `options.backend`.
 * Requests outside the contract (assets, other APIs) go to the network untouched. Resolves once the
 * worker intercepts; `await worker.stop()` ends it, `worker.use(...)` prepends fault handlers
 * (see `./faults.js`).
 *
 * Browser only: msw's worker needs `mockServiceWorker.js` served at `workerUrl`
 * (`msw init public` for Vite and Storybook; web-test-runner's config serves it in tests).
 *
 * @example
 * ```ts
 * const backend = new MemoryBackend({ data: createDemoData({ contacts: 2_000, seed: 1 }) });
 * await startMockApi({ backend, baseUrl: '/api' });
 * const adapter = new RestAdapter({ baseUrl: '/api', getToken: () => backend.data.actors.generalAdmin });
 * ```
 */
export async function startMockApi(options: StartMockApiOptions): Promise<SetupWorker> {
  const worker = setupWorker(...createHandlers(options));
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
    quiet: !options.verbose,
  });
  return worker;
}
