/**
 * Bytes to text: which encoding a file is in, and a decoder that takes it chunk by chunk.
 *
 * Detection, in order: a byte-order mark decides (UTF-8, UTF-16 LE, UTF-16 BE); without one, UTF-16 is
 * recognised by its NUL pattern (ASCII text in UTF-16 has a zero in every other byte); otherwise the
 * bytes are tried as strict UTF-8 and, at the first invalid sequence, read as Windows-1252 — what Excel
 * on Windows saves as "CSV" in Brazil. The user may override it with any of {@link csvEncodings}.
 *
 * `TextDecoder` does the work (in `stream` mode, so a character split between two chunks is decoded
 * whole). ISO-8859-1 is decoded by hand: the WHATWG Encoding standard, and so `TextDecoder`, treats the
 * label `iso-8859-1` as Windows-1252.
 *
 * @module
 */

/** The encodings a user can choose. */
export const csvEncodings = Object.freeze([
  'utf-8',
  'windows-1252',
  'iso-8859-1',
  'utf-16le',
  'utf-16be',
] as const);

/** One of {@link csvEncodings}. */
export type CsvEncoding = (typeof csvEncodings)[number];

/** Why an encoding was chosen. */
export type EncodingReason =
  /** A byte-order mark at the start of the file. */
  | 'bom'
  /** No BOM, but zero bytes in every other position: UTF-16. */
  | 'nul-pattern'
  /** Every byte read so far is valid UTF-8 (pure ASCII included). */
  | 'utf-8'
  /** An invalid UTF-8 sequence: read as Windows-1252. */
  | 'not-utf-8'
  /** The user chose it. */
  | 'override';

/** Which encoding a file is read with, and why. */
export interface EncodingInfo {
  encoding: CsvEncoding;
  reason: EncodingReason;
  /** Length of the byte-order mark skipped at the start (0 when none). */
  bomLength: number;
  /** With `not-utf-8`: the offset of the first byte that is not valid UTF-8. */
  invalidAt?: number;
}

/** Whether `value` names an encoding of {@link csvEncodings}. */
export function isCsvEncoding(value: unknown): value is CsvEncoding {
  return typeof value === 'string' && (csvEncodings as readonly string[]).includes(value);
}

/** The byte-order mark at the start of `bytes`, if any. */
export function detectBom(
  bytes: Uint8Array,
): { encoding: CsvEncoding; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', length: 2 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', length: 2 };
  }
  return undefined;
}

/** How many leading bytes to look at for the NUL pattern. */
const nulSampleBytes = 4096;

/**
 * UTF-16 without a BOM, recognised by where the zero bytes are: text that is mostly ASCII has a zero
 * high byte in every code unit — at odd offsets in little-endian, even offsets in big-endian. A UTF-8
 * or single-byte file with a few stray NULs never comes near the thresholds.
 */
