import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { format, type Messages, type MessageParams } from './catalogue.js';
import { resolveLocale, type Locale } from './locales.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The nearest `lang`, from the element itself up through ancestors and shadow hosts. */
export function langOf(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

const live = new Set<LocaleController<string>>();
let observer: MutationObserver | undefined;

function watchLang() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of live) controller.refresh();
  });
  observer.observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ['lang'],
  });
}

/**
 * Gives an element its locale and messages. The locale is read from `lang` on the element or its
 * nearest ancestor (through shadow roots); a change of any `lang` re-renders the element.
 *
 * ```ts
 * private t = new LocaleController(this, contactListMessages);
 * render() { return html`<button>${this.t.msg('add')}</button>`; }
 * ```
 */
export class LocaleController<Keys extends string> implements ReactiveController {
  locale: Locale = 'en';
  private plurals = new Intl.PluralRules('en');
  private numbers = new Intl.NumberFormat('en');
  private dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  private shadowObserver: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    private readonly messages: Messages<Keys>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    live.add(this);
    watchLang();
    // The document observer does not see into shadow trees: watch the host itself and every shadow
    // root between it and the document, so a `lang` set inside a host's shadow DOM is seen too.
    this.shadowObserver ??= new MutationObserver(() => this.refresh());
    this.shadowObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    for (
      let root = this.host.getRootNode();
      root instanceof ShadowRoot;
      root = root.host.getRootNode()
    ) {
      this.shadowObserver.observe(root, {
        subtree: true,
        attributes: true,
        attributeFilter: ['lang'],
      });
    }
    this.refresh(false);
  }

  hostDisconnected(): void {
    live.delete(this);
    this.shadowObserver?.disconnect();
  }

  /** Re-reads `lang`; re-renders the host when the locale changed. */
  refresh(update = true): void {
    const next = resolveLocale(langOf(this.host) ?? globalThis.navigator?.language);
    if (next === this.locale && update) return;
    this.locale = next;
    this.plurals = new Intl.PluralRules(next);
    this.numbers = new Intl.NumberFormat(next);
    this.dates = new Intl.DateTimeFormat(next, { dateStyle: 'medium' });
    if (update) this.host.requestUpdate();
  }

  /** The message `key` in the active locale, with `{placeholders}` filled from `params`. */
  msg(key: Keys, params: MessageParams = {}): string {
    const message = this.messages[this.locale][key] ?? this.messages.en[key];
    return format(message, params, this.plurals);
  }

  /** Whether the catalogue has `key` (for codes that come from outside, like an adapter's error code). */
  has(key: string): key is Keys {
    return key in this.messages.en;
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  date(value: string | number | Date): string {
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? '' : this.dates.format(date);
  }

  /** A list in words: "Ana, Bia e Carla". */
  list(items: string[]): string {
    return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
  }
}
