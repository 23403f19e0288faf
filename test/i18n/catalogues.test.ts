import { expect } from '@open-wc/testing';
import {
  defineMessages,
  format,
  mergeMessages,
  type Message,
  type Messages,
} from '../../src/i18n/catalogue.js';
import { locales } from '../../src/i18n/locales.js';
// Every message module under src/i18n/messages/, imported whole: each exported catalogue is checked.
import * as common from '../../src/i18n/messages/common.js';
import * as contactList from '../../src/i18n/messages/contact-list.js';
import * as errors from '../../src/i18n/messages/errors.js';
import * as permissionMatrix from '../../src/i18n/messages/permission-matrix.js';
import * as permissions from '../../src/i18n/messages/permissions.js';
import * as provider from '../../src/i18n/messages/provider.js';
import * as validation from '../../src/i18n/messages/validation.js';
// The demo portal is not the library, but it is localised the same way.
import * as demo from '../../demo/messages.js';

const modules: Record<string, Record<string, unknown>> = {
  common,
  'contact-list': contactList,
  errors,
  'permission-matrix': permissionMatrix,
  permissions,
  provider,
  validation,
  'demo/messages': demo,
};

function isCatalogueSet(value: unknown): value is Messages<string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    locales.every((locale) => typeof (value as Record<string, unknown>)[locale] === 'object')
  );
}

const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isCatalogueSet(value))
    .map(([name, value]) => ({ name: `${file}.ts: ${name}`, messages: value as Messages<string> })),
);

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
  it('exist for every module under src/i18n/messages', () => {
    for (const [file, exports] of Object.entries(modules)) {
      expect(Object.values(exports).some(isCatalogueSet), `${file}.ts exports a catalogue`).to.be
        .true;
    }
  });

  for (const { name, messages } of catalogues) {
    describe(name, () => {
      const keys = Object.keys(messages.en).sort();

      it('has the same keys in en, pt-BR and es', () => {
        for (const locale of locales) {
          expect(Object.keys(messages[locale]).sort(), `${locale} keys`).to.deep.equal(keys);
        }
      });

      it('has no empty message in any locale', () => {
        for (const locale of locales) {
          for (const key of keys) {
            const message = messages[locale][key];
            expect(message, `${locale} ${key}`).to.not.equal(undefined);
            for (const text of samples(message!, locale)) {
              expect(text.trim(), `${locale} ${key}`).to.not.equal('');
            }
          }
        }
      });

      it('uses the same placeholders in every locale', () => {
        for (const key of keys) {
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
