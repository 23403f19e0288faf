/**
 * `npm run openapi`: writes the OpenAPI 3.1 document of the REST contract to `docs/openapi.json`,
 * generated from the server's route table and the zod schemas of `src/core/model`.
 * `npm run openapi -- --check` (part of `npm run check`) fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { openApiDocument } from '../server/src/openapi.js';

const file = new URL('../docs/openapi.json', import.meta.url);
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};
const text = `${JSON.stringify(openApiDocument(version), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    committed = '';
  }
  if (committed !== text) {
    console.error('docs/openapi.json is stale: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('docs/openapi.json is fresh.');
} else {
  writeFileSync(file, text);
  console.log(
    `Wrote docs/openapi.json (${Object.keys(openApiDocument(version).paths as object).length} paths).`,
  );
}
