/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { locales, type Locale } from '../src/i18n/locales.js';

// Controls and docs come from the generated manifest. It is globbed, not imported, so a fresh clone
// that has not run `npm run analyze` yet still starts (without controls) instead of failing.
const manifests = import.meta.glob<unknown>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const localeTitles: Record<Locale, string> = {
  'pt-BR': 'Português (Brasil)',
  en: 'English',
  es: 'Español',
};

const preview: Preview = {
  // Mocked HTTP for stories that use the RestAdapter: one worker for the whole Storybook; a story
  // adds its handlers with `parameters.msw`. Requests no handler claims (Storybook's own, fonts)
  // go to the network untouched.
  loaders: [
    mswLoader(async () => {
      const { setupWorker } = await import('msw/browser');
      const worker = setupWorker();
      await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
      return worker;
    }),
  ],
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
    layout: 'padded',
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
