/** The analyzer reads the public elements and the entry points (each tag's registration), JSDoc being their API. */
export default {
  globs: ['src/elements/**/*.ts', 'src/define.ts', 'src/define/*.ts', 'src/index.ts'],
  exclude: ['src/elements/internal/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
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
