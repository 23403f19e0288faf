import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  digitsOnly,
  fieldSeparator,
  matchesTerms,
  normalizeText,
  searchTerms,
  TextIndex,
} from '../../../src/core/search/index.js';

describe('normalizeText', () => {
  it('folds accents, cedilla, tilde and case', () => {
    expect(normalizeText('Conceição GONÇALVES')).to.equal('conceicao goncalves');
    expect(normalizeText('Sebastião Estêvão Ícaro')).to.equal('sebastiao estevao icaro');
    expect(normalizeText('JOÃO')).to.equal('joao');
    expect(normalizeText('Müller Ñandú')).to.equal('muller nandu');
  });

  it('spells out letters that do not decompose', () => {
    expect(normalizeText('Søren Æbelø Straße Łukasz')).to.equal('soren aebelo strasse lukasz');
  });

  it('keeps plain ASCII as lower case', () => {
    expect(normalizeText('Ana.Souza@Empresa.com')).to.equal('ana.souza@empresa.com');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).to.equal(once);
      }),
    );
  });
});

describe('searchTerms', () => {
  it('splits words and folds them', () => {
    expect(searchTerms('  João   GONÇALVES ')).to.deep.equal(['joao', 'goncalves']);
  });

  it('reads a number typed with its punctuation as its digits', () => {
    expect(searchTerms('123.456')).to.deep.equal(['123456']);
    expect(searchTerms('(11) 98765-4321')).to.deep.equal(['11987654321']);
    expect(searchTerms('+55 11 9')).to.deep.equal(['55119']);
    expect(searchTerms('ana 123.456-78')).to.deep.equal(['ana', '12345678']);
  });

  it('answers no terms for a blank query', () => {
    expect(searchTerms('')).to.deep.equal([]);
    expect(searchTerms('   ')).to.deep.equal([]);
  });

  it('keeps punctuation of e-mails', () => {
    expect(searchTerms('ana.souza@')).to.deep.equal(['ana.souza@']);
  });

  it('digitsOnly keeps digits in order', () => {
    expect(digitsOnly('123.456.789-09')).to.equal('12345678909');
    expect(digitsOnly('abc')).to.equal('');
  });
});

/** A brute-force search: what the index must agree with. */
function scan(texts: Map<number, string>, terms: string[]): number[] {
  return [...texts]
    .filter(([, text]) => matchesTerms(text, terms))
    .map(([key]) => key)
    .sort((a, b) => a - b);
}

const sorted = (keys: number[]) => [...keys].sort((a, b) => a - b);

describe('TextIndex', () => {
  const people = [
    'João Gonçalves',
    'Joana Dias',
    'Conceição da Silva',
    'Sebastião Araújo',
    'Maria José Souza',
  ];

  function build(): TextIndex {
    const index = new TextIndex();
    people.forEach((name, key) => index.set(key, normalizeText(name)));
    return index;
  }

  it('finds "joao" in "João" and "conceicao" in "Conceição"', () => {
    const index = build();
    expect(index.search(searchTerms('joao'))).to.deep.equal([0]);
    expect(index.search(searchTerms('JOÃO'))).to.deep.equal([0]);
    expect(index.search(searchTerms('conceicao'))).to.deep.equal([2]);
    expect(index.search(searchTerms('SEBASTIAO araujo'))).to.deep.equal([3]);
  });

  it('answers short terms too, and every document for no terms', () => {
    const index = build();
    expect(sorted(index.search(searchTerms('jo')))).to.deep.equal([0, 1, 3, 4]);
    expect(sorted(index.search([]))).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('never matches across fields', () => {
    const index = new TextIndex();
    index.set(1, ['ana', 'bia'].join(fieldSeparator));
    expect(index.search(['anabia'])).to.deep.equal([]);
    expect(index.search(['ana', 'bia'])).to.deep.equal([1]);
  });

  it('follows replacements and deletions', () => {
    const index = build();
    index.set(0, normalizeText('Pedro Álvares'));
    expect(index.search(['joao'])).to.deep.equal([]);
    expect(index.search(['alvares'])).to.deep.equal([0]);
    index.delete(2);
    expect(index.search(['conceicao'])).to.deep.equal([]);
    expect(index.size).to.equal(4);
    index.delete(99);
    expect(index.size).to.equal(4);
  });

  const alphabet = fc.constantFrom(...'aãbcçdeéilnoõsu 0123'.split(''));
  const text = fc.string({ unit: alphabet, maxLength: 14 });
  const term = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });
  type Op = { kind: 'set'; key: number; text: string } | { kind: 'delete'; key: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.nat(30), text }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.nat(30) }) },
  );

  it('answers exactly what a brute-force scan answers, through any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.array(term, { maxLength: 3 }), (ops, raw) => {
        const index = new TextIndex();
        const texts = new Map<number, string>();
        for (const change of ops) {
          if (change.kind === 'set') {
            index.set(change.key, normalizeText(change.text));
            texts.set(change.key, normalizeText(change.text));
          } else {
            index.delete(change.key);
            texts.delete(change.key);
          }
        }
        const terms = raw.map(normalizeText).filter((t) => t.trim() !== '');
        expect(sorted(index.search(terms))).to.deep.equal(scan(texts, terms));
        expect(index.size).to.equal(texts.size);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a scan for text outside the packed alphabet too (bulk build and delta)', () => {
    const unit = fc.constantFrom(...'ab1 λ日~é'.split(''), fieldSeparator);
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit, maxLength: 10 }), { maxLength: 40 }),
        fc.array(fc.string({ unit, maxLength: 10 }), { maxLength: 10 }),
        fc.array(fc.string({ unit, minLength: 1, maxLength: 4 }), { maxLength: 3 }),
        (bulk, later, raw) => {
          const folded = bulk.map(normalizeText);
          const index = TextIndex.build(
            folded.map((_, key) => key),
            folded,
          );
          const texts = new Map(folded.map((text, key) => [key, text] as const));
          later.forEach((text, i) => {
            index.set(i * 2, normalizeText(text));
            texts.set(i * 2, normalizeText(text));
          });
          const terms = raw.map(normalizeText).filter((t) => t.trim() !== '');
          expect(sorted(index.search(terms))).to.deep.equal(scan(texts, terms));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays exact after compacting thousands of replacements', () => {
    const index = new TextIndex();
    const texts = new Map<number, string>();
    for (let round = 0; round < 6; round++) {
      for (let key = 0; key < 800; key++) {
        const value = normalizeText(
          `Pessoa ${key} rodada ${round} ${key % 7 === 0 ? 'João' : 'Ana'}`,
        );
        index.set(key, value);
        texts.set(key, value);
      }
    }
    for (const query of ['joao', 'rodada 5', 'pessoa 12', '799', 'rodada 0']) {
      const terms = searchTerms(query);
      expect(sorted(index.search(terms)), query).to.deep.equal(scan(texts, terms));
    }
  });
});

describe('normalizeText fast path', () => {
  const reference = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(
        /[øæœßłđðþı]/g,
        (l) =>
          ({ ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' })[l] ?? l,
      );

  it('folds Latin text exactly as the Unicode reference does', () => {
    const latin = fc.integer({ min: 0x20, max: 0x17f }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit: latin, maxLength: 20 }), (text) => {
        expect(normalizeText(text)).to.equal(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the reference for other scripts and decomposed input', () => {
    for (const text of ['Ελληνικά Σ', 'João', 'Jo\u0061\u0303o', '日本語 Ação']) {
      expect(normalizeText(text)).to.equal(reference(text));
    }
  });
});
