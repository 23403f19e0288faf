/**
 * The CSV record parser: RFC 4180 plus what real files do, fed text chunk by chunk.
 *
 * - Fields are separated by one delimiter character and records by CRLF, LF or CR, mixed freely; a
 *   field in double quotes may hold delimiters, line breaks (a CR inside quotes is data) and doubled
 *   quotes (`""` is one `"`).
 * - Spaces before an opening quote and after a closing one are dropped (`a; "b" ;c`); a quote anywhere
 *   else in an unquoted field is an ordinary character (`5" tall`). A closing quote followed by other
 *   text (`"ab"cd`) keeps the field exactly as written and flags the record ({@link recordFlags}).
 * - An empty line is reported as blank, never as a record. Records are never padded, cut or merged: a
 *   record with too few or too many fields is reported as it is, and the caller decides.
 * - A quote that never closes is reported on the record where it opened, with the line it opened on;
 *   the record keeps the fields read before it plus the rest of that line split at the delimiter, and
 *   reading goes on at the next line, so the rest of the file is not swallowed into one field. So is a
 *   quoted field that spans lines and whose "closing" quote is followed by more text (an opening quote
 *   paired with an unrelated one further down), and a quoted field longer than `maxFieldLength`,
 *   without waiting for the end of the file.
 * - Every field is text, exactly as written: nothing is trimmed (outside quotes), typed or guessed.
 *
 * Chunks may split anything — a field, a quote pair, a CRLF: an incomplete record waits for the next
 * chunk, so the records are the same wherever the chunks end (a property test checks it).
 *
 * Speed: quote-free runs are found with `indexOf` (delimiter, LF, CR, each remembered until passed),
 * fields are `slice`s of the chunk, and no string is built a character at a time. A field of two or
 * three characters read before is the same string again ({@link sliceShared}).
 *
 * @module
 */

/** Bits of a record's `flags`. */
export const recordFlags = Object.freeze({
  /** A closing quote was followed by other text; that field was kept as written. */
  strayQuote: 1,
  /** A quoted field never closed; see `quoteLine`. */
  unterminatedQuote: 2,
});

/** Receives what the parser reads. */
export interface CsvRecordSink {
  /**
   * One record. `line` is the physical line it starts on (1-based, counted from the first text pushed);
   * `flags` holds {@link recordFlags}; with `unterminatedQuote`, `quoteLine` is the line the quote opened on.
   * `text` is the record as written, without its line break (with `unterminatedQuote`, up to the end
   * of the quote's line): parsed alone with the same delimiter it gives `fields` again, unless a flag
   * is set. The parser never touches `fields` again: the sink may keep it.
   *
   * `text` is `source.slice(start, start + text.length)`: `source` is the text being parsed (a pushed
   * chunk with what the one before left over), for a sink that keeps many records' text without a
   * string of its own for each.
   *
   * With {@link CsvParserOptions.fieldStarts}, `starts[i]` is where `fields[i]` is written as it is in
   * `source` (`source.startsWith(fields[i], starts[i])`), or -1 when it is not (a quote doubled inside
   * it), for a sink that keeps a span of `source` rather than a field. The parser reuses `starts` for
   * the next record.
   */
  record(
    fields: string[],
    line: number,
    flags: number,
    quoteLine: number,
    text: string,
    source: string,
    start: number,
    starts?: Int32Array,
  ): void;
  /** An empty line (nothing between two line breaks). */
  blank(line: number): void;
}

/** Options of {@link CsvParser}. */
export interface CsvParserOptions {
  /** One character: `;`, `,`, tab, `|`… */
  delimiter: string;
  /** A quoted field longer than this (in characters) is taken for an unterminated quote. Default 1,048,576. */
  maxFieldLength?: number;
  /** The line number of the first text pushed. Default 1. */
  firstLine?: number;
  /** Tell the sink where each field is written in the text (`starts`). Default false. */
  fieldStarts?: boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Parses text pushed in chunks into records; see the module comment. */
export class CsvParser {
  private readonly sink: CsvRecordSink;
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly maxFieldLength: number;
  private buffer = '';
  /** Where {@link run} starts in `buffer`. */
  private from = 0;
  private line: number;
  private ended = false;
  /** As many empty strings as the last record has fields: each record's array starts as a copy. */
  private shape: string[] = [];
  /** The record's {@link CsvRecordSink.record} `starts`, grown with the widest record. */
  private starts: Int32Array<ArrayBuffer> | undefined;

