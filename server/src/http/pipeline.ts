import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import { parseEtag } from '../../../src/core/adapter/rest/wire.js';
import {
  adminFilter,
  createPermissionEngine,
  type PermissionEngine,
} from '../../../src/core/permissions/index.js';
import type { Policy } from '../../../src/core/model/index.js';
import type { Membership, Principal, Verifier } from '../auth.js';
import type { ServerConfig } from '../config.js';
import { maySignIn, signedIn } from '../../../src/core/rules/sign-in.js';
import { lockPolicy } from '../db/facts.js';
import { findContact, getPolicy } from '../db/queries.js';
import type { Store, Tx } from '../db/store.js';
import type { Route } from '../routes/route.js';
import { errorAnswer, HttpProblem, unauthenticated, type Answer } from './answers.js';
import type { AuditNote, OpenContext, RequestContext } from './context.js';
import { hit } from './rate-limit.js';

/**
 * The one path every request takes. Nothing here keeps state in the process: the session's company,
 * idempotency keys, rate limits and the audit trail are rows of the database, so any number of
 * server processes can serve one company.
 *
 * 1. Authenticate the bearer token (401); the company and contact come from its claims and the
 *    `sessions` table only.
 * 2. Read the body (400 `bad-request` for malformed JSON); a versioned write without `If-Match` is 428.
 * 3. Rate-limited routes count the actor's hit in its own transaction (429 + `Retry-After`).
 * 4. One transaction: a read (or a `safe` POST) runs REPEATABLE READ, read only; a write runs SERIALIZABLE (retried on
 *    conflicts), or READ COMMITTED with row locks when its route says so (`Route.concurrency`), and,
 *    in order: claims its `Idempotency-Key` (a repeat replays the stored answer; a different request
 *    under the same key is 409 `idempotency-key-reused`; a repeat racing the first waits for it on the
 *    key's row), loads the actor, locks the company's policy row (FOR SHARE; FOR UPDATE for a policy
 *    edit), runs the handler inside a savepoint (a refusal rolls back everything the handler wrote),
 *    writes the audit row, and stores the answer under the key — all committed together.
 */

/** Idempotency keys are kept this long (the contract asks for at least 24 hours). */
const keyRetentionMs = 48 * 3600 * 1000;

/** The compiled engine of each company's policy version: derived data, rebuilt on demand. */
const engines = new Map<string, PermissionEngine>();
function engineFor(companyId: string, policy: Policy): PermissionEngine {
  const key = `${companyId}\u0000${policy.version}\u0000${JSON.stringify(policy)}`;
  let engine = engines.get(key);
  if (!engine) {
    if (engines.size > 256) engines.clear();
    engine = createPermissionEngine(policy);
    engines.set(key, engine);
  }
  return engine;
}

/** The membership the session acts as now: the one `POST /session/company` chose, else the home one. */
export async function activeMembership(tx: Tx, principal: Principal): Promise<Membership> {
  const row = await tx
    .selectFrom('sessions')
    .select(['company_id'])
    .where('session_key', '=', principal.sessionKey)
    .executeTakeFirst();
  const chosen = row && principal.memberships.find((m) => m.companyId === row.company_id);
  return chosen ?? principal.memberships[0]!;
}

/**
 * A session the server has not seen before is a sign-in: its row of `sessions` is made (acting as its
 * home membership, as it would anyway) and, when the rule lets the contact sign in (`maySignIn`), its
 * last sign-in set to now (`signedIn`, as `MemoryBackend.signIn` does) — once per session key, in a
 * short transaction of its own, so a read stays read-only. Unknown contacts are left to the request's
 * own refusal (401).
 */
export async function recordSignIn(store: Store, principal: Principal, now: Date): Promise<void> {
  const known = await store.transaction(
    (tx) =>
      tx
        .selectFrom('sessions')
        .select(['session_key'])
        .where('session_key', '=', principal.sessionKey)
        .executeTakeFirst(),
    { readOnly: true },
  );
  if (known) return;
  const home = principal.memberships[0]!;
  await store.transaction(
    async (tx) => {
      const contact = await findContact(tx, home.companyId, home.contactId);
      if (!contact) return;
      const made = await tx
        .insertInto('sessions')
        .values({
          session_key: principal.sessionKey,
          company_id: home.companyId,
          contact_id: home.contactId,
          updated_at: now,
        })
        .onConflict((conflict) => conflict.column('session_key').doNothing())
        .returning('session_key')
        .executeTakeFirst();
      if (!made || !maySignIn(contact.status)) return;
      const { lastSignInAt } = signedIn(contact, now.toISOString());
      await tx
        .updateTable('contacts')
        .set({ last_sign_in_at: lastSignInAt ?? null })
        .where('company_id', '=', home.companyId)
        .where('id', '=', home.contactId)
        .execute();
    },
    { isolation: 'read committed' },
  );
}

export interface PipelineOptions {
  store: Store;
  config: ServerConfig;
  verify: Verifier;
}

