import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GridFocusController } from '../../controllers/grid-focus-controller.js';
import { CellMenuController } from '../../controllers/permission-matrix/cell-menu.js';
import { LeaveGuardController } from '../../controllers/permission-matrix/leave-guard.js';
import { MatrixController } from '../../controllers/permission-matrix/matrix-controller.js';
import { matrixViews, type MatrixView } from '../../controllers/permission-matrix/matrix-types.js';
import { PortalController } from '../../controllers/portal-controller.js';
import type { PortalAdapter } from '../../core/adapter/types.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { DialogController } from '../internal/dialog.js';
import { renderApproversView, type ApproversView } from './approvers.view.js';
import { renderDiscardDialog } from './discard.view.js';
import type { MatrixViewBase } from './matrix.view.js';
import { permissionMatrixStyles } from './permission-matrix.styles.js';
import { MatrixWords, matrixCatalogue } from './permission-matrix.words.js';
import { renderPersonView, type PersonView } from './person.view.js';
import { renderReview, type ReviewView } from './review.view.js';
import { renderRoleView, type RoleView } from './role.view.js';
import { renderTabs } from './tabs.view.js';

export type { MatrixView } from '../../controllers/permission-matrix/matrix-types.js';
export type { PermissionsDiscardDetail, PermissionsSaveDetail } from '../../events.js';

/**
 * Who may do what: the roles × capabilities table of the active policy, one person's effective
 * permissions (role, extra grants, per-site permissions), and who approves budgets and tickets.
 * Every cell is enabled only when the permission engine allows the change, and a disabled cell says
 * why, in words, to sighted and screen-reader users alike. Edits are staged and shown as a
 * plain-language summary ("Maria Souza gains: approves budgets; loses: edits contacts") before they
 * are saved through the adapter with the record's version; a conflict reloads the current values and
 * keeps the staged edits, re-applied on top of them.
 *
 * What the signed-in person may change decides what they see: someone who may grant permissions edits;
 * another administrator sees every control disabled, each with its reason; a person with the policy's
 * default role (a system user) sees a read-only view with no edit controls.
 *
 * A role-table cell takes any state a role can hold a capability in — Yes, When granted, Own contact
 * only, No — from its menu; each state is offered or refused (with the reason) by the same core rules
 * a backend runs on the policy.
 *
 * Staged edits never vanish unsaid: while any are staged, reloading or leaving the page asks first
 * (the browser's prompt), and a host about to navigate away or swap the adapter awaits
 * `confirmDiscard()`, which asks the person in a dialog. `unsavedChanges` says how many there are.
 *
 * Keyboard: each table is an ARIA grid with one tab stop — arrows move between cells, Home/End to
 * the ends of a row, Ctrl+Home/End to the ends of the grid, PageUp/PageDown five rows, Space or Enter
 * toggles the focused cell (in the role table, opens its menu of states: arrows, Home and End move,
 * Enter chooses, Escape closes). The view tabs move with the arrows, Home and End.
 *
 * `updateComplete` resolves once the element has rendered in the words of its locale (they load on
 * demand: the first render waits for them).
 *
 * @summary Views and edits permissions by role, by person and the approvers, through the engine.
 * @tag permission-matrix
 *
 * @csspart tabs - The row of view tabs.
 * @csspart tab - One view tab.
 * @csspart panel - The panel of the active view.
 * @csspart grid - A permissions table (role table, a person's permissions, their sites).
 * @csspart cell - One cell of a permissions table.
 * @csspart cell-menu - The menu of states of a role-table cell.
 * @csspart discard-dialog - The dialog that asks before staged edits are discarded.
 * @csspart reason - The text that says why a cell cannot be changed.
 * @csspart picker - The people search (by person; adding approvers).
 * @csspart role-select - The role field of the person view.
 * @csspart approver-list - The budget or the ticket approver list.
 * @csspart review - The staged-change summary with Save and Discard.
 * @csspart save-button - The Save button.
 * @csspart cancel-button - The Discard button.
 *
 * @cssprop [--portico-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif] - Font of all text.
 * @cssprop [--portico-font-size=14px] - Base font size.
 * @cssprop [--portico-color-primary=#1d4ed8] - Selected tab, granted cells, the Save button.
 * @cssprop [--portico-color-on-primary=#ffffff] - Text on the primary colour (granted cells, Save).
 * @cssprop [--portico-color-success=#067647] - Cells held through a role.
 * @cssprop [--portico-color-warning=#b54708] - Staged (unsaved) cells and the conflict notice.
 * @cssprop [--portico-color-danger=#b42318] - Error banners and the changes a save refused.
 * @cssprop [--portico-color-text=#1d2939] - Body text.
 * @cssprop [--portico-color-muted=#475467] - Secondary text and the reasons of disabled cells.
 * @cssprop [--portico-color-surface=#ffffff] - Background of tables, panels and lists.
 * @cssprop [--portico-color-surface-alt=#f5f7fa] - Header rows and capability groups.
 * @cssprop [--portico-color-border=#d0d5dd] - Table rules and outlines.
 * @cssprop [--portico-radius=6px] - Corner radius of tables, tabs, buttons and fields.
 * @cssprop [--portico-space=8px] - The spacing unit.
 * @cssprop [--portico-focus-ring=2px solid #1d4ed8] - The focus outline of cells and controls.
 *
 * @fires {CustomEvent<PermissionsSaveDetail>} portico-permissions-save-request - Cancelable, before
 *   a save: `view`, the structured `diff`, the record to write and the `summary` sentences. Calling
 *   `preventDefault()` writes nothing and keeps the edits staged.
 * @fires {CustomEvent<PermissionsSaveDetail>} portico-permissions-saved - After a save went
 *   through; the same detail.
 * @fires {CustomEvent<PermissionsDiscardDetail>} portico-permissions-discard-request - Cancelable,
 *   before staged edits are dropped (Discard pressed, or "Discard changes" chosen when the host asked
 *   `confirmDiscard()`): `cause`, the `views`, `count` and `summary`. Calling `preventDefault()` keeps
 *   them staged.
 */
