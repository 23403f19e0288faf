/**
 * Which character separates the fields of a file.
 *
 * Excel's `sep=X` first line decides when present (and is dropped: it is not a record). Otherwise each
 * of `;` `,` tab `|` is tried on the first records — with quotes respected, by the real parser — and the
 * one that splits them most consistently into more than one field wins: a pt-BR file whose amounts have
 * decimal commas splits evenly on `;` and unevenly on `,`. Ties go to the larger field count, then to the
 * order above (`;` first: the seed's files, and Excel's in Brazil).
 *
 * @module
 */
import { CsvParser } from './parser.js';

/** The delimiters a file is tried with, in order of preference; the user may also choose any of them. */
export const csvDelimiters = Object.freeze([';', ',', '\t', '|'] as const);

/** One of {@link csvDelimiters}. */
export type CsvDelimiter = (typeof csvDelimiters)[number];

/** Why a delimiter was chosen. */
export type DialectReason =
  /** Excel's `sep=X` first line. */
  | 'sep-line'
  /** It split the first records most consistently. */
  | 'consistent'
  /** No candidate splits anything: one column (`;` is kept for writing). */
  | 'single-column'
  /** The user chose it. */
  | 'override';

/** The delimiter a file is read with, and why. */
export interface DialectInfo {
  delimiter: CsvDelimiter;
  reason: DialectReason;
  /** Whether the file starts with a `sep=X` line (always dropped, whatever the delimiter). */
  sepLine: boolean;
}

/** Whether `value` is one of {@link csvDelimiters}. */
export function isCsvDelimiter(value: unknown): value is CsvDelimiter {
  return typeof value === 'string' && (csvDelimiters as readonly string[]).includes(value);
}

/**
 * Excel's `sep=X` line at the start of `text`: `sep=;` then a line break. Spreadsheets that re-save
 * such a file may quote it or pad it with delimiters (`"sep=;";;;`); both are recognised. Returns the
 * delimiter and the length of the line with its line break, or undefined. `final` says no more text
 * follows (so a file of just `sep=;` is recognised).
 */
export function readSepLine(
  text: string,
  final: boolean,
): { delimiter: string; length: number } | undefined {
  let i = 0;
  const quoted = text.charCodeAt(0) === 34;
  if (quoted) i++;
  if (text.slice(i, i + 4).toLowerCase() !== 'sep=') return undefined;
  i += 4;
  const delimiter = text[i];
  if (delimiter === undefined || delimiter === '\r' || delimiter === '\n' || delimiter === '"') {
    return undefined;
  }
  i++;
  if (quoted) {
    if (text[i] !== '"') return undefined;
    i++;
  }
  while (text[i] === delimiter) i++;
  if (i === text.length) return final ? { delimiter, length: i } : undefined;
  if (text[i] === '\n') return { delimiter, length: i + 1 };
  if (text[i] === '\r') {
    if (i + 1 === text.length && !final) return undefined;
    return { delimiter, length: text[i + 1] === '\n' ? i + 2 : i + 1 };
  }
  return undefined;
}

/** How many records of the sample are looked at. */
const sampleRecords = 50;

/** Field counts of the first records of `sample` split at `delimiter` (blank and all-empty records left out). */
function fieldCounts(sample: string, delimiter: string, final: boolean): number[] {
  const counts: number[] = [];
  const parser = new CsvParser(
    { delimiter },
    {
      record(fields) {
        if (counts.length >= sampleRecords) return;
        for (const field of fields) {
          if (field.trim() !== '') {
            counts.push(fields.length);
            return;
          }
        }
      },
      blank() {},
    },
  );
  parser.push(sample);
  if (final) parser.end();
  return counts;
}

/**
 * Chooses the delimiter of `sample` (the first part of a file, without its `sep=` line). `final` says
 * the sample is the whole file; otherwise its last, possibly cut, record is left out.
 */
export function detectDelimiter(
  sample: string,
  final: boolean,
): { delimiter: CsvDelimiter; reason: DialectReason } {
  let best: CsvDelimiter | undefined;
  let bestConsistency = 0;
  let bestMode = 0;
  for (const delimiter of csvDelimiters) {
    const counts = fieldCounts(sample, delimiter, final);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    let mode = 0;
    let modeCount = 0;
    for (const count of counts) {
      const seen = (frequency.get(count) ?? 0) + 1;
      frequency.set(count, seen);
      if (seen > modeCount || (seen === modeCount && count > mode)) {
        mode = count;
        modeCount = seen;
      }
    }
    if (mode < 2) continue;
    const consistency = modeCount / counts.length;
    if (consistency > bestConsistency || (consistency === bestConsistency && mode > bestMode)) {
      best = delimiter;
      bestConsistency = consistency;
      bestMode = mode;
    }
  }
  return best === undefined
    ? { delimiter: ';', reason: 'single-column' }
    : { delimiter: best, reason: 'consistent' };
}
