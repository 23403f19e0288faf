import { getResponse, http, HttpResponse } from 'msw';
import type { HttpHandler, RequestHandler } from 'msw';
import { AdapterError } from '../core/adapter/errors.js';
import { kindForStatus, toErrorBody } from '../core/adapter/rest/wire.js';

/**
 * Fault handlers for tests and stories: prepend one with `worker.use(...)` and the next matching
 * request(s) misbehave, then the contract's handlers answer again. Each takes which requests it hits.
 */
export interface FaultMatch {
  /** The contract's base URL. Default `/api`. */
  baseUrl?: string;
  /** The HTTP method hit (lower case). Default: any. */
  method?: 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all';
  /** A path below the base URL, msw syntax (`contacts/:id`). Default: every path. */
  path?: string;
  /** How many matching requests misbehave before the handler steps aside. Default 1. */
  times?: number;
}

/** A handler that takes over the first `times` matching requests and lets the later ones through. */
function fault(
  match: FaultMatch,
  answer: (request: Request) => Promise<Response> | Response,
): HttpHandler {
  const baseUrl = (match.baseUrl ?? '/api').replace(/\/+$/, '');
  let left = match.times ?? 1;
  return http[match.method ?? 'all'](`${baseUrl}/${match.path ?? '*'}`, ({ request }) => {
    if (left <= 0) return undefined;
    left -= 1;
    return answer(request);
  });
}

/**
 * The next matching request answers `status` with the contract's error body (kind from the status,
 * `code` as given or `http-<status>`). For 429 and 503 a `Retry-After` header is sent (`retryAfter`
 * seconds, default 1).
 */
export function failNext(
  status: number,
  match: FaultMatch & { code?: string; retryAfter?: number } = {},
): HttpHandler {
  return fault(match, () => {
    const error = new AdapterError(kindForStatus(status), `Injected failure ${status}.`, {
      code: match.code ?? `http-${status}`,
    });
    const headers: Record<string, string> = {};
    if (status === 429 || status === 503) headers['Retry-After'] = String(match.retryAfter ?? 1);
    return HttpResponse.json(toErrorBody(error), { status, headers });
  });
}

/** The next matching request fails as a network failure (no answer at all: `fetch` rejects). */
export function networkError(match: FaultMatch = {}): HttpHandler {
  return fault(match, () => HttpResponse.error());
}

/**
 * The next matching request reaches the backend through `handlers` — its effect happens — but its
 * answer is lost on the way back (a network failure). What a retry must survive without a duplicate.
 */
export function loseNextResponse(
  handlers: readonly RequestHandler[],
  match: FaultMatch = {},
): HttpHandler {
  return fault(match, async (request) => {
    await getResponse([...handlers], request);
    return HttpResponse.error();
  });
}

/** The next matching request answers 200 with `body` as JSON, whatever the contract says (a broken backend). */
export function answerNext(
  body: unknown,
  match: FaultMatch & { status?: number } = {},
): HttpHandler {
  return fault(match, () =>
    HttpResponse.json(body as Record<string, unknown>, { status: match.status ?? 200 }),
  );
}

/** A handler from {@link stallNext}: `release()` ends every request it is holding (as a network failure). */
export type StallHandler = HttpHandler & { release(): void };

/**
 * The next matching request never answers until the caller aborts or times out — or until
 * `release()`, which fails every held request (and any that arrives later) as a network failure.
 * Release before stopping a worker: msw's `stop()` waits for requests still in flight.
 */
export function stallNext(match: FaultMatch = {}): StallHandler {
  const held = new Set<() => void>();
  let released = false;
  const handler = fault(match, async (request) => {
    // A request that reaches the handler after `release()` (it may, under load) is not held either.
    if (released) return HttpResponse.error();
    await new Promise<void>((resolve) => {
      const done = () => {
        held.delete(done);
        resolve();
      };
      held.add(done);
      request.signal?.addEventListener('abort', done, { once: true });
    });
    return HttpResponse.error();
  });
  return Object.assign(handler, {
    release: () => {
      released = true;
      for (const done of [...held]) done();
    },
  });
}
