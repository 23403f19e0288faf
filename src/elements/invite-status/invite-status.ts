import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  InvitationsController,
  invitationViews,
  type InvitationOrder,
  type InvitationView,
  type InviteNotice,
} from '../../controllers/invite-status/invitations-controller.js';
import {
  InviteActsController,
  type AccessAct,
} from '../../controllers/invite-status/invite-acts-controller.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { PortalController } from '../../controllers/portal-controller.js';
import { AdapterError } from '../../core/adapter/errors.js';
import type { PortalAdapter } from '../../core/adapter/types.js';
import type { Invitation } from '../../core/model/index.js';
import { invitationPolicyVerdict } from '../../core/rules/invitations.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { DialogController } from '../internal/dialog.js';
import { loadOnce } from '../internal/load-once.js';
import { PasswordFieldController } from '../internal/password.js';
import { ToastController } from '../internal/toast.js';
import type { ActsView, ViewAct } from './acts.view.js';
import { renderContact } from './contact.view.js';
import type { renderDialogBody } from './dialogs.view.js';
import { actsStyles, inviteStatusStyles } from './invite-status.styles.js';
import { InviteWords, inviteStatusCatalogue } from './invite-status.words.js';
import { renderInvitationList } from './list.view.js';
import { renderTemplateButton } from './template-button.view.js';
import type { TemplateEditor } from './template-editor.js';
import { templateKit } from './template-kit.js';

export type {
  ContactTransitionRequestDetail,
  InvitationChangedDetail,
  InvitationRequestDetail,
  InvitationSettingsChangedDetail,
  InvitationSettingsRequestDetail,
  InvitationTemplateChangedDetail,
  InvitationTemplateRequestDetail,
} from '../../events.js';

const accessActs: readonly ViewAct[] = ['suspend', 'reactivate'];

