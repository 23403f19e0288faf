import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError, type FieldError } from '../../core/adapter/errors.js';
import type { PortalAdapter } from '../../core/adapter/types.js';
import type {
  InvitationAcceptance,
  InvitationActivation,
  InvitationLink,
  RegistrationMethod,
} from '../../core/model/index.js';
import { checkPassword, type PasswordIssue } from '../../core/validation/password.js';
import { emit } from '../../events.js';

/** What a setup page's link is for: accepting an invitation, or finishing a registration (seed 002). */
export type AcceptKind = 'invitation' | 'activation';

/** Why an activation link no longer works. */
export type ActivationClosed = 'activation-used' | 'activation-expired';

/**
 * Where the invitee stands, one page each:
 * - `idle`: no adapter yet; `loading`: the link is being read; `error`: it could not be (a retry
 *   reads it again);
 * - `unknown`: no token, or one no company knows;
 * - `link`: the invitation link as read (`link.status`: `valid` shows the choices, the others why
 *   it no longer works);
 * - `accepted`: the backend accepted (`active`, or `activation-sent` after a password);
 * - `activation`: an activation link, ready to be followed by a press; `activated` once it was;
 *   `activation-closed` when it was followed already or expired.
 */
export type AcceptPhase =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'unknown' }
  | { kind: 'link'; link: InvitationLink }
  | { kind: 'accepted'; acceptance: InvitationAcceptance }
  | { kind: 'activation' }
  | { kind: 'activated'; activation: InvitationActivation }
  | { kind: 'activation-closed'; code: ActivationClosed };

/** The codes of a link that stopped working between reading it and accepting it. */
const closedCodes: Record<string, InvitationLink['status']> = {
  'invitation-expired': 'expired',
  'invitation-revoked': 'revoked',
  'invitation-used': 'used',
  'invitation-superseded': 'superseded',
};

/** What `AcceptController` sees of its element. */
export type AcceptHost = ReactiveControllerHost & EventTarget;

export interface AcceptOptions {
  /** The adapter (the element's own, else its provider's); no session is needed. */
  adapter(): PortalAdapter | undefined;
  /** The link's token (attribute or URL); empty: none. */
  token(): string;
  kind(): AcceptKind;
}

/** The password form: what was typed, and what the backend refused. */
export interface PasswordForm {
  password: string;
  confirm: string;
  /** The form was submitted once: unmet rules and a mismatch show as errors from then on. */
  submitted: boolean;
  /** Field errors the backend answered (a rule it checks that the page did not know). */
  refused: FieldError[];
}

/**
 * The invitee's side of the journey for `<invite-accept>`: reads the link (`invitations.inspect` — a
 * read that changes nothing, so a mail scanner that opens the link first leaves it working), then
 * accepts it only when the person presses a button: with Google or Microsoft (announced by the
 * cancelable `portico-signin-provider-request`; a vendor running OAuth takes over) or with a password
 * checked live against the policy the link carries (the backend checks the same rules). An activation
 * link (seed 002) is followed the same way: read nothing, write on a press.
 */
export class AcceptController implements ReactiveController {
  phase: AcceptPhase = { kind: 'idle' };
  /** The method the person chose (the password form shows for `password`). */
  method: RegistrationMethod | undefined;
  form: PasswordForm = { password: '', confirm: '', submitted: false, refused: [] };
  /** A write is on its way (its buttons are busy). */
  busy: RegistrationMethod | 'activate' | undefined;
  /** Why the last write failed, when the page stays (a network failure, a refusal to word). */
  failure: unknown;

  private abort: AbortController | undefined;
  private interrupted = false;
  private loadedFor: { adapter: PortalAdapter; token: string; kind: AcceptKind } | undefined;

