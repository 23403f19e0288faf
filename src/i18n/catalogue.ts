import type { Locale } from './locales.js';

/** Values a message may interpolate as `{name}`. */
export type MessageParams = Record<string, string | number>;

/**
 * A message is a template with `{name}` placeholders, or a function of the params and the locale's
 * plural rules for counts ("1 contato", "2 contatos").
 */
export type Message = string | ((params: MessageParams, plural: Intl.PluralRules) => string);

export type Catalogue<Keys extends string = string> = Record<Keys, Message>;

/** A message module: the English source and a translation per shipped locale, all with the same keys. */
export type Messages<Keys extends string> = Record<Locale, Catalogue<Keys>>;

/** Declares a message module; the type makes a missing translation a compile error. */
export function defineMessages<const Keys extends string>(
  messages: { en: Catalogue<Keys> } & Record<Exclude<Locale, 'en'>, Catalogue<Keys>>,
): Messages<Keys> {
  return messages;
}

const placeholder = /\{(\w+)\}/g;

/** Renders one message. Unknown placeholders stay visible rather than vanish. */
export function format(message: Message, params: MessageParams, plural: Intl.PluralRules): string {
  if (typeof message === 'function') return message(params, plural);
  return message.replace(placeholder, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks a plural form with the locale's rules: `plural(n, rules, { one: '…', other: '…' })`. */
export function plural(
  count: number,
  rules: Intl.PluralRules,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(rules.resolvedOptions().locale).format(count));
}

/** The keys of a message module. */
export type KeysOf<M> = M extends Messages<infer Keys> ? Keys : never;

/** Joins message modules into one (a later module wins on a shared key), locale by locale. */
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
