import { AdapterError } from '../../src/core/adapter/errors.js';
import type { MemoryAdapter } from '../../src/core/adapter/memory/index.js';
import type { PortalAdapter } from '../../src/core/adapter/types.js';

type Method = (...args: unknown[]) => unknown;

/**
 * Wraps every method of every group of `inner` (`contacts.list`, `session.current`…) with `wrap`,
 * which receives the call's path, its arguments and the original call.
 */
export function wrapAdapter(
  inner: PortalAdapter,
  wrap: (path: string, args: unknown[], call: () => unknown) => unknown,
): PortalAdapter {
  return new Proxy(inner, {
    get(target, group) {
      const api = Reflect.get(target, group) as unknown;
      if (typeof api !== 'object' || api === null) return api;
      return new Proxy(api as Record<string, unknown>, {
        get(methods, name) {
          const value = Reflect.get(methods, name) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) =>
            wrap(`${String(group)}.${String(name)}`, args, () =>
              (value as Method).apply(methods, args),
            );
        },
      });
    },
  });
}

/** Wraps an adapter so that every call answers with `answer()` while `active()` holds. */
export function intercept(
  inner: PortalAdapter,
  active: () => boolean,
  answer: () => Promise<never>,
): PortalAdapter {
  return wrapAdapter(inner, (_path, _args, call) => (active() ? answer() : call()));
}

/** An adapter whose listed contact methods fail once with `error` (a failing double for failure paths). */
export function failing(
  adapter: MemoryAdapter,
  failures: Partial<Record<'list' | 'update' | 'transition' | 'remove' | 'create', () => Error>>,
): PortalAdapter {
  return wrapAdapter(adapter, (path, _args, call) => {
    const [group, name] = path.split('.') as [string, keyof typeof failures];
    const fail = group === 'contacts' ? failures[name] : undefined;
    if (!fail) return call();
    delete failures[name];
    return Promise.reject(fail());
  });
}

/** An adapter that refuses every call as if the network were down. */
export function offline(inner: PortalAdapter): PortalAdapter {
  return intercept(
    inner,
    () => true,
    () => Promise.reject(new AdapterError('network', 'offline')),
  );
}

/** The signal a call was given (`{ signal }` in its last argument), if any. */
function signalOf(args: unknown[]): AbortSignal | undefined {
  for (const arg of args) {
    const signal = (arg as { signal?: unknown } | null)?.signal;
    if (signal instanceof AbortSignal) return signal;
  }
  return undefined;
}

/** A call held by a {@link Gated} adapter. */
interface Held {
  path: string;
  release: () => void;
}

/**
 * An adapter whose calls wait at a gate until the test lets them through, one by one or all at
 * once — a network the test drives. A held call whose signal aborts rejects at once with an
 * `AbortError`, as a real request would; it is then no longer held.
 */
export interface Gated {
  adapter: PortalAdapter;
  /** The calls waiting now, oldest first. */
  readonly held: readonly Held[];
  /** Every call made so far (held or not), by path. */
  readonly calls: readonly string[];
  /** Lets the oldest waiting call through. */
  releaseOne(): void;
  /** Lets every waiting call through, and every later call at once. */
  open(): void;
}

export function gated(inner: PortalAdapter): Gated {
  const held: Held[] = [];
  const calls: string[] = [];
  let open = false;
  const adapter = wrapAdapter(inner, (path, args, call) => {
    calls.push(path);
    if (open) return call();
    const signal = signalOf(args);
    return new Promise((resolve, reject) => {
      const entry: Held = {
        path,
        release: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(call());
        },
      };
      const onAbort = () => {
        const at = held.indexOf(entry);
        if (at !== -1) held.splice(at, 1);
        reject(new DOMException('The request was aborted', 'AbortError'));
      };
      if (signal?.aborted) {
        onAbort();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      held.push(entry);
    });
  });
  return {
    adapter,
    held,
    calls,
    releaseOne: () => held.shift()?.release(),
    open: () => {
      open = true;
      for (const entry of held.splice(0)) entry.release();
    },
  };
}

/** The adapter without its change feed (`changes`), as a vendor's own adapter may be. */
export function withoutFeed(inner: PortalAdapter): PortalAdapter {
  return new Proxy(inner, {
    get: (target, key): unknown => (key === 'changes' ? undefined : Reflect.get(target, key)),
  });
}
