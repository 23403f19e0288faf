import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers and developers: every element in every state, on the embedded backend or
 * on mocked HTTP (msw). Builds offline: telemetry is off.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // a11y: axe on every story (its panel, and a failing story test on a violation: see preview.ts);
  // vitest: the story tests (`npm run test:stories`), also runnable from Storybook's test widget.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // msw's worker (`msw init public`) is served from the root, where `setupWorker()` looks for it.
  staticDirs: ['../public'],
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    // One copy of Lit: without this, pre-bundling splits lit and its directive helpers apart.
    return mergeConfig(config, {
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
    });
  },
};

export default config;
