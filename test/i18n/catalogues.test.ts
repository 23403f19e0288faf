import { expect } from '@open-wc/testing';
import {
  allLocales,
  defineMessages,
  format,
  mergeMessages,
  type Message,
  type Messages,
  plural,
} from '../../src/i18n/catalogue.js';
import { locales } from '../../src/i18n/locales.js';
import { topics } from '../helpers/topics.js';

const placeholders = (message: Message) =>
  typeof message === 'string' ? [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : [];

/** Renders a message with sample values, for function messages (plurals) at several counts. */
function samples(message: Message, locale: string): string[] {
  const rules = new Intl.PluralRules(locale);
  // Any parameter a message asks for gets a sample: a number for counts, a marked word otherwise.
  const paramsWith = (count: number) =>
    new Proxy<Record<string, string | number>>(
      {},
      {
        get: (_, key): string | number =>
          key === 'count' || key === 'total' || key === 'n' ? count : `«${String(key)}»`,
        has: () => true,
      },
    );
  if (typeof message === 'string') return [format(message, paramsWith(2), rules)];
  return [0, 1, 2, 5, 1000].map((count) => format(message, paramsWith(count), rules));
}

describe('message catalogues', () => {
  const loaded: Record<string, Messages<string>> = {};
  before(async () => {
    for (const [name, topic] of Object.entries(topics)) loaded[name] = await allLocales(topic);
  });

  for (const name of Object.keys(topics)) {
    describe(name, () => {
      it('has the same keys in en, pt-BR and es', () => {
        const keys = Object.keys(loaded[name]!.en).sort();
        expect(keys.length, 'keys').to.be.greaterThan(0);
        for (const locale of locales) {
          expect(Object.keys(loaded[name]![locale]).sort(), `${locale} keys`).to.deep.equal(keys);
        }
      });

      it('has no empty message in any locale', () => {
        const messages = loaded[name]!;
        for (const locale of locales) {
          for (const key of Object.keys(messages.en)) {
            const message = messages[locale][key];
            expect(message, `${locale} ${key}`).to.not.equal(undefined);
            for (const text of samples(message!, locale)) {
              expect(text.trim(), `${locale} ${key}`).to.not.equal('');
            }
          }
        }
      });

      it('uses the same placeholders in every locale', () => {
        const messages = loaded[name]!;
        for (const key of Object.keys(messages.en)) {
          const expected = placeholders(messages.en[key]!);
          for (const locale of locales) {
            expect(placeholders(messages[locale][key]!), `${locale} ${key}`).to.deep.equal(
              expected,
            );
          }
        }
      });
    });
  }
});

describe('mergeMessages', () => {
  it('joins any number of modules locale by locale, a later module winning on a shared key', () => {
    const a = defineMessages({
      en: { x: 'a', y: 'ay' },
      'pt-BR': { x: 'á', y: 'ái' },
      es: { x: 'a', y: 'ai' },
    });
    const b = defineMessages({ en: { y: 'by' }, 'pt-BR': { y: 'bê' }, es: { y: 'be' } });
    const c = defineMessages({ en: { z: 'c' }, 'pt-BR': { z: 'cê' }, es: { z: 'ce' } });
    const merged = mergeMessages(a, b, c);
    expect(merged.en).to.deep.equal({ x: 'a', y: 'by', z: 'c' });
    expect(merged['pt-BR']).to.deep.equal({ x: 'á', y: 'bê', z: 'cê' });
    // The inputs are left as they were.
    expect(a.en).to.deep.equal({ x: 'a', y: 'ay' });
  });
});

describe('plural', () => {
  it('gives zero the plural form in every locale, though CLDR files pt-BR’s 0 under “one”', () => {
    const forms = {
      en: { one: '# contact', other: '# contacts' },
      'pt-BR': { one: '# contato', other: '# contatos' },
      es: { one: '# contacto', other: '# contactos' },
    } as const;
    expect(new Intl.PluralRules('pt-BR').select(0)).to.equal('one');
    const rendered = locales.map((locale) => {
      const rules = new Intl.PluralRules(locale);
      return [0, 1, 2].map((n) => plural(n, rules, forms[locale])).join(' / ');
    });
    expect(rendered).to.deep.equal([
      '0 contatos / 1 contato / 2 contatos',
      '0 contacts / 1 contact / 2 contacts',
      '0 contactos / 1 contacto / 2 contactos',
    ]);
  });
});
