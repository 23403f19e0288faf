import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  CatalogueSource,
  format,
  type Catalogue,
  type MessageParams,
  type Topic,
} from './catalogue.js';
import { resolveLocale, sourceLocale, type Locale } from './locales.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What code that turns things into words needs of a locale controller. */
export interface Words<Keys extends string> {
  /** The message `key` in the active locale, with `{placeholders}` filled from `params`. */
  msg: (key: Keys, params?: MessageParams) => string;
  /** Whether the catalogue has `key` (for keys made from codes that come from outside). */
  has: (key: string) => boolean;
  /** A list in words: "Ana, Bia e Carla". */
  list: (items: readonly string[]) => string;
}

/** The nearest `lang`, from the element itself up through ancestors and shadow hosts. */
export function langOf(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

const live = new Set<{ refresh(): void }>();
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

/** Sources made for a single topic handed over as is (one per topic, shared by its elements). */
const single = new WeakMap<Topic<string>, CatalogueSource<string>>();

function sourceOf<Keys extends string>(
  words: CatalogueSource<Keys> | Topic<Keys>,
): CatalogueSource<Keys> {
  if (words instanceof CatalogueSource) return words;
  let source = single.get(words);
  if (!source) {
    source = new CatalogueSource([words]);
    single.set(words, source);
  }
  return source;
}

/**
 * Gives an element its locale and words. The locale is read from `lang` on the element or its
 * nearest ancestor (through shadow roots); a change of any `lang` re-renders the element.
 *
 * Words load on demand: only the catalogue of the locale in use is fetched. Until the first one is
 * there, `msg` answers `''` (an element renders nothing rather than a raw key); on a change of `lang`
 * the previous words stay on screen until the new ones have arrived, then the element re-renders
 * once. {@link LocaleController.ready} resolves when the words of the locale asked for are in use;
 * an element folds it into `updateComplete` with {@link LocaleController.settle}.
 *
 * ```ts
 * readonly t = new LocaleController(this, listCatalogue);
 * protected override getUpdateComplete() { return this.t.settle(() => super.getUpdateComplete()); }
 * render() { return this.t.loaded ? html`<button>${this.t.msg('act.add')}</button>` : nothing; }
 * ```
 */
export class LocaleController<Keys extends string> implements ReactiveController, Words<Keys> {
  /** The locale whose words are in use (the one asked for, once its words have arrived). */
  locale: Locale = sourceLocale;
  /** The locale `lang` asks for; its words may still be on their way. */
  requested: Locale = sourceLocale;
  /** The last failure to load a catalogue, if the words in use are not those asked for because of it. */
  error: unknown;

  private readonly source: CatalogueSource<Keys>;
  private words: Catalogue<Keys> | undefined;
  private pending: Promise<void> | undefined;
  private plurals = new Intl.PluralRules(sourceLocale);
  private numbers = new Intl.NumberFormat(sourceLocale);
  private dates = new Intl.DateTimeFormat(sourceLocale, { dateStyle: 'medium' });
  private shadowObserver: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    words: CatalogueSource<Keys> | Topic<Keys>,
  ) {
    this.source = sourceOf(words);
    host.addController(this);
  }

  /** Whether words are there to render with (those of the locale asked for, or the previous ones). */
  get loaded(): boolean {
    return this.words !== undefined;
  }

  /** Whether the words of the locale asked for are still on their way. */
  get loading(): boolean {
    return this.pending !== undefined;
  }

  /**
   * Resolves when the words of the locale asked for are in use and the host was asked to render
   * with them (at once when they already are). Never rejects: a failed load keeps the words in use.
   */
  get ready(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  /**
   * The host's `updateComplete`, extended until the words of its locale are rendered: pass
   * `() => super.getUpdateComplete()` from the host's `getUpdateComplete` override.
   */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.pending) {
      await this.pending;
      done = await update();
    }
    return done;
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
    this.refresh();
  }

  hostDisconnected(): void {
    live.delete(this);
    this.shadowObserver?.disconnect();
  }

  /** Re-reads `lang`: switches to its words at once when they are in memory, else loads them first. */
  refresh(): void {
    const next = resolveLocale(langOf(this.host) ?? globalThis.navigator?.language);
    this.requested = next;
    if (next === this.locale && this.words) {
      this.pending = undefined;
      return;
    }
    const words = this.source.peek(next);
    if (words) {
      this.pending = undefined;
      this.use(next, words);
      return;
    }
    const pending: Promise<void> = this.source.load(next).then(
      (loaded) => {
        if (this.pending !== pending) return;
        this.pending = undefined;
        this.use(next, loaded);
      },
      (error: unknown) => {
        if (this.pending !== pending) return;
        this.pending = undefined;
        this.error = error;
        // Keep the words on screen; with none yet, fall back to the source locale.
        if (!this.words && next !== sourceLocale) {
          this.pending = this.source.load(sourceLocale).then(
            (loaded) => {
              this.pending = undefined;
              this.use(sourceLocale, loaded);
            },
            () => {
              this.pending = undefined;
            },
          );
        }
      },
    );
    this.pending = pending;
  }

  private use(locale: Locale, words: Catalogue<Keys>): void {
    const changed = locale !== this.locale || !this.words;
    this.words = words;
    if (!changed) return;
    this.locale = locale;
    this.error = undefined;
    this.plurals = new Intl.PluralRules(locale);
    this.numbers = new Intl.NumberFormat(locale);
    this.dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    this.host.requestUpdate();
  }

  /** The message `key` in the active locale, with `{placeholders}` filled from `params`; `''` before any words. */
  readonly msg = (key: Keys, params: MessageParams = {}): string => {
    const message = this.words?.[key];
    return message === undefined ? '' : format(message, params, this.plurals);
  };

  /** Whether the catalogue has `key` (for codes that come from outside, like an adapter's error code). */
  readonly has = (key: string): key is Keys => this.words !== undefined && key in this.words;

  number(value: number): string {
    return this.numbers.format(value);
  }

  date(value: string | number | Date): string {
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? '' : this.dates.format(date);
  }

  /** A list in words: "Ana, Bia e Carla". */
  readonly list = (items: readonly string[]): string =>
    new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
}
