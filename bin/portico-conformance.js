#!/usr/bin/env node
// portico-conformance: checks a backend against the Portico REST contract (see docs/rest-api.md).
import { existsSync } from 'node:fs';

const built = new URL('../dist/conformance/portico-conformance.js', import.meta.url);
if (!existsSync(built)) {
  console.error(
    'portico-conformance is not built: run `npm run build` (or `npm run build:conformance`).',
  );
  process.exit(2);
}
const { main } = await import(built.href);
process.exit(await main(process.argv.slice(2)));
