import type { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  AcceptController,
  type AcceptKind,
} from '../../controllers/invite-accept/accept-controller.js';
import { adapterContext } from '../../context/keys.js';
import { lateContextConsumer } from '../../context/root.js';
import type { PortalAdapter } from '../../core/adapter/types.js';
import type { InvitationLink } from '../../core/model/index.js';
import { tokenInUrl } from '../../core/rules/invitation-links.js';
import { defaultPasswordPolicy } from '../../core/validation/password.js';
import { PasswordFieldController } from '../internal/password.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { renderInvitation, type PasswordView } from './invitation.view.js';
import { inviteAcceptStyles } from './invite-accept.styles.js';
import { AcceptWords, inviteAcceptCatalogue } from './invite-accept.words.js';
import { renderNoticePage, type NoticePageView } from './pages.view.js';

export type {
  AccountActivatedDetail,
  InvitationAcceptedDetail,
  SigninProviderRequestDetail,
} from '../../events.js';

/**
 * The invitee's setup page (seed 002): the person who received an invitation e-mail opens its link
 * here, sees who invited whom to which company and until when the link works, and signs up with
 * Google, Microsoft or a password (a live checklist of the company's password rules and a
 * confirmation). Opening the page changes nothing — an e-mail security scanner that "clicks" the
 * link first leaves it working —: only the button the person presses accepts. A link that expired,
 * was withdrawn, was used already, was replaced by a newer e-mail, or is unknown gets its own page
 * saying what to do next. A registration with a password ends with seed 002's activation e-mail; its
 * link opens this element with `kind="activation"`, and a press activates the account.
 *
 * The token comes from the `token` attribute, else from the page's URL: its `?token=` query parameter
 * (or, on a page with hash routing, the query of its fragment: `#/setup?token=…`).
 *
 * No one is signed in: the element needs only an adapter (`invitations.inspect`, `accept`, `activate`).
 *
 * @summary The invitee's setup page: see the invitation, then sign up with Google, Microsoft or a password.
 * @tag invite-accept
 *
 * @csspart page - The card of the page shown (the invitation, a closed link, done).
 * @csspart invitation - Who invited whom to which company.
 * @csspart expiry - Until when the link works.
 * @csspart provider-button - "Continue with Google" / "Continue with Microsoft".
 * @csspart password-choice - "Create a password".
 * @csspart password-form - The password form.
 * @csspart password - The new password input.
 * @csspart checklist - The password rules, each met or not yet.
 * @csspart accept-button - "Accept the invitation".
 * @csspart action - A page's next step (try again, sign in, activate).
 * @csspart empty - The loading and no-adapter states.
 *
 * @cssprop [--portico-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif] - Font of all text.
 * @cssprop [--portico-font-size=14px] - Base font size of the element's text.
 * @cssprop [--portico-color-primary=#1d4ed8] - Accent: the accept button, focus, the card's top rule.
 * @cssprop [--portico-color-on-primary=#ffffff] - Text on the accent colour.
 * @cssprop [--portico-color-danger=#b42318] - A link that no longer works; errors.
 * @cssprop [--portico-color-success=#067647] - Done, and the rules a password meets.
 * @cssprop [--portico-color-warning=#b54708] - Warnings.
 * @cssprop [--portico-color-text=#1d2939] - Body text.
 * @cssprop [--portico-color-muted=#475467] - Secondary text: the expiry, the unmet rules.
 * @cssprop [--portico-color-surface=#ffffff] - Background of the card.
 * @cssprop [--portico-color-surface-alt=#f5f7fa] - Hovered buttons.
 * @cssprop [--portico-color-border=#d0d5dd] - Rules and outlines.
 * @cssprop [--portico-radius=6px] - Corner radius.
 * @cssprop [--portico-space=8px] - The spacing unit.
 * @cssprop [--portico-focus-ring=2px solid #1d4ed8] - The focus outline.
 *
 * @fires {CustomEvent<SigninProviderRequestDetail>} portico-signin-provider-request - Cancelable:
 *   the person chose Google or Microsoft. Call `preventDefault()` to run the OAuth flow yourself
 *   (then accept on your server, or call `accept(provider, credential)`); otherwise the element
 *   accepts at once with no credential.
 * @fires {CustomEvent<InvitationAcceptedDetail>} portico-invitation-accepted - The backend accepted
 *   the invitation (`acceptance.status`: `active`, or `activation-sent` after a password).
 * @fires {CustomEvent<AccountActivatedDetail>} portico-account-activated - An activation link was
 *   followed: the account is active.
 */
