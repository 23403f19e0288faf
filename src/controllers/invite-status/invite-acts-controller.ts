import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Invitation } from '../../core/model/index.js';
import { verdict as contactVerdict, type Verdict } from '../../core/rules/index.js';
import { invitationActCapability } from '../../core/rules/invitations.js';
import type {
  AccessAct,
  BulkInvitationAct,
  ConfirmAct,
  InviteActs,
  InviteActsOptions,
  InviteDialog,
} from './invite-acts.types.js';

export type {
  AccessAct,
  BulkInvitationAct,
  BulkRefusal,
  ConfirmAct,
  DialogHandle,
  InviteActs,
  InviteActsOptions,
  InviteDialog,
} from './invite-acts.types.js';

/**
 * The acts of `<invite-status>` that ask first or go beyond one invitation: the confirmation of a
 * resend (the earlier link stops working), a revoke, a confirmation by hand and a suspension; setting
 * a password by hand; suspending and reactivating the contact (`verdict` of `src/core/rules`, as
 * `<contact-list>`); the selection of the company's invitations and its bulk resend / revoke, each
 * item judged by `invitationVerdict` and reported. Each write fires its cancelable request first.
 */
export class InviteActsController implements ReactiveController, InviteActs {
  dialog: InviteDialog | undefined;
  /** The selected invitations' ids (company form). */
  readonly selected = new Set<string>();

  constructor(
    /** @internal */ readonly host: ReactiveControllerHost & EventTarget,
    /** @internal */ readonly options: InviteActsOptions,
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

  /** The dialog's main button (the writes load with the dialogs, on first use). */
  async confirm(): Promise<void> {
    return (await import('./invite-writes.js')).confirm(this);
  }

  /** Suspends or reactivates the contact: its request event, `contacts.transition`, then a reload. */
  async transition(act: AccessAct): Promise<void> {
    return (await import('./invite-writes.js')).transition(this, act);
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
}