  constructor(
    private readonly host: AcceptHost,
    private readonly options: AcceptOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      void this.load();
    }
  }

  hostDisconnected(): void {
    if (this.phase.kind === 'loading') this.interrupted = true;
    this.abort?.abort();
  }

  /** Reads the link again when the adapter, the token or the kind changed (call from `willUpdate`). */
  follow(): void {
    const adapter = this.options.adapter();
    const token = this.options.token();
    const kind = this.options.kind();
    const last = this.loadedFor;
    if (last && last.adapter === adapter && last.token === token && last.kind === kind) return;
    if (!adapter) {
      this.loadedFor = undefined;
      this.abort?.abort();
      this.phase = { kind: 'idle' };
      return;
    }
    this.loadedFor = { adapter, token, kind };
    void this.load();
  }

  /** The invitation link as read, while it is the page shown. */
  get link(): InvitationLink | undefined {
    return this.phase.kind === 'link' ? this.phase.link : undefined;
  }

  /** Reads the link (nothing is written). An activation link is not read: following it is the act. */
  async load(): Promise<void> {
    const adapter = this.options.adapter();
    if (!adapter) return;
    this.abort?.abort();
    const token = this.options.token();
    this.method = undefined;
    this.failure = undefined;
    this.form = { password: '', confirm: '', submitted: false, refused: [] };
    if (!token) return this.show({ kind: 'unknown' });
    if (this.options.kind() === 'activation') return this.show({ kind: 'activation' });
    const abort = new AbortController();
    this.abort = abort;
    this.show({ kind: 'loading' });
    try {
      const link = await adapter.invitations.inspect(token, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.show({ kind: 'link', link });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.show(
        AdapterError.is(error) && error.kind === 'not-found'
          ? { kind: 'unknown' }
          : { kind: 'error', error },
      );
    }
  }

  private show(phase: AcceptPhase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }

  /** Chooses how to register (the password form opens for `password`). */
  choose(method: RegistrationMethod): void {
    this.method = method;
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /** The person typed in the password form. */
  edit(change: Partial<Pick<PasswordForm, 'password' | 'confirm'>>): void {
    const refused = change.password === undefined ? this.form.refused : [];
    this.form = { ...this.form, ...change, refused };
    this.host.requestUpdate();
  }

  /** The policy's rules the password does not meet yet (the live checklist's unmet lines). */
  get unmet(): PasswordIssue[] {
    const link = this.link;
    if (!link?.passwordPolicy) return [];
    return checkPassword(this.form.password, link.passwordPolicy, link.invitee ?? {});
  }

  /** Whether the confirmation differs from the password (only once it was typed or submitted). */
  get mismatch(): boolean {
    const { password, confirm, submitted } = this.form;
    return (submitted || confirm !== '') && password !== confirm;
  }

  /**
   * Google or Microsoft: fires `portico-signin-provider-request`; unless a listener takes over
   * (`preventDefault()`: the vendor runs OAuth), accepts with no credential.
   */
  async provider(provider: 'google' | 'microsoft'): Promise<void> {
    const link = this.link;
    if (!link || link.status !== 'valid' || this.busy) return;
    this.choose(provider);
    const detail = { provider, token: this.options.token(), email: link.invitee?.email ?? '' };
    if (!emit(this.host, 'portico-signin-provider-request', detail)) return;
    await this.accept(provider);
  }

  /** Submits the password form: refused here while a rule is unmet or the confirmation differs. */
  async submitPassword(): Promise<void> {
    this.form = { ...this.form, submitted: true };
    this.host.requestUpdate();
    if (this.unmet.length || this.mismatch || !this.form.password) return;
    await this.accept('password', this.form.password);
  }

  /**
   * Accepts the link with `method` (a password, or an identity provider's credential). The answer
   * replaces the page; a link that stopped working meanwhile shows its own page; a refused password
   * shows its reasons on the field; anything else stays as `failure` on the form.
   */
  async accept(method: RegistrationMethod, secret?: string): Promise<void> {
    const adapter = this.options.adapter();
    const token = this.options.token();
    if (!adapter || !token || this.busy) return;
    this.busy = method;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const acceptance = await adapter.invitations.accept(token, method, secret);
      this.form = { password: '', confirm: '', submitted: false, refused: [] };
      this.show({ kind: 'accepted', acceptance });
      emit(this.host, 'portico-invitation-accepted', { acceptance });
    } catch (error) {
      this.refusal(error);
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  private refusal(error: unknown): void {
    const link = this.link;
    const closed = AdapterError.is(error) ? closedCodes[error.code ?? ''] : undefined;
    if (link && closed) return this.show({ kind: 'link', link: { ...link, status: closed } });
    if (AdapterError.is(error) && error.kind === 'not-found') return this.show({ kind: 'unknown' });
    if (AdapterError.is(error) && error.kind === 'validation') {
      const password = error.fields.filter((field) => field.field === 'password');
      if (password.length && password.length === error.fields.length) {
        this.form = { ...this.form, refused: password };
        return;
      }
    }
    this.failure = error;
  }

  /** Follows an activation link (the press is the act: opening the page wrote nothing). */
  async activate(): Promise<void> {
    const adapter = this.options.adapter();
    const token = this.options.token();
    if (!adapter || !token || this.busy || this.phase.kind !== 'activation') return;
    this.busy = 'activate';
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const activation = await adapter.invitations.activate(token);
      this.show({ kind: 'activated', activation });
      emit(this.host, 'portico-account-activated', { activation });
    } catch (error) {
      const code = AdapterError.is(error) ? error.code : undefined;
      if (code === 'activation-used' || code === 'activation-expired') {
        this.show({ kind: 'activation-closed', code });
      } else if (AdapterError.is(error) && error.kind === 'not-found') {
        this.show({ kind: 'unknown' });
      } else {
        this.failure = error;
      }
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }
}
