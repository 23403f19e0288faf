/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { locales, type Locale } from '../src/index.js';
import { mockWorker } from '../stories/support/msw.js';
import { settle } from '../stories/support/screen.js';

// Controls and docs come from the generated manifest. It is globbed, not imported, so a fresh clone
// that has not run `npm run analyze` yet still starts (without controls) instead of failing.
const manifests = import.meta.glob<unknown>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

// The virtualizer's ResizeObserver can report an undelivered-notification loop; it is harmless (and
// would otherwise count as an uncaught error of the story test that happens to be running).
window.addEventListener(
  'error',
  (event) => {
    if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

const localeTitles: Record<Locale, string> = {
  'pt-BR': 'Português (Brasil)',
  en: 'English',
  es: 'Español',
};

const preview: Preview = {
  // Mocked HTTP: one msw worker for the whole Storybook, its handlers reset before every story; a
  // story adds its own API with the `mockPortal()` loader (stories/support/portal.ts). Requests no
  // handler claims (Storybook's own, fonts) go to the network untouched.
  loaders: [mswLoader(mockWorker)],
  // Runs after the story's `play` and before the a11y addon's axe check (Storybook runs `afterEach`
  // hooks from the story up to the project, and the addon's before this file's in reverse): axe sees
  // the story at rest, not a button halfway through a colour transition.
  afterEach: settle,
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets `lang` on the story root)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: locales.map((value) => ({ value, title: localeTitles[value] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'pt-BR' },
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as Locale | undefined) ?? 'pt-BR';
      return html`<div class="portico-story-root" lang=${locale}>${story()}</div>`;
    },
  ],
  parameters: {
    // Every story is checked with axe when it is tested (`npm test`): a violation fails the story.
    a11y: { test: 'error' },
    // A phone's width for the "narrow" stories (`globals: { viewport: { value: 'phone' } }`); the
    // story tests resize the browser to it too.
    viewport: {
      options: {
        phone: {
          name: 'Phone (390 × 844)',
          styles: { width: '390px', height: '844px' },
          type: 'mobile',
        },
      },
    },
    layout: 'padded',
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