/**
 * Invitations and first access, in two forms. With `contact-id`: one person's access at a glance —
 * their status, their newest invitation (sent when, how many times, its expiry as a date and a
 * countdown), the acts that apply (send, resend — the earlier link stops working —, copy the setup
 * link, revoke, confirm by hand, set a password by hand, suspend / reactivate the access) and the
 * timeline of their journey, who did what and when. Without it: the company's invitations, searched by
 * e-mail, filtered by view (pending, expiring within 7 days, expired, accepted, revoked), paged through
 * the adapter, with resend, revoke and delete per row, and bulk resend / revoke of the selected rows
 * with each item's result.
 *
 * Resend, revoke, confirm by hand and suspend ask first in a dialog (focus returns to the act's button
 * when it closes). When an act takes its own button away (Revoke after a revoke, Send after a send),
 * focus goes to the invitation's heading, which names its new status, and not to the page. The
 * password set by hand is typed in a dialog with a live checklist of the company's password policy,
 * show / hide, generate and copy; it is in no event, attribute or log, and is forgotten once saved or
 * when the dialog closes.
 *
 * Every act is enabled or disabled by the same rule the backend enforces (`invitationVerdict` in
 * `src/core/rules`), with its reason on hover and focus; a cancelable `portico-invitation-request`
 * fires before each write. A resend sooner than the company's cooldown is refused with the moment it
 * can be tried again; a rate-limited answer says how many seconds to wait.
 *
 * "Invitation e-mail" (both forms) opens the company's invitation e-mail and settings: subject and
 * body with a palette of placeholders (`{name}`, `{company}`, `{link}`, `{expiresAt}`), a live
 * preview as the invitee receives it (a pending invitation's person, else a sample, in the company's
 * language; plain text, nothing in it runs), and the settings — link validity, resend cooldown,
 * automatic sending, language. Every limit and who may change them are core's, as the backend
 * enforces them; the dialog's module loads when it is first opened.
 *
 * @summary One person's invitation and access, or the company's invitations.
 * @tag invite-status
 *
 * @csspart panel - The person's panel, or the table's frame.
 * @csspart invitation - The person's newest invitation and its acts.
 * @csspart expiry - The expiry line ("Expires 2 Jan 2027 — expires in 12 days").
 * @csspart timeline - The person's history.
 * @csspart toolbar - The search, the view and the total (company form).
 * @csspart search - The search input.
 * @csspart view-filter - The view select.
 * @csspart order - The order select.
 * @csspart total - The number of invitations matching.
 * @csspart table - The table of invitations.
 * @csspart row - One invitation's row.
 * @csspart badge - A status badge.
 * @csspart act-button - An act's button.
 * @csspart more-button - "Show more".
 * @csspart empty - The empty, loading, error and no-adapter states.
 * @csspart select - A row's selection checkbox cell (company form).
 * @csspart bulk-bar - The bar of bulk acts shown while invitations are selected.
 * @csspart dialog - The dialog of a confirmation, the password set by hand, or a bulk act.
 * @csspart password-field - The password field with its checklist.
 * @csspart bulk-summary - The count line of a bulk act's result ("3 done, 1 not done").
 * @csspart bulk-refusals - The invitations a bulk act did not do, each with its reason.
 * @csspart template-button - "Invitation e-mail".
 * @csspart template-dialog - The invitation e-mail and settings dialog.
 * @csspart template-tab - A tab of the dialog (e-mail, settings).
 * @csspart template-subject - The subject field.
 * @csspart template-palette - The placeholders to insert.
 * @csspart template-body - The body field.
 * @csspart template-preview - The preview of the e-mail.
 * @csspart template-banner - The dialog's conflict or failure message.
 * @csspart template-forbidden - Why the actor may not change the e-mail and settings.
 * @csspart template-save - The dialog's save button.
 * @csspart template-discard - "Discard your changes?", asked before closing with unsaved edits.
 * @csspart settings-validity - The link validity field (days).
 * @csspart settings-cooldown - The resend cooldown field (seconds).
 * @csspart settings-auto-send - When invitations go out by themselves.
 * @csspart settings-locale - The language of the e-mails.
 * @csspart toasts - The live region of outcome messages.
 * @csspart toast - One outcome message.
 *
 * @cssprop [--portico-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif] - Font of all text.
 * @cssprop [--portico-font-size=14px] - Base font size of the element's text.
 * @cssprop [--portico-color-primary=#1d4ed8] - Accent: "Send invitation", focus, info badges.
 * @cssprop [--portico-color-on-primary=#ffffff] - Text on the accent colour.
 * @cssprop [--portico-color-danger=#b42318] - Revoke, delete, errors and the "Expired" badge.
 * @cssprop [--portico-color-success=#067647] - The "Accepted" badge and success messages.
 * @cssprop [--portico-color-warning=#b54708] - An invitation expiring within 7 days.
 * @cssprop [--portico-color-text=#1d2939] - Body text and the background of tips.
 * @cssprop [--portico-color-muted=#475467] - Secondary text: e-mail, countdowns, the timeline's dates.
 * @cssprop [--portico-color-surface=#ffffff] - Background of panels and the table.
 * @cssprop [--portico-color-surface-alt=#f5f7fa] - The header row.
 * @cssprop [--portico-color-border=#d0d5dd] - Rules and outlines.
 * @cssprop [--portico-radius=6px] - Corner radius.
 * @cssprop [--portico-space=8px] - The spacing unit.
 * @cssprop [--portico-focus-ring=2px solid #1d4ed8] - The focus outline.
 *
 * @fires {CustomEvent<InvitationRequestDetail>} portico-invitation-request - Cancelable, before an
 *   invitation is sent, resent, revoked or deleted (once per item of a bulk act), or a contact
 *   confirmed or given a password by hand (the detail never holds the password).
 * @fires {CustomEvent<InvitationChangedDetail>} portico-invitation-changed - The write is done.
 * @fires {CustomEvent<ContactTransitionRequestDetail>} portico-contact-transition-request -
 *   Cancelable, before the contact's access is suspended or reactivated.
 * @fires {CustomEvent<InvitationTemplateRequestDetail>} portico-invitation-template-request -
 *   Cancelable, before the invitation e-mail is saved.
 * @fires {CustomEvent<InvitationTemplateChangedDetail>} portico-invitation-template-changed - The
 *   invitation e-mail is saved.
 * @fires {CustomEvent<InvitationSettingsRequestDetail>} portico-invitation-settings-request -
 *   Cancelable, before the invitation settings are saved.
 * @fires {CustomEvent<InvitationSettingsChangedDetail>} portico-invitation-settings-changed - The
 *   invitation settings are saved.
 */
export class InviteStatus extends LitElement {
  static override styles = [inviteStatusStyles, actsStyles];

  /** The adapter to use; without one the element uses the nearest `<portico-provider>`'s. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  /** The contact whose access is shown; empty: the company's invitations. */
  @property({ attribute: 'contact-id' }) contactId = '';

  /** The company form's view: `all`, `pending`, `expiring`, `expired`, `accepted`, `revoked`. */
  @property() view: InvitationView = 'all';

  /** Invitations fetched per page (company form); adapters cap it at 500. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Milliseconds the search waits for the next keystroke before asking the adapter. */
  @property({ type: Number }) debounce = 200;

