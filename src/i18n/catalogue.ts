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

/** Joins message modules into one (later modules win on a shared key), locale by locale. */
export function mergeMessages<A extends string, B extends string>(
  a: Messages<A>,
  b: Messages<B>,
): Messages<A | B> {
  return {
    en: { ...a.en, ...b.en },
    'pt-BR': { ...a['pt-BR'], ...b['pt-BR'] },
    es: { ...a.es, ...b.es },
  };
}
