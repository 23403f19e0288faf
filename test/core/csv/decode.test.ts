import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  bomLengthFor,
  createDecoder,
  detectBom,
  detectEncoding,
  detectUtf16ByNuls,
  firstInvalidUtf8,
  Utf8Error,
} from '../../../src/core/csv/decode.js';
import { headBytes, pieceBytes, readCsv } from '../../../src/core/csv/reader.js';
import { encodeText } from './support.js';

/** Splits `bytes` at `cuts` (any numbers; sorted and clamped here). */
function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => Math.min(bytes.length, Math.max(0, cut))))].sort(
    (a, b) => a - b,
  );
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const point of points) {
    parts.push(bytes.subarray(at, point));
    at = point;
  }
  parts.push(bytes.subarray(at));
  return parts;
}

describe('detectBom', () => {
  it('recognises the UTF-8, UTF-16 LE and UTF-16 BE marks, and nothing else', () => {
    expect(detectBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).to.deep.equal({
      encoding: 'utf-8',
      length: 3,
    });
    expect(detectBom(new Uint8Array([0xff, 0xfe, 0x41, 0]))).to.deep.equal({
      encoding: 'utf-16le',
      length: 2,
    });
    expect(detectBom(new Uint8Array([0xfe, 0xff, 0, 0x41]))).to.deep.equal({
      encoding: 'utf-16be',
      length: 2,
    });
    expect(detectBom(new Uint8Array([0xef, 0xbb]))).to.equal(undefined);
    expect(detectBom(new Uint8Array([0x4e, 0x6f]))).to.equal(undefined);
    expect(detectBom(new Uint8Array(0))).to.equal(undefined);
  });

  it('skips a UTF-8 mark even when the user reads the file as a single-byte encoding', () => {
    const bytes = encodeText('Nome;E-mail', 'utf-8', true);
    expect(bomLengthFor(bytes, 'windows-1252')).to.equal(3);
    expect(bomLengthFor(bytes, 'iso-8859-1')).to.equal(3);
    expect(bomLengthFor(bytes, 'utf-16le')).to.equal(0);
    expect(bomLengthFor(encodeText('Nome', 'utf-16le', true), 'utf-16le')).to.equal(2);
    expect(bomLengthFor(encodeText('Nome', 'utf-16le', true), 'utf-16be')).to.equal(0);
  });
});

describe('detectUtf16ByNuls', () => {
  it('finds UTF-16 without a BOM by where its zero bytes are', () => {
    const text = 'Nome;E-mail;CPF\r\nJoão;joao@x.com.br;52998224725\r\n';
    expect(detectUtf16ByNuls(encodeText(text, 'utf-16le'))).to.equal('utf-16le');
    expect(detectUtf16ByNuls(encodeText(text, 'utf-16be'))).to.equal('utf-16be');
  });

  it('leaves alone a UTF-8 file with a few stray NULs, and files too short to tell', () => {
    const bytes = encodeText('Nome;E-mail\0;CPF\nAna\0;ana@x.com.br;1\n', 'utf-8');
    expect(detectUtf16ByNuls(bytes)).to.equal(undefined);
    expect(detectUtf16ByNuls(new Uint8Array([0x41, 0]))).to.equal(undefined);
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with a strict TextDecoder on any bytes (property)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        if (valid) return at === -1;
        // Everything before the offset decodes; the offset is where it breaks.
        strict.decode(bytes.subarray(0, at));
        return at >= 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the first bad byte, and forgives a sequence cut off at the end unless final', () => {
    const bytes = encodeText('Ação', 'utf-8');
    expect(firstInvalidUtf8(bytes)).to.equal(-1);
    expect(firstInvalidUtf8(bytes.subarray(0, 2), false)).to.equal(-1);
    expect(firstInvalidUtf8(bytes.subarray(0, 2), true)).to.equal(1);
    expect(firstInvalidUtf8(encodeText('Ação', 'windows-1252'))).to.equal(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0x80]))).to.equal(0); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).to.equal(0); // a surrogate
  });
});

describe('detectEncoding', () => {
  it('says which encoding and why', () => {
    expect(detectEncoding(encodeText('Nome;CPF', 'utf-8', true), true)).to.deep.equal({
      encoding: 'utf-8',
      reason: 'bom',
      bomLength: 3,
    });
    expect(detectEncoding(encodeText('Nome;CPF', 'utf-16le'), true)).to.deep.equal({
      encoding: 'utf-16le',
      reason: 'nul-pattern',
      bomLength: 0,
    });
    expect(detectEncoding(encodeText('Nome;CPF\nJoão;1', 'utf-8'), true)).to.deep.equal({
      encoding: 'utf-8',
      reason: 'utf-8',
      bomLength: 0,
    });
    expect(detectEncoding(encodeText('Nome;CPF\nJoão;1', 'windows-1252'), true)).to.deep.equal({
      encoding: 'windows-1252',
      reason: 'not-utf-8',
      bomLength: 0,
      invalidAt: 11,
    });
    expect(detectEncoding(new Uint8Array(0), true).encoding).to.equal('utf-8');
  });
});

