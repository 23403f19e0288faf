import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PortalAdapter, Session } from '../core/adapter/types.js';
import { createPermissionEngine } from '../core/permissions/index.js';
import { emit } from '../elements/internal/events.js';
import type { PermissionEngine } from '../core/permissions/types.js';
import { adapterContext, engineContext, sessionContext } from '../context/keys.js';

/**
 * Detail of `portico-session-stale`: an element learnt that the session it was given is out of date.
 * A provider that serves it pushes the promise of its reload into `reloads`.
 */
export interface SessionStaleDetail {
  reloads: Promise<void>[];
}

type Host = ReactiveControllerHost & HTMLElement & { adapter?: PortalAdapter | undefined };

/**
 * Resolves what every element needs — adapter, session (the signed-in actor) and permission engine —
 * from the element's own `adapter` property first, else from a `<portico-provider>` above it.
 * When only an adapter is known, it loads the session and the policy itself.
 *
 * `status` is `idle` (no adapter yet), `loading`, `ready` or `error`.
 */
export class PortalController implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: unknown;
  session: Session | undefined;
  engine: PermissionEngine | undefined;

  private fromContext: { adapter?: PortalAdapter; session?: Session; engine?: PermissionEngine } =
    {};
  private loadedFor: PortalAdapter | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
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
  get actor() {
    return this.session?.actor;
  }

  hostUpdate(): void {
    const adapter = this.adapter;
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

  hostDisconnected(): void {
    this.abort?.abort();
    this.loadedFor = undefined;
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
