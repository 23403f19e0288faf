/**
 * Reads a file into records, streaming: `Blob.stream()` chunk by chunk (or bytes already in memory), decoded ({@link detectEncoding}),
 * the `sep=` line dropped and the delimiter chosen on the first 64 KB ({@link detectDelimiter}), then
 * parsed ({@link CsvParser}). The next chunk is read only when the handlers are done with the last one
 * (a `progress` handler may return a promise): memory holds one chunk, the text gathered to parse
 * ({@link parseChars}) and what the handlers keep.
 *
 * A file whose first 64 KB are valid UTF-8 but a later byte is not is read again from the start as
 * Windows-1252: `start` is called again, and the handlers begin afresh.
 *
 * Runs in a Worker, a page and Node (Node 20 has `Blob`).
 *
 * @module
 */
import {
  bomLengthFor,
  createDecoder,
  detectEncoding,
  Utf8Error,
  type CsvEncoding,
  type EncodingInfo,
} from './decode.js';
import {
  detectDelimiter,
  isCsvDelimiter,
  readSepLine,
  type CsvDelimiter,
  type DialectInfo,
} from './dialect.js';
import { CsvParser, type CsvRecordSink } from './parser.js';

/** How many bytes encoding and delimiter detection look at. */
export const headBytes = 65_536;

/**
 * The most bytes decoded and parsed at once. Browsers stream a `Blob` in chunks of about 64 KB, but
 * Node hands over a whole in-memory `Blob` as one chunk: cutting it keeps memory to one piece of text.
 * 64 KB, not more: V8 makes a string of more than about 128 KB in its large-object space, and
 * decoding into one is several times slower (17 MB in 1 MB pieces took 8× as long as in 64 KB ones).
 */
export const pieceBytes = 65_536;

/**
 * How much decoded text is parsed at once (characters): a few pieces joined. The plan keeps the text it
 * parses (its rows are spans of it); a string of more than 128 KB is made in V8's large-object space,
 * which the young generation's collections never copy, where 64 KB pieces kept would each be copied
 * twice before they settle in the old generation.
 */
export const parseChars = 196_608;

/** What the user may set: each detected value can be overridden. */
export interface ReadOptions {
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  /** See {@link CsvParserOptions.maxFieldLength}. */
  maxFieldLength?: number;
}

/** How a file is being read: called before the first record (and again if the file is read afresh). */
export interface ReadStart {
  encoding: EncodingInfo;
  dialect: DialectInfo;
}

/** What a finished read reports. */
export interface ReadSummary extends ReadStart {
  /** Bytes in the file. */
  bytes: number;
  /** NUL characters removed (they are never data in a contact file, and they break spreadsheets). */
  nulRemoved: number;
  /** Whether bytes invalid in the encoding were replaced by U+FFFD (an override that does not fit). */
  replaced: boolean;
}

/** The records' receiver, told when reading (re)starts and after each chunk. */
export interface ReadHandlers extends CsvRecordSink {
  start(info: ReadStart): void;
  /** After each chunk; the next chunk is read when the returned promise settles. */
  progress?(bytesRead: number, totalBytes: number): void | Promise<void>;
}

/** What can be read: a `Blob` or `File` (streamed), or bytes already in memory (Node, tests). */
export type CsvSource = Blob | ArrayBuffer | Uint8Array;

/** The size of a source in bytes. */
export function sourceSize(source: CsvSource): number {
  return source instanceof Blob ? source.size : source.byteLength;
}

/** Reads a source chunk by chunk: `next()` gives undefined at the end; `close()` releases it. */
function openSource(source: CsvSource): {
  next(): Promise<Uint8Array | undefined>;
  close(): void;
} {
  if (source instanceof Blob) {
    const reader = source.stream().getReader();
    return {
      next: async () => {
        const read = await reader.read();
        return read.done ? undefined : read.value;
      },
      close: () => void reader.cancel().catch(() => undefined),
    };
  }
  let bytes: Uint8Array | undefined =
    source instanceof Uint8Array ? source : new Uint8Array(source);
  return {
    next: () => {
      const chunk = bytes;
      bytes = undefined;
      return Promise.resolve(chunk);
    },
    close: () => {
      bytes = undefined;
    },
  };
}

/** Thrown when reading is cancelled through the signal. */
export class CsvCancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CsvCancelledError';
  }
}

/** Removes NUL characters, counting them. */
function stripNuls(text: string, counter: { nul: number }): string {
  let at = text.indexOf('\0');
  if (at < 0) return text;
  while (at >= 0) {
    counter.nul++;
    at = text.indexOf('\0', at + 1);
  }
  return text.replaceAll('\0', '');
}