describe('createDecoder', () => {
  it('decodes any text the same wherever the chunks end (property, UTF-8 and UTF-16)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.array(fc.nat({ max: 200 }), { maxLength: 6 }),
        fc.constantFrom('utf-8' as const, 'utf-16le' as const, 'utf-16be' as const),
        (text, cuts, encoding) => {
          const decoder = createDecoder(encoding, encoding === 'utf-8');
          const parts = split(encodeText(text, encoding), cuts);
          let out = '';
          parts.forEach((part, i) => (out += decoder.decode(part, i === parts.length - 1)));
          return out === text;
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads 0x80–0x9F as Windows-1252 letters or as ISO-8859-1 controls, as chosen', () => {
    const bytes = new Uint8Array([0x93, 0x80, 0x94, 0xe7]);
    expect(createDecoder('windows-1252').decode(bytes, true)).to.equal('“€”ç');
    expect(createDecoder('iso-8859-1').decode(bytes, true)).to.equal('\u0093\u0080\u0094ç');
  });

  it('throws a Utf8Error at the first bad byte when strict, counting from the start', () => {
    const good = encodeText('Ação;', 'utf-8'); // 7 bytes
    const decoder = createDecoder('utf-8', true);
    decoder.decode(good.subarray(0, 2), false); // "A" and the first byte of "ç"
    decoder.decode(good.subarray(2), false);
    try {
      decoder.decode(new Uint8Array([0x41, 0xe7, 0x41]), false); // "AçA" in Windows-1252
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(Utf8Error);
      expect((error as Utf8Error).offset).to.equal(good.length + 1);
    }
    const cut = createDecoder('utf-8', true);
    cut.decode(new Uint8Array([0x41, 0xc3]), false); // "A" and a lead byte…
    expect(() => cut.decode(new Uint8Array([0x41]), false)).to.throw(Utf8Error); // …not followed
  });

  it('replaces bytes that do not fit an encoding the user forced, and says so', () => {
    const decoder = createDecoder('utf-8');
    expect(decoder.decode(encodeText('Ação', 'windows-1252'), true)).to.equal('A\uFFFD\uFFFDo');
    expect(decoder.replaced).to.equal(true);
    expect(createDecoder('utf-8').replaced).to.equal(false);
  });
});

describe('readCsv encoding fallback', () => {
  it('reads a file again as Windows-1252 when a byte past the first 64 KB is not UTF-8', async () => {
    const row = 'Ana;ana@x.com.br;52998224725\r\n';
    const ascii = 'Nome;E-mail;CPF\r\n' + row.repeat(Math.ceil(headBytes / row.length) + 10);
    const text = ascii + 'João;joao@x.com.br;52998224725\r\n';
    const bytes = encodeText(text, 'windows-1252');
    const starts: string[] = [];
    const records: string[][] = [];
    const summary = await readCsv(
      new Blob([bytes]),
      {},
      {
        start(info) {
          starts.push(`${info.encoding.encoding}/${info.encoding.reason}`);
          records.length = 0;
        },
        record(fields) {
          records.push(fields);
        },
        blank() {},
      },
    );
    expect(starts).to.deep.equal(['utf-8/utf-8', 'windows-1252/not-utf-8']);
    expect(summary.encoding.invalidAt).to.equal(ascii.length + 2);
    expect(records.at(-1)).to.deep.equal(['João', 'joao@x.com.br', '52998224725']);
    expect(records.length).to.equal(text.split('\r\n').length - 1);
  });

  it('points at the bad byte when the piece before ended inside a character, in memory or streamed', async () => {
    // Pieces of `pieceBytes` are decoded after the head: the first ends inside "ã" (2 bytes in
    // UTF-8), and the second, whole, holds a byte that is no UTF-8 at all.
    const row = 'Ana;ana@x.com.br;52998224725\r\n';
    const boundary = headBytes + pieceBytes;
    let text = 'Nome;E-mail;CPF\r\n';
    while (text.length + row.length < boundary - 40) text += row;
    text += 'J' + 'o'.repeat(boundary - 2 - text.length) + 'ão;joao@x.com.br;52998224725\r\n';
    text += row.repeat(100);
    const before = encodeText(text, 'utf-8');
    expect(before[boundary - 1]).to.equal(0xc3); // the first byte of "ã" ends the first piece
    const rest = encodeText(row.repeat(Math.ceil(pieceBytes / row.length)), 'utf-8');
    const bytes = new Uint8Array(before.length + 1 + rest.length);
    bytes.set(before);
    bytes[before.length] = 0xff;
    bytes.set(rest, before.length + 1);

    /** A `Blob` streamed in 64 KB chunks, as browsers do (bytes in memory are cut into pieces). */
    class ChunkedBlob extends Blob {
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        return new ReadableStream({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 65_536) {
              controller.enqueue(bytes.slice(at, at + 65_536));
            }
            controller.close();
          },
        });
      }
    }
    for (const source of [bytes, new ChunkedBlob([bytes])]) {
      const starts: string[] = [];
      let records = 0;
      const summary = await readCsv(
        source,
        {},
        {
          start(info) {
            starts.push(`${info.encoding.encoding}/${info.encoding.reason}`);
            records = 0;
          },
          record() {
            records++;
          },
          blank() {},
        },
      );
      expect(starts).to.deep.equal(['utf-8/utf-8', 'windows-1252/not-utf-8']);
      expect(summary.encoding.invalidAt).to.equal(before.length);
      expect(records).to.equal(
        new TextDecoder('windows-1252').decode(bytes).split('\r\n').length - 1,
      );
    }
  });

  it('keeps the encoding the user chose, replacing what does not fit', async () => {
    const bytes = encodeText('Nome;Cargo\r\nJoão;Técnico\r\n', 'windows-1252');
    const records: string[][] = [];
    const summary = await readCsv(
      bytes,
      { encoding: 'utf-8' },
      {
        start() {},
        record(fields) {
          records.push(fields);
        },
        blank() {},
      },
    );
    expect(summary.encoding).to.deep.equal({ encoding: 'utf-8', reason: 'override', bomLength: 0 });
    expect(summary.replaced).to.equal(true);
    expect(records[1]).to.deep.equal(['Jo\uFFFDo', 'T\uFFFDcnico']);
  });
});