  constructor(options: CsvParserOptions, sink: CsvRecordSink) {
    if (typeof options.delimiter !== 'string' || options.delimiter.length !== 1) {
      throw new RangeError('The delimiter must be one character');
    }
    const code = options.delimiter.charCodeAt(0);
    if (code === QUOTE || code === LF || code === CR) {
      throw new RangeError('The delimiter cannot be a quote or a line break');
    }
    this.delimiter = options.delimiter;
    this.delimiterCode = code;
    this.maxFieldLength = options.maxFieldLength ?? 1_048_576;
    this.line = options.firstLine ?? 1;
    if (options.fieldStarts) this.starts = new Int32Array(64);
    this.sink = sink;
  }

  /** Parses every complete record of `text` (with what earlier chunks left over). */
  push(text: string): void {
    if (this.ended) throw new Error('The parser has ended');
    if (text === '') return;
    if (this.buffer === '') this.buffer = text;
    else {
      // The record the last chunk left unfinished is finished with this chunk's first line, rather
      // than the whole chunk copied after it; then the chunk is read where it is.
      const lf = text.indexOf('\n');
      if (lf >= 0 && lf + 1 < text.length) {
        this.buffer += text.slice(0, lf + 1);
        this.run(false);
        if (this.buffer === '') {
          this.buffer = text;
          this.from = lf + 1;
          this.run(false);
          return;
        }
        text = text.slice(lf + 1);
      }
      this.buffer += text;
    }
    this.run(false);
  }

  /** Parses what is left: the last record needs no line break after it. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.run(true);
  }

  /** The line the next record will start on. */
  get currentLine(): number {
    return this.line;
  }

