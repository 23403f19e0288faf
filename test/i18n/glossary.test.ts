import { expect } from '@open-wc/testing';
import { allLocales, format, type Message, type Messages } from '../../src/i18n/catalogue.js';
import type { Glossary } from '../../src/i18n/glossary.js';
import en from '../../src/i18n/glossary/en.js';
import es from '../../src/i18n/glossary/es.js';
import ptBR from '../../src/i18n/glossary/pt-BR.js';
import { locales, type Locale } from '../../src/i18n/locales.js';
import { topics } from '../helpers/topics.js';

/**
 * One spelling per term: every catalogue (the demo's included) names a role, a capability, a
 * capability group, a contact status or a record noun exactly as the glossary of its locale does, and
 * never uses a word the glossary avoids. "Administrador de cadastro" beside "Administrador de
 * Cadastros", "tickets" where pt-BR says "chamados", "General administrator" beside "General admin"
 * all fail here.
 */

const glossaries: Record<Locale, Glossary> = { en, 'pt-BR': ptBR, es };

/** The words of a text, with where each starts and ends. */
function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** A word as a spelling check compares it: no case, no accents. */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * The key of a term's words: folded, and the last word (the head noun of "Administrador de Cadastros",
 * "Manages SaaS users") without a plural ending, so a singular or plural variant meets its term.
 */
function keyOf(parts: readonly string[]): string {
  return parts
    .map((part, i) => (i === parts.length - 1 ? fold(part).replace(/(es|s)$/, '') : fold(part)))
    .join(' ');
}

/** A term as written, or with only its first letter's case changed (it may start a sentence). */
function spelledAs(found: string, term: string): boolean {
  if (found === term) return true;
  return (
    found.slice(1) === term.slice(1) &&
    found.charAt(0).toLocaleLowerCase() === term.charAt(0).toLocaleLowerCase()
  );
}

interface Term {
  text: string;
  parts: string[];
  key: string;
  inflects: boolean;
}

/** A term from its text; `inflects` when its last word takes a plural ending (not a status adjective). */
function term(text: string, inflects: boolean): Term {
  const parts = words(text).map((w) => w.word);
  return { text, parts, key: inflects ? keyOf(parts) : parts.map(fold).join(' '), inflects };
}

/** Every term of a glossary: role, capability, group and status names, nouns in both numbers. */
function termsOf(glossary: Glossary): Term[] {
  const nouns = [
    ...Object.values(glossary.role),
    ...Object.values(glossary.capability),
    ...Object.values(glossary.group),
    ...Object.values(glossary.noun).flatMap((noun) => [noun.one, noun.other]),
  ];
  // A status is an adjective: "contatos suspensos" agrees in number, it is no second spelling.
  return [
    ...[...new Set(nouns)].map((text) => term(text, true)),
    ...Object.values(glossary.status).map((text) => term(text, false)),
  ];
}

