import { createDemoData } from '../src/core/demo-data.js';
import type { Contact, ContactInput } from '../src/core/model/index.js';
import { generateCpf } from '../src/core/validation/index.js';
import { signToken } from '../server/src/auth.js';
import { makeConfig } from '../server/src/config.js';
import { invariantViolations } from '../server/src/db/invariants.js';
import { seed } from '../server/src/db/seed.js';
import { openPglite, openPostgres, type Store } from '../server/src/db/store.js';
import { startServer } from '../server/src/server.js';
import { higherIsBetter, lowerIsBetter, type Benchmark, type Figure } from './types.js';

/**
 * `server.load`: 50 concurrent clients against the reference server for 20 s, each a loop of a
 * realistic mix of an administrator's portal — 70 % reads (a page of contacts, a search, one contact,
 * the seats, the invitations) and 30 % writes (an edit against the version it read, a suspension and
 * reactivation, a new contact). Each client edits contacts of its own, so every write gets a definite
 * 2xx; any other answer (a 5xx, a stale version, a network failure) counts as an error. Figures:
 * requests per second and p99 latency, each beside the same mix run by one client in the same run
 * (the anchor); the benchmark fails on any error and on any invariant violation in the database
 * afterwards (`invariantViolations`). PGlite by default (one connection: requests queue in front of
 * it); `PORTICO_BENCH_DATABASE_URL` runs it on a real PostgreSQL. The machine is shared: noisy.
 */
const clients = 50;
const seconds = Number(process.env.PORTICO_LOAD_SECONDS ?? 20);
const anchorSeconds = 5;

