import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Contact } from '../../core/model/index.js';
import {
  actCapability,
  lifecycleOf,
  rowActs,
  verdict,
  type BulkAct,
  type RowAct,
  type Verdict,
  addVerdict,
} from '../../core/rules/index.js';
import { emit } from '../../events.js';
import { showDialog, type DialogSurface } from '../dialog-surface.js';
import { PeopleSearchController } from '../people-search-controller.js';
import type { Portal } from '../portal-controller.js';
import type { BulkOutcome, ContactActions } from './contact-actions.js';
import type { ContactQueryController } from './contact-query-controller.js';
import type { ListNotice } from './list-notice.js';
import type { SelectionController } from './selection-controller.js';

/** The acts that ask before they run. */
export type ConfirmedAct = 'delete' | 'transfer-admin' | 'inactivate' | 'suspend';

/** Which act dialog is showing, and its state. Failures are kept as they came; the view words them. */
export type ActDialog =
  | {
      kind: 'confirm';
      act: ConfirmedAct;
      contact: Contact;
      keepOwn: boolean;
      busy: boolean;
      error?: unknown;
    }
  | {
      kind: 'bulk-confirm';
      act: BulkAct;
      count: number;
      busy: boolean;
      progress: number;
      error?: unknown;
    }
  | { kind: 'bulk-result'; outcome: BulkOutcome }
  | {
      kind: 'transfer';
      from: Contact;
      chosen: Contact | undefined;
      busy: boolean;
      error?: unknown;
    };

/** The row whose acts menu is open, and the button that opened it. */
export interface OpenMenu {
  contact: Contact;
  opener: HTMLElement;
}

/** What the acts controller works with, besides its host. */
export interface ActsControllerOptions {
  portal: Portal;
  rows: ContactQueryController;
  actions: ContactActions;
  selection: SelectionController;
  dialog: DialogSurface;
  /** The popover element of the acts menu. */
  menu: () => HTMLElement | null | undefined;
  /** Opens the edit form (the "edit" act). */
  edit: (contact: Contact, opener: HTMLElement) => void;
  /** Reloads the rows loaded so far, keeping the scroll position. */
  refresh: () => Promise<void>;
  /** Milliseconds the receiver search of a ticket transfer waits for the next keystroke. */
  debounce: () => number;
  notify: (notice: ListNotice) => void;
}

/**
 * The acts of `<contact-list>` — whether each may be done and why not (asked of `src/core/rules`),
 * the row menu, the confirmations, the ticket transfer and its receiver search, the bulk acts. Each
 * act fires its cancelable `…-request` event right before the adapter is asked, reports the outcome
 * as a {@link ListNotice}, and leaves focus where the person can go on.
 */
