import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Contact, Invitation } from '../../core/model/index.js';
import { lifecycleOf, verdict as contactVerdict, type Verdict } from '../../core/rules/index.js';
import { invitationActCapability } from '../../core/rules/invitations.js';
import { emit } from '../../events.js';
import type { Portal } from '../portal-controller.js';
import type { InvitationsController } from './invitations-controller.js';

/** An act of `<invite-status>` that asks first, in a dialog. */
export type ConfirmAct = 'resend' | 'revoke' | 'confirm' | 'suspend';

/** The acts on a selection of the company's invitations. */
export type BulkInvitationAct = 'resend' | 'revoke';

/** The contact's lifecycle acts the person form offers (the same verdict `<contact-list>` asks). */
export type AccessAct = 'suspend' | 'reactivate';

/** One item a bulk act did not do: the verdict that refused it, the backend's error, or a cancel. */
export interface BulkRefusal {
  invitation: Invitation;
  verdict?: Verdict;
  error?: unknown;
}

/** The dialog on screen. */
export type InviteDialog =
  | { kind: 'confirm'; act: ConfirmAct; invitation?: Invitation | undefined }
  | { kind: 'bulk-confirm'; act: BulkInvitationAct; targets: Invitation[]; busy: boolean }
  | { kind: 'bulk-result'; act: BulkInvitationAct; done: Invitation[]; refused: BulkRefusal[] }
  | { kind: 'password'; busy: boolean; error?: unknown };

/** What the dialog part of the element does (a {@link DialogController}). */
export interface DialogHandle {
  open(opener?: HTMLElement | null): void;
  close(): void;
}

export interface InviteActsOptions {
  portal: Portal;
  invitations: InvitationsController;
  dialog: DialogHandle;
  /** The password typed in the password dialog (memory only), and forgetting it. */
  password: { readonly value: string; clear(): void };
  /** Says an outcome (the element words it). */
  done(act: 'set-password' | AccessAct, email: string): void;
  failed(error: unknown): void;
}

/**
 * The acts of `<invite-status>` that ask first or go beyond one invitation: the confirmation of a
 * resend (the earlier link stops working), a revoke, a confirmation by hand and a suspension; setting
 * a password by hand; suspending and reactivating the contact (`verdict` of `src/core/rules`, as
 * `<contact-list>`); the selection of the company's invitations and its bulk resend / revoke, each
 * item judged by `invitationVerdict` and reported. Each write fires its cancelable request first.
 */