export class PermissionMatrix extends LitElement {
  static override styles = permissionMatrixStyles;

  /** The adapter to use; when unset, the one of the nearest `<portico-provider>`. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  /** The view shown: `role` (the role table), `person` (one person), `approvers`. */
  @property({ reflect: true }) view: MatrixView = 'role';

  /** The person the "by person" view shows first (a contact id). */
  @property({ attribute: 'contact-id' }) contactId: string | undefined;

  /** The site chosen in the "assign a site" field. */
  @state() private siteToAssign = '';

  private readonly t = new LocaleController(this, matrixCatalogue);
  /** @internal */ readonly portal = new PortalController(this);
  /** @internal */ readonly matrix = new MatrixController(this, this.portal);
  private readonly grid = new GridFocusController();
  private readonly words = new MatrixWords(this.t, () => this.matrix);
  private readonly menu = new CellMenuController(this);
  private readonly guard = new LeaveGuardController(this, {
    count: (view) => this.matrix.changeCount(view),
    summary: (views) => views.flatMap((view) => this.summary(view)),
    ask: () => this.ask(),
    discard: (view) => this.matrix.discard(view),
  });
  private answer: ((discard: boolean) => void) | undefined;
  private readonly discardDialog = new DialogController(
    this,
    () => this.renderRoot.querySelector<HTMLDialogElement>('#discard-dialog'),
    { onClose: (value) => this.settleAsk(value === 'discard') },
  );

  /** How many single edits (cells, a role, sites, approvers) are staged and not saved, in every view. */
  get unsavedChanges(): number {
    return this.guard.count();
  }

  /**
   * Call before the page leaves this element (a route change, another adapter): resolves `true` at
   * once when nothing is staged; otherwise asks the person whether to discard the staged edits, and
   * resolves `true` once they are discarded, `false` when the person keeps editing (or a listener of
   * `portico-permissions-discard-request` vetoed). Leave only on `true`.
   */
  confirmDiscard(): Promise<boolean> {
    return this.guard.confirmLeave();
  }

