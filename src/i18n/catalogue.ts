import { locales, type Locale } from './locales.js';

/** Values a message may interpolate as `{name}`. */
export type MessageParams = Record<string, string | number>;

/**
 * A message is a template with `{name}` placeholders, or a function of the params and the locale's
 * plural rules for counts ("1 contato", "2 contatos").
 */
export type Message = string | ((params: MessageParams, plural: Intl.PluralRules) => string);

/** The words of one locale: a message per key. */
export type Catalogue<Keys extends string = string> = Record<Keys, Message>;

/** A message module held in memory: a catalogue per shipped locale, all with the same keys. */
export type Messages<Keys extends string> = Record<Locale, Catalogue<Keys>>;

/**
 * A message module kept out of the initial bundle: per locale, a dynamic `import()` of a module whose
 * default export is that locale's catalogue. A bundler splits each into its own chunk, so a page
 * loads only the locales it speaks.
 */
export type LazyMessages<Keys extends string> = Record<
  Locale,
  () => Promise<{ default: Catalogue<Keys> }>
>;

/** A topic of words an element speaks: in memory, or loaded on demand. */
export type Topic<Keys extends string> = Messages<Keys> | LazyMessages<Keys>;

/** The keys of a topic, or of a catalogue source. */
export type KeysOf<T> =
  T extends CatalogueSource<infer Keys>
    ? Keys
    : T extends Record<Locale, infer Entry>
      ? Entry extends () => Promise<{ default: Record<infer Keys extends string, Message> }>
        ? Keys
        : Entry extends Record<infer Keys extends string, Message>
          ? Keys
          : never
      : never;

/** Declares a message module held in memory; the type makes a missing translation a compile error. */
export function defineMessages<const Keys extends string>(
  messages: { en: Catalogue<Keys> } & Record<Exclude<Locale, 'en'>, Catalogue<Keys>>,
): Messages<Keys> {
  return messages;
}

/**
 * Declares a message module loaded on demand: `import()` of one module per locale, each
 * `export default { … } satisfies Catalogue<keyof typeof en>` (the English module is the source of
 * the keys, so a missing or extra key in a translation is a compile error).
 */
export function lazyMessages<Keys extends string>(loaders: LazyMessages<Keys>): LazyMessages<Keys> {
  return loaders;
}

const placeholder = /\{(\w+)\}/g;

