import type { Contact } from '../../core/model/index.js';
import { adminFilter } from '../../core/permissions/index.js';
import {
  actCapability,
  lifecycleOf,
  type BulkAct,
  type RowAct,
  type Verdict,
} from '../../core/rules/index.js';
import { emit } from '../internal/index.js';
import type {
  BulkRequestDetail,
  ContactDeleteRequestDetail,
  ContactRemovedDetail,
  ContactTransferRequestDetail,
  ContactTransitionRequestDetail,
} from './contact-events.js';
import type { ContactForm } from './contact-form.js';
import { ContactFormFlow } from './contact-form-flow.js';
import type { FormView } from './contact-form-view.js';
import type { ContactList } from './contact-list.js';

/**
 * The interaction flows of `<contact-list>` — menu, form, confirmations, transfer picker, bulk acts —
 * kept apart from the element's rendering. Each flow fires its cancelable `…-request` event right before
 * the adapter is asked, reports the outcome in a toast, and leaves focus where the person can go on.
 */
export class ContactListFlows {
  private transferAbort: AbortController | undefined;
  private transferTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly form: ContactFormFlow;

  constructor(private readonly host: ContactList) {
    this.form = new ContactFormFlow(host, (opener) => this.show(opener));
  }

  private get engine() {
    return this.host.portal.engine;
  }

  private get actor() {
    return this.host.portal.actor;
  }

  /** Counts the company's acting general admins (the last one may not be suspended, inactivated or deleted). */
  async countAdmins(): Promise<void> {
    const adapter = this.host.portal.adapter;
    const engine = this.engine;
    if (!adapter || !engine) return;
    const { policy } = engine;
    try {
      const page = await adapter.contacts.list({
        filter: adminFilter(policy),
        limit: 1,
      });
      this.host.adminCount = page.total;
    } catch {
      // Without the count every admin counts as the last one: the acts stay refused, never wrongly allowed.
      this.host.adminCount = 0;
    }
  }

  /** Whether the actor may add contacts. */
  addVerdict(): Verdict {
    return this.capability('add-contacts');
  }

  /** Whether the actor may run a bulk act at all (each item is checked again when it runs). */
  bulkVerdict(act: BulkAct): Verdict {
    return this.capability(actCapability[act]);
  }

  private capability(capability: string): Verdict {
    const engine = this.engine;
    const actor = this.actor;
    if (!engine || !actor) return { allowed: false, state: 'session' };
    const explanation = engine.explain(actor, capability);
    return explanation.allowed ? { allowed: true } : { allowed: false, engine: explanation };
  }

  /** Shows the dialog once its new content is rendered, so focus lands on its first control. */
  async show(opener: HTMLElement | null): Promise<void> {
    await this.host.updateComplete;
    if (this.host.dialogs.isOpen) this.host.dialogs.focusFirst();
    else this.host.dialogs.open(opener);
  }

  // ── Menu ────────────────────────────────────────────────────────────────────────────────────────────

  /** Opens the acts menu of `contact` under its trigger and focuses the first act. */
  async openMenu(contact: Contact, opener: HTMLElement): Promise<void> {
    const host = this.host;
    const popover = host.menuElement;
    if (host.menu?.contact.id === contact.id && popover?.matches(':popover-open')) {
      popover.hidePopover();
      return;
    }
    host.menu = { contact, opener };
    await host.updateComplete;
    const menu = host.menuElement;
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
  readonly onMenuToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    const menu = this.host.menu;
    this.host.menu = undefined;
    const focus = this.host.shadowRoot?.activeElement;
    if (menu && (!focus || this.host.menuElement?.contains(focus))) menu.opener.focus();
  };

  /** A menu choice. */
  choose(act: RowAct, contact: Contact, opener: HTMLElement): void {
    this.host.menuElement?.hidePopover();
    opener.focus();
    void this.start(act, contact, opener);
  }

