import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createDemoData, type DemoData } from '../../src/core/demo-data.js';
import { signToken, type Membership } from '../src/auth.js';
import { makeConfig, type ServerConfig } from '../src/config.js';
import { seed } from '../src/db/seed.js';
import { openPglite, openPostgres, type Store } from '../src/db/store.js';
import { startServer, type RunningServer } from '../src/server.js';

/**
 * Test servers. By default each test gets its own PGlite database, loaded from a snapshot made once per
 * process (creating a PGlite database takes seconds; loading a snapshot a fraction of that). With
 * `PORTICO_TEST_DATABASE_URL` (a real PostgreSQL, as `.ci/run` starts one) each gets a database of its
 * own on that server, copied from a seeded template.
 */

export const secret = 'portico-test-secret-0123456789abcdef';
export const testDataOptions = { contacts: 300, seed: 5, now: new Date('2026-11-01T12:00:00Z') };

/** The demo data every test database starts from. */
export const data: DemoData = createDemoData(testDataOptions);

const postgresUrl = process.env.PORTICO_TEST_DATABASE_URL;
let snapshot: Promise<Blob> | undefined;
let template: Promise<void> | undefined;

/**
 * The seeded database as a PGlite snapshot, cached in the temporary folder across test processes
 * (each test file runs in its own) under a hash of what makes it: the migrations, the seed and row
 * code, the data options and the PGlite version.
 */
function cachedSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const hash = createHash('sha256');
    for (const file of ['../src/db/migrations.ts', '../src/db/seed.ts', '../src/db/rows.ts']) {
      hash.update(readFileSync(new URL(file, import.meta.url)));
    }
    hash.update(JSON.stringify(testDataOptions));
    hash.update(
      readFileSync(
        new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
      ),
    );
    const file = join(tmpdir(), `portico-test-db-${hash.digest('hex').slice(0, 16)}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const store = await openPglite();
    await seed(store.db, data);
    const blob = await store.snapshot!();
    await store.close();
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    renameSync(partial, file);
    return blob;
  })();
  return snapshot;
}

async function pgliteStore(): Promise<Store> {
  return openPglite({ snapshot: await cachedSnapshot() });
}

/** The URL of database `name` on the test PostgreSQL. */
function databaseUrl(name: string): string {
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: postgresUrl, max: 1 }) }),
  });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Whether the tests run on a real PostgreSQL (`PORTICO_TEST_DATABASE_URL`) rather than PGlite. */
export const onPostgres = postgresUrl !== undefined;

/**
 * A database of its own on the test PostgreSQL, copied from a seeded template: its URL, and how to
 * drop it. Only with `PORTICO_TEST_DATABASE_URL`.
 */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!postgresUrl) throw new Error('freshPostgresDatabase needs PORTICO_TEST_DATABASE_URL');
  const templateName = `portico_tpl_${process.pid}`;
  template ??= (async () => {
    await admin((db) => sql`create database ${sql.id(templateName)}`.execute(db));
    const store = await openPostgres(databaseUrl(templateName), 2);
    await seed(store.db, data);
    await store.close();
  })();
  await template;
  const name = `portico_t_${randomBytes(6).toString('hex')}`;
  await admin((db) =>
    sql`create database ${sql.id(name)} template ${sql.id(templateName)}`.execute(db),
  );
  return {
    url: databaseUrl(name),
    drop: async () => {
      await admin((db) => sql`drop database if exists ${sql.id(name)} with (force)`.execute(db));
    },
  };
}

async function postgresStore(): Promise<Store> {
  const database = await freshPostgresDatabase();
  const store = await openPostgres(database.url, 20);
  return {
    ...store,
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}

/** A fresh database seeded with {@link data}. */
export function freshStore(): Promise<Store> {
  return postgresUrl ? postgresStore() : pgliteStore();
}

/** Drops the PostgreSQL template database (call once, after every test of a file). */
export async function dropTemplate(): Promise<void> {
  if (!postgresUrl || !template) return;
  await template.catch(() => undefined);
  await admin((db) =>
    sql`drop database if exists ${sql.id(`portico_tpl_${process.pid}`)}`.execute(db),
  );
  template = undefined;
}

export interface TestServer {
  store: Store;
  server: RunningServer;
  config: ServerConfig;
  /** A token acting as `contactId` in its company (and any other `companies`). */
  token(contactId: string, companies?: Membership[], sid?: string): Promise<string>;
  /** A fetch below the base URL as `contactId` (or without a token). */
  call(
    contactId: string | null,
    method: string,
    path: string,
    init?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: unknown }>;
  close(): Promise<void>;
}

/** The company of a demo contact. */
export const companyOf = (contactId: string): string =>
  data.contacts.find((contact) => contact.id === contactId)!.companyId;

/** A server on a fresh database, on a free port of 127.0.0.1. */
export async function testServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const store = await freshStore();
  const config = makeConfig({ auth: { secret }, development: true, ...overrides });
  const server = await startServer({ store, config, port: 0 });
  const token = (contactId: string, companies?: Membership[], sid?: string) =>
    signToken(secret, {
      companyId: companyOf(contactId),
      contactId,
      ...(companies ? { companies } : {}),
      ...(sid ? { sid } : {}),
    });
  return {
    store,
    server,
    config,
    token,
    async call(contactId, method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (contactId) headers.Authorization = `Bearer ${await token(contactId)}`;
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(`${server.baseUrl}${path}`, {
        method,
        headers,
        ...(init.body !== undefined
          ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
          : {}),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
    async close() {
      await server.close();
      await store.close();
    },
  };
}

/** The first company's people, and the second company's general admin. */
export const actors = {
  ...data.actors,
  otherAdmin: data.companyActors[data.companies[1]!.id]!.generalAdmin,
};
