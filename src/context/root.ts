import { ContextConsumer, ContextRoot, type Context, type ContextType } from '@lit/context';
import type { ReactiveElement } from 'lit';

/** Where the page's one root is kept: shared by every copy of Portico on the page (and every bundle). */
const rootKey = Symbol.for('portico.context-root');

type WithRoot = Document & { [rootKey]?: ContextRoot };

/**
 * Attaches a `ContextRoot` to the document, once per document, as `@lit/context` recommends for
 * providers that may arrive late. An element upgraded before its `<portico-provider>` ancestor (its
 * entry imported first, or the page's markup parsed before the provider's tag is defined) asks for
 * the provider's values when it connects, and nobody answers; the root keeps that unanswered request
 * and asks again, from the element, when a provider connects — so the element finds the provider
 * once it upgrades. Called by every consumer and provider when it is constructed (before it
 * connects); a no-op without a document (server rendering) or when already attached.
 */
export function ensureContextRoot(doc: Document | undefined = globalThis.document): void {
  if (!doc) return;
  const target = doc as WithRoot;
  if (target[rootKey]) return;
  const root = new ContextRoot();
  root.attach(doc as unknown as HTMLElement);
  Object.defineProperty(target, rootKey, { value: root });
}

/**
 * A `ContextConsumer` that still hears a provider upgraded after its host: the document's root is
 * attached first (see `ensureContextRoot`).
 */
export function lateContextConsumer<C extends Context<unknown, unknown>, H extends ReactiveElement>(
  host: H,
  options: { context: C; subscribe?: boolean; callback?: (value: ContextType<C>) => void },
): ContextConsumer<C, H> {
  ensureContextRoot();
  return new ContextConsumer(host, options);
}