/** Renders one message. Unknown placeholders stay visible rather than vanish. */
export function format(message: Message, params: MessageParams, plural: Intl.PluralRules): string {
  if (typeof message === 'function') return message(params, plural);
  return message.replace(placeholder, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const numberFormats = new WeakMap<Intl.PluralRules, Intl.NumberFormat>();

/**
 * A number as the locale of `rules` writes it ("100,000", "100.000"). The formatter is made once per
 * locale: making one costs more than a list's whole scroll frame.
 */
export function countOf(value: number, rules: Intl.PluralRules): string {
  let format = numberFormats.get(rules);
  if (!format) {
    format = new Intl.NumberFormat(rules.resolvedOptions().locale);
    numberFormats.set(rules, format);
  }
  return format.format(value);
}

/**
 * Picks a plural form with the locale's rules: `plural(n, rules, { one: '…', other: '…' })`. Zero takes
 * the plural form in every language we ship ("0 contatos", "0 contactos", "0 contacts"): CLDR files
 * Brazilian Portuguese's 0 under `one`, which reads "0 contato" — wrong to a Brazilian reader.
 */
export function plural(
  count: number,
  rules: Intl.PluralRules,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form = count === 0 ? forms.other : (forms[rules.select(count)] ?? forms.other);
  return form.replace('#', countOf(count, rules));
}

/** Joins message modules held in memory into one (a later module wins on a shared key), locale by locale. */
export function mergeMessages<const Modules extends Messages<string>[]>(
  ...modules: Modules
): Messages<KeysOf<Modules[number]>> {
  const merged = { en: {}, 'pt-BR': {}, es: {} } as Record<Locale, Catalogue>;
  for (const module of modules) {
    for (const locale of Object.keys(merged) as Locale[])
      Object.assign(merged[locale], module[locale]);
  }
  return merged;
}

function isLazy(topic: Topic<string>): topic is LazyMessages<string> {
  return typeof topic.en === 'function';
}

/** Every source with words loaded on demand, for {@link preloadLocale}. */
const sources = new Set<CatalogueSource<string>>();

/**
 * The words an element speaks: its topics joined (a later topic wins on a shared key), per locale,
 * loaded once and shared by every instance. Topics held in memory are there at once; lazy ones come
 * with `load(locale)`.
 */
export class CatalogueSource<Keys extends string> {
  private readonly loaded = new Map<Locale, Catalogue<Keys>>();
  private readonly loading = new Map<Locale, Promise<Catalogue<Keys>>>();

  constructor(private readonly topics: readonly Topic<string>[]) {
    if (topics.some(isLazy)) sources.add(this);
  }

  /** The words of `locale` if they are in memory now (no loading needed), else `undefined`. */
  peek(locale: Locale): Catalogue<Keys> | undefined {
    const known = this.loaded.get(locale);
    if (known || this.topics.some(isLazy)) return known;
    const merged = this.merge(this.topics.map((topic) => (topic as Messages<string>)[locale]));
    this.loaded.set(locale, merged);
    return merged;
  }

  /** The words of `locale`, loading what is not in memory yet (once, however often it is asked). */
  load(locale: Locale): Promise<Catalogue<Keys>> {
    const known = this.peek(locale);
    if (known) return Promise.resolve(known);
    let pending = this.loading.get(locale);
    if (!pending) {
      pending = Promise.all(
        this.topics.map((topic) =>
          isLazy(topic)
            ? topic[locale]().then((module) => module.default)
            : Promise.resolve(topic[locale]),
        ),
      ).then(
        (parts) => {
          const merged = this.merge(parts);
          this.loaded.set(locale, merged);
          this.loading.delete(locale);
          return merged;
        },
        (error: unknown) => {
          // A failed chunk may load on a later try (the network came back).
          this.loading.delete(locale);
          throw error;
        },
      );
      this.loading.set(locale, pending);
    }
    return pending;
  }

  private merge(parts: readonly Catalogue[]): Catalogue<Keys> {
    return Object.assign({}, ...parts) as Catalogue<Keys>;
  }
}

/**
 * The words of an element: the topics it speaks, joined in order (a later topic wins on a shared key).
 *
 * ```ts
 * export const listCatalogue = catalogue(commonMessages, errorMessages, contactListMessages);
 * ```
 */
export function catalogue<const Topics extends Topic<string>[]>(
  ...topics: Topics
): CatalogueSource<KeysOf<Topics[number]>> {
  return new CatalogueSource(topics);
}

/**
 * Starts loading `locale` for every element catalogue known to the page (those of the elements
 * imported so far), so words are there when the elements render. `<portico-provider locale="…">`
 * calls it; a host may too, as early as it knows the locale. Resolves when all are loaded; a
 * failure is left to the elements, which keep their current words.
 */
export async function preloadLocale(locale: Locale): Promise<void> {
  await Promise.allSettled([...sources].map((source) => source.load(locale)));
}

/** Every locale of a topic in memory (for tools and tests that compare translations). */
export async function allLocales<Keys extends string>(topic: Topic<Keys>): Promise<Messages<Keys>> {
  const entries = await Promise.all(
    locales.map(async (locale) => {
      const entry = topic[locale];
      return [locale, typeof entry === 'function' ? (await entry()).default : entry] as const;
    }),
  );
  return Object.fromEntries(entries) as Messages<Keys>;
}

/**
 * A moment as the locale of `rules` writes a time of day ("14:32", "2:32 PM"), for a message function
 * whose param is an ISO 8601 date; an unreadable date is shown as it came.
 */
export function clockTime(iso: string | number, rules: Intl.PluralRules): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(rules.resolvedOptions().locale, { timeStyle: 'short' }).format(
    date,
  );
}