interface Run {
  requests: number;
  errors: string[];
  latencies: number[];
  elapsedMs: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const benchmark: Benchmark = {
  name: 'server: 50 concurrent clients, read/write mix',
  where: 'node',
  async run(): Promise<Figure[]> {
    const data = createDemoData({ contacts: 2_000, seed: 11 });
    const url = process.env.PORTICO_BENCH_DATABASE_URL;
    const store: Store = url ? await openPostgres(url, 20) : await openPglite();
    await seed(store.db, data);
    const secret = 'bench-secret-bench-secret-bench-secret';
    const server = await startServer({ store, config: makeConfig({ auth: { secret } }), port: 0 });
    const companyId = data.companies[0]!.id;
    const token = await signToken(secret, { companyId, contactId: data.actors.generalAdmin });
    // Contacts each client may edit: active system users, none of them an actor.
    const actors = new Set(Object.values(data.actors));
    const editable = data.contacts.filter(
      (c) =>
        c.companyId === companyId &&
        c.status === 'active' &&
        c.role === 'system-user' &&
        !actors.has(c.id),
    );
    let serial = 0;
    let cpfSeed = 3;
    const random = () => {
      cpfSeed = (Math.imul(cpfSeed, 1_664_525) + 1_013_904_223) >>> 0;
      return cpfSeed / 2 ** 32;
    };
    const newContact = (): ContactInput => {
      serial += 1;
      return {
        name: `Carga ${serial}`,
        email: `carga.${serial}.${Date.now().toString(36)}@bench.example`,
        country: 'BR',
        document: { type: 'cpf', number: generateCpf(random) },
        phone: { countryCode: '55', area: '21', number: String(910_000_000 + serial) },
        jobTitle: 'Carga',
      };
    };
    const searches = ['ana', 'silva', 'maria', 'joão', 'souza', 'gerente'];

    async function call(
      run: Run,
      method: string,
      path: string,
      expect: number,
      init: { body?: unknown; version?: number } = {},
    ): Promise<unknown> {
      const started = performance.now();
      let status = 0;
      let body: unknown;
      try {
        const response = await fetch(`${server.baseUrl}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...(init.version === undefined ? {} : { 'If-Match': `"${init.version}"` }),
          },
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        });
        status = response.status;
        const text = await response.text();
        body = text ? (JSON.parse(text) as unknown) : undefined;
      } catch (error) {
        run.errors.push(`${method} ${path}: ${String(error)}`);
      }
      run.latencies.push(performance.now() - started);
      run.requests += 1;
      if (status !== 0 && status !== expect) {
        run.errors.push(`${method} ${path} → ${status} ${JSON.stringify(body).slice(0, 200)}`);
      }
      return body;
    }

    /** One client: the mix, in a loop, until `deadline`, on its own contacts. */
    async function client(run: Run, index: number, deadline: number): Promise<void> {
      const own = editable.filter((_, i) => i % clients === index);
      let step = 0;
      while (performance.now() < deadline) {
        step += 1;
        const target = own[step % own.length]!;
        const roll = step % 10;
        if (roll < 3) {
          const search = searches[(index + step) % searches.length]!;
          await call(run, 'GET', `/contacts?search=${encodeURIComponent(search)}&limit=25`, 200);
        } else if (roll === 3) {
          await call(run, 'GET', '/contacts?limit=25&sort=createdAt&direction=desc', 200);
        } else if (roll === 4) {
          await call(run, 'GET', '/seats', 200);
        } else if (roll === 5) {
          await call(run, 'GET', '/invitations?status=pending&limit=25', 200);
        } else if (roll === 6) {
          await call(run, 'GET', `/contacts/${target.id}`, 200);
        } else if (roll === 7) {
          const now = (await call(run, 'GET', `/contacts/${target.id}`, 200)) as Contact;
          if (!now?.version) continue;
          await call(run, 'PATCH', `/contacts/${target.id}`, 200, {
            body: { jobTitle: `Cargo ${step}` },
            version: now.version,
          });
        } else if (roll === 8) {
          const now = (await call(run, 'GET', `/contacts/${target.id}`, 200)) as Contact;
          if (!now?.version) continue;
          const suspended = (await call(run, 'POST', `/contacts/${target.id}/transitions`, 200, {
            body: { action: 'suspend' },
            version: now.version,
          })) as Contact;
          if (!suspended?.version) continue;
          await call(run, 'POST', `/contacts/${target.id}/transitions`, 200, {
            body: { action: 'reactivate' },
            version: suspended.version,
          });
        } else {
          await call(run, 'POST', '/contacts', 201, { body: newContact() });
        }
      }
    }

    async function load(count: number, forSeconds: number): Promise<Run> {
      const run: Run = { requests: 0, errors: [], latencies: [], elapsedMs: 0 };
      const started = performance.now();
      const deadline = started + forSeconds * 1000;
      await Promise.all(Array.from({ length: count }, (_, i) => client(run, i, deadline)));
      run.elapsedMs = performance.now() - started;
      return run;
    }

    try {
      const anchor = await load(1, anchorSeconds);
      const ours = await load(clients, seconds);
      const errors = [...anchor.errors, ...ours.errors];
      if (errors.length) {
        throw new Error(`${errors.length} errors, e.g.:\n${errors.slice(0, 5).join('\n')}`);
      }
      const violations = [];
      for (const company of data.companies) {
        violations.push(...(await invariantViolations(store.db, company.id)));
      }
      if (violations.length) throw new Error(`invariant violations:\n${violations.join('\n')}`);
      const rps = (run: Run) => run.requests / (run.elapsedMs / 1000);
      console.log(
        `server.load: ${ours.requests} requests by ${clients} clients in ${(ours.elapsedMs / 1000).toFixed(1)} s on ${store.kind}, 0 errors, 0 invariant violations`,
      );
      return [
        higherIsBetter(
          'server.load.rps',
          rps(ours),
          rps(anchor),
          'req/s',
          'the same mix, one client',
        ),
        lowerIsBetter(
          'server.load.p99',
          percentile(ours.latencies, 99),
          percentile(anchor.latencies, 99),
          'ms',
          'p99 of the same mix, one client',
        ),
      ];
    } finally {
      await server.close();
      await store.close();
    }
  },
};

export default benchmark;
