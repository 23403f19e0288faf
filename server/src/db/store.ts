import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { migrate } from './migrations.js';
import type { Database } from './schema.js';

export type Tx = Transaction<Database>;

/** Options of a transaction. */
export interface TransactionOptions {
  /** A read: `repeatable read`, read only (a list's page and its total see one snapshot). */
  readOnly?: boolean;
  /**
   * A write's isolation. `serializable` (the default): PostgreSQL aborts one of two conflicting
   * transactions and this store runs it again. `read committed`: for a write that takes the row
   * locks its facts come from (`SELECT … FOR UPDATE`), so a race waits rather than aborts; each of its
   * statements sees what committed before it. Retried on deadlocks and on {@link RetryTransaction}.
   */
  isolation?: 'serializable' | 'read committed';
}

/**
 * Thrown inside a transaction to run it again from the start: an optimistic write (a compare-and-set
 * on a row it did not lock) found the row changed. It carries SQLSTATE 40001, so the store's retry
 * loop treats it as PostgreSQL's own serialization failure.
 */
export class RetryTransaction extends Error {
  readonly code = '40001';
  constructor(what: string) {
    super(`${what} changed during the transaction; running it again.`);
    this.name = 'RetryTransaction';
  }
}

/**
 * The database behind the server: PGlite in this process or a real PostgreSQL, the same schema and the
 * same SQL either way. Every request runs in one transaction through {@link Store.transaction}.
 */
export interface Store {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Kysely<Database>;
  /**
   * Runs `work` in a transaction and answers its result. Writes run SERIALIZABLE: an invariant a write
   * checks (the admin count, the seats left, one pending invitation per contact) cannot be broken by a
   * concurrent write, because PostgreSQL aborts one of two conflicting transactions (SQLSTATE 40001)
   * and this method runs it again, up to `maxAttempts` times with a short random back-off.
   *
   * PGlite has a single connection: its dialect queues every transaction and query in front of it, so
   * on PGlite requests are served one transaction at a time (and never conflict).
   */
  transaction<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** PGlite only: the whole database as a tarball, to start a copy fast (`openPglite({ snapshot })`). */
  snapshot?(): Promise<Blob>;
  close(): Promise<void>;
}

/** SQLSTATEs that mean "run the transaction again": serialization failure, deadlock. */
const retriable = new Set(['40001', '40P01']);
const maxAttempts = 8;

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether `error` is a conflict PostgreSQL resolved by aborting this transaction. */
export function isRetriable(error: unknown): boolean {
  const code = sqlState(error);
  return code !== undefined && retriable.has(code);
}

function makeStore(
  kind: Store['kind'],
  db: Kysely<Database>,
  extra: Partial<Store> = {},
  onClose: () => Promise<void> = () => Promise.resolve(),
): Store {
  return {
    kind,
    db,
    async transaction(work, options = {}) {
      for (let attempt = 1; ; attempt++) {
        try {
          const builder = options.readOnly
            ? db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
            : db.transaction().setIsolationLevel(options.isolation ?? 'serializable');
          return await builder.execute(work);
        } catch (error) {
          if (!isRetriable(error) || attempt >= maxAttempts) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** attempt));
        }
      }
    },
    async close() {
      await db.destroy();
      await onClose();
    },
    ...extra,
  };
}

/** Options of {@link openPglite}. */
export interface PgliteOptions {
  /** A folder that keeps the database between runs; omitted: in memory only. */
  dataDir?: string;
  /** A database saved by `Store.snapshot()`: the new store starts as a copy of it. */
  snapshot?: Blob;
}

/** An embedded PostgreSQL (PGlite) with the schema migrated. */
export async function openPglite(options: PgliteOptions = {}): Promise<Store> {
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.snapshot ? { loadDataDir: options.snapshot } : {}),
    extensions: { unaccent, pg_trgm },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  await migrate(db as Kysely<unknown>);
  return makeStore('pglite', db, { snapshot: async () => client.dumpDataDir('none') }, async () => {
    if (!client.closed) await client.close();
  });
}

/** A real PostgreSQL at `url` (`postgres://user@host:port/db`), with the schema migrated. */
export async function openPostgres(url: string, poolSize = 10): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closed (a restart, a failover, a dropped database) is only
  // discarded: the pool opens a new one on demand. Without a listener it would end the process.
  pool.on('error', (error) => {
    console.error(`[portico-server] an idle database connection failed: ${error.message}`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateOnce(db);
  return makeStore('postgres', db);
}

/**
 * Migrates under an advisory lock, so several server processes starting against one database at once
 * apply each migration exactly once.
 */
async function migrateOnce(db: Kysely<Database>): Promise<void> {
  await db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(427001)`.execute(connection);
    try {
      await migrate(connection as Kysely<unknown>);
    } finally {
      await sql`select pg_advisory_unlock(427001)`.execute(connection);
    }
  });
}