export function detectUtf16ByNuls(bytes: Uint8Array): CsvEncoding | undefined {
  const end = Math.min(bytes.length, nulSampleBytes) & ~1;
  if (end < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = end / 2;
  if (oddZeros >= units * 0.4 && evenZeros <= units * 0.05) return 'utf-16le';
  if (evenZeros >= units * 0.4 && oddZeros <= units * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * The offset of the first byte of `bytes` that is not part of a valid UTF-8 sequence, or -1. A sequence
 * cut off by the end of `bytes` counts as valid unless `final` (more bytes may complete it). Overlong
 * forms, surrogates and code points past U+10FFFF are invalid, as for `TextDecoder` with `fatal`.
 */
export function firstInvalidUtf8(bytes: Uint8Array, final = true): number {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let low = 0x80;
    let high = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2;
      if (byte === 0xe0) low = 0xa0;
      else if (byte === 0xed) high = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3;
      if (byte === 0xf0) low = 0x90;
      else if (byte === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= needed; k++) {
      if (i + k >= length) return final ? i : -1;
      const next = bytes[i + k]!;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return i;
    }
    i += needed + 1;
  }
  return -1;
}

/**
 * Detects the encoding of a file from its first bytes (`head`; 64 KB is plenty). `final` says the head
 * is the whole file. When the head is valid UTF-8 but the file is longer, a later invalid byte is found
 * by the decoder (see {@link Utf8Error}) and the file is read again as Windows-1252.
 */
export function detectEncoding(head: Uint8Array, final: boolean): EncodingInfo {
  const bom = detectBom(head);
  if (bom) return { encoding: bom.encoding, reason: 'bom', bomLength: bom.length };
  const utf16 = detectUtf16ByNuls(head);
  if (utf16) return { encoding: utf16, reason: 'nul-pattern', bomLength: 0 };
  const invalidAt = firstInvalidUtf8(head, final);
  if (invalidAt >= 0) {
    return { encoding: 'windows-1252', reason: 'not-utf-8', bomLength: 0, invalidAt };
  }
  return { encoding: 'utf-8', reason: 'utf-8', bomLength: 0 };
}

/** The length of the BOM to skip when reading `head` as `encoding` (a BOM is never data). */
export function bomLengthFor(head: Uint8Array, encoding: CsvEncoding): number {
  const bom = detectBom(head);
  if (!bom) return 0;
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  // A UTF-8 BOM read as a single-byte encoding would glue "ï»¿" to the first header.
  if (bom.encoding === 'utf-8') return utf16 ? 0 : 3;
  return bom.encoding === encoding ? 2 : 0;
}

/** Thrown by a strict UTF-8 decoder at the first invalid byte; `offset` counts from the first byte decoded. */
export class Utf8Error extends Error {
  readonly offset: number;
  constructor(offset: number) {
    super(`Not valid UTF-8 at byte ${offset}`);
    this.name = 'Utf8Error';
    this.offset = offset;
  }
}

/** Decodes a file chunk by chunk. */
export interface ChunkDecoder {
  /** Text of `bytes`; with `final`, also whatever an earlier chunk left incomplete. */
  decode(bytes: Uint8Array, final: boolean): string;
  /** Whether invalid bytes were replaced by U+FFFD (never for a strict decoder, which throws). */
  readonly replaced: boolean;
}

/**
 * A decoder for `encoding`. With `strict` (UTF-8 only), the first invalid byte throws a
 * {@link Utf8Error} with its offset; otherwise invalid bytes become U+FFFD and `replaced` says so.
 */
export function createDecoder(encoding: CsvEncoding, strict = false): ChunkDecoder {
  if (encoding === 'iso-8859-1') return new Latin1Decoder();
  return new StreamDecoder(encoding, strict && encoding === 'utf-8');
}

class StreamDecoder implements ChunkDecoder {
  private readonly decoder: TextDecoder;
  private readonly strict: boolean;
  private readonly utf: boolean;
  private consumed = 0;
  private carry: Uint8Array | undefined;
  replaced = false;

  constructor(encoding: CsvEncoding, strict: boolean) {
    this.strict = strict;
    this.utf = encoding !== 'windows-1252';
    this.decoder = new TextDecoder(encoding, { fatal: strict, ignoreBOM: true });
  }

  decode(bytes: Uint8Array, final: boolean): string {
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: !final });
    } catch {
      throw new Utf8Error(this.locate(bytes, final));
    }
    if (this.strict) this.remember(bytes);
    else if (this.utf && !this.replaced && text.includes('\uFFFD')) this.replaced = true;
    this.consumed += bytes.length;
    return text;
  }

  /** Keeps the bytes at the end of a chunk that begin a sequence the next chunk must complete. */
  private remember(bytes: Uint8Array): void {
    this.carry = bytes.subarray(bytes.length - pendingTail(bytes));
  }

  /** The offset of the first invalid byte, counted from the start of the stream. */
  private locate(bytes: Uint8Array, final: boolean): number {
    const carry = this.carry ?? new Uint8Array(0);
    const joined = new Uint8Array(carry.length + bytes.length);
    joined.set(carry);
    joined.set(bytes, carry.length);
    return this.consumed - carry.length + Math.max(firstInvalidUtf8(joined, final), 0);
  }
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that is not complete yet (0–3). */
function pendingTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
}

/** ISO-8859-1: every byte is the code point of the same number. */
class Latin1Decoder implements ChunkDecoder {
  readonly replaced = false;
  decode(bytes: Uint8Array): string {
    let text = '';
    for (let start = 0; start < bytes.length; start += 8192) {
      text += String.fromCharCode.apply(
        null,
        bytes.subarray(start, start + 8192) as unknown as number[],
      );
    }
    return text;
  }
}
