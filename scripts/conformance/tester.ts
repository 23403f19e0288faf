import type { AdapterError, AdapterErrorKind } from '../../src/core/adapter/errors.js';
import type { PortalAdapter } from '../../src/core/adapter/types.js';

/** What a conformance check works with: the people it acts as and its tester (no check list here). */

/** The people the checks act as: tokens of one test company (and optionally another company). */
export interface ConformanceTokens {
  generalAdmin: string;
  registrationAdmin: string;
  systemUser: string;
  /** A general admin of another company, for the tenancy checks (skipped without it). */
  otherCompanyAdmin?: string;
}
export type Person = keyof ConformanceTokens;

/** A check that cannot run against this configuration (e.g. no second company's token). */
export class CheckSkipped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckSkipped';
  }
}

/** A raw answer of {@link Tester.http}. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** What a check works with. */
export interface Tester {
  /** A `RestAdapter` acting as `person`. */
  as(person: Person): PortalAdapter;
  /** A plain request below the base URL, as `person` (or with no token at all: `null`). */
  http(
    person: Person | null,
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string>; token?: string },
  ): Promise<RawAnswer>;
  /** Fails the check unless `condition` holds; the last exchange is the reproduction. */
  expect(condition: unknown, message: string): void;
  /** Awaits a call that must be refused with `kind` (and `code`); answers the error. */
  refusal(promise: Promise<unknown>, kind: AdapterErrorKind, code?: string): Promise<AdapterError>;
  /**
   * Says what this check could not cover against this configuration (a read-only run with nothing to
   * read): the check still passes on what it did check, and the report prints the note beside it and
   * counts it in the summary — not a skip, which would say nothing was checked.
   */
  note(message: string): void;
  /** Runs after the check, pass or fail (to delete what it created). */
  cleanup(work: () => Promise<unknown>): void;
  /** Whether this run may create records (`--scope all`): a read check with nothing to read makes it. */
  readonly mayWrite: boolean;
  /** The token of `person`, or a skip when the configuration has none. */
  token(person: Person): string;
}