export class InviteActsController implements ReactiveController {
  dialog: InviteDialog | undefined;
  /** The selected invitations' ids (company form). */
  readonly selected = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: InviteActsOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A selected invitation no longer loaded (another view, search, deleted) is no longer selected.
    const loaded = new Set(this.options.invitations.items.map((item) => item.id));
    for (const id of this.selected) if (!loaded.has(id)) this.selected.delete(id);
  }

  /** Whether the contact's lifecycle act may be done, and why not — `<contact-list>`'s verdict. */
  readonly accessVerdict = (act: AccessAct): Verdict => {
    const { engine, actor, facts } = this.options.portal;
    const contact = this.options.invitations.contact;
    if (!contact) return { allowed: false, state: 'session' };
    return contactVerdict({ engine, actor, adminCount: facts.adminCount }, act, contact);
  };

  /** Whether the actor may run a bulk act at all (the engine); each item is judged again when it runs. */
  readonly bulkVerdict = (act: BulkInvitationAct): Verdict => {
    const { engine, actor } = this.options.portal;
    if (!engine || !actor) return { allowed: false, state: 'session' };
    const explanation = engine.explain(actor, invitationActCapability[act]);
    return explanation.allowed ? { allowed: true } : { allowed: false, engine: explanation };
  };

  /** Opens the confirmation of `act` (when its verdict allows it); focus comes back to `opener`. */
  ask(act: ConfirmAct, invitation: Invitation | undefined, opener: HTMLElement | null): void {
    const allowed =
      act === 'suspend'
        ? this.accessVerdict(act)
        : this.options.invitations.verdict(act, invitation);
    if (!allowed.allowed) return;
    this.show({ kind: 'confirm', act, invitation }, opener);
  }

  /** Opens the "set a password" dialog (when `set-password` is allowed for the contact). */
  askPassword(opener: HTMLElement | null): void {
    if (!this.options.invitations.verdict('set-password').allowed) return;
    this.options.password.clear();
    this.show({ kind: 'password', busy: false }, opener);
  }

  /** Opens the confirmation of a bulk act on the selection. */
  askBulk(act: BulkInvitationAct, opener: HTMLElement | null): void {
    if (!this.bulkVerdict(act).allowed) return;
    const targets = this.options.invitations.items.filter((item) => this.selected.has(item.id));
    if (targets.length === 0) return;
    this.show({ kind: 'bulk-confirm', act, targets, busy: false }, opener);
  }

  private show(dialog: InviteDialog, opener: HTMLElement | null): void {
    this.dialog = dialog;
    this.options.dialog.open(opener);
    this.host.requestUpdate();
  }

  /** The dialog closed (any way): its state and any password typed are forgotten. */
  closed(): void {
    if (this.dialog?.kind === 'bulk-confirm' && this.dialog.busy) return;
    this.dialog = undefined;
    this.options.password.clear();
    this.host.requestUpdate();
  }

  /** The dialog's main button. */
  async confirm(): Promise<void> {
    const state = this.dialog;
    if (!state) return;
    switch (state.kind) {
      case 'confirm':
        this.options.dialog.close();
        if (state.act === 'suspend') return this.transition('suspend');
        return this.options.invitations.run(state.act, state.invitation);
      case 'password':
        return this.savePassword(state);
      case 'bulk-confirm':
        return this.runBulk(state);
      case 'bulk-result':
        this.options.dialog.close();
    }
  }

  // ── Selection ──────────────────────────────────────────────────────────────────────────────────

  toggle(id: string, on: boolean): void {
    if (on) this.selected.add(id);
    else this.selected.delete(id);
    this.host.requestUpdate();
  }

  /** Selects every loaded invitation, or none when all are selected already. */
  toggleAll(on: boolean): void {
    this.selected.clear();
    if (on) for (const item of this.options.invitations.items) this.selected.add(item.id);
    this.host.requestUpdate();
  }

  // ── Writes ─────────────────────────────────────────────────────────────────────────────────────

  /** Suspends or reactivates the contact: its request event, `contacts.transition`, then a reload. */
  async transition(act: AccessAct): Promise<void> {
    const { portal, invitations } = this.options;
    const contact = invitations.contact;
    const adapter = portal.adapter;
    if (!adapter || !contact || !this.accessVerdict(act).allowed) return;
    const action = lifecycleOf[act]!.action;
    if (!emit(this.host, 'portico-contact-transition-request', { contact, action })) return;
    await this.busy(act, contact, async () => {
      await adapter.contacts.transition(contact.id, action, { version: contact.version });
      this.options.done(act, contact.email);
    });
  }

  private async savePassword(state: Extract<InviteDialog, { kind: 'password' }>): Promise<void> {
    const { portal, invitations, password } = this.options;
    const contact = invitations.contact;
    const adapter = portal.adapter;
    if (!adapter || !contact || state.busy) return;
    if (!invitations.verdict('set-password').allowed) return;
    const request = { act: 'set-password', contactId: contact.id } as const;
    if (!emit(this.host, 'portico-invitation-request', request)) return;
    this.dialog = { kind: 'password', busy: true };
    this.host.requestUpdate();
    try {
      const saved = await adapter.invitations.setPassword(contact.id, password.value, {
        version: contact.version,
      });
      password.clear();
      this.options.dialog.close();
      emit(this.host, 'portico-invitation-changed', { ...request, contact: saved });
      this.options.done('set-password', contact.email);
      await invitations.load();
    } catch (error) {
      if (this.dialog?.kind === 'password') this.dialog = { kind: 'password', busy: false, error };
      this.host.requestUpdate();
    }
  }

  /**
   * Each selected invitation in turn: its verdict (`invitationVerdict`, as the backend), its
   * cancelable request, the write; one refusal never stops the rest. Then the result dialog.
   */
  private async runBulk(state: Extract<InviteDialog, { kind: 'bulk-confirm' }>): Promise<void> {
    const { invitations } = this.options;
    if (state.busy) return;
    this.dialog = { ...state, busy: true };
    this.host.requestUpdate();
    const done: Invitation[] = [];
    const refused: BulkRefusal[] = [];
    for (const invitation of state.targets) {
      const answer = await invitations.write(state.act, invitation);
      if (answer.ok) done.push(invitation);
      else refused.push({ invitation, ...answer });
    }
    this.selected.clear();
    this.dialog = { kind: 'bulk-result', act: state.act, done, refused };
    this.host.requestUpdate();
    await invitations.load();
  }

  private async busy(act: string, contact: Contact, work: () => Promise<void>): Promise<void> {
    const { invitations } = this.options;
    invitations.busy = `${act}:${contact.id}`;
    this.host.requestUpdate();
    try {
      await work();
    } catch (error) {
      this.options.failed(error);
    } finally {
      invitations.busy = undefined;
    }
    await invitations.load();
  }
}
