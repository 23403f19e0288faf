/**
 * The demo portal's entry (`npm start`): registers Portico's elements, opens the embedded backend
 * (IndexedDB-persisted, 2,000 demo contacts) and mounts the vendor page.
 */
// Registers Portico's tags (the page says plainly which pages have no element yet).
import '../src/define.js';
import { resolveLocale } from '../src/i18n/locales.js';
import { openDemoBackend } from './backend.js';
import { DemoPortal } from './portal.js';

if (!customElements.get('portico-demo-portal'))
  customElements.define('portico-demo-portal', DemoPortal);

// Shareable links: `?lang=en` and `?as=systemUser` pick the language and the person to view as.
const params = new URLSearchParams(location.search);
function remember(key: string, value: string | null): void {
  if (value === null) return;
  try {
    localStorage.setItem(`portico-demo:${key}`, value);
  } catch {
    // Private mode: nothing to remember.
  }
}
remember('locale', params.get('lang'));
remember('actor', params.get('as'));

// The language: the last one chosen here, else the portal's own (Brazilian Portuguese).
let saved: string | null = null;
try {
  saved = localStorage.getItem('portico-demo:locale');
} catch {
  saved = null;
}
document.documentElement.lang = resolveLocale(saved ?? 'pt-BR');

const portal = document.createElement('portico-demo-portal') as DemoPortal;
document.body.replaceChildren(portal);

openDemoBackend().then(
  (backend) => (portal.backend = backend),
  (error: unknown) => {
    console.error('[portico demo]', error);
    portal.loadError = error;
  },
);
