/**
 * The design tokens as data — names, light and dark defaults, the colour schemes and densities —
 * with no Lit and no DOM, so the manifest's analyzer (custom-elements-manifest.config.mjs) and the
 * kit's scripts read the same table the styles are built from (`./styles.ts`).
 *
 * @module
 */

/**
 * Portico's design tokens and their defaults. Every colour pair used for text was checked against
 * WCAG 2.2 AA (4.5:1): primary 6.7, danger 6.6, success 5.7, warning 5.4, text 14.7 and muted 7.7 on
 * white; each tone stays above 4.5:1 on its own 10 % tint (badges, banners).
 */
export const tokenDefaults = {
  '--portico-font-family':
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  '--portico-font-size': '14px',
  '--portico-color-primary': '#1d4ed8',
  '--portico-color-on-primary': '#ffffff',
  '--portico-color-danger': '#b42318',
  '--portico-color-success': '#067647',
  '--portico-color-warning': '#b54708',
  '--portico-color-text': '#1d2939',
  '--portico-color-muted': '#475467',
  '--portico-color-surface': '#ffffff',
  '--portico-color-surface-alt': '#f5f7fa',
  '--portico-color-border': '#d0d5dd',
  '--portico-radius': '6px',
  '--portico-space': '8px',
  '--portico-focus-ring': '2px solid #1d4ed8',
} as const;

/** The name of a Portico design token (`--portico-color-primary`, …). */
export type TokenName = keyof typeof tokenDefaults;

/**
 * The dark colour scheme's defaults. In the dark scheme an element reads each colour token from
 * `--portico-dark-<name>` (so a page's light palette never bleeds into the dark one), falling back
 * to these. The primary colour follows the vendor's brand: unless `--portico-dark-color-primary` is
 * set, it is the light `--portico-color-primary` lifted to an OKLCH lightness of at least 0.74 (hue
 * kept, chroma capped), which keeps 4.5:1 against the dark surfaces and under dark text on it.
 * Checked (WCAG 2.2 AA, 4.5:1): text 17.3, muted 7.8, danger 6.8, success 9.3, warning 10.3 on the
 * surface (15.8, 7.2, 6.2, 8.5, 9.4 on the alternate surface); each tone 6.0 or more on its own 10 %
 * tint; field outlines 4.6 (1.4.11 asks 3). The dark stories' axe run checks every text pair.
 */
const liftedPrimary =
  'oklch(from var(--portico-color-primary, #1d4ed8) max(l, 0.74) min(c, 0.16) h)';
export const darkTokenDefaults = {
  '--portico-color-primary': liftedPrimary,
  '--portico-color-on-primary': '#0c111d',
  '--portico-color-danger': '#f97066',
  '--portico-color-success': '#47cd89',
  '--portico-color-warning': '#fdb022',
  '--portico-color-text': '#f5f5f6',
  '--portico-color-muted': '#a4a7ae',
  '--portico-color-surface': '#0c111d',
  '--portico-color-surface-alt': '#161b26',
  '--portico-color-border': '#3b3f49',
  '--portico-focus-ring': `2px solid ${liftedPrimary}`,
} as const satisfies Partial<Record<TokenName, string>>;

/** A token the dark scheme reads under another name: `--portico-color-text` → `--portico-dark-color-text`. */
export const darkName = (name: TokenName): string =>
  `--portico-dark-${name.slice('--portico-'.length)}`;

/** The colour schemes an element (or a provider, for everything inside) may be given. */
export const colorSchemes = ['light', 'dark', 'auto'] as const;
export type ColorScheme = (typeof colorSchemes)[number];
/** The densities an element (or a provider) may be given. */
export const densities = ['comfortable', 'compact'] as const;
export type Density = (typeof densities)[number];
