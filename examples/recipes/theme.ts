// Recipe 4 — theme it: design tokens on the provider (or any ancestor, in CSS), the colour scheme
// and the density as attributes, and `::part` for what tokens do not reach.
import '@portico/elements/define';
import type { PorticoTheme } from '@portico/elements';

const brand: PorticoTheme = {
  '--portico-color-primary': '#0b5cab',
  '--portico-radius': '10px',
  '--portico-font-family': '"Inter", system-ui, sans-serif',
  // The dark scheme reads its own tokens.
  '--portico-dark-color-surface': '#10161f',
};

const provider = document.querySelector('portico-provider')!;
provider.theme = brand;
provider.colorScheme = 'auto'; // light, dark, or the reader's prefers-color-scheme
provider.density = 'compact'; // still 24 px targets

// The same in a stylesheet: tokens inherit through shadow roots; parts are styled from outside.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  portico-provider { --portico-color-primary: #0b5cab; }
  contact-list::part(toolbar) { padding-block: 12px; }
  contact-list::part(add-button) { text-transform: uppercase; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
