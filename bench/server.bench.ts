import { sql } from 'kysely';
import { createDemoData } from '../src/core/demo-data.js';
import { searchTerms } from '../src/core/search/index.js';
import { signToken } from '../server/src/auth.js';
import { makeConfig } from '../server/src/config.js';
import { seed } from '../server/src/db/seed.js';
import { openPglite } from '../server/src/db/store.js';
import { startServer } from '../server/src/server.js';
import { lowerIsBetter, median, type Benchmark } from './types.js';

/**
 * `server.search.100k`: the latency of a contact search request to the reference server (PGlite,
 * 100,000 contacts in the company; HTTP, token check, the page and its total) against the same search
 * as an unindexed `ILIKE` scan over the unaccented text, run straight on the same database in the same
 * run (no HTTP, no auth: the anchor gets the cheaper path). Medians over every term and round; the
 * machine is shared, so figures are noisy.
 */
const contacts = 100_000;
// What people type: a first name, an accented surname typed without accents, two words, a CPF prefix,
// an e-mail's start. (A term that matches most of the company, such as its e-mail domain, costs about
// as much as a scan: the exact total has to count every match.)
const terms = ['joao', 'conceicao', 'maria silva', 'goncalves', '529.982', 'aguimaraes'];
const rounds = 7;

const benchmark: Benchmark = {
  name: 'server: indexed search at 100k contacts',
  where: 'node',
  async run() {
    const data = createDemoData({ contacts, seed: 1 });
    const store = await openPglite();
    await seed(store.db, data);
    await sql`analyze`.execute(store.db);
    const secret = 'bench-secret-bench-secret-bench-secret';
    const config = makeConfig({ auth: { secret } });
    const server = await startServer({ store, config, port: 0 });
    const companyId = data.companies[0]!.id;
    const token = await signToken(secret, { companyId, contactId: data.actors.generalAdmin });
    try {
      const request = async (term: string): Promise<number> => {
        const started = performance.now();
        const response = await fetch(
          `${server.baseUrl}/contacts?search=${encodeURIComponent(term)}&limit=50`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        const page = (await response.json()) as { total: number };
        if (response.status !== 200 || typeof page.total !== 'number')
          throw new Error(`search answered ${response.status}`);
        return performance.now() - started;
      };
      const scan = async (term: string): Promise<number> => {
        const started = performance.now();
        // The same terms the server searches for (digits of a CPF, words folded), unindexed.
        const words = searchTerms(term).map((word) => `%${word}%`);
        const text = sql`unaccent(name || ' ' || email || ' ' || document_number || ' ' || phone_country || phone_area || phone_number)`;
        const where = sql.join(
          [sql`company_id = ${companyId}`, ...words.map((word) => sql`${text} ilike ${word}`)],
          sql` and `,
        );
        await sql`select * from contacts where ${where} order by name, id limit 51`.execute(
          store.db,
        );
        await sql`select count(*) from contacts where ${where}`.execute(store.db);
        return performance.now() - started;
      };
      // Warm both paths once, then interleave rounds.
      for (const term of terms) {
        await request(term);
        await scan(term);
      }
      const ours: number[] = [];
      const anchor: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const term of terms) {
          ours.push(await request(term));
          anchor.push(await scan(term));
        }
      }
      return [
        lowerIsBetter(
          'server.search.100k',
          median(ours),
          median(anchor),
          'ms',
          'unindexed ILIKE scan, same database',
        ),
      ];
    } finally {
      await server.close();
      await store.close();
    }
  },
};

export default benchmark;
