import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CsvParser, parseRecord, recordFlags } from '../../../src/core/csv/parser.js';

/** What the parser reported, in order: records as `[line, fields, flags, quoteLine]`, blanks as `['blank', line]`. */
type Event = [number, string[], number, number] | ['blank', number];

function parse(text: string | string[], delimiter = ';', maxFieldLength?: number): Event[] {
  const events: Event[] = [];
  const parser = new CsvParser(
    { delimiter, maxFieldLength, fieldStarts: true },
    {
      record: (fields, line, flags, quoteLine, raw, source, start, starts) => {
        events.push([line, fields, flags, quoteLine]);
        expect(source.startsWith(raw, start), `span of line ${line}`).to.equal(true);
        // Each field found where `starts` says; a field with no quote is always there.
        fields.forEach((field, i) => {
          const at = starts![i]!;
          if (at >= 0)
            expect(source.startsWith(field, at), `field ${i} of line ${line}`).to.equal(true);
          else expect(field, `field ${i} of line ${line}`).to.include('"');
          if (at >= 0) expect(at).to.be.within(start, start + raw.length);
        });
        if (flags === 0) {
          // The record's own text gives the same fields back.
          expect(parseRecord(raw, delimiter), `text of line ${line}`).to.deep.equal(fields);
        }
      },
      blank: (line) => events.push(['blank', line]),
    },
  );
  for (const chunk of Array.isArray(text) ? text : [text]) parser.push(chunk);
  parser.end();
  return events;
}

const records = (text: string, delimiter = ';') =>
  parse(text, delimiter)
    .filter((event): event is [number, string[], number, number] => event[0] !== 'blank')
    .map((event) => event[1]);

