/**
 * `npm run server`: the reference server of the Portico REST contract.
 *
 * ```sh
 * npm run server                                  # PGlite in ./.portico-data, seeded on first start, dev tokens
 * DATABASE_URL=postgres://… npm run server        # a real PostgreSQL instead
 * node --import tsx server/src/main.ts --help     # every option
 * ```
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDemoData } from '../../src/core/demo-data.js';
import { adminFilter } from '../../src/core/permissions/index.js';
import { signToken } from './auth.js';
import { configFromEnv } from './config.js';
import { countContacts, getPolicy } from './db/queries.js';
import { demoSettings, isEmpty, seed, type DemoSettings } from './db/seed.js';
import { openPglite, openPostgres, type Store } from './db/store.js';
import { startServer } from './server.js';

/** The development secret `--dev` uses when PORTICO_JWT_SECRET is not set. Never for production. */
export const developmentSecret = 'portico-development-secret-not-for-production';

const help = `portico server — the Portico REST contract on PostgreSQL

Options:
  --port N                 port (default $PORT or 3000; 0 = any free port)
  --host H                 address to listen on (default 127.0.0.1)
  --data DIR               PGlite data folder (default ./.portico-data); ignored with DATABASE_URL
  --contacts N             contacts of the demo company when seeding (default 2000)
  --no-seed                do not seed an empty database with demo data
  --dev                    development mode: POST <base>/dev/token, printed tokens, a fixed secret
  --conformance-config F   write a portico-conformance config to F (with --dev): the actors of the demo
                           company with exactly one active general admin, another company's admin

Environment: DATABASE_URL, PORTICO_JWT_SECRET, PORTICO_JWKS_URL, PORTICO_JWT_ISSUER,
PORTICO_JWT_AUDIENCE, PORTICO_CORS_ORIGINS, PORTICO_BODY_LIMIT, PORTICO_BASE_PATH, PORTICO_DEV.`;

/**
 * The demo companies the conformance config names: the test company first — one with exactly one
 * active general admin, so that the last-admin check (MUST 6) runs rather than being skipped; the
 * first demo company when none has — then another company, for the tenancy checks.
 */
async function conformanceCompanies(
  store: Store,
  demo: DemoSettings,
): Promise<[string, string | undefined]> {
  const candidates = demo.companies.filter((id) => demo.companyActors[id]);
  let chosen: string | undefined;
  for (const id of candidates) {
    const admins = await store.transaction(
      async (tx) => countContacts(tx, id, adminFilter(await getPolicy(tx, id))),
      { readOnly: true },
    );
    if (admins === 1) {
      chosen = id;
      break;
    }
  }
  if (!chosen) {
    chosen = candidates[0]!;
    console.log('  no demo company has exactly one active general admin: MUST 6 will be skipped');
  }
  return [chosen, candidates.find((id) => id !== chosen)];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.portico-data' },
      contacts: { type: 'string', default: '2000' },
      'no-seed': { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
      'conformance-config': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(help);
    return;
  }
  const dev = values.dev || process.env.PORTICO_DEV === '1';
  const config = configFromEnv(process.env, dev ? developmentSecret : undefined);
  config.development = dev;
  if (!config.auth.secret && !config.auth.jwksUrl) {
    throw new Error('Set PORTICO_JWT_SECRET or PORTICO_JWKS_URL (or run with --dev).');
  }

  const started = performance.now();
  let store: Store;
  const url = process.env.DATABASE_URL;
  if (url) {
    store = await openPostgres(url);
  } else {
    mkdirSync(values.data, { recursive: true });
    store = await openPglite({ dataDir: values.data });
  }
  if (!values['no-seed'] && (await isEmpty(store.db))) {
    const contacts = Number(values.contacts);
    console.log(`Seeding ${contacts} demo contacts…`);
    await seed(store.db, createDemoData({ contacts, seed: 1, now: new Date() }));
  }

  const version = (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
  const server = await startServer({
    store,
    config,
    port: Number(values.port ?? process.env.PORT ?? 3000),
    host: values.host,
    version,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Portico server on ${store.kind === 'pglite' ? `PGlite (${values.data})` : 'PostgreSQL'}, ready in ${seconds} s`,
  );
  console.log(`  contract  ${server.baseUrl}`);
  console.log(`  OpenAPI   ${server.origin}/openapi.json`);

  const demo = await demoSettings(store.db);
  if (dev && config.auth.secret && demo) {
    const first = demo.companies[0]!;
    const tokenFor = (companyId: string, contactId: string) =>
      signToken(config.auth.secret!, { companyId, contactId });
    const token = await tokenFor(first, demo.actors.generalAdmin);
    console.log(`  token of the general admin (${demo.actors.generalAdmin}), 12 h:\n${token}`);
    console.log(`  more: POST ${server.baseUrl}/dev/token {"contactId": "…"}`);
    const configFile = values['conformance-config'];
    if (configFile) {
      const [company, other] = await conformanceCompanies(store, demo);
      const people = demo.companyActors[company]!;
      const otherAdmin = other ? demo.companyActors[other]?.generalAdmin : undefined;
      writeFileSync(
        configFile,
        `${JSON.stringify(
          {
            baseUrl: server.baseUrl,
            tokens: {
              generalAdmin: await tokenFor(company, people.generalAdmin),
              registrationAdmin: await tokenFor(company, people.registrationAdmin),
              systemUser: await tokenFor(company, people.systemUser),
              ...(other && otherAdmin
                ? { otherCompanyAdmin: await tokenFor(other, otherAdmin) }
                : {}),
            },
          },
          null,
          2,
        )}\n`,
      );
      console.log(`  conformance config written to ${configFile} (test company ${company})`);
    }
  }

  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