/** Concatenates byte chunks. */
function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

/**
 * Reads `file` into `handlers`; see the module comment. Cancel with `signal` (a
 * {@link CsvCancelledError} is thrown).
 */
export async function readCsv(
  file: CsvSource,
  options: ReadOptions,
  handlers: ReadHandlers,
  signal?: AbortSignal,
): Promise<ReadSummary> {
  try {
    return await readOnce(file, options, handlers, signal, undefined);
  } catch (error) {
    if (!(error instanceof Utf8Error)) throw error;
    const fallback: EncodingInfo = {
      encoding: 'windows-1252',
      reason: 'not-utf-8',
      bomLength: 0,
      invalidAt: error.offset,
    };
    return readOnce(file, options, handlers, signal, fallback);
  }
}

async function readOnce(
  file: CsvSource,
  options: ReadOptions,
  handlers: ReadHandlers,
  signal: AbortSignal | undefined,
  forced: EncodingInfo | undefined,
): Promise<ReadSummary> {
  const total = sourceSize(file);
  const reader = openSource(file);
  const counter = { nul: 0 };
  try {
    // The head: enough bytes to detect the encoding and the delimiter.
    const headChunks: Uint8Array[] = [];
    let headLength = 0;
    let done = false;
    while (headLength < headBytes) {
      const next = await reader.next();
      if (!next) {
        done = true;
        break;
      }
      headChunks.push(next);
      headLength += next.length;
    }
    if (signal?.aborted) throw new CsvCancelledError();
    const head = concat(headChunks, headLength);

    const sample = head.subarray(0, headBytes);
    const sampleFinal = done && head.length <= headBytes;
    const encoding: EncodingInfo =
      forced ??
      (options.encoding
        ? {
            encoding: options.encoding,
            reason: 'override',
            bomLength: bomLengthFor(sample, options.encoding),
          }
        : detectEncoding(sample, sampleFinal));
    const decoder = createDecoder(encoding.encoding, encoding.reason === 'utf-8');
    const first = head.subarray(encoding.bomLength, Math.max(encoding.bomLength, headBytes));
    let text = stripNuls(decoder.decode(first, sampleFinal), counter);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

    const sep = readSepLine(text, sampleFinal);
    if (sep) text = text.slice(sep.length);
    const dialect: DialectInfo = options.delimiter
      ? { delimiter: options.delimiter, reason: 'override', sepLine: sep !== undefined }
      : sep && isCsvDelimiter(sep.delimiter)
        ? { delimiter: sep.delimiter, reason: 'sep-line', sepLine: true }
        : { ...detectDelimiter(text, sampleFinal), sepLine: sep !== undefined };

    handlers.start({ encoding, dialect });
    const parser = new CsvParser(
      {
        delimiter: dialect.delimiter,
        firstLine: sep ? 2 : 1,
        maxFieldLength: options.maxFieldLength,
        // A plan keeps its keys as spans of the text it keeps (`ImportPlan.add`).
        fieldStarts: true,
      },
      handlers,
    );
    parser.push(text);
    let bytesRead = Math.max(encoding.bomLength, Math.min(headBytes, head.length));
    await handlers.progress?.(bytesRead, total);

    // Decoded pieces are parsed a few at a time, joined (see `parseChars`).
    const gathered: string[] = [];
    let gatheredChars = 0;
    let chunk: Uint8Array | undefined =
      head.length > bytesRead ? head.subarray(bytesRead) : undefined;
    for (;;) {
      if (!chunk) {
        if (done) break;
        if (signal?.aborted) throw new CsvCancelledError();
        chunk = await reader.next();
        if (!chunk) break;
      }
      for (let at = 0; at < chunk.length; at += pieceBytes) {
        if (signal?.aborted) throw new CsvCancelledError();
        const piece = chunk.subarray(at, at + pieceBytes);
        gathered.push(stripNuls(decoder.decode(piece, false), counter));
        gatheredChars += gathered[gathered.length - 1]!.length;
        if (gatheredChars >= parseChars) {
          parser.push(gathered.length === 1 ? gathered[0]! : gathered.join(''));
          gathered.length = 0;
          gatheredChars = 0;
        }
        bytesRead += piece.length;
        await handlers.progress?.(bytesRead, total);
      }
      chunk = undefined;
    }
    if (signal?.aborted) throw new CsvCancelledError();
    gathered.push(stripNuls(decoder.decode(new Uint8Array(0), true), counter));
    parser.push(gathered.join(''));
    parser.end();
    return {
      encoding,
      dialect,
      bytes: total,
      nulRemoved: counter.nul,
      replaced: decoder.replaced,
    };
  } finally {
    reader.close();
  }
}
