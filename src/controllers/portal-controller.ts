import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adapterContext, engineContext, sessionContext } from '../context/keys.js';
import { ensureContextRoot } from '../context/root.js';
import type { Change, PortalAdapter, Session } from '../core/adapter/types.js';
import type { Contact, Policy } from '../core/model/index.js';
import { adminFilter, createPermissionEngine } from '../core/permissions/index.js';
import type { CompanyFacts, PermissionEngine } from '../core/permissions/types.js';
import { emit, type SessionStaleDetail } from '../events.js';

export type { SessionStaleDetail } from '../events.js';

/** What the portal controller needs of its element: an optional `adapter` property of its own. */
export type PortalHost = ReactiveControllerHost &
  HTMLElement & { adapter?: PortalAdapter | undefined };

/** What other controllers read of the portal: who acts, under which rules, on which adapter. */
export interface Portal {
  /** `idle` (no adapter yet), `loading`, `ready` or `error` (see `error`). */
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: unknown;
  readonly adapter: PortalAdapter | undefined;
  readonly engine: PermissionEngine | undefined;
  readonly actor: Contact | undefined;
  /** The company's facts (the admin count of the last-admin rule); zero admins until counted. */
  readonly facts: CompanyFacts;
  /** Counts the facts again (after a write that may change them). */
  countFacts(policy?: Policy, signal?: AbortSignal): Promise<CompanyFacts>;
  /** Loads session and policy again (after an act that changed the actor's own role). */
  reload(): Promise<void>;
  /**
   * Follows the adapter's change feed (`adapter.changes`): `listener` hears the changes written by anyone
   * on this adapter's backend — another element, another session, this element's own acts —, a burst
   * of them at once, and `'resync'` when the element is connected again after a time in which it heard
   * nothing (refetch what is shown). Answers the function that stops following.
   */
  follow(listener: ChangeListener): () => void;
}

/** A follower of the change feed: a burst of changes, or `'resync'` after a gap (see `Portal.follow`). */
export type ChangeListener = (changes: readonly Change[] | 'resync') => void;

/** How long the feed's changes are gathered before they are told, so a burst is told once (ms). */
export const changeBurstMs = 30;

export interface PortalOptions {
  /**
   * Counts the company's facts by itself once the session is known and `when()` holds, a frame
   * later, so the count never delays what the element shows first (on a large company it is a
   * filtered count). Without it, facts are counted only when `countFacts()` is called.
   */
  facts?: { when: () => boolean };
}

/**
 * Resolves what every element needs — adapter, session (the signed-in actor), permission engine and
 * the company's facts — from the element's own `adapter` property first, else from a
 * `<portico-provider>` above it. When only an adapter is known, it loads the session and the policy
 * itself. A load cut short by a disconnect is asked again when the element is connected again.
 *
 * `status` is `idle` (no adapter yet), `loading`, `ready` or `error`.
 */
export class PortalController implements ReactiveController, Portal {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: unknown;
  session: Session | undefined;
  engine: PermissionEngine | undefined;
  facts: CompanyFacts = { adminCount: 0 };
  /** `idle` until counted, then `loading`, `ready` or `error` (a failed count keeps zero admins). */
  factsStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';

  private fromContext: { adapter?: PortalAdapter; session?: Session; engine?: PermissionEngine } =
    {};
  private loadedFor: PortalAdapter | undefined;
  private abort: AbortController | undefined;
  private factsAbort: AbortController | undefined;
  private countedFor: PermissionEngine | undefined;
  private factsRun = 0;
  private readonly followers = new Set<ChangeListener>();
  private subscribedTo: PortalAdapter | undefined;
  private unsubscribe: (() => void) | undefined;
  private heard: Change[] = [];
  private burst: ReturnType<typeof setTimeout> | undefined;
  /** The adapter whose feed a disconnect dropped: changes to it may have been missed. */
  private missedOn: PortalAdapter | undefined;
  private quietAbort: AbortController | undefined;

