import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Contact } from '../../core/model/index.js';
import {
  actCapability,
  actOfAction,
  addVerdict,
  lifecycleOf,
  rowActs,
  undoOf,
  verdict,
  type BulkAct,
  type RowAct,
  type Verdict,
} from '../../core/rules/index.js';
import { emit } from '../../events.js';
import type { Portal } from '../portal-controller.js';
import type { ContactActions } from './contact-actions.js';
import type { ContactQueryController } from './contact-query-controller.js';
import type { ListNotice } from './list-notice.js';

/** The row whose acts menu is open, and the button that opened it. */
export interface OpenMenu {
  contact: Contact;
  opener: HTMLElement;
}

/** The acts that open a dialog (loaded with the dialogs on first use). */
export type DialogAct =
  'edit' | 'details' | 'delete' | 'transfer-admin' | 'inactivate' | 'suspend' | 'transfer-tickets';

/** What the acts controller works with, besides its host. */
export interface ActsControllerOptions {
  portal: Portal;
  rows: ContactQueryController;
  actions: ContactActions;
  /** The popover element of the acts menu. */
  menu: () => HTMLElement | null | undefined;
  /** Opens the dialog of an act (loading the dialogs first, the first time). */
  openDialog: (act: DialogAct, contact: Contact, opener: HTMLElement) => Promise<void>;
  notify: (notice: ListNotice) => void;
}

/**
 * The acts of `<contact-list>` that the rows need at once — whether each act may be done and why not
 * (asked of `src/core/rules`), the row menu, and the acts that ask nothing (activate, reactivate,
 * resend an invitation) with the undo of a lifecycle act. Acts that open a dialog are handed to the
 * dialogs, which load on first use.
 */
