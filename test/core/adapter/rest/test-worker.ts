import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';

/**
 * One msw worker for a test file (web-test-runner serves `/mockServiceWorker.js`). Requests outside the
 * handlers go to the network untouched; handlers are swapped per test with `resetHandlers`.
 */
export function useTestWorker(): SetupWorker {
  const worker = setupWorker();
  before(async () => {
    await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  });
  afterEach(() => {
    worker.resetHandlers();
  });
  after(async () => {
    await worker.stop();
  });
  return worker;
}