  private run(final: boolean): void {
    const s = this.buffer;
    const len = s.length;
    const d = this.delimiterCode;
    const dchar = this.delimiter;
    const tabIsSpace = d !== TAB;
    const sink = this.sink;
    let starts = this.starts;
    let shape = this.shape;
    let pos = this.from;
    this.from = 0;
    let line = this.line;
    // The next delimiter, LF and CR at or after the scanning position (`len` when there is none),
    // each searched for again only once the scan has passed it.
    let nd = -1;
    let nlf = -1;
    let ncr = -1;

    records: while (pos < len) {
      let c = s.charCodeAt(pos);
      if (c === LF || c === CR) {
        let next = pos + 1;
        if (c === CR) {
          if (next >= len && !final) break;
          if (next < len && s.charCodeAt(next) === LF) next++;
        }
        sink.blank(line);
        line++;
        pos = next;
        continue;
      }

      // A copy of the last record's shape, filled in order: as many slots as fields, and strings from
      // the start (`new Array(n)` made a holey array of numbers, changed at the first string of every
      // record; a literal grew a larger store at its first field). Cut to `n` at the end.
      const fields: string[] = shape.slice();
      let n = 0; // fields.length, kept apart: a store at `n` costs less than a call of `push`
      let i = pos;
      let breaks = 0; // line breaks inside quoted fields of this record
      let flags = 0;
      for (;;) {
        c = i < len ? s.charCodeAt(i) : -1;
        let quote = -1;
        if (c === QUOTE) quote = i;
        else if (c === SPACE || (c === TAB && tabIsSpace)) {
          let p = i + 1;
          while (p < len) {
            const code = s.charCodeAt(p);
            if (code !== SPACE && !(code === TAB && tabIsSpace)) break;
            p++;
          }
          if (p >= len && !final) break records;
          if (p < len && s.charCodeAt(p) === QUOTE) quote = p;
        }

        if (quote < 0) {
          // Unquoted: up to the next delimiter or line break.
          if (nd < i) nd = indexOrEnd(s, dchar, i, len);
          if (nlf < i) nlf = indexOrEnd(s, '\n', i, len);
          if (ncr < i) ncr = indexOrEnd(s, '\r', i, len);
          const eol = nlf < ncr ? nlf : ncr;
          if (starts !== undefined) {
            if (n === starts.length) starts = this.wider(starts);
            starts[n] = i;
          }
          if (nd < eol) {
            fields[n++] = sliceShared(s, i, nd);
            i = nd + 1;
            continue;
          }
          if (eol === len && !final) break records;
          fields[n++] = sliceShared(s, i, eol);
          i = eol;
          c = eol < len ? s.charCodeAt(eol) : -1;
        } else {
          // Quoted: up to a quote that is not doubled.
          let j = quote + 1;
          let value = '';
          let at = j; // where the value is written as it is (-1 once a quote is doubled)
          let close: number;
          for (;;) {
            close = s.indexOf('"', j);
            if (close >= 0 && close + 1 >= len && !final) break records;
            if (close < 0) {
              if (!final && len - quote <= this.maxFieldLength) break records;
              const resumed = this.unterminated(s, fields, n, pos, quote, line, flags);
              if (resumed < 0) break records;
              line = this.line;
              starts = this.starts;
              pos = resumed;
              nd = nlf = ncr = -1;
              continue records;
            }
            if (s.charCodeAt(close + 1) === QUOTE) {
              value += s.slice(j, close + 1);
              j = close + 2;
              at = -1;
              continue;
            }
            value = value === '' ? sliceShared(s, j, close) : value + s.slice(j, close);
            break;
          }
          if (nlf < quote) nlf = indexOrEnd(s, '\n', quote, len);
          if (ncr < quote) ncr = indexOrEnd(s, '\r', quote, len);
          const inner = nlf < close || ncr < close ? countBreaks(s, quote, close) : 0;
          breaks += inner;
          i = close + 1;
          c = i < len ? s.charCodeAt(i) : -1;
          if (c !== d && c !== LF && c !== CR && c !== -1) {
            let p = i;
            while (p < len) {
              const code = s.charCodeAt(p);
              if (code !== SPACE && !(code === TAB && tabIsSpace)) break;
              p++;
            }
            if (p >= len && !final) break records;
            const after = p < len ? s.charCodeAt(p) : -1;
            if (after === d || after === LF || after === CR || after === -1) {
              i = p;
              c = after;
            } else if (inner > 0) {
              // A "quoted field" running over lines and closed by a quote followed by text is an
              // opening quote that never closed, paired with an unrelated quote further down:
              // taking it as data would swallow the lines between.
              const resumed = this.unterminated(s, fields, n, pos, quote, line, flags);
              if (resumed < 0) break records;
              line = this.line;
              starts = this.starts;
              pos = resumed;
              nd = nlf = ncr = -1;
              continue records;
            } else {
              // `"ab"cd`: keep the field as written, up to the next delimiter or line break.
              flags |= recordFlags.strayQuote;
              if (nd < p) nd = indexOrEnd(s, dchar, p, len);
              if (nlf < p) nlf = indexOrEnd(s, '\n', p, len);
              if (ncr < p) ncr = indexOrEnd(s, '\r', p, len);
              const end = Math.min(nd, nlf, ncr);
              if (end === len && !final) break records;
              at = fieldStart(s, quote, pos, tabIsSpace);
              value = s.slice(at, end);
              i = end;
              c = end < len ? s.charCodeAt(end) : -1;
            }
          }
          if (starts !== undefined) {
            if (n === starts.length) starts = this.wider(starts);
            starts[n] = at;
          }
          fields[n++] = value;
          if (c === d) {
            i++;
            continue;
          }
        }

        // End of the record: c is LF, CR or -1 (end of text).
        let next = i;
        if (c === CR) {
          next = i + 1;
          if (next >= len) {
            if (!final) break records;
          } else if (s.charCodeAt(next) === LF) next++;
        } else if (c === LF) next = i + 1;
        if (n !== shape.length) {
          fields.length = n;
          shape = this.shape = emptyStrings(n);
        }
        sink.record(fields, line, flags, 0, s.slice(pos, i), s, pos, starts);
        line += 1 + breaks;
        pos = next;
        continue records;
      }
    }

    this.buffer = pos < len ? s.slice(pos) : '';
    this.line = line;
  }

  /** `starts` twice as long, the starts so far kept (and kept as {@link starts}). */
  private wider(starts: Int32Array): Int32Array<ArrayBuffer> {
    const wider = new Int32Array(starts.length * 2);
    wider.set(starts);
    this.starts = wider;
    return wider;
  }

