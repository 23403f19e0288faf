import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatCsvField,
  readCsv,
  startsLikeFormula,
  suggestMapping,
  templateCaution,
  templateHeaderRow,
  writeCsv,
  writeTemplate,
  type CsvDelimiter,
  type CsvEncoding,
} from '../../../src/core/csv/index.js';
import { canEncode, encodeText } from './support.js';

describe('formatCsvField', () => {
  it('escapes every formula prefix OWASP lists: a leading quote, the field in quotes', () => {
    for (const value of ['=1+1', '+55', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(formatCsvField(value), JSON.stringify(value)).to.equal(`"'${value}"`);
      expect(startsLikeFormula(value)).to.equal(true);
    }
    expect(formatCsvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(formatCsvField('a=b')).to.equal('a=b');
    expect(formatCsvField('=1', { escapeFormulas: false })).to.equal('=1');
  });

  it('quotes a field holding the delimiter, a quote or a line break, doubling its quotes', () => {
    expect(formatCsvField('a;b')).to.equal('"a;b"');
    expect(formatCsvField('a,b')).to.equal('a,b');
    expect(formatCsvField('a,b', { delimiter: ',' })).to.equal('"a,b"');
    expect(formatCsvField('5" tall')).to.equal('"5"" tall"');
    expect(formatCsvField('1\n2')).to.equal('"1\n2"');
    expect(formatCsvField('1\r2')).to.equal('"1\r2"');
    expect(formatCsvField('plain', { quoteAll: true })).to.equal('"plain"');
    expect(formatCsvField('00123')).to.equal('00123');
  });
});

describe('writeCsv', () => {
  it('writes what Excel in Brazil opens right: BOM, `;`, CRLF', () => {
    expect(
      writeCsv([
        ['Nome', 'CPF'],
        ['José', '01234567890'],
      ]),
    ).to.equal('\uFEFFNome;CPF\r\nJosé;01234567890\r\n');
    expect(writeCsv([['a', 'b']], { bom: false, delimiter: ',', lineEnding: '\n' })).to.equal(
      'a,b\n',
    );
    expect(writeCsv([], { bom: false })).to.equal('');
    expect(writeCsv([[''], ['', '']], { bom: false })).to.equal('""\r\n;\r\n');
  });

  const encodings: { encoding: CsvEncoding; bom: boolean; detect: boolean }[] = [
    { encoding: 'utf-8', bom: true, detect: true },
    { encoding: 'utf-8', bom: false, detect: true },
    { encoding: 'utf-16le', bom: true, detect: true },
    { encoding: 'utf-16be', bom: true, detect: true },
    { encoding: 'windows-1252', bom: false, detect: false },
    { encoding: 'iso-8859-1', bom: false, detect: false },
  ];

  it('writes any table that reads back equal, whatever the delimiter, quoting, line endings and encoding (property)', async () => {
    const text = fc
      .string({ unit: 'binary', maxLength: 12 })
      .map((value) => value.replaceAll('\0', ''));
    const latin = fc.string({
      unit: fc.constantFrom(
        'a',
        'ç',
        'Ã',
        '€',
        '“',
        ';',
        ',',
        '"',
        '\n',
        '\r',
        ' ',
        '\t',
        '|',
        '0',
        '=',
      ),
      maxLength: 8,
    });
    // Single-byte encodings get text they can write; the others any text at all.
    const tables = (which: number) => {
      const cell = encodings[which]!.detect ? fc.oneof(text, latin) : latin;
      return fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 8 });
    };
    await fc.assert(
      fc.asyncProperty(
        fc
          .nat({ max: encodings.length - 1 })
          .chain((which) => fc.tuple(fc.constant(which), tables(which))),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom<CsvDelimiter>(';', ',', '\t', '|'),
        fc.boolean(),
        fc.constantFrom<'\r\n' | '\n' | '\r'>('\r\n', '\n', '\r'),
        async ([which, table], width, delimiter, quoteAll, lineEnding) => {
          const { encoding, bom, detect } = encodings[which]!;
          const rows = table.map((row) => row.slice(0, width));
          const written = writeCsv(rows, {
            delimiter,
            quoteAll,
            lineEnding,
            bom: false,
            escapeFormulas: false,
          });
          // Cases a reader cannot tell from the framing itself: a first line `sep=X`, a leading U+FEFF.
          fc.pre(!/^"?sep=/i.test(written) && !written.startsWith('\uFEFF'));
          fc.pre(canEncode(written, encoding));
          const bytes = encodeText(written, encoding, bom);
          const records: string[][] = [];
          let blanks = 0;
          const summary = await readCsv(
            new Blob([bytes]),
            { delimiter, ...(detect ? {} : { encoding }) },
            {
              start() {
                records.length = 0;
              },
              record: (fields) => records.push(fields),
              blank: () => blanks++,
            },
          );
          expect(summary.encoding.encoding).to.equal(encoding);
          expect(blanks).to.equal(0);
          expect(records).to.deep.equal(rows);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the import template', () => {
  it('has headers in each locale that map back to every field', () => {
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const headers = templateHeaderRow(locale);
      expect(
        suggestMapping(headers).mapping.every((field) => field !== null),
        locale,
      ).to.equal(true);
      expect(writeTemplate(locale)).to.equal(`\uFEFF${headers.join(';')}\r\n`);
    }
    expect(templateHeaderRow('pt-BR').slice(0, 3)).to.deep.equal(['Nome', 'E-mail', 'País']);
  });

  it("carries the seed's caution about leading zeros as data for the element", () => {
    expect(templateCaution).to.deep.equal({
      code: 'csv-template-leading-zeros',
      params: { example: '0xxxxxxxxxx' },
    });
  });
});
