import type { ReactiveControllerHost } from 'lit';
import type { Contact } from '../../core/model/index.js';
import type { BulkAct, RowAct, Verdict } from '../../core/rules/index.js';
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

/**
 * A bulk delete of more than this many contacts asks the person to type how many they are deleting
 * first: a handful is five.
 */
export const typedConfirmationAbove = 5;

/** Which act dialog is showing, and its state. Failures are kept as they came; the view words them. */
export type ActDialog =
  | {
      kind: 'confirm';
      act: ConfirmedAct;
      contact: Contact;
      /** Transfer of administration: the actor keeps their own general admin role. */
      keepOwn: boolean;
      /** Transfer of administration: the actor's role now, and the role they step down to. */
      roles?: { admin: string; stepDown: string };
      busy: boolean;
      error?: unknown;
    }
  | {
      kind: 'bulk-confirm';
      act: BulkAct;
      /** How many contacts are selected. */
      count: number;
      /** The selected contacts, once gathered (all pages, for "all matching the filter"). */
      targets: Contact[] | undefined;
      /** How many of `targets` the act applies to now (`verdict`), once gathered. */
      applicable: number | undefined;
      /** What the person typed to confirm a large delete. */
      typed: string;
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

/** What the act dialogs work with, besides their host. */
export interface DialogActsOptions {
  portal: Portal;
  rows: ContactQueryController;
  actions: ContactActions;
  selection: SelectionController;
  dialog: DialogSurface;
  /** Whether `act` may be done on `contact` (with `to`: the receiver of a ticket transfer). */
  verdict: (act: RowAct, contact: Contact, to?: Contact) => Verdict;
  /** Runs a lifecycle act (its request event, the optimistic row, the notice with its undo). */
  transition: (contact: Contact, act: RowAct) => Promise<void>;
  /** Reloads the rows loaded so far, keeping the scroll position. */
  refresh: () => Promise<void>;
  /** Milliseconds the receiver search of a ticket transfer waits for the next keystroke. */
  debounce: () => number;
  notify: (notice: ListNotice) => void;
  /** Focuses the row now at `index` of the loaded rows (the one that took a deleted row's place). */
  focusRow: (index: number) => void;
}

/**
 * The dialogs of `<contact-list>`'s acts — the confirmations, the ticket transfer and its receiver
 * search, the bulk acts and their result. Loaded with the other dialogs when one is first opened. Each
 * act fires its cancelable `…-request` event right before the adapter is asked, reports the outcome as
 * a {@link ListNotice}, and leaves focus where the person can go on.
 */
export class DialogActsController {
  /** The act dialog on screen, if any. */
  dialog: ActDialog | undefined;
  /** The receiver search of a ticket transfer (the twenty first matches, each with its verdict). */
  readonly receivers: PeopleSearchController;
  private bulkAbort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: DialogActsOptions,
  ) {
    this.receivers = new PeopleSearchController(host, {
      adapter: () => options.portal.adapter,
      debounce: options.debounce,
      query: (text) => ({
        search: text.trim() || undefined,
        sort: { field: 'name', direction: 'asc' },
        limit: 20,
      }),
    });
  }

  /** Opens the dialog of `act` on `contact`. */
  open(act: ConfirmedAct | 'transfer-tickets', contact: Contact, opener: HTMLElement | null): void {
    if (act === 'transfer-tickets') {
      this.show({ kind: 'transfer', from: contact, chosen: undefined, busy: false }, opener);
      this.receivers.search('', { immediate: true });
      return;
    }
    const engine = this.options.portal.engine;
    const roles =
      act === 'transfer-admin' && engine
        ? { admin: engine.policy.adminRole, stepDown: engine.policy.defaultRole }
        : undefined;
    this.show({ kind: 'confirm', act, contact, keepOwn: false, roles, busy: false }, opener);
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

  /** Whether a click on Escape must wait (an act is on its way). */
  get busy(): boolean {
    const dialog = this.dialog;
    return dialog !== undefined && 'busy' in dialog && dialog.busy;
  }

  /** The dialog closed (Escape, Cancel, an act done). */
  closed(): void {
    if (!this.dialog) return;
    if (this.dialog.kind === 'transfer') this.receivers.reset();
    this.bulkAbort?.abort();
    this.dialog = undefined;
    this.host.requestUpdate();
  }

  /** "Keep my own general admin role" of the transfer of administration. */
  readonly keepOwn = (keep: boolean): void => this.update('confirm', { keepOwn: keep });

  /** The receiver of a ticket transfer. */
  readonly chooseReceiver = (contact: Contact): void => {
    const state = this.dialog;
    if (state?.kind !== 'transfer') return;
    if (!this.options.verdict('transfer-tickets', state.from, contact).allowed) return;
    this.update('transfer', { chosen: contact });
  };

  /** What the person typed to confirm a large bulk delete. */
  readonly typed = (text: string): void => this.update('bulk-confirm', { typed: text });

  /** Whether the dialog's main button may be pressed now. */
  get ready(): boolean {
    const state = this.dialog;
    if (!state) return false;
    if (state.kind === 'transfer') return Boolean(state.chosen) && !state.busy;
    if (state.kind === 'bulk-confirm') {
      if (state.busy || state.applicable === undefined || state.applicable === 0) return false;
      return !needsTyping(state) || state.typed.trim() === String(state.applicable);
    }
    if (state.kind === 'confirm') return !state.busy;
    return true;
  }

  // ── Confirmations ──────────────────────────────────────────────────────────────────────────────

  /** The dialog's main button. */
  async confirm(): Promise<void> {
    const state = this.dialog;
    if (!state || !this.ready) return;
    if (state.kind === 'confirm') {
      if (state.act === 'inactivate' || state.act === 'suspend') {
        // Optimistic: the row changes at once; a refusal rolls it back and says why.
        this.options.dialog.close();
        await this.options.transition(state.contact, state.act);
        return;
      }
      if (state.act === 'delete') return this.remove(state);
      return this.transferAdministration(state);
    }
    if (state.kind === 'transfer') return this.transferTickets(state);
    if (state.kind === 'bulk-confirm') return this.runBulk(state);
  }

  private async remove(state: Extract<ActDialog, { kind: 'confirm' }>): Promise<void> {
    const { actions, dialog, notify, portal, selection } = this.options;
    const { contact } = state;
    if (!emit(this.host, 'portico-contact-delete-request', { contact })) {
      dialog.close();
      return;
    }
    this.update('confirm', { busy: true, error: undefined });
    const index = this.options.rows.items.findIndex((c) => c.id === contact.id);
    try {
      await actions.remove(contact);
      dialog.close();
      // The row that opened the dialog is gone: focus goes to the row that took its place.
      if (index >= 0) this.options.focusRow(index);
      notify({ kind: 'removed' });
      emit(this.host, 'portico-contact-removed', { contact });
      selection.forget(contact.id);
      if (contact.role === portal.engine?.policy.adminRole) void portal.countFacts();
    } catch (error) {
      this.update('confirm', { busy: false, error });
    }
  }

  /** Transfer administration (seed 001): `to` becomes a general admin; the actor steps down unless `keepOwn`. */
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
      const before = state.contact;
      const result = await actions.transferAdministration(before, state.keepOwn);
      dialog.close();
      // The actor may have stepped down: what they may do, and every role shown of them, changes
      // (a provider reloads the session for every element it serves).
      await portal.reload();
      void portal.countFacts();
      notify({
        kind: 'admin-transferred',
        to: result.to,
        actor: result.from,
        keptOwn: state.keepOwn,
        before,
        // Whoever kept their role may give the new admin their old role back; whoever stepped down
        // may not (the new admin can hand it back).
        undo: state.keepOwn ? () => this.undoPromotion(result.to, before) : undefined,
      });
    } catch (error) {
      this.update('confirm', { busy: false, error });
    }
  }

  /** Gives `to` back the access they had `before` a transfer of administration, if the actor still may. */
  private async undoPromotion(to: Contact, before: Contact): Promise<void> {
    const { actions, notify, portal, rows } = this.options;
    const current = rows.items.find((c) => c.id === to.id) ?? to;
    const { engine, actor, facts } = portal;
    const access = { role: before.role, grants: before.grants, sites: before.sites };
    if (!engine || !actor) {
      notify({
        kind: 'undo-refused',
        contact: current,
        verdict: { allowed: false, state: 'session' },
      });
      return;
    }
    const refusal = engine.validateChange(actor, current, access, facts)[0];
    if (refusal) {
      notify({
        kind: 'undo-refused',
        contact: current,
        verdict: { allowed: false, engine: refusal },
      });
      return;
    }
    try {
      const restored = await actions.setAccess(current, access);
      void portal.countFacts();
      notify({ kind: 'undone', contact: restored });
    } catch (error) {
      notify({ kind: 'undo-refused', contact: current, error });
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
      const result = await actions.transferTickets(state.from, to);
      dialog.close();
      notify({ kind: 'tickets-moved', count: result.moved, to: result.to });
    } catch (error) {
      this.update('transfer', { busy: false, error });
    }
  }

  // ── Bulk ───────────────────────────────────────────────────────────────────────────────────────

  /**
   * Asks to confirm a bulk act on the selection, saying how many of it the act applies to (each
   * contact's `verdict`, after gathering every page of "all matching the filter").
   */
  openBulk(act: BulkAct, opener: HTMLElement | null): void {
    const { selection, rows, actions } = this.options;
    const count = selection.count;
    this.show(
      {
        kind: 'bulk-confirm',
        act,
        count,
        targets: undefined,
        applicable: undefined,
        typed: '',
        busy: false,
        progress: 0,
      },
      opener,
    );
    this.bulkAbort?.abort();
    const abort = (this.bulkAbort = new AbortController());
    const gather = async (): Promise<Contact[]> => {
      if (selection.allMatching) {
        const excluded = selection.excluded;
        return (await actions.matching(rows.query, abort.signal)).filter(
          (c) => !excluded.has(c.id),
        );
      }
      // Act on the freshest copy of each contact (its version guards the write).
      const loaded = new Map(rows.items.map((c) => [c.id, c]));
      return [...selection.selected.values()].map((c) => loaded.get(c.id) ?? c);
    };
    gather().then(
      (targets) => {
        if (abort.signal.aborted) return;
        const applicable = targets.filter((c) => this.options.verdict(act, c).allowed).length;
        this.update('bulk-confirm', { targets, applicable, count: targets.length });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) this.update('bulk-confirm', { error });
      },
    );
  }

  private async runBulk(state: Extract<ActDialog, { kind: 'bulk-confirm' }>): Promise<void> {
    const { actions, dialog, portal, selection } = this.options;
    const { act, targets } = state;
    if (!targets) return;
    const ids = selection.allMatching ? [] : [...selection.selected.keys()];
    const detail = { act, count: targets.length, allMatching: selection.allMatching, ids };
    if (!emit(this.host, 'portico-bulk-request', detail)) {
      dialog.close();
      return;
    }
    const progress = (done: number) => this.update('bulk-confirm', { busy: true, progress: done });
    progress(0);
    try {
      const outcome = await actions.bulk(
        act,
        targets,
        (c) => this.options.verdict(act, c),
        progress,
      );
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
      // (listview's `applyAnswer` takes this over once merged.)
      void this.options.refresh();
    } catch (error) {
      this.update('bulk-confirm', { busy: false, error });
    }
  }
}