describe('CsvParser', () => {
  const cases: [string, string, string[][]][] = [
    ['one record, no line break at the end', 'a;b;c', [['a', 'b', 'c']]],
    [
      'CRLF, LF and CR mixed',
      'a;b\r\nc;d\ne;f\rg;h\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
        ['g', 'h'],
      ],
    ],
    ['a delimiter inside quotes', '"a;b";c', [['a;b', 'c']]],
    ['doubled quotes', '"say ""hi""";"""";""', [['say "hi"', '"', '']]],
    ['quotes around a delimiter', 'A;""";""";C', [['A', '";"', 'C']]],
    [
      'line breaks inside quotes are data, CR too',
      '"1\r\n2";"3\r4";"5\n6"\n',
      [['1\r\n2', '3\r4', '5\n6']],
    ],
    [
      'empty fields everywhere',
      ';;\n;a;\n',
      [
        ['', '', ''],
        ['', 'a', ''],
      ],
    ],
    ['a quote inside an unquoted field is text', 'Bia 5" tall;B "B"\n', [['Bia 5" tall', 'B "B"']]],
    [
      'spaces around quoted fields are dropped, others kept',
      '  a ; "b" ;  "c"\n',
      [['  a ', 'b', 'c']],
    ],
    ['tabs count as spaces around quotes unless they delimit', '\t"a"\t;b', [['a', 'b']]],
    [
      'leading zeros and signs stay text',
      '00123;+55;-1;1e5;true',
      [['00123', '+55', '-1', '1e5', 'true']],
    ],
    [
      // uDSV 0.7.3 never returns on these (leeoniya/uDSV#25): each row is reported as it is.
      'a short last row, unquoted, after its line break',
      'a;b;c\r\n1;2;3\r\n4;5\r\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
        ['4', '5'],
      ],
    ],
    [
      'a short last row, unquoted, at the end of the text',
      'a;b;c\r\n1;2;3\r\n4;5',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
        ['4', '5'],
      ],
    ],
    [
      // Short fields read again are shared (`ET` and `AAA` take the same slot).
      'short values read again are read as written, whatever read before them',
      'BR;CPF;55;Não;ET\nBR;CPF;56;Nã;AAA\nBR;CP;55;日本;ET\n"BR";"CPF";"5""";" Não";"AAA"\n',
      [
        ['BR', 'CPF', '55', 'Não', 'ET'],
        ['BR', 'CPF', '56', 'Nã', 'AAA'],
        ['BR', 'CP', '55', '日本', 'ET'],
        ['BR', 'CPF', '5"', ' Não', 'AAA'],
      ],
    ],
    ['a lone empty quoted field is a record, not a blank line', '""\n', [['']]],
    ['an empty text has no record', '', []],
  ];
  for (const [why, text, expected] of cases) {
    it(why, () => {
      expect(records(text)).to.deep.equal(expected);
    });
  }

  it('reports blank lines with their line numbers, and numbers records by the line they start on', () => {
    expect(parse('\r\na\n\n"b\nc"\rd\r\n\r\n')).to.deep.equal([
      ['blank', 1],
      [2, ['a'], 0, 0],
      ['blank', 3],
      [4, ['b\nc'], 0, 0],
      [6, ['d'], 0, 0],
      ['blank', 7],
    ]);
  });

  it('keeps a field with a stray quote as written and flags the record', () => {
    expect(parse('"ab"cd;e\n x "y" z;"q" r\n')).to.deep.equal([
      [1, ['"ab"cd', 'e'], recordFlags.strayQuote, 0],
      [2, [' x "y" z', '"q" r'], recordFlags.strayQuote, 0],
    ]);
  });

  it('reports an unterminated quote on its line and reads on from the next line', () => {
    expect(parse('a;b\nc;"d;e\nf;g\n"h\ni;j')).to.deep.equal([
      [1, ['a', 'b'], 0, 0],
      [2, ['c', '"d', 'e'], recordFlags.unterminatedQuote, 2],
      [3, ['f', 'g'], 0, 0],
      [4, ['"h'], recordFlags.unterminatedQuote, 4],
      [5, ['i', 'j'], 0, 0],
    ]);
  });

  it('names the line a quote opened on when the record started earlier', () => {
    expect(parse('"a\nb";"c\nd')).to.deep.equal([
      [1, ['a\nb', '"c'], recordFlags.unterminatedQuote, 2],
      [3, ['d'], 0, 0],
    ]);
  });

  it('gives up on a quoted field longer than the limit without waiting for the end of the file', () => {
    const seen: number[] = [];
    const parser = new CsvParser(
      { delimiter: ';', maxFieldLength: 50 },
      { record: (_fields, line) => seen.push(line), blank() {} },
    );
    parser.push('a;"never closed\n');
    for (let i = 0; i < 20; i++) parser.push(`row ${i};x\n`);
    // Reported while streaming: before `end()`.
    expect(seen.slice(0, 3)).to.deep.equal([1, 2, 3]);
    parser.end();
    expect(seen.length).to.equal(21);
  });

  it('keeps a very long quoted field whole', () => {
    const long = 'x;"\n'.repeat(50_000);
    const [record] = records(`"${long.replaceAll('"', '""')}";end`);
    expect(record![0]!.length).to.equal(long.length);
    expect(record![1]).to.equal('end');
  });

  it('refuses a delimiter that is not one character, a quote or a line break', () => {
    const sink = { record() {}, blank() {} };
    for (const delimiter of ['', ';;', '"', '\n', '\r']) {
      expect(() => new CsvParser({ delimiter }, sink), JSON.stringify(delimiter)).to.throw(
        RangeError,
      );
    }
  });

  it('gives the same records, blanks, lines and flags wherever the chunks end (property)', () => {
    const piece = fc.constantFrom(
      'a',
      'bc',
      ';',
      ',',
      '"',
      '""',
      '\r',
      '\n',
      '\r\n',
      ' ',
      'ç',
      '\t',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        fc.array(fc.nat({ max: 60 }), { maxLength: 8 }),
        fc.constantFrom(';', ',', '\t'),
        (text, cuts, delimiter) => {
          const points = [...new Set(cuts.map((cut) => Math.min(cut, text.length)))].sort(
            (a, b) => a - b,
          );
          const chunks: string[] = [];
          let at = 0;
          for (const point of points) {
            chunks.push(text.slice(at, point));
            at = point;
          }
          chunks.push(text.slice(at));
          expect(parse(chunks, delimiter)).to.deep.equal(parse(text, delimiter));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('parseRecord', () => {
  it('parses one record, and gives one empty field for an empty text', () => {
    expect(parseRecord('"a;b";c', ';')).to.deep.equal(['a;b', 'c']);
    expect(parseRecord('', ';')).to.deep.equal(['']);
  });
});