  constructor(
    private readonly host: PortalHost,
    private readonly options: PortalOptions = {},
  ) {
    host.addController(this);
    // A provider upgraded after this element still answers it (see `ensureContextRoot`).
    ensureContextRoot();
    new ContextConsumer(host, {
      context: adapterContext,
      subscribe: true,
      callback: (value) => {
        this.fromContext.adapter = value;
        this.host.requestUpdate();
      },
    });
    new ContextConsumer(host, {
      context: sessionContext,
      subscribe: true,
      callback: (value) => {
        this.fromContext.session = value;
        this.host.requestUpdate();
      },
    });
    new ContextConsumer(host, {
      context: engineContext,
      subscribe: true,
      callback: (value) => {
        this.fromContext.engine = value;
        this.host.requestUpdate();
      },
    });
  }

  /** The adapter in use: the element's property wins over the provider's. */
  get adapter(): PortalAdapter | undefined {
    return this.host.adapter ?? this.fromContext.adapter;
  }

  /** The signed-in actor's contact. */
  get actor(): Contact | undefined {
    return this.session?.actor;
  }

  hostConnected(): void {
    // Connected again after a disconnect cut a load short: the next update asks again.
    if (this.loadedFor === undefined && this.status === 'loading') this.host.requestUpdate();
    this.listen();
  }

  hostUpdate(): void {
    const adapter = this.adapter;
    if (adapter !== this.subscribedTo) this.listen();
    if (!adapter) {
      this.status = 'idle';
      return;
    }
    // A provider's session and engine are for the provider's adapter; an element's own adapter loads its own.
    const useProvider = !this.host.adapter && this.fromContext.session && this.fromContext.engine;
    if (useProvider) {
      this.session = this.fromContext.session;
      this.engine = this.fromContext.engine;
      this.loadedFor = adapter;
      this.status = 'ready';
      return;
    }
    if (this.loadedFor !== adapter) void this.load(adapter);
  }

