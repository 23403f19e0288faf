import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InvitationQuery, PortalAdapter } from '../../core/adapter/types.js';
import type {
  Contact,
  HistoryEntry,
  Invitation,
  InvitationSettings,
} from '../../core/model/index.js';
import {
  invitationAt,
  invitationVerdict,
  type InvitationAct,
} from '../../core/rules/invitations.js';
import type { Verdict } from '../../core/rules/contact-acts.js';
import { emit, type InvitationWriteAct } from '../../events.js';
import type { Portal } from '../portal-controller.js';

/** The views of the company's invitations (the status filter of `<invite-status>` without a contact). */
export const invitationViews = [
  'all',
  'pending',
  'expiring',
  'expired',
  'accepted',
  'revoked',
] as const;
export type InvitationView = (typeof invitationViews)[number];

/**
 * The orders of the company's invitations: `expiry` is the view's own (soonest first while "expiring within 7
 * days", latest first otherwise); the others sort by expiry, sending date or e-mail through the adapter.
 */
export const invitationOrders = [
  'expiry',
  'expires-soon',
  'expires-late',
  'sent-newest',
  'sent-oldest',
  'email',
] as const;
export type InvitationOrder = (typeof invitationOrders)[number];

const orderSort: Record<Exclude<InvitationOrder, 'expiry'>, InvitationQuery['sort']> = {
  'expires-soon': { field: 'expiresAt', direction: 'asc' },
  'expires-late': { field: 'expiresAt', direction: 'desc' },
  'sent-newest': { field: 'sentAt', direction: 'desc' },
  'sent-oldest': { field: 'sentAt', direction: 'asc' },
  email: { field: 'email', direction: 'asc' },
};

/** "Expiring": pending invitations whose link stops working within this many days. */
export const expiringWithinDays = 7;

const day = 86_400_000;

/** An outcome the element words (a controller holds no words). */
export type InviteNotice =
  | { kind: 'done'; act: InvitationWriteAct; email: string }
  | { kind: 'copied' }
  | { kind: 'copy-failed' }
  | { kind: 'failed'; error: unknown };

/** The writes on an invitation or a contact's access that need nothing typed (all but a password). */
export type PlainWriteAct = Exclude<InvitationWriteAct, 'set-password'>;

/** How one write went: done, refused by the verdict, cancelled by a listener, or failed. */
export type WriteAnswer =
  { ok: true } | { ok: false; verdict?: Verdict; canceled?: true; error?: unknown };

/** What `InvitationsController` sees of its element. */
export type InvitationsHost = ReactiveControllerHost & EventTarget;

export interface InvitationsOptions {
  portal: Portal;
  /** The contact whose access is shown; empty: the company's invitations. */
  contactId(): string;
  /** Invitations fetched per page (company view). */
  pageSize(): number;
  /** The clock the countdowns and verdicts read (default: the real one). */
  now?(): Date;
  notify(notice: InviteNotice): void;
}

/** Who a history entry's actor is, once looked up (id → name). */
export type ActorNames = ReadonlyMap<string, string>;

/**
 * The data and acts of `<invite-status>`: in the contact form, the contact, their invitations and
 * their history; in the company form, a page of the company's invitations by search and view. Every
 * act is asked of `invitationVerdict` (the same function the backend enforces), announced by a
 * cancelable `portico-invitation-request`, written through the adapter, then reloaded.
 */
