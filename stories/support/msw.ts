import { setupWorker, type SetupWorker } from 'msw/browser';

let started: Promise<SetupWorker> | undefined;

/**
 * The one msw worker of the Storybook page (and of each story test), started once. Storybook's msw
 * loader (`.storybook/preview.ts`) resets its handlers before every story; a story then adds its own
 * mocked API (see `portal.ts`). Requests no handler claims (Storybook's own, Vite's) pass untouched.
 */
export function mockWorker(): Promise<SetupWorker> {
  started ??= (async () => {
    const worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
    return worker;
  })();
  return started;
}