/** Whether a bulk confirmation asks the person to type the count first (a delete of more than a handful). */
export function needsTyping(state: Extract<ActDialog, { kind: 'bulk-confirm' }>): boolean {
  return state.act === 'delete' && (state.applicable ?? 0) > typedConfirmationAbove;
}

/**
 * The refusals of a bulk act grouped by their reason: one group per distinct verdict or error code,
 * in the order they first came, each with the contacts it refused.
 */
export function groupRefusals(
  refused: BulkOutcome['refused'],
): { sample: BulkOutcome['refused'][number]; contacts: Contact[] }[] {
  const groups = new Map<string, { sample: BulkOutcome['refused'][number]; contacts: Contact[] }>();
  for (const item of refused) {
    const key = refusalKey(item);
    const group = groups.get(key);
    if (group) group.contacts.push(item.contact);
    else groups.set(key, { sample: item, contacts: [item.contact] });
  }
  return [...groups.values()];
}

function refusalKey(item: BulkOutcome['refused'][number]): string {
  const verdict = item.verdict;
  if (verdict && !verdict.allowed) {
    return 'engine' in verdict
      ? `engine:${verdict.engine.code}:${verdict.engine.missing ?? ''}:${verdict.engine.via ?? ''}`
      : `state:${verdict.state}:${JSON.stringify(verdict.params ?? {})}`;
  }
  const error = item.error as { kind?: unknown; code?: unknown } | undefined;
  return `error:${String(error?.kind)}:${String(error?.code)}`;
}