/** What one text of a catalogue gets wrong: second spellings of terms, and avoided words. */
function problems(text: string, glossary: Glossary, terms: readonly Term[]): string[] {
  const found: string[] = [];
  const list = words(text);
  const masked = [...text];
  const byKey = new Map<string, Term[]>();
  for (const t of terms) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t]);
  const sizes = [...new Set(terms.map((t) => t.parts.length))];
  for (const size of sizes) {
    for (let i = 0; i + size <= list.length; i++) {
      const window = list.slice(i, i + size);
      const parts = window.map((w) => w.word);
      const candidates = [
        ...(byKey.get(keyOf(parts)) ?? []).filter((t) => t.inflects),
        ...(byKey.get(parts.map(fold).join(' ')) ?? []).filter((t) => !t.inflects),
      ].filter((t) => t.parts.length === size);
      if (!candidates.length) continue;
      const spelled = parts.join(' ');
      const match = candidates.find((t) => spelledAs(spelled, t.parts.join(' ')));
      if (!match) {
        found.push(`“${spelled}” is a second spelling of “${candidates[0]!.text}”`);
        continue;
      }
      // A term as the glossary spells it is no avoided word ("Usuário do Sistema", "usuários SaaS").
      for (let c = window[0]!.start; c < window.at(-1)!.end; c++) masked[c] = ' ';
    }
  }
  const rest = masked.join('');
  for (const avoid of glossary.avoid) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${avoid.pattern})(?![\\p{L}\\p{N}])`, 'iu');
    const hit = pattern.exec(rest);
    if (hit) found.push(`“${hit[0]}” is not used: say ${avoid.use}`);
  }
  return found;
}

/** Renders a message as a person reads it (function messages at several counts). */
function texts(message: Message, locale: Locale): string[] {
  const rules = new Intl.PluralRules(locale);
  const params = (count: number) =>
    new Proxy<Record<string, string | number>>(
      {},
      {
        get: (_, key): string | number =>
          key === 'count' || key === 'total' || key === 'done' || key === 'refused' ? count : '·',
        has: () => true,
      },
    );
  if (typeof message === 'string') return [message];
  return [1, 2].map((count) => format(message, params(count), rules));
}

describe('the glossary', () => {
  const loaded: Record<string, Messages<string>> = {};
  before(async () => {
    for (const [name, topic] of Object.entries(topics)) loaded[name] = await allLocales(topic);
  });

  it('has the same terms in every locale', () => {
    for (const locale of locales) {
      const glossary = glossaries[locale];
      for (const kind of ['role', 'capability', 'group', 'status', 'noun'] as const) {
        expect(Object.keys(glossary[kind]).sort(), `${locale} ${kind}`).to.deep.equal(
          Object.keys(en[kind]).sort(),
        );
      }
    }
  });

  it('is what the catalogues call roles, capabilities, groups and statuses', () => {
    const kinds = { role: 'role', capability: 'capability', 'capability-group': 'group' } as const;
    for (const locale of locales) {
      const glossary = glossaries[locale];
      const permissions = loaded.permissions![locale];
      for (const [prefix, kind] of Object.entries(kinds)) {
        for (const [id, text] of Object.entries(glossary[kind])) {
          expect(permissions[`${prefix}.${id}`], `${locale} ${prefix}.${id}`).to.equal(text);
        }
      }
      for (const [id, text] of Object.entries(glossary.status)) {
        expect(loaded.common![locale][`status.${id}`], `${locale} status.${id}`).to.equal(text);
      }
    }
  });

  it('finds a second spelling and an avoided word (the check can fail)', () => {
    const terms = termsOf(ptBR);
    expect(problems('O Administrador de cadastro pode abrir tickets.', ptBR, terms)).to.deep.equal([
      '“Administrador de cadastro” is a second spelling of “Administrador de Cadastros”',
      '“tickets” is not used: say chamado / chamados',
    ]);
    expect(problems('Adicionar usuário', ptBR, terms)).to.have.length(1);
    // The terms themselves, in either number and at the start of a sentence, are fine.
    expect(
      problems(
        'Usuário do Sistema abre chamados; usuários SaaS. Contatos e 1 contato.',
        ptBR,
        terms,
      ),
    ).to.deep.equal([]);
    expect(problems('Back to the general administrator', en, termsOf(en))).to.have.length(1);
  });

  it('has one spelling for every term in every catalogue, the demo’s included', () => {
    const found: string[] = [];
    for (const locale of locales) {
      const glossary = glossaries[locale];
      const terms = termsOf(glossary);
      for (const [name, messages] of Object.entries(loaded)) {
        for (const [key, message] of Object.entries(messages[locale])) {
          for (const text of texts(message, locale)) {
            for (const problem of problems(text, glossary, terms)) {
              found.push(`${name} ${locale} ${key}: ${problem}`);
            }
          }
        }
      }
    }
    expect([...new Set(found)]).to.deep.equal([]);
  });
});
