import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChrome, chromeArgs } from './scripts/chrome.mjs';

const worker = fileURLToPath(
  new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url),
);

/** Serves msw's worker at the root, where `setupWorker()` looks for it. */
function mswWorker() {
  return async (ctx, next) => {
    if (ctx.path === '/mockServiceWorker.js') {
      ctx.type = 'application/javascript';
      ctx.set('Service-Worker-Allowed', '/');
      ctx.body = createReadStream(worker);
      return;
    }
    return next();
  };
}

const csvFixtures = fileURLToPath(new URL('./test/fixtures/csv/', import.meta.url));

/**
 * Serves the CSV corpus byte for byte. Left to the dev server, a text file goes through the plugins'
 * transform step, which reads it as UTF-8 — a Windows-1252 or UTF-16 fixture would arrive mangled.
 */
function rawCsvFixtures() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test/fixtures/csv/') || /\.(ts|json)$/.test(ctx.path)) return next();
    const file = resolve(
      csvFixtures,
      decodeURIComponent(ctx.path.slice('/test/fixtures/csv/'.length)),
    );
    if (!file.startsWith(csvFixtures.endsWith(sep) ? csvFixtures : csvFixtures + sep))
      return next();
    try {
      ctx.body = await readFile(file);
      ctx.type = 'application/octet-stream';
    } catch {
      return next();
    }
  };
}

/**
 * `executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] })`:
 * emulates CSS media features on the test's page through Chrome's DevTools protocol
 * (`Emulation.setEmulatedMedia`) — `forced-colors`, `prefers-color-scheme`, `prefers-reduced-motion`…
 * An empty list ends the emulation. (The built-in `emulate-media` command of
 * @web/test-runner-commands knows no `forced-colors` for Chrome.) The DevTools session stays open while the page lives (closing
 * it would end the emulation).
 */
function emulateMedia() {
  const sessions = new Map();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error('emulate-media-features needs Chrome through the Chrome launcher');
      }
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
        page.once('close', () => sessions.delete(page));
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return true;
    },
  };
}

/** Ends the run with one plain line, `N passed, N failed, N skipped`, that any CI can read. */
function countReporter() {
  let line = '';
  const count = (results, totals) => {
    for (const test of results?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const suite of results?.suites ?? []) count(suite, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or errored outside a test counts as a failure too.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    },
    stop() {
      if (line) console.log(`\n${line}`);
    },
  };
}

export default {
  // test/build/ runs in Node (`npm run test:build`): the size budgets and the entry mechanism.
  files: ['test/**/*.test.ts', '!test/build/**'],
  // WTR_PORT lets several runs share a machine (the default 8000 otherwise).
  port: Number(process.env.WTR_PORT) || 8000,
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The conformance suite reads Chromium's accessibility tree (role and name of each control).
    a11ySnapshotPlugin(),
    // Forced colours and other media features, for test/a11y/forced-colors.test.ts.
    emulateMedia(),
  ],
  middleware: [mswWorker(), rawCsvFixtures()],
  // One page at a time: a page in the background gets no animation frames, which stalls Lit
  // and the virtualizer (modernweb-dev/web#2588).
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
  // Lit's development build says so once per test file; nothing else is filtered.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs() },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <body>
    <script>
      // The virtualizer's ResizeObserver can report an undelivered-notification loop; it is harmless.
      window.addEventListener('error', (e) => {
        if (String(e.message).includes('ResizeObserver loop')) e.stopImmediatePropagation();
      }, true);
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
