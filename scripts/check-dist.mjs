// After `npm run build`: nothing of the server (Hono, Kysely, PostgreSQL drivers, PGlite, jose) may
// reach dist/ — neither the library a vendor bundles nor the conformance command.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const forbidden =
  /(?:from|import)\s*\(?\s*["'](?:hono|@hono\/[^"']+|kysely[^"']*|pg|pg\/[^"']+|@electric-sql\/[^"']+|jose)["']/;
const offenders = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(js|d\.ts)$/.test(entry.name) && forbidden.test(readFileSync(path, 'utf8')))
      offenders.push(path);
    else if (/server\//.test(path)) offenders.push(path);
  }
};
walk('dist');
if (offenders.length) {
  console.error(`Server code or dependencies reached dist/:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}
console.log('dist/ holds nothing of the server.');
