/**
 * The word a row's result is told in once the import has run: the same on screen and in the result
 * file, so a person who reads one finds the other saying the same ("Não importado" in both, never
 * "Erro" in one). The element words it from its catalogue (`result.<word>`); the session writes it.
 *
 * @module
 */
import type { RowIssue } from './issues.js';
import type { RowOutcome } from './plan.js';

/** What happened to a row when it was written (reported by the element from the adapter's answer). */
export interface RowResult {
  index: number;
  status: 'created' | 'updated' | 'skipped' | 'failed';
  /** Why it failed: an adapter error code or a field code. */
  code?: string;
  field?: string;
  /**
   * Every reason the adapter gave for refusing the row (each bad field, each refusal), when it gave
   * them: the result file tells them all, as the screen does; `code`/`field` are the first.
   */
  problems?: { code: string; field?: string; params?: Record<string, string | number> }[];
}

/** What became of a row, as a person is told it. */
export const rowResultWords = Object.freeze([
  'created',
  'updated',
  'skipped',
  'failed',
  'not-sent',
  'not-written',
] as const);
export type RowResultWord = (typeof rowResultWords)[number];

/**
 * The word of a row planned as `outcome`, given the adapter's answer `status` when it was sent:
 * the answer when there is one; else a planned error or a row left out is `not-sent` or `skipped`,
 * and a row to write that was never sent is `not-written` when the import was cancelled (`not-sent`
 * otherwise).
 */
export function rowResultWord(
  outcome: RowOutcome,
  status: RowResult['status'] | undefined,
  cancelled: boolean,
): RowResultWord {
  if (status !== undefined) return status;
  if (outcome === 'skip') return 'skipped';
  if (outcome === 'error') return 'not-sent';
  return cancelled ? 'not-written' : 'not-sent';
}

/**
 * The planned issues a row's result tells, on screen and in the result file: all of them for a row
 * never sent; for a row the adapter answered, its errors and skips but not its warnings — they were
 * for the review, and the row went through.
 */
export function resultIssues(
  issues: readonly RowIssue[],
  status: RowResult['status'] | undefined,
): RowIssue[] {
  return status === undefined
    ? [...issues]
    : issues.filter((issue) => issue.severity !== 'warning');
}
