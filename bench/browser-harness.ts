/**
 * The browser side of `npm run bench`: a Vite dev server on the repository root (the repo's
 * `vite.config.ts`, any free port) and headless Chromium driven by playwright-core. Started once,
 * and only when a selected benchmark has `where: 'browser'`; each such benchmark gets a fresh
 * browser context and page.
 *
 * A benchmark navigates its page itself: to a page of its own under `bench/` (Vite serves every
 * file of the repository, TypeScript included), or to {@link blankPath}, an empty page from which
 * `page.evaluate(() => import('/src/…'))` loads any module.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';

/** The repository root (the parent of `bench/`). */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** An empty HTML page the harness serves, for benchmarks that only import modules. */
export const blankPath = '/__bench__/blank.html';

const blankPage = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Portico benchmark</title></head>
  <body></body>
</html>`;

/** Serves {@link blankPath}. */
function blankPagePlugin(): Plugin {
  return {
    name: 'portico-bench-blank-page',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== blankPath) return next();
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(blankPage);
      });
    },
  };
}

/** A running dev server and browser. */
export interface BrowserHarness {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  baseUrl: string;
  /** A page in a fresh browser context; closing it (see {@link BrowserHarness.closePage}) frees the context. */
  newPage(): Promise<Page>;
  closePage(page: Page): Promise<void>;
  /** Stops the browser and the server. */
  close(): Promise<void>;
}

/**
 * Starts Vite and Chromium. Throws with a clear message when no Chrome/Chromium is installed
 * (`CHROME_PATH` overrides the search).
 */
export async function startBrowserHarness(): Promise<BrowserHarness> {
  const executablePath = findChrome();
  if (!executablePath) {
    throw new Error('No Chrome/Chromium found: install `chromium` or set CHROME_PATH.');
  }
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await createServer({
      root: repoRoot,
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      logLevel: 'warn',
      clearScreen: false,
      plugins: [blankPagePlugin()],
      // Pre-bundle every dependency the sources import before the first page loads, so that Vite
      // never discovers one mid-measurement and reloads the page.
      optimizeDeps: { entries: ['src/**/*.ts', '!src/**/*.d.ts', 'bench/**/*.html'] },
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('Vite did not report its port');
    const baseUrl = `http://127.0.0.1:${address.port}`;

    browser = await chromium.launch({ executablePath, args: chromeArgs(), headless: true });

    const liveBrowser = browser;
    const liveServer = server;
    return {
      baseUrl,
      async newPage() {
        const context = await liveBrowser.newContext();
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
        return page;
      },
      async closePage(page) {
        await page.context().close();
      },
      async close() {
        await liveBrowser.close().catch(() => undefined);
        await liveServer.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    throw error;
  }
}