  /**
   * Reports a record whose quote at `quote` never closes: the fields read so far (the first `read` of
   * `fields`) plus the rest of the quote's line split at the delimiter. Returns where reading goes on
   * (after that line), or -1 when the line has not ended yet and more text may come.
   */
  private unterminated(
    s: string,
    fields: string[],
    read: number,
    recordStart: number,
    quote: number,
    line: number,
    flags: number,
  ): number {
    fields.length = read; // past `read`, what is left of the shape `run` copied
    const len = s.length;
    let eol = quote;
    while (eol < len) {
      const code = s.charCodeAt(eol);
      if (code === LF || code === CR) break;
      eol++;
    }
    if (eol >= len && !this.ended) return -1;
    let next = eol;
    if (eol < len) {
      next = eol + 1;
      if (s.charCodeAt(eol) === CR && next < len && s.charCodeAt(next) === LF) next++;
      else if (s.charCodeAt(eol) === CR && next >= len && !this.ended) return -1;
    }
    const quoteLine = line + countBreaks(s, recordStart, quote);
    let at = fieldStart(s, quote, recordStart, this.delimiterCode !== TAB);
    for (const part of s.slice(at, eol).split(this.delimiter)) {
      if (this.starts !== undefined) {
        const starts = fields.length === this.starts.length ? this.wider(this.starts) : this.starts;
        starts[fields.length] = at;
      }
      fields.push(part);
      at += part.length + 1;
    }
    const text = s.slice(recordStart, eol);
    this.sink.record(
      fields,
      line,
      flags | recordFlags.unterminatedQuote,
      quoteLine,
      text,
      s,
      recordStart,
      this.starts,
    );
    this.line = quoteLine + 1;
    return next;
  }
}

/**
 * The fields of one record's text (as the sink's `text` gives it): the first record of `text`, or
 * `['']` for an empty one.
 */
export function parseRecord(text: string, delimiter: string): string[] {
  let fields: string[] = [''];
  let found = false;
  const parser = new CsvParser(
    { delimiter },
    {
      record(parsed) {
        if (!found) fields = parsed;
        found = true;
      },
      blank() {},
    },
  );
  parser.push(text);
  parser.end();
  return fields;
}

/** `n` empty strings, in an array V8 keeps packed (`new Array(n)`, `map` and `fill` make it holey). */
function emptyStrings(n: number): string[] {
  const strings: string[] = [];
  for (let i = 0; i < n; i++) strings.push('');
  return strings;
}

/**
 * {@link sliceShared}'s table: `2 ** SHORT_BITS` slots, each a string and the key of its characters
 * (0: none yet).
 */
const SHORT_BITS = 12;
const shortKeys = new Int32Array(1 << SHORT_BITS);
const shortStrings: string[] = emptyStrings(1 << SHORT_BITS);

/**
 * `s.slice(from, to)`, a field's value; of two or three Latin-1 characters, the string a field with
 * the same characters was given before (quoted or not), unless another took its slot since.
 *
 * A contacts file repeats a few short values in whole columns — a country, a document type, a DDI and
 * a DDD, Sim or Não — and an engine copies each short slice into a string of its own (it shares only
 * the empty string and those of one character). A caller that keeps its records keeps one string per
 * value instead of one per cell, and the collector copies fewer survivors; with
 * `csv.parse.100k`'s file, every record kept, a round costs about a sixth less. The key is the
 * characters themselves, so a slot never gives another value; a value that misses costs a few
 * comparisons. A short string is a copy, never a view, so none keeps a chunk alive.
 */
function sliceShared(s: string, from: number, to: number): string {
  const length = to - from;
  if (length < 2 || length > 3) return s.slice(from, to);
  const a = s.charCodeAt(from);
  const b = s.charCodeAt(from + 1);
  const c = length === 3 ? s.charCodeAt(from + 2) : 0;
  if ((a | b | c) > 0xff) return s.slice(from, to);
  const key = a | (b << 8) | (c << 16) | (length << 24);
  const slot = Math.imul(key, 0x9e3779b1) >>> (32 - SHORT_BITS); // the product's top bits
  if (shortKeys[slot] === key) return shortStrings[slot]!;
  const value = s.slice(from, to);
  shortKeys[slot] = key;
  shortStrings[slot] = value;
  return value;
}

/** `s.indexOf(char, from)`, or `len` when there is none. */
function indexOrEnd(s: string, char: string, from: number, len: number): number {
  const at = s.indexOf(char, from);
  return at < 0 ? len : at;
}

/** Line breaks in `s` between `from` and `to` (CRLF counts once). */
function countBreaks(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i);
    if (code === LF) count++;
    else if (code === CR) {
      count++;
      if (s.charCodeAt(i + 1) === LF) i++;
    }
  }
  return count;
}

/**
 * Where the field holding the quote at `quote` starts: the spaces before an opening quote belong to
 * the field when it is kept as written.
 */
function fieldStart(s: string, quote: number, recordStart: number, tabIsSpace: boolean): number {
  let start = quote;
  while (start > recordStart) {
    const code = s.charCodeAt(start - 1);
    if (code !== SPACE && !(code === TAB && tabIsSpace)) break;
    start--;
  }
  return start;
}
