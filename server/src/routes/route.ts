import type * as z from 'zod';
import type { Answer } from '../http/answers.js';
import type { OpenContext, RequestContext } from '../http/context.js';

/** A query parameter of a list, for the OpenAPI document. */
export interface ListParams {
  /** Filters of any number of values (`status=a&status=b`). */
  filterKeys: readonly string[];
  /** Filters of one value (`contactId`). */
  singleKeys?: readonly string[];
  sortFields: readonly string[];
}

/** One response of an endpoint, for the OpenAPI document. */
export interface ResponseSpec {
  description: string;
  /** The body's schema (a record, a page…); errors use the error envelope. */
  schema?: z.ZodType;
  /** Headers the answer carries (`ETag`, `Location`). */
  headers?: readonly string[];
}

/**
 * One endpoint of the contract: how it is served (the pipeline reads `versioned`, `rateLimit`), and how
 * it is documented (the OpenAPI document is generated from the same table, so it cannot drift).
 */
export interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Below the base path, OpenAPI style: `/contacts/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** A list: its query parameters. */
  list?: ListParams;
  /** The request body's schema (documentation: the handler checks the body with the core rules). */
  body?: z.ZodType;
  responses: Record<number, ResponseSpec>;
  /** A write to a versioned record: `If-Match` required (428 without). */
  versioned?: boolean;
  /** A create: `Idempotency-Key` MUST be honoured (every write honours it). */
  create?: boolean;
  /**
   * How this write keeps its facts true until it commits (server/README.md, "Concurrency"):
   * - `row-locks`: READ COMMITTED; the handler locks the rows its decision's facts come from, in the
   *   order of `db/facts.ts`, so racing writes wait for each other rather than abort;
   * - absent: SERIALIZABLE, run again when PostgreSQL aborts it for a conflict — the safe default for
   *   a write that does not say which rows it depends on.
   * Either way the pipeline locks the company's policy row first (FOR SHARE; FOR UPDATE with
   * `editsPolicy`), so no write decides under a policy that is being replaced.
   */
  concurrency?: 'row-locks';
  /** `PUT /policy`: the policy row is locked FOR UPDATE, excluding every other write of the company. */
  editsPolicy?: boolean;
  /**
   * A POST that changes nothing (`POST /contacts/lookup`: its keys are personal data, kept out of the
   * URL): served as a read — one read-only REPEATABLE READ transaction, no audit row, no key.
   */
  safe?: boolean;
  /**
   * Whether this request's `Idempotency-Key` is honoured, given its parsed body (default: always). A
   * dry run writes nothing, so its key is neither replayed nor kept.
   */
  keepsKey?(body: unknown): boolean;
  /** A per-actor rate-limit bucket (`ServerConfig.rateLimits`). */
  rateLimit?: string;
  /** Who may call it beyond "anyone who can act", for the document (e.g. "general admins"). */
  audience?: string;
  /**
   * Body fields that are secrets (passwords): left out of the `Idempotency-Key` fingerprint, so the
   * database never keeps even a fast hash of them.
   */
  secrets?: readonly string[];
  /**
   * Served without a session (the invitee's side: the path's token finds the company). The pipeline
   * calls this instead of `handler`; no bearer token, no `If-Match`, no `Idempotency-Key`.
   */
  open?: (ctx: OpenContext) => Promise<Answer>;
  handler(ctx: RequestContext): Promise<Answer>;
}