/** What the pipeline needs of an HTTP request (Hono's, or any other runtime's). */
export interface IncomingRequest {
  method: string;
  url: URL;
  header(name: string): string | undefined;
  text(): Promise<string>;
  params: Record<string, string>;
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** The statuses in which a person may act, as the engine counts them (`adminFilter`'s statuses). */
function mayAct(policy: Policy, status: string): boolean {
  return (adminFilter(policy).status as readonly string[] | undefined)?.includes(status) ?? true;
}

/** The body as the fingerprint takes it: without the route's secret fields (`Route.secrets`). */
function withoutSecrets(route: Route, body: unknown, text: string): string {
  if (!route.secrets?.length || typeof body !== 'object' || body === null) return text;
  const rest = { ...(body as Record<string, unknown>) };
  for (const field of route.secrets) delete rest[field];
  return JSON.stringify(rest);
}

/** The request's JSON body (400 `bad-request` when it is not JSON). */
async function readBody(
  route: Route,
  request: IncomingRequest,
): Promise<{ text: string; body: unknown }> {
  const text = route.method !== 'get' ? await request.text() : '';
  let body: unknown;
  if (text.trim()) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpProblem(400, 'validation', 'bad-request', 'The request body is not JSON.');
    }
  }
  return { text, body };
}

/**
 * Serves a route without a session (`Route.open`): a GET in one read-only REPEATABLE READ
 * transaction (it changes nothing), a POST in one READ COMMITTED transaction whose handler locks what
 * it decides on; the audit rows it notes are written with it. A refusal writes nothing.
 */
async function serveOpen(
  route: Route,
  open: NonNullable<Route['open']>,
  request: IncomingRequest,
  options: PipelineOptions,
): Promise<Answer> {
  const { store, config } = options;
  const { body } = await readBody(route, request);
  const now = config.clock();
  const write = route.method !== 'get';
  return store.transaction(
    async (tx) => {
      const notes: Parameters<OpenContext['audit']>[0][] = [];
      const answer = await open({
        tx,
        store,
        config,
        params: request.params,
        body,
        now,
        audit: (note) => {
          notes.push(note);
        },
      });
      if (notes.length) {
        await tx
          .insertInto('audit_log')
          .values(
            notes.map((note) => ({
              company_id: note.companyId,
              id: `${now.getTime().toString(36).padStart(9, '0')}-${randomUUID()}`,
              at: now,
              actor_id: note.actorId,
              method: route.method.toUpperCase(),
              path: request.url.pathname,
              action: route.operationId,
              record_type: note.recordType,
              record_id: note.recordId,
              version_before: note.versionBefore ?? null,
              version_after: note.versionAfter ?? null,
              status: answer.status,
              code: null,
            })),
          )
          .execute();
      }
      return answer;
    },
    write ? { isolation: 'read committed' } : { readOnly: true },
  );
}

