import { AdapterError, type AdapterErrorKind } from '../../../src/core/adapter/errors.js';
import { statusByKind, toErrorBody } from '../../../src/core/adapter/rest/wire.js';
import type { Answer } from '../../../src/mocks/routes.js';

// One answer shape, one success helper and one envelope check for the msw handlers and this server.
export { envelope, object, ok, type Answer } from '../../../src/mocks/routes.js';

/**
 * A refusal the contract answers with a status of its own rather than a kind's: 401, 413, and
 * 428 / 400 from the HTTP layer. Thrown like an `AdapterError`, answered with the same error body.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly kind: AdapterErrorKind,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export const unauthenticated = (): HttpProblem =>
  new HttpProblem(401, 'forbidden', 'unauthenticated', 'Sign in first.', {
    'WWW-Authenticate': 'Bearer',
  });

/** Codes of a request the server cannot even read: 400 rather than 422. */
const malformed = new Set(['bad-request', 'invalid-query', 'invalid-cursor']);

/** Whatever a route threw, as the contract's error answer (anything unexpected is a 500). */
export function errorAnswer(error: unknown): Answer {
  if (error instanceof HttpProblem) {
    return {
      status: error.status,
      body: toErrorBody(new AdapterError(error.kind, error.message, { code: error.code })),
      headers: error.headers,
    };
  }
  if (AdapterError.is(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
    const status = malformed.has(error.code) ? 400 : statusByKind[error.kind];
    return { status, body: toErrorBody(error), headers };
  }
  return {
    status: 500,
    body: toErrorBody(
      new AdapterError('network', 'The server failed; nothing was written.', {
        code: 'server-error',
      }),
    ),
  };
}