  /** Starts `act` on `contact`: a dialog for those that ask something, else the act itself. */
  async start(act: RowAct, contact: Contact, opener: HTMLElement): Promise<void> {
    const host = this.host;
    if (!host.verdictFor(act, contact).allowed) return;
    switch (act) {
      case 'edit':
        this.openForm('edit', contact, opener);
        return;
      case 'delete':
      case 'transfer-admin':
      case 'inactivate':
      case 'suspend':
        host.dialog = { kind: 'confirm', act, contact, keepOwn: false, busy: false };
        void this.show(opener);
        return;
      case 'transfer-tickets':
        host.dialog = {
          kind: 'transfer',
          from: contact,
          search: '',
          candidates: [],
          loading: true,
          chosen: undefined,
          busy: false,
        };
        void this.show(opener);
        this.transferSearch('', 0);
        return;
      case 'activate':
      case 'reactivate':
        await this.transition(contact, act);
        return;
      case 'resend-invitation':
        try {
          const invitation = await host.actions.resendInvitation(contact);
          host.toasts.show(host.msg('done.invitation', { email: invitation.email }));
        } catch (error) {
          host.toasts.show(host.msg('fail.generic', { reason: host.errorText(error) }), 'error', 0);
        }
        return;
    }
  }

  private async transition(contact: Contact, act: RowAct): Promise<void> {
    const host = this.host;
    const step = lifecycleOf[act];
    if (!step) return;
    if (
      !emit<ContactTransitionRequestDetail>(host, 'portico-contact-transition-request', {
        contact,
        action: step.action,
      })
    )
      return;
    try {
      const next = await host.actions.transition(contact, act);
      host.toasts.show(
        host.msg('done.transition', { name: next.name, status: host.msg(`status.${next.status}`) }),
      );
      if (contact.role === this.engine?.policy.adminRole) void this.countAdmins();
    } catch (error) {
      host.toasts.show(
        host.msg('fail.rolled-back', { name: contact.name, reason: host.errorText(error) }),
        'error',
        0,
      );
    }
  }

  // ── Confirmations ──────────────────────────────────────────────────────────────────────────────────

  /** The dialog's main button. */
  async confirm(): Promise<void> {
    const host = this.host;
    const state = host.dialog;
    if (!state) return;
    if (state.kind === 'confirm') {
      const { contact } = state;
      if (state.act === 'inactivate' || state.act === 'suspend') {
        // Optimistic: the row changes at once; a refusal rolls it back and says why.
        host.dialogs.close();
        await this.transition(contact, state.act);
        return;
      }
      if (state.act === 'delete') {
        if (
          !emit<ContactDeleteRequestDetail>(host, 'portico-contact-delete-request', { contact })
        ) {
          host.dialogs.close();
          return;
        }
        host.dialog = { ...state, busy: true, error: undefined };
        try {
          await host.actions.remove(contact);
          host.dialogs.close();
          host.toasts.show(host.msg('done.removed'));
          emit<ContactRemovedDetail>(host, 'portico-contact-removed', { contact });
          this.forget(contact.id);
          if (contact.role === this.engine?.policy.adminRole) void this.countAdmins();
        } catch (error) {
          host.dialog = { ...state, busy: false, error: host.errorText(error) };
        }
        return;
      }
      // Transfer administration (seed 001).
      if (
        !emit<ContactTransferRequestDetail>(host, 'portico-contact-transfer-request', {
          kind: 'administration',
          to: contact,
          keepOwn: state.keepOwn,
        })
      ) {
        host.dialogs.close();
        return;
      }
      host.dialog = { ...state, busy: true, error: undefined };
      try {
        await host.actions.transferAdministration(contact, state.keepOwn);
        host.dialogs.close();
        host.toasts.show(host.msg('done.saved'));
        // The actor may have stepped down: what they may do changes with it.
        await host.portal.reload();
        void this.countAdmins();
      } catch (error) {
        host.dialog = { ...state, busy: false, error: host.errorText(error) };
      }
      return;
    }
    if (state.kind === 'transfer') return this.transferTickets(state);
    if (state.kind === 'bulk-confirm') return this.runBulk(state.act, state.count);
  }

  /** Drops a deleted contact from the selection. */
  private forget(id: string): void {
    const host = this.host;
    if (host.selected.has(id)) {
      const selected = new Map(host.selected);
      selected.delete(id);
      host.selected = selected;
    }
  }

  // ── Transfer tickets ───────────────────────────────────────────────────────────────────────────────

