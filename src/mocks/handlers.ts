import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { AdapterError } from '../core/adapter/errors.js';
import { MemoryAdapter } from '../core/adapter/memory/index.js';
import type { MemoryBackend } from '../core/adapter/memory/index.js';
import { parseEtag, statusByKind, toErrorBody } from '../core/adapter/rest/wire.js';
import type { PortalAdapter } from '../core/adapter/types.js';
import { routes } from './routes.js';
import type { Answer, Context } from './routes.js';

/** Options of {@link createHandlers}. */
export interface MockApiOptions {
  /** The store every request reads and writes; share one backend between handlers and a test's checks. */
  backend: MemoryBackend;
  /** Where the contract is served; the same value is the `RestAdapter`'s `baseUrl`. Default `/api`. */
  baseUrl?: string;
  /**
   * The acting contact for a bearer token, or `undefined` for an unknown token (answered 401).
   * Default: the token *is* the contact id — `new RestAdapter({ baseUrl, getToken: () => actorId })`.
   */
  actorFor?: (token: string) => string | undefined;
}

/** A stored answer to an idempotency key, with what the first request was. */
interface Replay {
  fingerprint: string;
  answer: Promise<Answer>;
}

/** Codes of a request the server cannot even read: 400 rather than 422. */
const malformed = new Set(['bad-request', 'invalid-query', 'invalid-cursor']);

/** An `AdapterError` (or anything else thrown) as the contract's error answer. */
function errorAnswer(error: unknown): Answer {
  if (AdapterError.is(error) && error.code === 'unknown-actor') {
    // The token names nobody: the contract's 401, not a permission refusal.
    return {
      status: 401,
      body: toErrorBody(
        new AdapterError('forbidden', 'Sign in first.', { code: 'unauthenticated' }),
      ),
    };
  }
  if (AdapterError.is(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
    // A request the server cannot even read is a 400; a well-formed request with bad values, 422.
    const status = malformed.has(error.code) ? 400 : statusByKind[error.kind];
    return { status, body: toErrorBody(error), headers };
  }
  const failure = new AdapterError('network', 'The mock backend failed.', {
    code: 'server-error',
    cause: error,
  });
  return { status: 500, body: toErrorBody(failure) };
}

function respond(answer: Answer): Response {
  if (answer.body === undefined)
    return new HttpResponse(null, { status: answer.status, headers: answer.headers });
  return HttpResponse.json(answer.body as Record<string, unknown>, {
    status: answer.status,
    headers: answer.headers,
  });
}

function problem(
  status: number,
  kind: AdapterError['kind'],
  code: string,
  message: string,
): Response {
  return respond({ status, body: toErrorBody(new AdapterError(kind, message, { code })) });
}

/**
 * msw 3 request handlers implementing the REST contract of `docs/rest-api.md` on top of a
 * `MemoryBackend`: the very rules `MemoryAdapter` enforces, served over HTTP. Each bearer token acts as
 * one person (its own `MemoryAdapter` on the shared backend); `If-Match` is required on versioned writes
 * and `ETag` answered on records; an `Idempotency-Key` replays the first answer (or refuses a reused key
 * with a different request); every `AdapterError` becomes the contract's status and error body.
 *
 * @example
 * ```ts
 * const worker = setupWorker(...createHandlers({ backend: new MemoryBackend({ data }) }));
 * ```
 */
export function createHandlers(options: MockApiOptions): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const actorFor = options.actorFor ?? ((token: string) => token);
  const sessions = new Map<string, PortalAdapter>();
  const replays = new Map<string, Replay>();
  const nobody: PortalAdapter = new MemoryAdapter({ backend: options.backend, actorId: '' });

  const adapterFor = (token: string): PortalAdapter | undefined => {
    let adapter = sessions.get(token);
    if (!adapter) {
      const actorId = actorFor(token);
      if (!actorId) return undefined;
      adapter = new MemoryAdapter({ backend: options.backend, actorId });
      sessions.set(token, adapter);
    }
    return adapter;
  };

  return routes(baseUrl).map((route) =>
    http[route.method](`${baseUrl}/${route.path}`, async ({ request, params }) => {
      const token = /^Bearer\s+(.+)$/i
        .exec(request.headers.get('Authorization') ?? '')?.[1]
        ?.trim();
      // The invitee's routes need no session: their adapter acts as nobody.
      const adapter = route.public ? nobody : token ? adapterFor(token) : undefined;
      if (!adapter) return problem(401, 'forbidden', 'unauthenticated', 'Sign in first.');

      const text = route.method === 'get' ? '' : await request.text();
      let body: unknown;
      if (text) {
        try {
          body = JSON.parse(text);
        } catch {
          return problem(400, 'validation', 'bad-request', 'The request body is not JSON.');
        }
      }

      const version = parseEtag(request.headers.get('If-Match'));
      if (route.versioned && version === undefined) {
        return problem(
          428,
          'conflict',
          'version-required',
          'This write needs If-Match: "<version>".',
        );
      }

      const url = new URL(request.url);
      const ctx: Context = {
        adapter,
        params: Object.fromEntries(
          Object.entries(params).map(([key, value]) => [
            key,
            Array.isArray(value) ? (value[0] ?? '') : (value ?? ''),
          ]),
        ),
        search: url.searchParams,
        body,
        version: version ?? 0,
        idempotencyKey: request.headers.get('Idempotency-Key') ?? undefined,
      };
      const run = () => route.run(ctx).catch(errorAnswer);

      if (route.method === 'get' || !ctx.idempotencyKey) return respond(await run());

      const slot = `${route.public ? '' : token}\n${ctx.idempotencyKey}`;
      const fingerprint = `${route.method} ${url.pathname} ${request.headers.get('If-Match') ?? ''} ${text}`;
      const previous = replays.get(slot);
      if (previous) {
        if (previous.fingerprint !== fingerprint) {
          return problem(
            409,
            'conflict',
            'idempotency-key-reused',
            'This Idempotency-Key was used for a different request.',
          );
        }
        const answer = await previous.answer;
        return respond({
          ...answer,
          headers: { ...answer.headers, 'Idempotent-Replayed': 'true' },
        });
      }
      const answer = run();
      replays.set(slot, { fingerprint, answer });
      const settled = await answer;
      // A failure of the server itself is not an answer to keep: a retry runs the request again.
      if (settled.status >= 500) replays.delete(slot);
      return respond(settled);
    }),
  );
}
