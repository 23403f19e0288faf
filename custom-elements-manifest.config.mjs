export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/mocks/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
