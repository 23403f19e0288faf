import { html, type TemplateResult } from 'lit';
import '../../src/define.js';
import manifest from '../../custom-elements.json';
import type { ColorScheme, Density } from '../../src/elements/internal/styles.js';
import type { PortalAdapter, PorticoTheme } from '../../src/index.js';
import { elementsOf, type ElementDoc, type RawManifest } from '../../scripts/kit/elements.js';

/**
 * Every public element of the manifest, for the kit's pages (reference, themes, the brand
 * playground): a tag that lands in `custom-elements.json` with an entry in `src/define/` shows up
 * here without a line written for it.
 */
export const publicElements: ElementDoc[] = elementsOf(manifest as RawManifest);

/** The provider: it wraps the others instead of standing alone. */
export const providerTag = 'portico-provider';

/**
 * How one element is shown on the embedded demo company, when creating it and giving it the
 * adapter is not enough (an element that needs an attribute to show anything, say). Elements not
 * listed get `document.createElement(tag)` with `adapter` set.
 */
const examples: Partial<Record<string, (adapter: PortalAdapter | undefined) => HTMLElement>> = {
  [providerTag]: (adapter) => {
    const provider = document.createElement(providerTag);
    provider.adapter = adapter;
    provider.append(document.createElement('contact-list'));
    return provider;
  },
};

/** One element, on `adapter` (or, with none, on the provider around it). */
export function exampleOf(tag: string, adapter: PortalAdapter | undefined): HTMLElement {
  const custom = examples[tag];
  if (custom) return custom(adapter);
  const element = document.createElement(tag) as HTMLElement & { adapter?: PortalAdapter };
  if (adapter) element.adapter = adapter;
  return element;
}

/** What the gallery is given: the brand, the scheme and the density, on one provider. */
export interface GalleryOptions {
  adapter: PortalAdapter;
  theme?: PorticoTheme;
  colorScheme?: ColorScheme;
  density?: Density;
  /** The page behind the elements (dark for the dark scheme, as a vendor's dark portal is). */
  backdrop?: string;
}

/**
 * Every public element inside one `<portico-provider>` that holds the adapter, theme, colour scheme
 * and density, each under a heading with its tag.
 */
export function renderGallery(options: GalleryOptions): TemplateResult {
  const shown = publicElements.filter((element) => element.tag !== providerTag);
  const dark = options.colorScheme === 'dark';
  return html`<div
    style="padding: 16px; border-radius: 8px; background: ${
      options.backdrop ?? (dark ? '#0c111d' : '#ffffff')
    }; color: ${dark ? '#f5f5f6' : '#1d2939'}"
  >
    <portico-provider
      .adapter=${options.adapter}
      .theme=${options.theme}
      color-scheme=${options.colorScheme ?? 'light'}
      density=${options.density ?? 'comfortable'}
    >
      ${shown.map(
        (element) =>
          html`<section aria-label=${`<${element.tag}>`} style="margin-block-end: 32px">
            <h2 style="font: 600 15px system-ui, sans-serif; margin: 0 0 12px">
              <code>&lt;${element.tag}&gt;</code> · ${element.summary}
            </h2>
            ${exampleOf(element.tag, undefined)}
          </section>`,
      )}
    </portico-provider>
  </div>`;
}

/** A vendor's brand: violet, a rounder corner and its own font stack. */
export const vendorBrand: PorticoTheme = {
  '--portico-color-primary': '#6d28d9',
  '--portico-focus-ring': '2px solid #6d28d9',
  '--portico-radius': '10px',
  '--portico-font-family': "Inter, 'Segoe UI', system-ui, sans-serif",
};
