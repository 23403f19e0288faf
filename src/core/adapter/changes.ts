/**
 * The change feed's plumbing, shared by the adapters: a set of listeners that hear every change, where
 * one listener that throws neither stops the others nor fails the write that made the change.
 *
 * @module
 */
import type { Change } from './types.js';

/** Reports an error thrown by a listener as an uncaught one, later and on its own. */
export function reportLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  });
}

/** Runs `call`; an error it throws goes to `report` instead of reaching the caller. */
export function safely(call: () => void, report: (error: unknown) => void = reportLater): void {
  try {
    call();
  } catch (error) {
    report(error);
  }
}

/** Listeners of one feed. */
export class ChangeHub<L extends (...args: never[]) => void = (change: Change) => void> {
  private readonly listeners = new Set<L>();

  /** @param report where an error thrown by a listener goes (default: reported as uncaught, later). */
  constructor(readonly report: (error: unknown) => void = reportLater) {}

  /** Adds `listener`; answers the function that removes it (calling it twice is harmless). */
  subscribe(listener: L): () => void {
    // A wrapper, so the same function subscribed twice is two subscriptions, each ended on its own.
    const entry = ((...args: Parameters<L>) => listener(...args)) as L;
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  /** Tells every listener; an error thrown by one is reported on its own, later (never to the writer). */
  emit(...args: Parameters<L>): void {
    for (const listener of [...this.listeners]) safely(() => listener(...args), this.report);
  }

  get size(): number {
    return this.listeners.size;
  }
}

/**
 * The changes to tell a session about one change: the change itself, and when it touches the signed-in
 * person's own contact, a `session` change for them too (their role or status may have changed).
 */
export function withSession(change: Change, actorId: string | undefined): Change[] {
  if (change.record !== 'contact' || actorId === undefined || !change.ids.includes(actorId))
    return [change];
  return [
    change,
    { record: 'session', kind: change.kind === 'removed' ? 'removed' : 'updated', ids: [actorId] },
  ];
}

/** Tells `listener` one change, and the session change it implies for `actorId` (each on its own). */
export function tell(
  listener: (change: Change) => void,
  change: Change,
  actorId: string | undefined,
  report: (error: unknown) => void = reportLater,
): void {
  for (const each of withSession(change, actorId)) safely(() => listener(each), report);
}