export class ActsController implements ReactiveController {
  /** The open acts menu, if any. */
  menu: OpenMenu | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: ActsControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // The menu's popover closes with the element; its trigger may be gone when it comes back.
    this.menu = undefined;
  }

  // ── Verdicts ───────────────────────────────────────────────────────────────────────────────────

  /**
   * Whether `act` may be done on `contact` (with `to`, the receiver of a ticket transfer), and why not.
   * While the session failed to load, the reason says so (not "waiting").
   */
  readonly verdict = (act: RowAct, contact: Contact, to?: Contact): Verdict => {
    const { engine, actor, facts } = this.options.portal;
    return this.sessionAware(
      verdict({ engine, actor, adminCount: facts.adminCount }, act, contact, to),
    );
  };

  /** Each act a row offers, with its verdict. */
  acts(contact: Contact): { act: RowAct; verdict: Verdict }[] {
    return rowActs(contact).map((act) => ({ act, verdict: this.verdict(act, contact) }));
  }

  /** Whether the actor may add contacts. */
  addVerdict(): Verdict {
    const { engine, actor } = this.options.portal;
    return this.sessionAware(addVerdict({ engine, actor }));
  }

  /** Whether the actor may run a bulk act at all (each item is checked again when it runs). */
  readonly bulkVerdict = (act: BulkAct): Verdict => {
    const { engine, actor } = this.options.portal;
    if (!engine || !actor) return this.sessionAware({ allowed: false, state: 'session' });
    const explanation = engine.explain(actor, actCapability[act]);
    return explanation.allowed ? { allowed: true } : { allowed: false, engine: explanation };
  };

  /** A `session` refusal becomes `session-failed` once the session could not be loaded. */
  private sessionAware(answer: Verdict): Verdict {
    if (!answer.allowed && 'state' in answer && answer.state === 'session') {
      if (this.options.portal.status === 'error')
        return { allowed: false, state: 'session-failed' };
    }
    return answer;
  }

  // ── Menu ───────────────────────────────────────────────────────────────────────────────────────

  /** Opens the acts menu of `contact` under its trigger and focuses the first act (again: closes it). */
  async openMenu(contact: Contact, opener: HTMLElement): Promise<void> {
    const popover = this.options.menu();
    if (this.menu?.contact.id === contact.id && popover?.matches(':popover-open')) {
      popover.hidePopover();
      return;
    }
    this.menu = { contact, opener };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const menu = this.options.menu();
    if (!menu) return;
    if (!menu.matches(':popover-open')) menu.showPopover();
    const rect = opener.getBoundingClientRect();
    const width = menu.offsetWidth;
    const height = menu.offsetHeight;
    const left = Math.max(8, Math.min(rect.right - width, window.innerWidth - width - 8));
    const below = rect.bottom + 4;
    const top =
      below + height > window.innerHeight - 8 ? Math.max(8, rect.top - height - 4) : below;
    menu.style.left = `${left}px`;
    menu.style.top = `${top}px`;
    menu.querySelector<HTMLElement>('.menu-item')?.focus();
  }

  /** The menu closed (Escape, a click outside, a choice): focus goes back to its trigger. */
  readonly menuToggled = (event: Event): void => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    const menu = this.menu;
    this.menu = undefined;
    this.host.requestUpdate();
    const popover = this.options.menu();
    const root = popover?.getRootNode();
    const focus = root instanceof ShadowRoot ? root.activeElement : null;
    if (menu && (!focus || popover?.contains(focus))) menu.opener.focus();
  };

  /** Closes the acts menu; with `refocus`, focus goes back to its trigger (Tab past its ends). */
  closeMenu(refocus = false): void {
    const opener = this.menu?.opener;
    this.options.menu()?.hidePopover();
    if (refocus) opener?.focus();
  }

  /** A menu choice. */
  chooseAct(act: RowAct | 'details', contact: Contact, opener: HTMLElement): void {
    this.closeMenu();
    opener.focus();
    void this.start(act, contact, opener);
  }

  /** Starts `act` on `contact`: a dialog for those that ask something, else the act itself. */
  async start(act: RowAct | 'details', contact: Contact, opener: HTMLElement): Promise<void> {
    if (act === 'details') return this.options.openDialog('details', contact, opener);
    if (!this.verdict(act, contact).allowed) return;
    switch (act) {
      case 'edit':
      case 'delete':
      case 'transfer-admin':
      case 'inactivate':
      case 'suspend':
      case 'transfer-tickets':
        return this.options.openDialog(act, contact, opener);
      case 'activate':
      case 'reactivate':
        return this.transition(contact, act);
      case 'resend-invitation':
        try {
          const invitation = await this.options.actions.resendInvitation(contact);
          this.options.notify({ kind: 'invitation-sent', email: invitation.email });
        } catch (error) {
          this.options.notify({ kind: 'failed', error });
        }
        return;
    }
  }

  /**
   * A lifecycle act: its cancelable request event, the row changed at once (rolled back with the
   * reason if the adapter refuses), and a notice that offers the inverse act when one leads back.
   */
  readonly transition = async (contact: Contact, act: RowAct): Promise<void> => {
    const { actions, notify, portal } = this.options;
    const step = lifecycleOf[act];
    if (!step) return;
    if (!emit(this.host, 'portico-contact-transition-request', { contact, action: step.action }))
      return;
    try {
      const next = await actions.transition(contact, act);
      const inverse = undoOf(step.action, contact.status);
      notify({
        kind: 'transitioned',
        contact: next,
        undo: inverse ? () => this.undo(next, actOfAction[inverse]) : undefined,
      });
      if (contact.role === portal.engine?.policy.adminRole) void portal.countFacts();
    } catch (error) {
      notify({ kind: 'rolled-back', contact, error });
    }
  };

  /** Performs `act` on the contact as the list holds it now (its version), or says why it may not. */
  private async undo(after: Contact, act: RowAct): Promise<void> {
    const { actions, notify, portal, rows } = this.options;
    const current = rows.items.find((c) => c.id === after.id) ?? after;
    const allowed = this.verdict(act, current);
    if (!allowed.allowed) {
      notify({ kind: 'undo-refused', contact: current, verdict: allowed });
      return;
    }
    try {
      const next = await actions.transition(current, act);
      notify({ kind: 'undone', contact: next });
      if (current.role === portal.engine?.policy.adminRole) void portal.countFacts();
    } catch (error) {
      notify({ kind: 'undo-refused', contact: current, error });
    }
  }
}
