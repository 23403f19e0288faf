import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalAdapter } from '../../core/adapter/types.js';
import type { Contact } from '../../core/model/index.js';
import { PortalController } from '../../controllers/portal-controller.js';
import {
  PermissionMatrixController,
  type MatrixMode,
  type MatrixView,
  type PermissionsSaveDetail,
} from '../../controllers/permission-matrix-controller.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { emit } from '../internal/events.js';
import { renderApproversView } from './approvers-view.js';
import { GridFocus, moveInGrid } from './grid-keys.js';
import { permissionMatrixStyles } from './permission-matrix.styles.js';
import { renderPersonView } from './person-view.js';
import { renderRoleView } from './role-view.js';
import type { SearchState, ViewHost } from './view-host.js';
import { MatrixWords, matrixMessages } from './words.js';

export type {
  MatrixView,
  PermissionsSaveDetail,
} from '../../controllers/permission-matrix-controller.js';

const views: readonly MatrixView[] = ['role', 'person', 'approvers'];

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
 * Keyboard: each table is an ARIA grid with one tab stop — arrows move between cells, Home/End to
 * the ends of a row, Ctrl+Home/End to the ends of the grid, PageUp/PageDown five rows, Space or Enter
 * toggles the focused cell. The view tabs move with the arrows, Home and End.
 *
 * @summary Views and edits permissions by role, by person and the approvers, through the engine.
 * @tag permission-matrix
 *
 * @csspart tabs - The row of view tabs.
 * @csspart tab - One view tab.
 * @csspart panel - The panel of the active view.
 * @csspart grid - A permissions table (role table, a person's permissions, their sites).
 * @csspart cell - One cell of a permissions table.
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
 */
export class PermissionMatrix extends LitElement implements ViewHost {
  static override styles = permissionMatrixStyles;

  /** The adapter to use; when unset, the one of the nearest `<portico-provider>`. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  /** The view shown: `role` (the role table), `person` (one person), `approvers`. */
  @property({ reflect: true }) view: MatrixView = 'role';

  /** The person the "by person" view shows first (a contact id). */
  @property({ attribute: 'contact-id' }) contactId: string | undefined;

  @state() private searches: Record<string, SearchState> = {};
  /** @internal */
  @state() siteToAssign = '';

  private readonly portal = new PortalController(this);
  /** @internal */
  readonly ctrl = new PermissionMatrixController(this, this.portal);
  private readonly t = new LocaleController(this, matrixMessages);
  /** @internal */
  readonly words = new MatrixWords(this.t, () => ({
    sites: this.ctrl.sites,
    people: this.ctrl.people,
  }));
  /** @internal */
  readonly gridFocus = new GridFocus();
  private searchSeq = new Map<string, number>();

  /** @internal */
  get mode(): MatrixMode {
    return this.ctrl.mode;
  }

  protected override willUpdate(): void {
    if (!views.includes(this.view)) this.view = 'role';
    if (this.ctrl.status !== 'ready') return;
    // The person picker starts with the first people, so there is something to choose right away.
    if (
      this.view === 'person' &&
      this.mode !== 'view' &&
      this.searchState('person').status === 'idle'
    ) {
      this.search('person', '');
    }
    // A read-only viewer sees their own permissions; anyone else the person asked for. Staged edits
    // of the person shown are never dropped by a new `contact-id`: it applies once they are saved
    // or discarded.
    const wanted = this.mode === 'view' ? this.ctrl.actor?.id : this.contactId;
    if (wanted !== this.ctrl.requestedId && !this.ctrl.isDirty('person')) {
      this.gridFocus.reset('person');
      this.gridFocus.reset('sites');
      void this.ctrl.selectPerson(wanted);
    }
  }

  /** @internal */
  onGridKeydown(event: KeyboardEvent, grid: string): void {
    const table = (event.currentTarget as HTMLElement | null) ?? undefined;
    if (!table) return;
    moveInGrid(event, table, (position) => this.gridFocus.set(grid, position));
  }

  /** @internal */
  searchState(id: string): SearchState {
    return this.searches[id] ?? { query: '', status: 'idle', results: [] };
  }

  /** @internal */
  search(id: string, query: string): void {
    const seq = (this.searchSeq.get(id) ?? 0) + 1;
    this.searchSeq.set(id, seq);
    this.searches = {
      ...this.searches,
      [id]: { ...this.searchState(id), query, status: 'loading' },
    };
    this.ctrl.search(query).then(
      (results) => {
        if (this.searchSeq.get(id) !== seq) return;
        this.searches = { ...this.searches, [id]: { query, status: 'ready', results } };
      },
      () => {
        if (this.searchSeq.get(id) !== seq) return;
        this.searches = { ...this.searches, [id]: { query, status: 'error', results: [] } };
      },
    );
  }

  /** @internal */
  pickPerson(person: Contact): void {
    this.contactId = person.id;
  }

  /** @internal */
  chooseSiteToAssign(id: string): void {
    this.siteToAssign = id;
  }

  protected override render(): TemplateResult {
    const ctrl = this.ctrl;
    const adapterKnown = this.portal.adapter !== undefined;
    if (!adapterKnown) {
      return html`<p class="empty" part="panel">${this.words.msg('load.no-adapter')}</p>`;
    }
    if (ctrl.status === 'error') {
      return html`<div class="banner" data-tone="error" role="alert" part="panel">
        <span>${this.words.msg('load.error', { reason: this.words.failure(ctrl.error) })}</span>
        <button type="button" class="btn small" @click=${() => void ctrl.reload()}>
          ${this.words.msg('do.retry')}
        </button>
      </div>`;
    }
    if (ctrl.status !== 'ready' || !ctrl.policy) {
      return html`<p class="loading" role="status" part="panel">
        <span class="spinner" aria-hidden="true"></span> ${this.words.msg('load.loading')}
      </p>`;
    }
    return html`${this.renderTabs()}
      <div
        class="panel"
        part="panel"
        role="tabpanel"
        id="panel"
        aria-labelledby=${`tab-${this.view}`}
      >
        ${
          this.view === 'role'
            ? renderRoleView(this)
            : this.view === 'person'
              ? renderPersonView(this)
              : renderApproversView(this)
        }
      </div>
      ${this.renderReview()}`;
  }

  private renderTabs(): TemplateResult {
    const select = (view: MatrixView, focus: boolean) => {
      this.view = view;
      if (focus) {
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus(),
        );
      }
    };
    const onKey = (e: KeyboardEvent) => {
      const index = views.indexOf(this.view);
      const next =
        e.key === 'ArrowRight'
          ? views[(index + 1) % views.length]
          : e.key === 'ArrowLeft'
            ? views[(index + views.length - 1) % views.length]
            : e.key === 'Home'
              ? views[0]
              : e.key === 'End'
                ? views[views.length - 1]
                : undefined;
      if (!next) return;
      e.preventDefault();
      select(next, true);
    };
    return html`<div
      class="tabs"
      part="tabs"
      role="tablist"
      aria-label=${this.words.msg('views.label')}
      @keydown=${onKey}
    >
      ${views.map(
        (view) =>
          html`<button
            type="button"
            role="tab"
            part="tab"
            id=${`tab-${view}`}
            aria-selected=${view === this.view ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${view === this.view ? 0 : -1}
            @click=${() => select(view, false)}
          >
            ${this.words.msg(`view.${view}`)}
            ${this.ctrl.isDirty(view) ? html`<span class="dot" aria-hidden="true"></span>` : nothing}
          </button>`,
      )}
    </div>`;
  }

  /** The sentences that say what the staged edits of `view` do. */
  private summary(view: MatrixView): string[] {
    const { ctrl, words } = this;
    if (view === 'role') {
      const diff = ctrl.policyDiff;
      return diff && ctrl.stagedPolicy ? words.policySentences(diff, ctrl.stagedPolicy) : [];
    }
    if (view === 'person') {
      const diff = ctrl.person.diff;
      return diff && ctrl.person.contact
        ? [words.accessSentence(diff, ctrl.person.contact.name)]
        : [];
    }
    const diff = ctrl.approversDiff;
    return diff ? words.approverSentences(diff) : [];
  }

  private renderReview(): TemplateResult | typeof nothing {
    const { ctrl, words } = this;
    const view = this.view;
    const editable =
      view === 'approvers' ? ctrl.approversRefusal() === undefined : this.mode === 'edit';
    const notice = ctrl.notice;
    const noticeText = notice
      ? notice.kind === 'saved'
        ? words.msg('save.saved')
        : notice.kind === 'conflict'
          ? words.msg('save.conflict')
          : notice.kind === 'vetoed'
            ? words.msg('save.vetoed')
            : words.msg('save.failed', { reason: words.failure(notice.error) })
      : '';
    const status = html`<div class="notice" role="status" aria-live="polite">
      ${
        notice
          ? html`<p class="banner" data-tone=${notice.tone === 'info' ? 'info' : notice.tone}>
              ${noticeText}
            </p>`
          : nothing
      }
    </div>`;
    if (!editable || (view === 'person' && !ctrl.person.contact)) return status;
    const sentences = this.summary(view);
    const refusals = view === 'person' ? ctrl.person.stagedRefusals() : [];
    const dirty = sentences.length > 0;
    const blocked = !dirty || ctrl.saving || refusals.length > 0;
    return html`<section class="review" part="review" aria-labelledby="review-title">
      <h3 id="review-title">
        ${words.msg('diff.title')}
        ${
          dirty
            ? html`<span class="count"
                >${words.msg('diff.count', { count: ctrl.changeCount(view) })}</span
              >`
            : nothing
        }
      </h3>
      ${
        dirty
          ? html`<ul class="summary">
              ${sentences.map((s) => html`<li>${s}</li>`)}
            </ul>`
          : html`<p class="muted">${words.msg('diff.none')}</p>`
      }
      ${
        refusals.length
          ? html`<ul class="refusals" id="review-refusals">
              ${refusals.map((r) => html`<li>${words.reason(r)}</li>`)}
            </ul>`
          : nothing
      }
      ${status}
      <div class="toolbar">
        <span class="spacer"></span>
        <button
          type="button"
          class="btn"
          part="cancel-button"
          aria-disabled=${!dirty || ctrl.saving ? 'true' : 'false'}
          @click=${() => {
            if (dirty && !ctrl.saving) ctrl.discard(view);
          }}
        >
          ${words.msg('do.cancel')}
        </button>
        <button
          type="button"
          class="btn primary"
          part="save-button"
          aria-disabled=${blocked ? 'true' : 'false'}
          aria-describedby=${refusals.length ? 'review-refusals' : nothing}
          @click=${() => void this.save()}
        >
          ${
            ctrl.saving
              ? html`<span class="spinner" aria-hidden="true"></span> ${words.msg('do.saving')}`
              : words.msg('do.save')
          }
        </button>
      </div>
    </section>`;
  }

  /** Fires the cancelable request, then saves through the adapter and fires the saved event. */
  private async save(): Promise<void> {
    const { ctrl } = this;
    const view = this.view;
    if (ctrl.saving || (view === 'person' && ctrl.person.stagedRefusals().length)) return;
    const detail: PermissionsSaveDetail | undefined = ctrl.saveDetail(view, this.summary(view));
    if (!detail) return;
    if (!emit(this, 'portico-permissions-save-request', detail)) {
      ctrl.vetoed();
      return;
    }
    if (await ctrl.save(detail)) emit(this, 'portico-permissions-saved', detail);
  }
}
