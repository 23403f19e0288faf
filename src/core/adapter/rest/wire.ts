import * as z from 'zod';
import type { AdapterError, AdapterErrorKind, FieldError } from '../errors.js';

/**
 * What travels on the wire between `RestAdapter` and a backend implementing `docs/rest-api.md`:
 * the error body, the status a kind answers with, ETags and the `Retry-After` header. Shared by the
 * adapter and the msw handlers so both sides speak exactly one dialect.
 */

/** The six kinds, as a schema (a body naming anything else is a bad response). */
export const adapterErrorKinds = [
  'validation',
  'conflict',
  'forbidden',
  'not-found',
  'network',
  'rate-limited',
] as const satisfies readonly AdapterErrorKind[];

/** One bad field as sent in an error body. */
export const fieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/**
 * The error body every non-2xx answer carries:
 * `{ "error": { "kind", "code", "message", "fields": [...], "current" } }`.
 * Only `code` is required; the adapter falls back to the HTTP status for everything else.
 */
export const errorBodySchema = z.object({
  error: z.object({
    kind: z.enum(adapterErrorKinds).optional(),
    code: z.string().min(1),
    message: z.string().optional(),
    fields: z.array(fieldErrorSchema).optional(),
    current: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The HTTP status a backend answers each kind with (`network` is any 5xx; 503 is what the mocks use). */
export const statusByKind: Record<AdapterErrorKind, number> = {
  validation: 422,
  conflict: 409,
  forbidden: 403,
  'not-found': 404,
  'rate-limited': 429,
  network: 503,
};

/**
 * The kind an HTTP error status maps to: 400/422 validation; 409, 412 and 428 conflict; 401 and 403
 * forbidden; 404 and 410 not-found; 429 rate-limited; everything else (5xx, unexpected 4xx) network.
 */
export function kindForStatus(status: number): AdapterErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 409:
    case 412:
    case 428:
      return 'conflict';
    case 401:
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 429:
      return 'rate-limited';
    default:
      return 'network';
  }
}

/** The error body for an `AdapterError` (what a backend — or the msw handlers — sends). */
export function toErrorBody(error: AdapterError): ErrorBody {
  const body: ErrorBody['error'] = {
    kind: error.kind,
    code: error.code,
    message: error.message,
    fields: error.fields.map((f: FieldError) => ({ ...f })),
  };
  if (error.current !== undefined) body.current = error.current;
  return { error: body };
}

/** A strong ETag for a record version: `"7"`. */
export function formatEtag(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` / `ETag` header names, or `undefined` when absent or not a version
 * (`*`, a list, garbage). A weak validator (`W/"7"`) is read as its version.
 */
export function parseEtag(header: string | null | undefined): number | undefined {
  if (!header) return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(header);
  if (!match?.[1]) return undefined;
  const version = Number(match[1]);
  return Number.isSafeInteger(version) ? version : undefined;
}

/**
 * Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP-date (measured from `now`).
 * `undefined` when absent or unreadable; never negative.
 */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
