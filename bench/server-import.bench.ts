import { createDemoData } from '../src/core/demo-data.js';
import type { ContactInput } from '../src/core/model/index.js';
import { generateCpf } from '../src/core/validation/index.js';
import { signToken } from '../server/src/auth.js';
import { makeConfig } from '../server/src/config.js';
import { seed } from '../server/src/db/seed.js';
import { openPglite } from '../server/src/db/store.js';
import { startServer } from '../server/src/server.js';
import { higherIsBetter, type Figure, type Benchmark } from './types.js';

/**
 * `server.import.100k`: 100,000 new contacts imported into one company of the reference server
 * (PGlite) through `POST /contacts/import` in batches of 500, against the anchor — the same kind of
 * rows sent one `POST /contacts` each, measured in the same run on the same database. Sending 100,000
 * single requests would take most of an hour, so the anchor is sampled: after every tenth batch, 20
 * rows go one by one, so both paths meet the table at the same sizes (0 to 100,000 rows). Both are
 * rows per second over every request, answers checked; the machine is shared, so figures are noisy.
 */
const total = 100_000;
const batchSize = 500;
const sampleEvery = 10;
const sampleSize = 20;

const benchmark: Benchmark = {
  name: 'server: batch import at 100k contacts',
  where: 'node',
  async run(): Promise<Figure[]> {
    const data = createDemoData({ contacts: 50, seed: 1 });
    const store = await openPglite();
    await seed(store.db, data);
    const secret = 'bench-secret-bench-secret-bench-secret';
    const server = await startServer({ store, config: makeConfig({ auth: { secret } }), port: 0 });
    const token = await signToken(secret, {
      companyId: data.companies[0]!.id,
      contactId: data.actors.generalAdmin,
    });
    let seedValue = 7;
    const random = () => {
      seedValue = (Math.imul(seedValue, 1_664_525) + 1_013_904_223) >>> 0;
      return seedValue / 2 ** 32;
    };
    let serial = 0;
    const row = (): ContactInput => {
      serial += 1;
      return {
        name: `Importada ${serial}`,
        email: `importada.${serial}@bench.example`,
        country: 'BR',
        document: { type: 'cpf', number: generateCpf(random) },
        phone: { countryCode: '55', area: '11', number: String(900_000_000 + serial) },
        jobTitle: 'Analista',
      };
    };
    const post = async (path: string, body: unknown): Promise<unknown> => {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as unknown;
      if (response.status >= 300) {
        throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer)}`);
      }
      return answer;
    };
    try {
      let batchMs = 0;
      let singleMs = 0;
      let singles = 0;
      for (let batch = 0; batch < total / batchSize; batch++) {
        const rows = Array.from({ length: batchSize }, () => ({ contact: row() }));
        const started = performance.now();
        const result = (await post('/contacts/import', { rows })) as {
          summary: { created: number };
        };
        batchMs += performance.now() - started;
        // A CPF the generator repeats is refused as document-taken, as it would be one by one.
        if (result.summary.created < batchSize - 5) {
          throw new Error(`batch ${batch} created ${result.summary.created} of ${batchSize}`);
        }
        if (batch % sampleEvery === 0) {
          for (let i = 0; i < sampleSize; i++) {
            const input = row();
            const startedOne = performance.now();
            try {
              await post('/contacts', input);
            } catch (error) {
              if (!String(error).includes('document-taken')) throw error;
            }
            singleMs += performance.now() - startedOne;
            singles += 1;
          }
        }
      }
      return [
        higherIsBetter(
          'server.import.100k',
          total / (batchMs / 1000),
          singles / (singleMs / 1000),
          'rows/s',
          `one POST /contacts per row (${singles} sampled)`,
        ),
      ];
    } finally {
      await server.close();
      await store.close();
    }
  },
};

export default benchmark;