/** Serves one request of `route`. */
export async function serve(
  route: Route,
  request: IncomingRequest,
  options: PipelineOptions,
): Promise<Answer> {
  const { store, config } = options;
  try {
    if (route.open) return await serveOpen(route, route.open, request, options);
    const token = bearer(request.header('authorization'));
    const principal = token ? await options.verify(token) : undefined;
    if (!principal) throw unauthenticated();

    const write = route.method !== 'get' && !route.safe;
    const { text, body } = await readBody(route, request);
    const ifMatch = request.header('if-match');
    const version = parseEtag(ifMatch);
    if (route.versioned && version === undefined) {
      throw new HttpProblem(
        428,
        'conflict',
        'version-required',
        'This write needs If-Match: "<version>".',
      );
    }
    const key =
      write && (route.keepsKey?.(body) ?? true)
        ? request.header('idempotency-key')?.trim() || undefined
        : undefined;
    if (key !== undefined && key.length > 255) {
      throw new HttpProblem(
        400,
        'validation',
        'bad-request',
        'The Idempotency-Key is longer than 255 characters.',
      );
    }

    const now = config.clock();
    await recordSignIn(store, principal, now);
    if (route.rateLimit) {
      const limit = config.rateLimits[route.rateLimit];
      if (limit) {
        const retryAfter = await store.transaction(async (tx) => {
          const membership = await activeMembership(tx, principal);
          return hit(tx, { ...membership, bucket: route.rateLimit!, ...limit, now });
        });
        if (retryAfter !== undefined) {
          throw new AdapterError('rate-limited', 'Too many requests; try again later.', {
            code: 'rate-limited',
            retryAfter,
          });
        }
      }
    }

    const fingerprint = createHash('sha256')
      .update(
        `${route.method} ${request.url.pathname} ${ifMatch ?? ''} ${withoutSecrets(route, body, text)}`,
      )
      .digest('base64url');

    const run = async (tx: Tx): Promise<Answer> => {
      const membership = await activeMembership(tx, principal);
      const { companyId } = membership;

      if (key !== undefined) {
        await tx
          .deleteFrom('idempotency_keys')
          .where('company_id', '=', companyId)
          .where('session_key', '=', principal.sessionKey)
          .where('created_at', '<', new Date(now.getTime() - keyRetentionMs))
          .execute();
        const claimed = await tx
          .insertInto('idempotency_keys')
          .values({
            company_id: companyId,
            session_key: principal.sessionKey,
            key,
            fingerprint,
            status: 0,
            body: 'null',
            headers: '{}',
            created_at: now,
          })
          .onConflict((conflict) => conflict.doNothing())
          .returning('key')
          .executeTakeFirst();
        if (!claimed) {
          const stored = await tx
            .selectFrom('idempotency_keys')
            .select(['fingerprint', 'status', 'body', 'headers'])
            .where('company_id', '=', companyId)
            .where('session_key', '=', principal.sessionKey)
            .where('key', '=', key)
            .executeTakeFirstOrThrow();
          if (stored.fingerprint !== fingerprint) {
            throw new AdapterError(
              'conflict',
              'This Idempotency-Key was used for a different request.',
              {
                code: 'idempotency-key-reused',
              },
            );
          }
          if (stored.status === 0) {
            throw new AdapterError(
              'conflict',
              'The first request with this Idempotency-Key is still running.',
              {
                code: 'idempotency-in-progress',
              },
            );
          }
          return {
            status: stored.status,
            ...(stored.body === null ? {} : { body: stored.body }),
            headers: { ...stored.headers, 'Idempotent-Replayed': 'true' },
          };
        }
      }

      const actor = await findContact(tx, companyId, membership.contactId);
      if (!actor) throw unauthenticated();
      const policy = write
        ? await lockPolicy(tx, companyId, route.editsPolicy ? 'update' : 'share')
        : await getPolicy(tx, companyId);
      if (!mayAct(policy, actor.status)) {
        throw new AdapterError('forbidden', 'A suspended or inactive contact cannot act.', {
          code: 'inactive-actor',
        });
      }
      let notes: AuditNote[] = [];
      const ctx: RequestContext = {
        tx,
        store,
        config,
        companyId,
        actor,
        policy,
        engine: engineFor(companyId, policy),
        memberships: principal.memberships,
        sessionKey: principal.sessionKey,
        params: request.params,
        search: request.url.searchParams,
        body,
        version: version ?? 0,
        now,
        baseUrl: `${request.url.origin}${config.basePath}`,
        audit: (entry) => {
          notes.push(entry);
        },
      };
      if (!write) return route.handler(ctx);

      let answer: Answer;
      await sql`savepoint handler`.execute(tx);
      try {
        answer = await route.handler(ctx);
        await sql`release savepoint handler`.execute(tx);
      } catch (error) {
        if (!AdapterError.is(error) && !(error instanceof HttpProblem)) throw error;
        await sql`rollback to savepoint handler`.execute(tx);
        answer = errorAnswer(error);
        notes = [];
      }
      const code =
        answer.status >= 400
          ? ((answer.body as { error?: { code?: string } })?.error?.code ?? null)
          : null;
      // One row per record the write changed (an import changes many), or one row saying what was
      // asked when it changed none (a refusal, a dry run).
      const audited: (AuditNote | undefined)[] = notes.length ? notes : [undefined];
      await tx
        .insertInto('audit_log')
        .values(
          audited.map((note) => ({
            company_id: companyId,
            id: `${now.getTime().toString(36).padStart(9, '0')}-${randomUUID()}`,
            at: now,
            actor_id: actor.id,
            method: route.method.toUpperCase(),
            path: request.url.pathname,
            action: route.operationId,
            record_type: note?.recordType ?? null,
            record_id: note?.recordId ?? null,
            version_before: note?.versionBefore ?? null,
            version_after: note?.versionAfter ?? null,
            status: answer.status,
            code,
          })),
        )
        .execute();
      if (key !== undefined && answer.status >= 500) {
        // A failure of the server is not an answer to keep: a retry runs the request again.
        await tx
          .deleteFrom('idempotency_keys')
          .where('company_id', '=', companyId)
          .where('session_key', '=', principal.sessionKey)
          .where('key', '=', key)
          .execute();
      } else if (key !== undefined) {
        await tx
          .updateTable('idempotency_keys')
          .set({
            status: answer.status,
            body: JSON.stringify(answer.body ?? null),
            headers: JSON.stringify(answer.headers ?? {}),
          })
          .where('company_id', '=', companyId)
          .where('session_key', '=', principal.sessionKey)
          .where('key', '=', key)
          .execute();
      }
      return answer;
    };

    return await store.transaction(run, {
      readOnly: !write,
      isolation: route.concurrency === 'row-locks' ? 'read committed' : 'serializable',
    });
  } catch (error) {
    if (!AdapterError.is(error) && !(error instanceof HttpProblem)) {
      console.error(
        `[portico-server] ${route.method.toUpperCase()} ${request.url.pathname} failed:`,
        error,
      );
    }
    return errorAnswer(error);
  }
}
