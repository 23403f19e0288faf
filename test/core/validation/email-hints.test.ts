import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  commonEmailDomains,
  editDistance,
  isValidEmail,
  suggestEmail,
} from '../../../src/core/validation/index.js';

describe('suggestEmail', () => {
  const slips: [string, string][] = [
    ['ana@gmial.com', 'ana@gmail.com'],
    ['ana@gmai.com', 'ana@gmail.com'],
    ['ana@gmail.co', 'ana@gmail.com'],
    ['Ana.Souza@GMAIL.CMO', 'Ana.Souza@gmail.com'],
    ['bia@hotmail.con', 'bia@hotmail.com'],
    ['bia@hotmial.com', 'bia@hotmail.com'],
    ['bia@hotmail.com.bt', 'bia@hotmail.com.br'],
    ['caio@yaho.com.br', 'caio@yahoo.com.br'],
    ['caio@outlok.com', 'caio@outlook.com'],
    ['dani@empresa.con', 'dani@empresa.com'],
    ['dani@empresa.con.br', 'dani@empresa.com.br'],
    ['eva@ong.ogr', 'eva@ong.org'],
  ];
  for (const [typed, meant] of slips) {
    it(`suggests ${meant} for ${typed}`, () => {
      expect(suggestEmail(typed)).to.equal(meant);
    });
  }

  const intended = [
    'ana@gmail.com',
    'ana@live.com',
    'ana@empresa.com.br',
    'ana@horizonte.com.br',
    'ana@empresa.co',
    'ana@exemplo.pt',
    'ana@me.com',
    'ana',
    'ana@',
    'a@b@gmial.com',
    '',
  ];
  for (const typed of intended) {
    it(`leaves ${JSON.stringify(typed)} alone`, () => {
      expect(suggestEmail(typed)).to.equal(undefined);
    });
  }

  it('keeps the local part exactly as typed, and suggests a valid address', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zA-Z0-9._+-]{1,20}$/),
        fc.constantFrom(...commonEmailDomains),
        fc.nat(),
        (local, domain, at) => {
          // One slip: a letter of the domain's name dropped.
          const cut = at % domain.indexOf('.');
          const typo = domain.slice(0, cut) + domain.slice(cut + 1);
          const suggestion = suggestEmail(`${local}@${typo}`);
          if (suggestion === undefined) return;
          expect(suggestion.startsWith(`${local}@`)).to.equal(true);
          if (isValidEmail(`${local}@${domain}`)) expect(isValidEmail(suggestion)).to.equal(true);
        },
      ),
    );
  });

  it('never turns a common domain into another', () => {
    for (const domain of commonEmailDomains)
      expect(suggestEmail(`x@${domain}`)).to.equal(undefined);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('gmial', 'gmail')).to.equal(1);
    expect(editDistance('abc', 'abc')).to.equal(0);
    expect(editDistance('kitten', 'sitting', 5)).to.equal(3);
  });

  it('stops past its limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).to.equal(3);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b, 10)).to.equal(editDistance(b, a, 10));
      }),
    );
  });
});