export class InvitationsController implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: unknown;
  contact: Contact | undefined;
  /** The contact's invitations (newest first), or the loaded pages of the company's. */
  items: Invitation[] = [];
  total = 0;
  nextCursor: string | null = null;
  history: HistoryEntry[] = [];
  actors: ActorNames = new Map();
  settings: InvitationSettings | undefined;
  search = '';
  view: InvitationView = 'all';
  order: InvitationOrder = 'expiry';
  /** What is shown is loaded again: it stays on screen meanwhile (`status` is `loading`). */
  stale = false;
  /** The act running now (`act:invitation or contact id`), its control busy. */
  busy: string | undefined;

  private abort: AbortController | undefined;
  private interrupted = false;
  private loadedFor: { adapter: PortalAdapter; contactId: string } | undefined;

  constructor(
    private readonly host: InvitationsHost,
    private readonly options: InvitationsOptions,
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
    if (this.status === 'loading') this.interrupted = true;
    this.abort?.abort();
  }

  /** The clock now, as ISO 8601. */
  now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  /** Loads again when the adapter or the contact changed (call from `willUpdate`). */
  follow(): void {
    const adapter = this.options.portal.adapter;
    const contactId = this.options.contactId();
    const last = this.loadedFor;
    if (last && last.adapter === adapter && last.contactId === contactId) return;
    if (!adapter) {
      this.loadedFor = undefined;
      this.abort?.abort();
      this.status = 'idle';
      return;
    }
    this.loadedFor = { adapter, contactId };
    void this.load();
  }

  /** Sets the company view's search, view and order, and loads the first page again. */
  setQuery(change: { search?: string; view?: InvitationView; order?: InvitationOrder }): void {
    if (change.search !== undefined) this.search = change.search;
    if (change.view !== undefined) this.view = change.view;
    if (change.order !== undefined) this.order = change.order;
    void this.load();
  }

  /** Loads everything the element shows, from the first page. */
  async load(): Promise<void> {
    const adapter = this.options.portal.adapter;
    if (!adapter) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const signal = abort.signal;
    const contactId = this.options.contactId();
    // Loading again what is on screen (after a write, a new search): it stays, so focus stays too.
    this.stale =
      (this.status === 'ready' || this.stale) && this.contact?.id === (contactId || undefined);
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const settingsAsked = adapter.invitations.settings({ signal });
      // Awaited below; heard now too, so a load cut short before then leaves no rejection unheard.
      settingsAsked.catch(() => undefined);
      if (contactId) {
        const [contact, page, history] = await Promise.all([
          adapter.contacts.get(contactId, { signal }),
          adapter.invitations.list(
            { filter: { contactId }, sort: { field: 'sentAt', direction: 'desc' }, limit: 100 },
            { signal },
          ),
          adapter.contacts.history(contactId, { limit: 100 }, { signal }),
        ]);
        this.contact = contact;
        this.items = page.items;
        this.total = page.total;
        this.nextCursor = null;
        this.history = history.items;
        this.actors = await this.names(adapter, history.items, signal);
      } else {
        const page = await adapter.invitations.list(this.query(null), { signal });
        this.contact = undefined;
        this.items = page.items;
        this.total = page.total;
        this.nextCursor = page.nextCursor;
        this.history = [];
      }
      this.settings = await settingsAsked;
      if (signal.aborted) return;
      this.status = 'ready';
      this.error = undefined;
    } catch (error) {
      if (signal.aborted) return;
      this.status = 'error';
      this.error = error;
    }
    this.host.requestUpdate();
  }

  /** Loads the company view's next page. */
  async loadMore(): Promise<void> {
    const adapter = this.options.portal.adapter;
    if (!adapter || this.nextCursor === null || this.status !== 'ready') return;
    try {
      const page = await adapter.invitations.list(this.query(this.nextCursor));
      this.items = [...this.items, ...page.items];
      this.total = page.total;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.options.notify({ kind: 'failed', error });
    }
    this.host.requestUpdate();
  }

  private query(cursor: string | null): InvitationQuery {
    const statuses: Record<InvitationView, Invitation['status'][]> = {
      all: [],
      pending: ['pending'],
      expiring: ['pending'],
      expired: ['expired'],
      accepted: ['accepted'],
      revoked: ['revoked'],
    };
    const filter: InvitationQuery['filter'] = { status: statuses[this.view] };
    if (this.view === 'expiring') {
      filter.expiresBefore = new Date(
        Date.parse(this.now()) + expiringWithinDays * day,
      ).toISOString();
    }
    return {
      cursor,
      limit: this.options.pageSize(),
      search: this.search,
      filter,
      sort:
        this.order === 'expiry'
          ? { field: 'expiresAt', direction: this.view === 'expiring' ? 'asc' : 'desc' }
          : orderSort[this.order],
    };
  }

  /** The names of the people who did what the history tells (the actor's own name needs no call). */
  private async names(
    adapter: PortalAdapter,
    entries: readonly HistoryEntry[],
    signal: AbortSignal,
  ): Promise<ActorNames> {
    const names = new Map<string, string>();
    const ids = new Set(entries.map((entry) => entry.actorId).filter((id) => id !== null));
    await Promise.all(
      [...ids].map(async (id) => {
        try {
          names.set(id, (await adapter.contacts.get(id, { signal })).name);
        } catch {
          // Someone since deleted or out of sight: the entry shows without a name.
        }
      }),
    );
    return names;
  }

  /** An invitation as it reads now (a pending one past its expiry is `expired`). */
  readonly at = (invitation: Invitation): Invitation => invitationAt(invitation, this.now());

  /** Whether `act` may be done on `invitation` (or the contact), and if not why — the backend's rule. */
  readonly verdict = (act: InvitationAct, invitation?: Invitation): Verdict => {
    const { portal } = this.options;
    const contactId = invitation?.contactId ?? this.contact?.id;
    const contact = this.contact?.id === contactId ? this.contact : undefined;
    return invitationVerdict(
      { engine: portal.engine, actor: portal.actor },
      act,
      { contact, invitation },
      {
        now: this.now(),
        invitations: this.items.filter((item) => item.contactId === contactId),
        settings: this.settings ?? { resendCooldownSeconds: 0 },
      },
    );
  };

  /** Copies a usable invitation's setup link. */
  async copyLink(invitation: Invitation): Promise<void> {
    if (!this.verdict('copy-link', invitation).allowed) return;
    try {
      await navigator.clipboard.writeText(invitation.setupUrl);
      this.options.notify({ kind: 'copied' });
    } catch {
      this.options.notify({ kind: 'copy-failed' });
    }
  }

  /**
   * Does `act` when its verdict allows it and no listener cancels `portico-invitation-request`; fires
   * `portico-invitation-changed` once the backend answered, then loads again.
   */
  async run(act: PlainWriteAct, invitation?: Invitation): Promise<void> {
    const contactId = invitation?.contactId ?? this.contact?.id;
    if (!contactId || this.busy) return;
    if (!this.verdict(act, invitation).allowed) return;
    this.busy = `${act}:${invitation?.id ?? contactId}`;
    this.host.requestUpdate();
    const answer = await this.write(act, invitation);
    this.busy = undefined;
    if (answer.ok) {
      const email = invitation?.email ?? this.contact?.email ?? '';
      this.options.notify({ kind: 'done', act, email });
    } else if (answer.error !== undefined) {
      this.options.notify({ kind: 'failed', error: answer.error });
    }
    await this.load();
  }

  /**
   * One write, as every act and each item of a bulk act does it: the verdict (refused: `verdict`), the
   * cancelable `portico-invitation-request` (cancelled: `canceled`), the adapter (failed: `error`),
   * then `portico-invitation-changed`. Loads nothing.
   */
  async write(act: PlainWriteAct, invitation?: Invitation): Promise<WriteAnswer> {
    const adapter = this.options.portal.adapter;
    const contactId = invitation?.contactId ?? this.contact?.id;
    if (!adapter || !contactId) return { ok: false, verdict: { allowed: false, state: 'session' } };
    const verdict = this.verdict(act, invitation);
    if (!verdict.allowed) return { ok: false, verdict };
    const request = invitation
      ? { act, contactId, invitationId: invitation.id }
      : { act, contactId };
    if (!emit(this.host, 'portico-invitation-request', request))
      return { ok: false, canceled: true };
    try {
      const changed = await this.send(adapter, act, contactId, invitation);
      emit(this.host, 'portico-invitation-changed', { act, contactId, ...changed });
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  }

  private async send(
    adapter: PortalAdapter,
    act: PlainWriteAct,
    contactId: string,
    invitation: Invitation | undefined,
  ): Promise<{ invitation?: Invitation; contact?: Contact }> {
    const api = adapter.invitations;
    const version = invitation?.version ?? 0;
    switch (act) {
      case 'send':
        return { invitation: await api.send(contactId) };
      case 'confirm':
        return { contact: await api.confirm(contactId, { version: this.contact?.version ?? 0 }) };
      case 'resend':
        return { invitation: await api.resend(invitation!.id, { version }) };
      case 'revoke':
        return { invitation: await api.revoke(invitation!.id, { version }) };
      case 'remove':
        await api.remove(invitation!.id, { version });
        return {};
    }
  }
}
