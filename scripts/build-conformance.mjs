// Builds the `portico-conformance` command (bin/portico-conformance.js runs it) into
// dist/conformance/: one ES module for Node with the OpenAPI document inside. zod and ky stay
// imports (the package's own dependencies); nothing of the server is in it.
import { build } from 'esbuild';

await build({
  entryPoints: ['scripts/conformance/cli.ts'],
  outfile: 'dist/conformance/portico-conformance.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['zod', 'ky'],
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('Built dist/conformance/portico-conformance.js');
