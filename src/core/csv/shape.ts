/**
 * The file's usual shape. Some exports end every line with the delimiter (`…;Analista;`), so each row
 * has one empty field more than the header. Said on every row it is noise; said once, for the file, it
 * is a note (`csv-trailing-empty-fields`), and a row still warns (`csv-extra-empty-fields`) only when
 * its extra empty fields differ from the file's usual ones.
 *
 * The rule: among the rows whose only extra fields are empty, the most common width is the file's
 * usual shape when more than half of all its rows have it.
 *
 * @module
 */
import { csvCodes, type FileIssue } from './issues.js';

/** Counts rows by their width (only rows whose fields beyond the header are all empty). */
export class TrailingWidths {
  private readonly widths = new Map<number, number>();

  /** A row of `width` fields, more than the header's, the extra ones empty. */
  add(width: number): void {
    this.widths.set(width, (this.widths.get(width) ?? 0) + 1);
  }

  /** The usual width of a file of `rows` rows whose header has `expected` fields, if it has one. */
  usual(rows: number, expected: number): { width: number; rows: number } | undefined {
    let best: { width: number; rows: number } | undefined;
    for (const [width, count] of this.widths) {
      if (width > expected && (!best || count > best.rows)) best = { width, rows: count };
    }
    return best && best.rows * 2 > rows ? best : undefined;
  }
}

/** The note for a file whose lines usually end with `width - expected` empty fields. */
export function trailingFieldsNote(width: number, expected: number): FileIssue {
  return {
    severity: 'info',
    code: csvCodes.trailingEmptyFields,
    params: { count: width - expected },
  };
}

/** The note for the first rows of a file (the preview), by the same rule as the plan's. */
export function sampleTrailingNote(
  headers: readonly string[],
  sample: readonly (readonly string[])[],
): FileIssue | undefined {
  const widths = new TrailingWidths();
  const expected = headers.length;
  for (const cells of sample) {
    if (cells.length <= expected) continue;
    if (cells.slice(expected).every((cell) => cell.trim() === '')) widths.add(cells.length);
  }
  const usual = widths.usual(sample.length, expected);
  return usual ? trailingFieldsNote(usual.width, expected) : undefined;
}