export class ActsController implements ReactiveController {
  /** The open acts menu, if any. */
  menu: OpenMenu | undefined;
  /** The act dialog on screen, if any. */
  dialog: ActDialog | undefined;
  /** The receiver search of a ticket transfer (active contacts, the twenty first). */
  readonly receivers: PeopleSearchController;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: ActsControllerOptions,
  ) {
    host.addController(this);
    this.receivers = new PeopleSearchController(host, {
      adapter: () => options.portal.adapter,
      debounce: options.debounce,
      query: (text) => ({
        search: text.trim() || undefined,
        filter: { status: ['active'] },
        limit: 20,
      }),
    });
  }

  hostDisconnected(): void {
    // The menu's popover closes with the element; its trigger may be gone when it comes back.
    this.menu = undefined;
  }

  // ── Verdicts ───────────────────────────────────────────────────────────────────────────────────

  /** Whether `act` may be done on `contact`, and why not. */
  readonly verdict = (act: RowAct, contact: Contact): Verdict => {
    const { engine, actor, facts } = this.options.portal;
    return verdict({ engine, actor, adminCount: facts.adminCount }, act, contact);
  };

  /** Each act a row offers, with its verdict. */
  acts(contact: Contact): { act: RowAct; verdict: Verdict }[] {
    return rowActs(contact).map((act) => ({ act, verdict: this.verdict(act, contact) }));
  }

  /** Whether the actor may add contacts. */
  addVerdict(): Verdict {
    const { engine, actor } = this.options.portal;
    return addVerdict({ engine, actor });
  }

  /** Whether the actor may run a bulk act at all (each item is checked again when it runs). */
  readonly bulkVerdict = (act: BulkAct): Verdict => this.capability(actCapability[act]);

  private capability(capability: string): Verdict {
    const { engine, actor } = this.options.portal;
    if (!engine || !actor) return { allowed: false, state: 'session' };
    const explanation = engine.explain(actor, capability);
    return explanation.allowed ? { allowed: true } : { allowed: false, engine: explanation };
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

  /** Closes the acts menu. */
  closeMenu(): void {
    this.options.menu()?.hidePopover();
  }

  /** A menu choice. */
  chooseAct(act: RowAct, contact: Contact, opener: HTMLElement): void {
    this.closeMenu();
    opener.focus();
    void this.start(act, contact, opener);
  }

  /** Starts `act` on `contact`: a dialog for those that ask something, else the act itself. */
  async start(act: RowAct, contact: Contact, opener: HTMLElement): Promise<void> {
    if (!this.verdict(act, contact).allowed) return;
    switch (act) {
      case 'edit':
        this.options.edit(contact, opener);
        return;
      case 'delete':
      case 'transfer-admin':
      case 'inactivate':
      case 'suspend':
        this.show({ kind: 'confirm', act, contact, keepOwn: false, busy: false }, opener);
        return;
      case 'transfer-tickets':
        this.show({ kind: 'transfer', from: contact, chosen: undefined, busy: false }, opener);
        this.receivers.search('', { immediate: true });
        return;
      case 'activate':
      case 'reactivate':
        await this.transition(contact, act);
        return;
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

  private show(dialog: ActDialog, opener: HTMLElement | null): void {
    this.dialog = dialog;
    this.host.requestUpdate();
    void showDialog(this.host, this.options.dialog, opener);
  }

  /** Changes the dialog on screen, if it is still of the same kind. */
  private update<Kind extends ActDialog['kind']>(
    kind: Kind,
    change: Partial<Extract<ActDialog, { kind: Kind }>>,
  ): void {
    if (this.dialog?.kind !== kind) return;
    this.dialog = { ...this.dialog, ...change };
    this.host.requestUpdate();
  }

  /** The dialog closed (Escape, Cancel, an act done). */
  closed(): void {
    if (!this.dialog) return;
    if (this.dialog.kind === 'transfer') this.receivers.reset();
    this.dialog = undefined;
    this.host.requestUpdate();
  }

  /** "Keep my own general admin role" of the transfer of administration. */
  readonly keepOwn = (keep: boolean): void => this.update('confirm', { keepOwn: keep });

  /** The receiver of a ticket transfer. */
  readonly chooseReceiver = (contact: Contact): void =>
    this.update('transfer', { chosen: contact });

  private async transition(contact: Contact, act: RowAct): Promise<void> {
    const { actions, notify, portal } = this.options;
    const step = lifecycleOf[act];
    if (!step) return;
    if (!emit(this.host, 'portico-contact-transition-request', { contact, action: step.action }))
      return;
    try {
      const next = await actions.transition(contact, act);
      notify({ kind: 'transitioned', contact: next });
      if (contact.role === portal.engine?.policy.adminRole) void portal.countFacts();
    } catch (error) {
      notify({ kind: 'rolled-back', contact, error });
    }
  }

  // ── Confirmations ──────────────────────────────────────────────────────────────────────────────

  /** The dialog's main button. */
  async confirm(): Promise<void> {
    const state = this.dialog;
    if (!state) return;
    if (state.kind === 'confirm') {
      if (state.act === 'inactivate' || state.act === 'suspend') {
        // Optimistic: the row changes at once; a refusal rolls it back and says why.
        this.options.dialog.close();
        await this.transition(state.contact, state.act);
        return;
      }
      if (state.act === 'delete') return this.remove(state);
      return this.transferAdministration(state);
    }
    if (state.kind === 'transfer') return this.transferTickets(state);
    if (state.kind === 'bulk-confirm') return this.runBulk(state.act, state.count);
  }

  private async remove(state: Extract<ActDialog, { kind: 'confirm' }>): Promise<void> {
    const { actions, dialog, notify, portal, selection } = this.options;
    const { contact } = state;
    if (!emit(this.host, 'portico-contact-delete-request', { contact })) {
      dialog.close();
      return;
    }
    this.update('confirm', { busy: true, error: undefined });
    try {
      await actions.remove(contact);
      dialog.close();
      notify({ kind: 'removed' });
      emit(this.host, 'portico-contact-removed', { contact });
      selection.forget(contact.id);
      if (contact.role === portal.engine?.policy.adminRole) void portal.countFacts();
    } catch (error) {
      this.update('confirm', { busy: false, error });
    }
  }

  /** Transfer administration (seed 001). */
  private async transferAdministration(
    state: Extract<ActDialog, { kind: 'confirm' }>,
  ): Promise<void> {
    const { actions, dialog, notify, portal } = this.options;
    const detail = { kind: 'administration', to: state.contact, keepOwn: state.keepOwn } as const;
    if (!emit(this.host, 'portico-contact-transfer-request', detail)) {
      dialog.close();
      return;
    }
    this.update('confirm', { busy: true, error: undefined });
    try {
      await actions.transferAdministration(state.contact, state.keepOwn);
      dialog.close();
      notify({ kind: 'saved' });
      // The actor may have stepped down: what they may do changes with it.
      await portal.reload();
      void portal.countFacts();
    } catch (error) {
      this.update('confirm', { busy: false, error });
    }
  }

  // ── Transfer tickets ───────────────────────────────────────────────────────────────────────────

  private async transferTickets(state: Extract<ActDialog, { kind: 'transfer' }>): Promise<void> {
    const { actions, dialog, notify } = this.options;
    const to = state.chosen;
    if (!to) return;
    const detail = { kind: 'tickets', from: state.from, to } as const;
    if (!emit(this.host, 'portico-contact-transfer-request', detail)) {
      dialog.close();
      return;
    }
    this.update('transfer', { busy: true, error: undefined });
    try {
      await actions.transferTickets(state.from, to);
      dialog.close();
      notify({ kind: 'tickets-moved' });
    } catch (error) {
      this.update('transfer', { busy: false, error });
    }
  }

  // ── Bulk ───────────────────────────────────────────────────────────────────────────────────────

  /** Asks to confirm a bulk act on the selection. */
  openBulk(act: BulkAct, opener: HTMLElement): void {
    const count = this.options.selection.count;
    this.show({ kind: 'bulk-confirm', act, count, busy: false, progress: 0 }, opener);
  }

  private async runBulk(act: BulkAct, count: number): Promise<void> {
    const { actions, dialog, portal, rows, selection } = this.options;
    const ids = selection.allMatching ? [] : [...selection.selected.keys()];
    const detail = { act, count, allMatching: selection.allMatching, ids };
    if (!emit(this.host, 'portico-bulk-request', detail)) {
      dialog.close();
      return;
    }
    const progress = (done: number) => this.update('bulk-confirm', { busy: true, progress: done });
    progress(0);
    try {
      let targets: Contact[];
      if (selection.allMatching) {
        const excluded = selection.excluded;
        targets = (await actions.matching(rows.query)).filter((c) => !excluded.has(c.id));
      } else {
        // Act on the freshest copy of each contact (its version guards the write).
        const loaded = new Map(rows.items.map((c) => [c.id, c]));
        targets = [...selection.selected.values()].map((c) => loaded.get(c.id) ?? c);
      }
      const outcome = await actions.bulk(act, targets, (c) => this.verdict(act, c), progress);
      for (const contact of act === 'delete' ? outcome.done : []) {
        emit(this.host, 'portico-contact-removed', { contact });
      }
      selection.clear();
      selection.changed();
      this.dialog = { kind: 'bulk-result', outcome };
      this.host.requestUpdate();
      // The dialog stays open with its new content: put focus on it again.
      await this.host.updateComplete;
      dialog.focusFirst();
      void portal.countFacts();
      // Rows acted on may no longer match the filter: reload what is loaded, keeping the scroll position.
      void this.options.refresh();
    } catch (error) {
      this.update('bulk-confirm', { busy: false, error });
    }
  }
}
