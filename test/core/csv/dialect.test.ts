import { expect } from '@open-wc/testing';
import { detectDelimiter, readSepLine } from '../../../src/core/csv/dialect.js';

describe('readSepLine', () => {
  it("recognises Excel's sep line, quoted or padded by a spreadsheet that re-saved it", () => {
    expect(readSepLine('sep=;\r\nNome;CPF', false)).to.deep.equal({ delimiter: ';', length: 7 });
    expect(readSepLine('SEP=,\nNome,CPF', false)).to.deep.equal({ delimiter: ',', length: 6 });
    expect(readSepLine('"sep=;";;;\nNome', false)).to.deep.equal({ delimiter: ';', length: 11 });
    expect(readSepLine('sep=\t\rNome', false)).to.deep.equal({ delimiter: '\t', length: 6 });
    expect(readSepLine('sep=|', true)).to.deep.equal({ delimiter: '|', length: 5 });
  });

  it('waits for the end of the line, and ignores anything that is not exactly a sep line', () => {
    expect(readSepLine('sep=;', false)).to.equal(undefined);
    expect(readSepLine('sep=;\r', false)).to.equal(undefined);
    expect(readSepLine('sep=\nNome', false)).to.equal(undefined);
    expect(readSepLine('sep=;x\nNome', false)).to.equal(undefined);
    expect(readSepLine('Nome;sep=;\n', false)).to.equal(undefined);
    expect(readSepLine('separador;x\n', false)).to.equal(undefined);
    expect(readSepLine('', true)).to.equal(undefined);
  });
});

describe('detectDelimiter', () => {
  const cases: [string, string, string, string][] = [
    ['semicolons', 'Nome;E-mail;CPF\nAna;a@x;1\nBia;b@x;2\n', ';', 'consistent'],
    [
      'a pt-BR file whose amounts have decimal commas',
      'Nome;Salário;Comissão\nAna;3.250,75;2,5\nBia;2.980,10;1,75\nCaio;5.100,00;3\n',
      ';',
      'consistent',
    ],
    ['commas', 'Name,Email,Phone\nAna,a@x,1\nBia,b@x,2\n', ',', 'consistent'],
    ['tabs', 'Nome\tE-mail\nAna\ta@x\n', '\t', 'consistent'],
    [
      'pipes, with commas in the text',
      'NOME|OBS\nANA|SIM, CLARO\nBIA|NAO, OBRIGADO\n',
      '|',
      'consistent',
    ],
    [
      'commas, with every field quoted and a semicolon inside one',
      '"Nome","Cargo"\n"Souza, Ana","Analista; Sênior"\n"Lima, Bia","Gerente"\n',
      ',',
      'consistent',
    ],
    ['a header only', 'Nome;E-mail;CPF', ';', 'consistent'],
    ['one column', 'E-mail\na@x\nb@x\n', ';', 'single-column'],
    ['nothing', '', ';', 'single-column'],
    ['a tie, which goes to the semicolon', 'a;b,c\n1;2,3\n', ';', 'consistent'],
    ['the larger field count on equal consistency', 'a,b;c,d\n1,2;3,4\n', ',', 'consistent'],
  ];
  for (const [why, sample, delimiter, reason] of cases) {
    it(why, () => {
      expect(detectDelimiter(sample, true)).to.deep.equal({ delimiter, reason });
    });
  }

  it('leaves out the last, possibly cut, record of a sample that is not the whole file', () => {
    const sample = 'Nome;E-mail\nAna;a@x\nBia;b@x\nCaio,c';
    expect(detectDelimiter(sample, false).delimiter).to.equal(';');
  });
});