  hostUpdated(): void {
    const when = this.options.facts?.when;
    const engine = this.engine;
    if (!when || !engine || !this.adapter || this.countedFor === engine || !when()) return;
    this.countedFor = engine;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.host.isConnected) void this.countFacts();
        else this.countedFor = undefined;
      }, 0),
    );
  }

  hostDisconnected(): void {
    this.missedOn = this.subscribedTo;
    this.stopListening();
    // Abort what is on its way; what was cut short is asked again on reconnect.
    if (this.status === 'loading') {
      this.abort?.abort();
      this.loadedFor = undefined;
    }
    if (this.factsStatus === 'loading') {
      this.factsAbort?.abort();
      this.countedFor = undefined;
    }
  }

  /**
   * Reloads session and policy (after a policy change, a company switch, or an act that changed the
   * signed-in person's own role). A session that came from a `<portico-provider>` is reloaded by the
   * provider, for every element it serves: the controller asks it with `portico-session-stale`.
   */
  async reload(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    if (!this.host.adapter && this.fromContext.session) {
      const detail: SessionStaleDetail = { reloads: [] };
      emit(this.host, 'portico-session-stale', detail);
      if (detail.reloads.length) {
        await Promise.all(detail.reloads);
        return;
      }
    }
    await this.load(adapter);
  }

  /**
   * Counts the company's facts now: its acting general admins, by the engine's `adminFilter`, for
   * `policy` (by default the engine's). A failed count leaves zero admins, so every admin counts as
   * the last one: the acts that rule guards stay refused, never wrongly allowed.
   */
  async countFacts(policy = this.engine?.policy, signal?: AbortSignal): Promise<CompanyFacts> {
    const adapter = this.adapter;
    if (!adapter || !policy) return this.facts;
    this.factsAbort?.abort();
    const abort = (this.factsAbort = new AbortController());
    const run = ++this.factsRun;
    const onAbort = () => abort.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    this.factsStatus = 'loading';
    try {
      const page = await adapter.contacts.list(
        { filter: adminFilter(policy), limit: 1 },
        { signal: abort.signal },
      );
      if (run === this.factsRun) {
        this.facts = { adminCount: page.total };
        this.factsStatus = 'ready';
      }
    } catch (error) {
      if (run === this.factsRun && !abort.signal.aborted) {
        this.facts = { adminCount: 0 };
        this.factsStatus = 'error';
      }
      if (signal?.aborted) throw error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.host.requestUpdate();
    }
    return this.facts;
  }

  // ── The change feed ────────────────────────────────────────────────────────────────────────────

  follow(listener: ChangeListener): () => void {
    this.followers.add(listener);
    this.listen();
    return () => {
      this.followers.delete(listener);
      if (!this.followers.size) this.stopListening();
    };
  }

  /** Subscribes to the adapter's feed when connected, followed and not yet subscribed to this adapter. */
  private listen(): void {
    const adapter = this.adapter;
    if (adapter === this.subscribedTo && this.unsubscribe) return;
    this.stopListening();
    const feed = adapter?.changes;
    if (!adapter || !feed || !this.host.isConnected || !this.followers.size) return;
    this.subscribedTo = adapter;
    let stop: unknown;
    try {
      stop = feed.subscribe((change) => this.hear(change));
    } catch {
      // A vendor's feed that cannot be followed now: the element works as without a feed.
    }
    // Not a function (a vendor's feed may answer anything): followed, never stopped; a promise that
    // fails says nothing more than that.
    if (stop instanceof Promise) stop.catch(() => undefined);
    this.unsubscribe = typeof stop === 'function' ? (stop as () => void) : () => undefined;
    // Back on the same adapter after a gap: whatever was written meanwhile was not heard.
    const missed = this.missedOn === adapter;
    this.missedOn = undefined;
    if (missed) this.tell('resync');
  }

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
    clearTimeout(this.burst);
    this.burst = undefined;
    this.heard = [];
  }

  private hear(change: Change): void {
    this.heard.push(change);
    this.burst ??= setTimeout(() => {
      this.burst = undefined;
      const changes = this.heard;
      this.heard = [];
      this.told(changes);
    }, changeBurstMs);
  }

  /** A burst of changes: the portal's own records first (session, policy, facts), then the followers. */
  private told(changes: readonly Change[]): void {
    const own = this.host.adapter !== undefined || !this.fromContext.session;
    // The session and the policy this controller loaded itself: load them again (a provider's are the
    // provider's to reload).
    if (
      own &&
      this.status === 'ready' &&
      changes.some((c) => c.record === 'session' || c.record === 'policy')
    )
      void this.refreshSession();
    // A contact's role or status may change the admin count of the last-admin rule.
    if (this.factsStatus !== 'idle' && changes.some((c) => c.record === 'contact'))
      void this.countFacts();
    this.tell(changes);
  }

  private tell(changes: readonly Change[] | 'resync'): void {
    for (const listener of [...this.followers]) listener(changes);
  }

  /** Loads session and policy again without a loading state (what is shown stays until they land). */
  private async refreshSession(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    this.quietAbort?.abort();
    const abort = (this.quietAbort = new AbortController());
    try {
      const [session, policy] = await Promise.all([
        adapter.session.current({ signal: abort.signal }),
        adapter.permissions.policy({ signal: abort.signal }),
      ]);
      if (abort.signal.aborted || adapter !== this.adapter || this.status !== 'ready') return;
      this.session = session;
      if (policy.version !== this.engine?.policy.version || policy.id !== this.engine.policy.id)
        this.engine = createPermissionEngine(policy);
      this.host.requestUpdate();
    } catch {
      // The next change, or a reload, tries again; what is shown stays as it was.
    }
  }

  private async load(adapter: PortalAdapter): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loadedFor = adapter;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const [session, policy] = await Promise.all([
        adapter.session.current({ signal: abort.signal }),
        adapter.permissions.policy({ signal: abort.signal }),
      ]);
      if (abort.signal.aborted) return;
      this.session = session;
      this.engine = createPermissionEngine(policy);
      this.status = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