  /** @internal */ readonly t = new LocaleController(this, inviteStatusCatalogue);
  /** @internal */ readonly words = new InviteWords(this.t);
  /** @internal */ readonly portal = new PortalController(this, {
    // Suspending asks whether the contact is the last general admin: counted in the contact form.
    facts: { when: () => Boolean(this.contactId) },
  });
  private readonly toasts = new ToastController(this);
  /** @internal */ readonly invitations: InvitationsController = new InvitationsController(this, {
    portal: this.portal,
    contactId: () => this.contactId,
    pageSize: () => this.pageSize,
    notify: (notice) => this.notice(notice),
  });
  /** @internal */ readonly password = new PasswordFieldController(this);
  /**
   * The element's one focus fallback. A render took the focused control away (Revoke after a revoke,
   * a dialog's button when the control that opened it is gone) and the page dropped focus: into the
   * open dialog (the bulk result's Close), else the next logical place; the invitation e-mail dialog
   * keeps its own.
   */
  private readonly focusKeeper: FocusKeeper = new FocusKeeper(this, () => {
    const open = this.renderRoot.querySelector<HTMLDialogElement>('dialog[open]');
    if (open) return open.matches('[part="dialog"]') ? this.dialog.firstFocusable() : null;
    return this.focusHome();
  });

  private readonly dialog: DialogController = new DialogController(
    this,
    () => this.renderRoot.querySelector<HTMLDialogElement>('dialog[part="dialog"]'),
    {
      onClose: () => this.acts.closed(),
      keeper: this.focusKeeper,
      keepOpen: () => this.acts.dialog?.kind === 'bulk-confirm' && this.acts.dialog.busy,
    },
  );
  private dialogBody: typeof renderDialogBody | undefined;
  /** @internal */ readonly acts: InviteActsController = new InviteActsController(this, {
    portal: this.portal,
    invitations: this.invitations,
    password: this.password,
    dialog: {
      open: (opener) => {
        void this.loadDialogs();
        this.dialog.open(opener);
      },
      close: () => this.dialog.close(),
    },
    done: (act, email) => this.toasts.show(this.words.msg(`done.${act}`, { email }), 'success'),
    failed: (error) => this.notice({ kind: 'failed', error }),
  });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** @internal The invitation e-mail dialog, once its module is loaded. */
  templateEditor: TemplateEditor | undefined;
  /** The invitation e-mail's module, loaded on the first opening (again after a chunk that did not arrive). */
  private readonly loadTemplate = loadOnce(async (): Promise<TemplateEditor> => {
    const editor = await import('./template-editor.js');
    const { invitations, words } = this;
    this.templateEditor = new editor.TemplateEditor(this, {
      portal: this.portal,
      words,
      kit: templateKit,
      company: () => this.portal.session?.company.name ?? '',
      now: () => invitations.now(),
      person: () => {
        const pending = invitations.items.find((item) => invitations.at(item).status === 'pending');
        return { contact: invitations.contact, invitation: pending };
      },
      toast: (text, tone, duration) => this.toasts.show(text, tone, duration),
    });
    return this.templateEditor;
  });

  /**
   * Where focus goes when the control that had it is gone (the act's button went with the change it
   * made, the bulk bar with the selection): one person's invitation heading, which names its status
   * (WAI-ARIA APG: the next logical place), else the "select all" box, else the search.
   */
  private focusHome(): HTMLElement | null {
    const root = this.renderRoot;
    return (
      root.querySelector<HTMLElement>('#invitation-title') ??
      root.querySelector<HTMLElement>('#select-all') ??
      root.querySelector<HTMLElement>('#search')
    );
  }

  private notice(notice: InviteNotice): void {
    const { text, tone, duration } = this.words.notice(notice);
    this.toasts.show(text, tone, duration);
  }

  private async loadDialogs(): Promise<void> {
    this.dialogBody ??= (await import('./dialogs.view.js')).renderDialogBody;
    this.requestUpdate();
  }

