import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';

/**
 * Story tests (`npm run test:stories`): every story of `stories/` is rendered in headless Chromium by
 * Storybook's Vitest addon, its `play` function run, then axe run on the page (`a11y.test: 'error'` in
 * `.storybook/preview.ts`): a story that throws or has an axe violation fails `npm test`.
 *
 * The system Chromium is driven through playwright-core (no browser download); `STORYBOOK_TEST_PORT`
 * lets several runs share a machine (Vitest's browser server port).
 */
export default defineConfig({
  plugins: [
    storybookTest({
      configDir: '.storybook',
      storybookUrl: `http://localhost:${process.env.STORYBOOK_PORT ?? '6006'}`,
    }),
  ],
  // Everything the stories import, bundled before the first test: a dependency discovered mid-run
  // makes Vite reload the page, and the test that was running fails. Lit once (two copies otherwise).
  optimizeDeps: {
    include: [
      'lit',
      'lit/directive-helpers.js',
      'lit/decorators.js',
      'lit/directives/*',
      '@lit/context',
      '@lit-labs/virtualizer/virtualize.js',
      'ky',
      'zod',
      'msw',
      'msw/browser',
      'msw-storybook-addon',
      'axe-core',
      'shadow-dom-testing-library',
    ],
  },
  test: {
    name: 'stories',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: findChrome(), args: chromeArgs() },
        // Colours never caught mid-transition by axe: the elements drop every transition under reduced motion.
        contextOptions: { reducedMotion: 'reduce' },
      }),
      instances: [{ browser: 'chromium' }],
    },
    api: { port: Number(process.env.STORYBOOK_TEST_PORT) || 63315, strictPort: false },
    // Every story file in the same page, one after the other: Storybook's preview, Lit and the msw
    // worker start once instead of once per file. Each story still mounts into a fresh canvas.
    isolate: false,
    // One story file at a time, as web-test-runner does: a page in the background gets no animation
    // frames, which stalls Lit and the virtualizer.
    fileParallelism: false,
    // Lit's development build says so once per file; the virtualizer's harmless ResizeObserver loop
    // (swallowed in preview.ts) is still echoed by Vitest. Nothing else is filtered.
    onConsoleLog: (log) =>
      !log.startsWith('Lit is in dev mode') && !log.includes('ResizeObserver loop completed'),
    // A story is a test: a hung `play` fails after this, instead of hanging the run.
    testTimeout: 60_000,
  },
});
