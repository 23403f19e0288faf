import type { ReactiveElement } from 'lit';

/** The first match of `selector` in `el`'s shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every match of `selector` in `el`'s shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The text a control's `aria-describedby` points to, inside `el`'s shadow root. */
export function description(el: Element, control: Element): string {
  const root = el.shadowRoot ?? (control.getRootNode() as ShadowRoot | Document);
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

/**
 * The button whose visible text is `text` (or matches it), inside `root` — an element's shadow root
 * when `root` has one, else `root` itself (a dialog, a menu).
 */
export function button(root: Element | ParentNode, text: string | RegExp): HTMLButtonElement {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`No button ${String(text)}`);
  return found;
}

/** Resolves after the element has rendered and every pending microtask and task has run. */
export async function settle(el: ReactiveElement): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Waits, render after render, until `ready` holds (the runner's own timeout bounds a hang). */
export async function until(el: ReactiveElement, ready: () => unknown): Promise<void> {
  while (!ready()) await settle(el);
  await settle(el);
}