  /** Loads what the element shows again. */
  async refresh(): Promise<void> {
    await this.invitations.load();
    await this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && invitationViews.includes(this.view)) {
      if (this.invitations.view !== this.view) {
        this.invitations.view = this.view;
        if (this.hasUpdated) void this.invitations.load();
      }
    }
    this.invitations.follow();
  }

  private onSearch = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(
      () => this.invitations.setQuery({ search: value }),
      this.debounce,
    );
  };

  private onOrder = (event: Event): void => {
    this.invitations.setQuery({
      order: (event.target as HTMLSelectElement).value as InvitationOrder,
    });
  };

  private onView = (event: Event): void => {
    this.invitations.setQuery({
      view: (event.target as HTMLSelectElement).value as InvitationView,
    });
  };

  private press = (act: ViewAct, invitation: Invitation | undefined, opener: HTMLElement): void => {
    switch (act) {
      case 'copy-link':
        if (invitation) void this.invitations.copyLink(invitation);
        return;
      case 'resend':
      case 'revoke':
      case 'confirm':
      case 'suspend':
        return this.acts.ask(act, invitation, opener);
      case 'set-password':
        return this.acts.askPassword(opener);
      case 'reactivate':
        void this.acts.transition(act);
        return;
      default:
        void this.invitations.run(act, invitation);
    }
  };

  private verdict = (act: ViewAct, invitation?: Invitation) =>
    accessActs.includes(act)
      ? this.acts.accessVerdict(act as AccessAct)
      : this.invitations.verdict(act as Exclude<ViewAct, AccessAct>, invitation);

  private actsView(prefix: string): ActsView {
    return {
      words: this.words,
      idPrefix: prefix,
      verdict: this.verdict,
      press: this.press,
      busy: this.invitations.busy,
    };
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.t.loaded) return nothing;
    return html`${this.renderBody()} ${this.renderDialog()}
    ${this.templateEditor?.render() ?? nothing} ${this.toasts.render(this.words.msg('toast.close'))}`;
  }

  private renderDialog(): TemplateResult {
    const state = this.acts.dialog;
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-question"
      @cancel=${(event: Event) => {
        if (event.cancelable && state?.kind === 'bulk-confirm' && state.busy)
          event.preventDefault();
      }}
    >
      ${
        state && this.dialogBody
          ? this.dialogBody({
              words: this.words,
              state,
              contact: this.invitations.contact,
              settings: this.invitations.settings,
              password: this.password,
              close: () => this.dialog.close(),
              confirm: () => void this.acts.confirm(),
            })
          : nothing
      }
    </dialog>`;
  }

  // ── The invitation e-mail and settings (loaded on first use) ─────────────────────────────────

  /** Opens the invitation e-mail dialog, loading its module the first time. */
  private openTemplate = async (opener: HTMLElement): Promise<void> => {
    try {
      (await this.loadTemplate()).open(opener);
    } catch (error) {
      const { text, tone, duration } = this.words.notice({ kind: 'failed', error });
      this.toasts.show(text, tone, duration);
    }
  };

  private templateButton(): TemplateResult {
    const { engine, actor } = this.portal;
    return renderTemplateButton(
      this.words,
      invitationPolicyVerdict({ engine, actor }),
      (opener) => void this.openTemplate(opener),
    );
  }

  private renderBody(): TemplateResult {
    const { invitations, words } = this;
    const { msg } = words;
    if (!this.portal.adapter)
      return html`<div class="empty" part="empty">${msg('invite.no-adapter')}</div>`;
    // Not allowed is a plain state, not a failure: no alert, nothing to retry.
    if (
      invitations.status === 'error' &&
      AdapterError.is(invitations.error) &&
      invitations.error.kind === 'forbidden'
    )
      return html`<div class="empty" part="empty" data-state="forbidden">
        ${msg('invite.forbidden', { reason: words.error(invitations.error) })}
      </div>`;
    // The session failed (no actor, no rules to judge the acts by), or the invitations did.
    const portal = this.portal;
    if (portal.status === 'error' || invitations.status === 'error') {
      const failure = portal.status === 'error' ? portal.error : invitations.error;
      const retry = () =>
        void (portal.status === 'error' ? portal.reload() : Promise.resolve()).then(() =>
          invitations.load(),
        );
      return html`<div class="empty" part="empty">
        <div class="banner" data-tone="error" role="alert">
          ${msg('invite.error', { reason: words.error(failure) })}
        </div>
        <button type="button" class="btn" @click=${retry}>${msg('invite.retry')}</button>
      </div>`;
    }
    // Every act is judged by the signed-in actor's rights: nothing is shown before the session is known.
    const ready =
      (invitations.status === 'ready' || (invitations.status === 'loading' && invitations.stale)) &&
      portal.status === 'ready';
    const now = invitations.now();
    if (this.contactId && invitations.contact && ready) {
      const newest = invitations.items[0];
      return html`${renderContact({
          acts: this.actsView('person'),
          contact: invitations.contact,
          invitation: newest && invitations.at(newest),
          history: invitations.history,
          actors: invitations.actors,
          now,
        })}
        <div class="template-bar">${this.templateButton()}</div>`;
    }
    if (!this.contactId && ready) {
      return renderInvitationList({
        acts: this.actsView('row'),
        items: invitations.items,
        total: invitations.total,
        more: invitations.nextCursor !== null,
        search: invitations.search,
        view: invitations.view,
        order: invitations.order,
        now,
        onSearch: this.onSearch,
        onView: this.onView,
        onOrder: this.onOrder,
        onMore: () => void invitations.loadMore(),
        selected: this.acts.selected,
        onSelect: (id, on) => this.acts.toggle(id, on),
        onSelectAll: (on) => this.acts.toggleAll(on),
        bulkVerdict: this.acts.bulkVerdict,
        onBulk: (act, opener) => this.acts.askBulk(act, opener),
        tools: this.templateButton(),
      });
    }
    return html`<div class="empty" part="empty" role="status">
      <span class="spinner" aria-hidden="true"></span> ${msg('invite.loading')}
    </div>`;
  }
}
