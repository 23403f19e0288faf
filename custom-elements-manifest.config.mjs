import { tsImport } from 'tsx/esm/api';

/**
 * The analyzer reads the public elements and the entry points (each tag's registration), JSDoc being
 * their API — plus what every element shares because it adopts the shared token sheet
 * (src/elements/internal/styles.ts): the `color-scheme` and `density` attributes and the dark scheme's
 * `--portico-dark-*` tokens, written here once from the same table the styles are built from, so a
 * new element is documented for them without a line of its own (test/elements/theme.test.ts checks
 * that every element really follows them).
 */
const { tokenDefaults, darkTokenDefaults, darkName, colorSchemes, densities } = await tsImport(
  './src/elements/internal/theme-tokens.ts',
  import.meta.url,
);

const sharedAttributes = [
  {
    name: 'color-scheme',
    type: { text: colorSchemes.map((value) => `'${value}'`).join(' | ') },
    description:
      "The colour scheme: `light` (the default), `dark`, or `auto` (the reader's `prefers-color-scheme`); " +
      'inside a `<portico-provider color-scheme>`, the provider’s. In the dark scheme colours come from the `--portico-dark-*` tokens.',
  },
  {
    name: 'density',
    type: { text: densities.map((value) => `'${value}'`).join(' | ') },
    description:
      '`comfortable` (the default) or `compact`: less space and smaller controls, every target still at least 24 px; inside a `<portico-provider density>`, the provider’s.',
  },
];

const darkTokens = Object.entries(darkTokenDefaults).map(([name, value]) => ({
  name: darkName(name),
  description:
    name === '--portico-color-primary'
      ? '`--portico-color-primary` in the dark colour scheme. Unset, the light primary lifted to an OKLCH lightness of at least 0.74 (the brand’s hue, readable on the dark surface).'
      : `\`${name}\` in the dark colour scheme.`,
  default: name === '--portico-color-primary' ? undefined : value,
}));

export default {
  globs: ['src/elements/**/*.ts', 'src/define.ts', 'src/define/*.ts', 'src/index.ts'],
  exclude: ['src/elements/internal/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'portico-shared-theme',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            const attributes = (declaration.attributes ??= []);
            for (const shared of sharedAttributes) {
              if (!attributes.some((attribute) => attribute.name === shared.name)) {
                attributes.push({ ...shared });
              }
            }
            // Elements that adopt the token sheet (they document its light tokens) also follow the dark scheme.
            const tokens = declaration.cssProperties ?? [];
            if (!tokens.some((token) => token.name in tokenDefaults)) continue;
            for (const token of darkTokens) {
              if (!tokens.some((existing) => existing.name === token.name)) {
                tokens.push(
                  token.default === undefined
                    ? { name: token.name, description: token.description }
                    : { ...token },
                );
              }
            }
          }
        }
      },
    },
    {
      // The file system lists files in no set order; sort so the manifest is the same on every clone.
      name: 'portico-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};