  /** Looks for contacts who can receive the tickets (debounced like the list's search). */
  transferSearch(text: string, delay = this.host.debounce): void {
    const host = this.host;
    const state = host.dialog;
    if (state?.kind !== 'transfer') return;
    host.dialog = { ...state, search: text, loading: true };
    clearTimeout(this.transferTimer);
    this.transferAbort?.abort();
    const run = async () => {
      const adapter = host.portal.adapter;
      if (!adapter) return;
      const abort = (this.transferAbort = new AbortController());
      try {
        const page = await adapter.contacts.list(
          { search: text.trim() || undefined, filter: { status: ['active'] }, limit: 20 },
          { signal: abort.signal },
        );
        const current = host.dialog;
        if (abort.signal.aborted || current?.kind !== 'transfer') return;
        const candidates = page.items.filter((c) => c.id !== current.from.id);
        const chosen = candidates.find((c) => c.id === current.chosen?.id) ?? current.chosen;
        host.dialog = { ...current, candidates, loading: false, chosen };
      } catch (error) {
        const current = host.dialog;
        if (abort.signal.aborted || current?.kind !== 'transfer') return;
        host.dialog = { ...current, loading: false, error: host.errorText(error) };
      }
    };
    if (delay <= 0) void run();
    else this.transferTimer = setTimeout(() => void run(), delay);
  }

  private async transferTickets(
    state: Extract<NonNullable<ContactList['dialog']>, { kind: 'transfer' }>,
  ) {
    const host = this.host;
    const to = state.chosen;
    if (!to) return;
    if (
      !emit<ContactTransferRequestDetail>(host, 'portico-contact-transfer-request', {
        kind: 'tickets',
        from: state.from,
        to,
      })
    ) {
      host.dialogs.close();
      return;
    }
    host.dialog = { ...state, busy: true, error: undefined };
    try {
      await host.actions.transferTickets(state.from, to);
      host.dialogs.close();
      host.toasts.show(host.msg('done.tickets'));
    } catch (error) {
      const current = host.dialog;
      if (current?.kind === 'transfer')
        host.dialog = { ...current, busy: false, error: host.errorText(error) };
    }
  }

  // ── Bulk ───────────────────────────────────────────────────────────────────────────────────────────

  /** Asks to confirm a bulk act on the selection. */
  openBulk(act: BulkAct, opener: HTMLElement): void {
    const host = this.host;
    host.dialog = {
      kind: 'bulk-confirm',
      act,
      count: host.selectionCount,
      busy: false,
      progress: 0,
    };
    void this.show(opener);
  }

  private async runBulk(act: BulkAct, count: number): Promise<void> {
    const host = this.host;
    const ids = host.allMatching ? [] : [...host.selected.keys()];
    if (
      !emit<BulkRequestDetail>(host, 'portico-bulk-request', {
        act,
        count,
        allMatching: host.allMatching,
        ids,
      })
    ) {
      host.dialogs.close();
      return;
    }
    const update = (progress: number) => {
      if (host.dialog?.kind === 'bulk-confirm')
        host.dialog = { ...host.dialog, busy: true, progress };
    };
    update(0);
    try {
      let targets: Contact[];
      if (host.allMatching) {
        const excluded = host.excluded;
        targets = (await host.actions.matching(host.rows.query)).filter((c) => !excluded.has(c.id));
      } else {
        // Act on the freshest copy of each contact (its version guards the write).
        const loaded = new Map(host.rows.items.map((c) => [c.id, c]));
        targets = [...host.selected.values()].map((c) => loaded.get(c.id) ?? c);
      }
      const act2row: RowAct = act;
      const outcome = await host.actions.bulk(
        act,
        targets,
        (c) => host.verdictFor(act2row, c),
        update,
      );
      for (const contact of act === 'delete' ? outcome.done : []) {
        emit<ContactRemovedDetail>(host, 'portico-contact-removed', { contact });
      }
      host.clearSelection();
      host.selectionChanged();
      host.dialog = { kind: 'bulk-result', outcome };
      // The dialog stays open with its new content: put focus on it again.
      await host.updateComplete;
      host.dialogs.focusFirst();
      void this.countAdmins();
      // Rows acted on may no longer match the filter: reload what is loaded, keeping the scroll position.
      void host.refresh();
    } catch (error) {
      if (host.dialog?.kind === 'bulk-confirm')
        host.dialog = { ...host.dialog, busy: false, error: host.errorText(error) };
    }
  }

  /** Opens the add form (or the edit form of `contact`). */
  openForm(mode: 'add' | 'edit', contact: Contact | undefined, opener: HTMLElement): void {
    this.form.open(mode, contact, opener);
  }

  /** What the form template needs. */
  formView(form: ContactForm): FormView {
    return this.form.view(form);
  }
}