  private ask(): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      this.answer = resolve;
      this.discardDialog.open();
    });
  }

  private settleAsk(discard: boolean): void {
    const answer = this.answer;
    this.answer = undefined;
    answer?.(discard);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }

  protected override willUpdate(): void {
    if (!matrixViews.includes(this.view)) this.view = 'role';
    const { matrix } = this;
    if (matrix.status !== 'ready') return;
    // The person picker starts with the first people, so there is something to choose right away.
    const picker = matrix.searches.person;
    if (this.view === 'person' && matrix.mode !== 'view' && picker.status === 'idle') {
      picker.search('', { immediate: true });
    }
    if (matrix.follow(this.contactId)) {
      this.grid.reset('person');
      this.grid.reset('sites');
    }
  }

  // ── View models ────────────────────────────────────────────────────────────────────────────────

  private base(): MatrixViewBase {
    const { matrix } = this;
    return {
      words: this.words,
      mode: matrix.mode,
      grantRefusal: matrix.grantRefusal(),
      grid: this.grid,
    };
  }

  private roleView(): RoleView | undefined {
    const saved = this.matrix.policy;
    return saved && { ...this.base(), saved, editor: this.matrix.roles, menu: this.menu };
  }

  private personView(): PersonView {
    const { matrix } = this;
    const picker = matrix.searches.person;
    return {
      ...this.base(),
      search: picker,
      onSearch: (text) => picker.search(text),
      onPick: (person) => {
        this.contactId = person.id;
      },
      status: matrix.personStatus,
      error: matrix.personError,
      policy: matrix.policy,
      actorId: matrix.actor?.id,
      dirty: matrix.isDirty('person'),
      editor: matrix.person,
      sites: matrix.sites,
      siteToAssign: this.siteToAssign,
      chooseSite: (id) => {
        this.siteToAssign = id;
      },
    };
  }

  private approversView(): ApproversView | undefined {
    const { matrix } = this;
    const saved = matrix.approvers;
    return (
      saved && {
        ...this.base(),
        saved,
        editor: matrix.lists,
        searches: matrix.searches,
        onSearch: (list, text) => matrix.searches[list].search(text),
      }
    );
  }

  /** The sentences that say what the staged edits of `view` do. */
  private summary(view: MatrixView): string[] {
    const { matrix, words } = this;
    if (view === 'role') {
      const diff = matrix.roles.diff;
      return diff && matrix.roles.staged ? words.policySentences(diff, matrix.roles.staged) : [];
    }
    if (view === 'person') {
      const diff = matrix.person.diff;
      return diff && matrix.person.contact
        ? [words.accessSentence(diff, matrix.person.contact.name)]
        : [];
    }
    const diff = matrix.lists.diff;
    return diff ? words.approverSentences(diff) : [];
  }

  private reviewView(): ReviewView {
    const { matrix } = this;
    const view = this.view;
    const editable =
      (view === 'approvers' ? matrix.lists.refusal() === undefined : matrix.mode === 'edit') &&
      (view !== 'person' || matrix.person.contact !== undefined);
    return {
      words: this.words,
      editable,
      notice: matrix.notice,
      sentences: editable ? this.summary(view) : [],
      count: matrix.changeCount(view),
      refusals: view === 'person' && editable ? matrix.person.stagedRefusals() : [],
      saving: matrix.saving,
      discard: () => void this.guard.discard(view),
      save: () => void matrix.requestSave(view, this.summary(view)),
    };
  }

  // ── Render dispatch ────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult | typeof nothing {
    if (!this.t.loaded) return nothing;
    const { matrix, words } = this;
    if (this.portal.adapter === undefined) {
      return html`<p class="empty" part="panel">${words.msg('load.no-adapter')}</p>`;
    }
    if (matrix.status === 'error') {
      return html`<div class="banner" data-tone="error" role="alert" part="panel">
          <span>${words.msg('load.error', { reason: words.failure(matrix.error) })}</span>
          <button type="button" class="btn small" @click=${() => void matrix.reload()}>
            ${words.msg('do.retry')}
          </button>
        </div>
        ${this.discardView()}`;
    }
    const role = this.roleView();
    const approvers = this.approversView();
    if (matrix.status !== 'ready' || !role || !approvers) {
      return html`<p class="loading" role="status" part="panel">
        <span class="spinner" aria-hidden="true"></span> ${words.msg('load.loading')}
      </p>`;
    }
    return html`${renderTabs({
        words,
        view: this.view,
        dirty: (view) => matrix.isDirty(view),
        select: (view, focus) => this.select(view, focus),
      })}
      <div
        class="panel"
        part="panel"
        role="tabpanel"
        id="panel"
        aria-labelledby=${`tab-${this.view}`}
      >
        ${
          this.view === 'role'
            ? renderRoleView(role)
            : this.view === 'person'
              ? renderPersonView(this.personView())
              : renderApproversView(approvers)
        }
      </div>
      ${renderReview(this.reviewView())} ${this.discardView()}`;
  }

  /** The "discard unsaved changes?" dialog (rendered closed until `confirmDiscard()` asks). */
  private discardView(): TemplateResult {
    return renderDiscardDialog({
      words: this.words,
      count: this.guard.count(),
      sentences: this.guard.views().flatMap((view) => this.summary(view)),
      keep: () => this.discardDialog.close('keep'),
      discard: () => this.discardDialog.close('discard'),
    });
  }

  private select(view: MatrixView, focus: boolean): void {
    this.view = view;
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus(),
      );
    }
  }
}