export class InviteAccept extends LitElement {
  static override styles = inviteAcceptStyles;

  /** The adapter to use; without one the element uses the nearest `<portico-provider>`'s. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  /** The link's token; empty: read from the page's URL (`?token=`, or `#…?token=`). */
  @property() token = '';

  /** `invitation` (a setup link, the default) or `activation` (the link of the activation e-mail). */
  @property() kind: AcceptKind = 'invitation';

  /** The portal's sign-in page, offered once the account exists; empty: no link is shown. */
  @property({ attribute: 'sign-in-url' }) signInUrl = '';

  /** @internal */ readonly t = new LocaleController(this, inviteAcceptCatalogue);
  /** @internal */ readonly words = new AcceptWords(this.t);
  // The provider's adapter, when the element has none of its own (no session is loaded: nobody is
  // signed in on a setup page). A provider upgraded after this element is still heard.
  private readonly provided: ContextConsumer<typeof adapterContext, this> = lateContextConsumer(
    this,
    {
      context: adapterContext,
      subscribe: true,
    },
  );
  /** @internal */ readonly flow = new AcceptController(this, {
    adapter: () => this.adapter ?? this.provided.value,
    token: () => this.token || tokenInUrl(location.href) || '',
    kind: () => (this.kind === 'activation' ? 'activation' : 'invitation'),
  });
  /** The new password (memory only; forgotten once the invitation is accepted). */
  private readonly password = new PasswordFieldController(this);
  /** The page last rendered, and whether the person has pressed anything yet. */
  private shown = '';
  private pressed = false;

  /** Reads the link again (the retry of the error page). */
  async refresh(): Promise<void> {
    await this.flow.load();
    await this.updateComplete;
  }

  /**
   * Accepts the invitation with `method` — for a vendor that ran the OAuth flow itself after
   * cancelling `portico-signin-provider-request`, with the identity provider's credential.
   */
  async accept(method: 'google' | 'microsoft', credential?: string): Promise<void> {
    await this.flow.accept(method, credential);
    await this.updateComplete;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.flow.follow();
  }

  protected override updated(): void {
    // A page that replaces another after a press takes the focus to its heading, so a screen reader
    // reads where the person now stands (never before a press: opening the page moves no focus).
    const key = this.pageKey();
    if (key === this.shown) return;
    this.shown = key;
    if (this.pressed) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Runs a person's press (the page it leads to takes the focus). */
  private press(act: () => Promise<void>): void {
    this.pressed = true;
    void act();
  }

  private pageKey(): string {
    const { phase } = this.flow;
    return phase.kind === 'link' ? `link:${phase.link.status}` : phase.kind;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.t.loaded) return nothing;
    const { msg } = this.words;
    const { phase } = this.flow;
    switch (phase.kind) {
      case 'idle':
        return html`<div class="empty" part="empty">${msg('accept.no-adapter')}</div>`;
      case 'loading':
        return html`<div class="empty" part="empty" role="status">
          <span class="spinner" aria-hidden="true"></span> ${msg('accept.loading')}
        </div>`;
      case 'link':
        return phase.link.status === 'valid'
          ? this.renderValid(phase.link)
          : renderNoticePage(this.closedPage(phase.link));
      default:
        return renderNoticePage(this.noticePage());
    }
  }

  private renderValid(link: InvitationLink): TemplateResult {
    const { flow, words } = this;
    return renderInvitation({
      words,
      link,
      method: flow.method,
      busy: flow.busy,
      failure: flow.failure === undefined ? undefined : words.error(flow.failure),
      password: this.passwordView(link),
      onProvider: (provider) => this.press(() => flow.provider(provider)),
      onPasswordChosen: () => flow.choose('password'),
    });
  }

