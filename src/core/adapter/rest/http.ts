import ky, { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import type { KyInstance } from 'ky';
import type * as z from 'zod';
import { AdapterError } from '../errors.js';
import { errorBodySchema, formatEtag, kindForStatus, parseRetryAfter } from './wire.js';

/** How a `RestAdapter` reaches its backend. Every field but `baseUrl` has a sensible default. */
export interface RestAdapterOptions {
  /** Where the contract is served, e.g. `https://portal.example.com/api/portico/v1` or `/api`. */
  baseUrl: string;
  /**
   * The bearer token of the signed-in person, asked before every request (so a refreshed token is
   * picked up). Nothing is sent when it returns `undefined`, `null` or `''`.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Milliseconds each attempt may take before it counts as a `network` failure (code `timeout`). */
  timeout?: number;
  /** How many times an idempotent request is retried after a network failure, a timeout, 408 or 5xx. */
  retries?: number;
  /** Delay in milliseconds before retry number `attempt` (1-based). Default: 300 ms doubling, at most 5 s. */
  retryDelay?: (attempt: number) => number;
  /** The `fetch` to use (a framework's SSR fetch, an instrumented one). Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Extra headers sent with every request (e.g. an API version or a tenant hint of the vendor's own). */
  headers?: Record<string, string>;
  /** Makes a fresh `Idempotency-Key`. Default: a random UUID v4 ({@link randomKey}). */
  idempotencyKey?: () => string;
  /** The clock `Retry-After` dates are measured against. Default: `new Date()`. */
  now?: () => Date;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One request of the contract, before it becomes HTTP. */
export interface Call<T> {
  method: Method;
  /** Path below the base URL, segments already encoded (`contacts/c%2F1`). */
  path: string;
  searchParams?: URLSearchParams;
  json?: unknown;
  /** Sent as `If-Match: "<version>"`. */
  version?: number;
  /**
   * Sent as `Idempotency-Key`. Every write carries one; a create's key also makes the POST safe to
   * retry (the backend answers a repeated key with the first answer, never a second record).
   */
  idempotencyKey?: string;
  /** A create: a POST that may be retried because it carries an idempotency key. */
  create?: boolean;
  /** A POST that changes nothing (a lookup whose keys do not fit in a URL): retried like a GET. */
  safe?: boolean;
  signal?: AbortSignal | undefined;
  /** The expected body, or `null` when the answer has none (204). */
  schema: z.ZodType<T> | null;
}

/**
 * A random UUID v4. `crypto.randomUUID()` exists only in secure contexts (HTTPS, localhost); a portal
 * served over plain HTTP still has `crypto.getRandomValues()`, so the key is built from that there.
 */
export function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const defaultDelay = (attempt: number): number => Math.min(300 * 2 ** (attempt - 1), 5_000);

/**
 * The HTTP side of `RestAdapter`: ky with the contract's headers, retries only where a repeat is
 * harmless, every failure turned into an `AdapterError`, every answer checked against its schema.
 * This is the library's only caller of `fetch`.
 */
export class RestTransport {
  private readonly ky: KyInstance;
  private readonly getToken: RestAdapterOptions['getToken'];
  private readonly retries: number;
  private readonly retryDelay: (attempt: number) => number;
  private readonly makeKey: () => string;
  private readonly now: () => Date;

  constructor(options: RestAdapterOptions) {
    this.getToken = options.getToken;
    this.retries = Math.max(0, Math.floor(options.retries ?? 2));
    this.retryDelay = options.retryDelay ?? defaultDelay;
    this.makeKey = options.idempotencyKey ?? randomKey;
    this.now = options.now ?? (() => new Date());
    const userFetch = options.fetch;
    this.ky = ky.create({
      prefix: options.baseUrl,
      timeout: options.timeout ?? 10_000,
      headers: { Accept: 'application/json', ...options.headers },
      // Bound lazily so a test or host that swaps `globalThis.fetch` (msw, instrumentation) is honoured.
      fetch: (input, init) => (userFetch ?? globalThis.fetch)(input, init),
    });
  }

  /** A fresh idempotency key. */
  key(): string {
    return this.makeKey();
  }

  /** Performs one call of the contract and returns its checked body. */
  async send<T>(call: Call<T>): Promise<T> {
    const retriable =
      call.method === 'get' ||
      call.method === 'put' ||
      call.method === 'delete' ||
      call.create === true ||
      call.safe === true;
    // An aborted caller starts nothing: the abort reason (an AbortError) is thrown as it is.
    call.signal?.throwIfAborted();
    let text: string;
    try {
      const headers: Record<string, string> = {};
      const token = await this.getToken?.();
      if (token) headers.Authorization = `Bearer ${token}`;
      if (call.version !== undefined) headers['If-Match'] = formatEtag(call.version);
      if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey;
      text = await this.ky(call.path, {
        method: call.method,
        headers,
        ...(call.searchParams && call.searchParams.size > 0
          ? { searchParams: call.searchParams }
          : {}),
        ...(call.json !== undefined ? { json: call.json } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
        retry: {
          limit: retriable ? this.retries : 0,
          methods: retriable ? [call.method] : [],
          // 429 is not retried here: the caller hears `rate-limited` with `retryAfter` and decides.
          statusCodes: [408, 500, 502, 503, 504],
          afterStatusCodes: [503],
          maxRetryAfter: 5_000,
          retryOnTimeout: true,
          delay: this.retryDelay,
        },
      }).text();
    } catch (error) {
      throw this.toAdapterError(error, call.signal);
    }
    if (call.schema === null) return undefined as T;
    return this.parse(text, call);
  }

  private parse<T>(text: string, call: Call<T>): T {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (cause) {
      throw badResponse(call, 'the body is not JSON', cause);
    }
    const result = (call.schema as z.ZodType<T>).safeParse(body);
    if (!result.success) {
      const where = result.error.issues
        .slice(0, 3)
        .map((issue) => issue.path.join('.') || '(root)')
        .join(', ');
      throw badResponse(call, `unexpected shape at ${where}`, result.error);
    }
    return result.data;
  }

  /** Maps anything a request can throw to an `AdapterError`; an abort is rethrown untouched. */
  private toAdapterError(error: unknown, signal: AbortSignal | undefined): unknown {
    if (AdapterError.is(error)) return error;
    if (signal?.aborted || (error as { name?: unknown } | null)?.name === 'AbortError')
      return error;
    if (isHTTPError(error)) {
      const { status, headers } = error.response;
      const parsed = errorBodySchema.safeParse(error.data);
      const body = parsed.success ? parsed.data.error : undefined;
      const kind = kindForStatus(status);
      const retryAfter = parseRetryAfter(headers.get('Retry-After'), this.now());
      return new AdapterError(kind, body?.message ?? `The server answered ${status}.`, {
        code: body?.code ?? defaultCode(status),
        fields: body?.fields ?? [],
        current: body?.current,
        ...(retryAfter !== undefined ? { retryAfter } : {}),
        cause: error,
      });
    }
    if (isTimeoutError(error)) {
      return new AdapterError('network', 'The server did not answer in time.', {
        code: 'timeout',
        cause: error,
      });
    }
    if (isNetworkError(error) || error instanceof TypeError) {
      return new AdapterError('network', 'The server could not be reached.', {
        code: 'unreachable',
        cause: error,
      });
    }
    return new AdapterError('network', 'The request failed unexpectedly.', {
      code: 'unexpected',
      cause: error,
    });
  }
}

function badResponse(call: Call<unknown>, detail: string, cause: unknown): AdapterError {
  return new AdapterError(
    'network',
    `The server's answer to ${call.method.toUpperCase()} ${call.path} was not understood: ${detail}.`,
    { code: 'bad-response', cause },
  );
}

/** The code an error gets when its body names none. */
function defaultCode(status: number): string {
  switch (status) {
    case 400:
      return 'bad-request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 409:
    case 412:
      return 'stale-version';
    case 428:
      return 'version-required';
    case 429:
      return 'rate-limited';
    case 422:
      return 'invalid';
    default:
      return status >= 500 ? 'server-error' : 'unexpected-status';
  }
}
