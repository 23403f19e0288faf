import type { FieldError } from '../../core/adapter/errors.js';
import type { Explanation } from '../../core/permissions/types.js';

/** The three views of `<permission-matrix>`. */
export type MatrixView = 'role' | 'person' | 'approvers';

/** The views, in the order of their tabs. */
export const matrixViews: readonly MatrixView[] = ['role', 'person', 'approvers'];

/**
 * How much of the matrix the signed-in actor may change:
 * - `edit`: they hold the policy's grant capability; each cell is still checked by the engine;
 * - `explain`: an administrator without it: every control is shown, disabled, with the reason;
 * - `view`: someone with the policy's default role: a plain read-only view, no edit controls.
 */
export type MatrixMode = 'edit' | 'explain' | 'view';

/**
 * Why a control is disabled: an engine refusal; the admin role's hold of the grant capability, which
 * no policy may condition or remove (`locked`); a policy the change would make invalid; a capability
 * that comes with the person's role (`inherited`).
 */
export type CellReason =
  | { kind: 'engine'; explanation: Explanation }
  | { kind: 'locked'; role: string; capability: string }
  | { kind: 'invalid'; error: FieldError }
  | { kind: 'inherited'; role: string };

/** The outcome of the last save, for the live region. */
export interface SaveNotice {
  tone: 'success' | 'warning' | 'error' | 'info';
  kind: 'saved' | 'conflict' | 'vetoed' | 'failed';
  error?: unknown;
}