  private passwordView(link: InvitationLink): PasswordView {
    const { flow, words } = this;
    const { msg } = words;
    const { form } = flow;
    const refused = form.refused.map((error) => words.explain.field(error)).join(' ');
    const unmet = form.submitted && flow.unmet.length > 0;
    return {
      field: this.password,
      spec: {
        id: 'pw',
        label: msg('accept.password-label'),
        policy: link.passwordPolicy ?? defaultPasswordPolicy,
        context: link.invitee ?? {},
        error: refused || (unmet ? msg('accept.unmet') : undefined),
        required: true,
        words: this.t,
        explain: words.explain,
        onChange: (password) => flow.edit({ password }),
      },
      confirm: form.confirm,
      confirmError: flow.mismatch ? msg('accept.mismatch') : undefined,
      onConfirm: (confirm) => flow.edit({ confirm }),
      onSubmit: () =>
        this.press(async () => {
          await flow.submitPassword();
          if (flow.phase.kind === 'accepted') this.password.clear();
        }),
    };
  }

  private signIn(): NoticePageView['action'] {
    return this.signInUrl
      ? { label: this.words.msg('accept.sign-in'), href: this.signInUrl }
      : undefined;
  }

  /** The page of a link that no longer works: what happened and what to do next. */
  private closedPage(link: InvitationLink): NoticePageView {
    const { msg, date } = this.words;
    const status = link.status as Exclude<InvitationLink['status'], 'valid'>;
    const params = {
      company: link.company.name,
      date: date(link.expiresAt),
      email: link.invitee?.email ?? '',
    };
    const action = status === 'used' ? this.signIn() : undefined;
    return {
      tone: status === 'used' ? 'info' : 'danger',
      title: msg(`closed.${status}.title`),
      body: msg(`closed.${status}.body`, params),
      ...(action ? { action } : {}),
    };
  }

  /** Every other page: an error, an unknown link, done, and the activation link's pages. */
  private noticePage(): NoticePageView {
    const { flow, words } = this;
    const { msg } = words;
    const { phase } = flow;
    const signIn = this.signIn();
    const failure =
      flow.failure === undefined
        ? undefined
        : msg('accept.failed', { reason: words.error(flow.failure) });
    switch (phase.kind) {
      case 'error':
        return {
          tone: 'danger',
          title: msg('accept.error-title'),
          body: words.error(phase.error),
          action: { label: msg('accept.retry'), onClick: () => this.press(() => this.refresh()) },
        };
      case 'accepted': {
        const { acceptance } = phase;
        const active = acceptance.status === 'active';
        return {
          tone: 'success',
          title: msg(active ? 'done.active.title' : 'done.activation.title', {
            company: acceptance.company.name,
          }),
          body: msg(active ? 'done.active.body' : 'done.activation.body', {
            email: acceptance.email,
            method: words.method(acceptance.method),
          }),
          ...(active && signIn ? { action: signIn } : {}),
        };
      }
      case 'activation':
        return {
          tone: 'info',
          title: msg('activate.title'),
          body: msg('activate.body'),
          failure,
          action: {
            label: msg(flow.busy ? 'activate.working' : 'activate.button'),
            onClick: () => this.press(() => flow.activate()),
            busy: flow.busy === 'activate',
            primary: true,
          },
        };
      case 'activated':
        return {
          tone: 'success',
          title: msg('activated.title'),
          body: msg('activated.body', {
            company: phase.activation.company.name,
            email: phase.activation.email,
          }),
          ...(signIn ? { action: signIn } : {}),
        };
      case 'activation-closed': {
        const used = phase.code === 'activation-used';
        return {
          tone: used ? 'info' : 'danger',
          title: msg(used ? 'activation-used.title' : 'activation-expired.title'),
          body: msg(used ? 'activation-used.body' : 'activation-expired.body'),
          ...(used && signIn ? { action: signIn } : {}),
        };
      }
      default:
        return { tone: 'danger', title: msg('unknown.title'), body: msg('unknown.body') };
    }
  }
}
