import { format, type Catalogue, type Message } from '../../src/i18n/catalogue.js';

/** Attributes that carry words a person reads or hears. */
const wordAttributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'];

/**
 * Every string an element shows or speaks: its text nodes (through nested shadow roots) and the
 * attributes that carry words, each trimmed, the empty ones left out. Style sheets are not words.
 */
export function visibleStrings(el: Element): string[] {
  const strings: string[] = [];
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        if (node.parentElement?.closest('style')) continue;
        const text = node.data.replace(/\s+/g, ' ').trim();
        if (text) strings.push(text);
      } else if (node instanceof Element) {
        for (const name of wordAttributes) {
          const value = node.getAttribute(name)?.trim();
          if (value) strings.push(value);
        }
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return strings;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A big count no text holds by chance: where a message puts `{count}`, any number may stand. */
const sampleCount = 987_654;

/**
 * A pattern that matches what `message` renders in `locale`, whatever its params: each `{param}` of
 * a template, or each value of a plural message (rendered for one and for many), may be anything.
 */
function patterns(message: Message, locale: string): RegExp[] {
  const rules = new Intl.PluralRules(locale);
  const marker = '\u0001';
  const params = (count: number) =>
    new Proxy<Record<string, string | number>>(
      {},
      { get: (_, key) => (key === 'count' ? count : marker), has: () => true },
    );
  const number = new RegExp(escape(new Intl.NumberFormat(locale).format(sampleCount)), 'g');
  const rendered =
    typeof message === 'string'
      ? [format(message, params(sampleCount), rules)]
      : [1, sampleCount].map((count) => format(message, params(count), rules));
  return (
    rendered
      .map((text) => text.replace(/\s+/g, ' ').trim())
      // A message that is all params ("{name}: {status}.") says nothing of its locale.
      .filter((text) => /\p{L}{2,}/u.test(text.replace(number, '').replaceAll(marker, ' ')))
      .map(
        (text) =>
          new RegExp(
            `^${escape(text)
              .replace(new RegExp(escape(marker), 'g'), '.+')
              .replace(number, '[\\d.,\\s]+')}$`,
          ),
      )
  );
}

/**
 * The strings, among `shown`, that are words of the `from` locale that `to` says otherwise — words
 * of the previous locale left on screen after a switch to `to`.
 */
export function leftovers(
  shown: readonly string[],
  from: { locale: string; words: Catalogue },
  to: Catalogue,
): string[] {
  const previous: RegExp[] = [];
  // A text the new language also says, under any key ("Status" is Portuguese too), proves nothing.
  const said = new Set(Object.values(to).filter((message) => typeof message === 'string'));
  for (const [key, message] of Object.entries(from.words)) {
    const other = to[key];
    if (other === undefined) continue;
    if (typeof message === 'string' && said.has(message)) continue;
    previous.push(...patterns(message, from.locale));
  }
  return shown.filter((text) => previous.some((pattern) => pattern.test(text)));
}

/** The strings, among `shown`, that are raw catalogue keys (a message that never arrived). */
export function rawKeys(shown: readonly string[], words: Catalogue): string[] {
  return shown.filter((text) => text in words);
}
