import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type PermissionsDiscardDetail } from '../../events.js';
import { matrixViews, type MatrixView } from './matrix-types.js';

/** What the guard reads of the matrix: what is staged, how to say it, how to ask, how to drop it. */
export interface LeaveGuardOptions {
  /** How many single edits are staged in `view`. */
  count(view: MatrixView): number;
  /** The sentences that say what the staged edits of `views` do (the element words them). */
  summary(views: MatrixView[]): string[];
  /** Asks the person whether to discard what is staged; resolves `true` when they choose to. */
  ask(): Promise<boolean>;
  /** Drops the staged edits of `view`. */
  discard(view: MatrixView): void;
}

/**
 * Keeps staged permission edits from vanishing unsaid: while anything is staged, leaving or reloading
 * the page asks first (the browser's own `beforeunload` prompt); a host about to navigate or swap the
 * adapter calls {@link confirmLeave} (the element's `confirmDiscard()`), which asks the person; and
 * every discard fires the cancelable `portico-permissions-discard-request` first, so a host may keep
 * the edits instead.
 */
export class LeaveGuardController implements ReactiveController {
  private asking: Promise<boolean> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: LeaveGuardOptions,
  ) {
    host.addController(this);
  }

  /** The views with staged edits. */
  views(): MatrixView[] {
    return matrixViews.filter((view) => this.options.count(view) > 0);
  }

  /** How many single edits are staged in every view together. */
  count(): number {
    return matrixViews.reduce((sum, view) => sum + this.options.count(view), 0);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /**
   * Before the host leaves (navigates, views as someone else): `true` at once when nothing is staged;
   * otherwise asks the person, and `true` once they chose to discard and no listener vetoed it (the
   * edits are then dropped), `false` when they keep editing. Asked twice meanwhile, it asks once.
   */
  confirmLeave(): Promise<boolean> {
    if (this.count() === 0) return Promise.resolve(true);
    this.asking ??= this.options
      .ask()
      .then((discard) => discard && this.drop('leave', this.views()))
      .finally(() => (this.asking = undefined));
    return this.asking;
  }

  /** The person pressed Discard in `view`: drops its edits unless a listener vetoes. */
  discard(view: MatrixView): boolean {
    return this.options.count(view) > 0 && this.drop('discard', [view]);
  }

  private drop(cause: PermissionsDiscardDetail['cause'], views: MatrixView[]): boolean {
    const detail: PermissionsDiscardDetail = {
      cause,
      views,
      count: views.reduce((sum, view) => sum + this.options.count(view), 0),
      summary: this.options.summary(views),
    };
    if (!emit(this.host, 'portico-permissions-discard-request', detail)) return false;
    for (const view of views) this.options.discard(view);
    return true;
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.count() === 0) return;
    // The browser shows its own "Leave site? Changes you made may not be saved" prompt.
    event.preventDefault();
    // Older engines ask only when `returnValue` is set.
    event.returnValue = true;
  };
}
