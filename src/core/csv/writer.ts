/**
 * Writing CSV for people to open in a spreadsheet: the import template, the import's result, and the
 * contact-list and seat-panel exports.
 *
 * Defaults are what Excel in Brazil opens right with a double click: `;` between fields, CRLF between
 * records, UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Windows-1252). Fields holding
 * the delimiter, a quote or a line break are quoted, quotes doubled (RFC 4180).
 *
 * CSV injection (OWASP): a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is run as
 * a formula by spreadsheets, so such a cell gets a leading `'` (which spreadsheets show as text) and is
 * quoted. The importer drops that `'` again when it reads the file back (see `row.ts`), so an exported
 * file imports unchanged. Turn it off only for files no spreadsheet will open.
 *
 * @module
 */
import { templateHeaders, importFields, type CsvLocale, type ImportField } from './fields.js';

/** Options of {@link writeCsv}. */
export interface CsvWriteOptions {
  /** Default `;`. */
  delimiter?: string;
  /** Default CRLF. */
  lineEnding?: '\r\n' | '\n' | '\r';
  /** Start with a UTF-8 byte-order mark (U+FEFF). Default true. */
  bom?: boolean;
  /** Neutralise formula prefixes (OWASP). Default true. */
  escapeFormulas?: boolean;
  /** Quote every field, not only those that need it. Default false. */
  quoteAll?: boolean;
}

/** Whether a spreadsheet would take `value` for a formula: it starts with `=`, `+`, `-`, `@`, tab or CR. */
export function startsLikeFormula(value: string): boolean {
  const first = value.charCodeAt(0);
  return (
    first === 61 /* = */ ||
    first === 43 /* + */ ||
    first === 45 /* - */ ||
    first === 64 /* @ */ ||
    first === 9 ||
    first === 13
  );
}

/** One field as written: escaped, quoted when it must be. */
export function formatCsvField(value: string, options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  let text = String(value ?? '');
  let quote = options.quoteAll === true;
  if (options.escapeFormulas !== false && startsLikeFormula(text)) {
    text = `'${text}`;
    quote = true;
  }
  if (
    !quote &&
    (text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r'))
  ) {
    quote = true;
  }
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes `rows` (the first is usually the header) as CSV text. A row of one empty field is written as
 * `""` so it does not read back as a blank line. The text starts with U+FEFF unless `bom: false`;
 * `new Blob([text], { type: 'text/csv;charset=utf-8' })` encodes it as UTF-8 with its BOM.
 */
export function writeCsv(
  rows: readonly (readonly string[])[],
  options: CsvWriteOptions = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const lineEnding = options.lineEnding ?? '\r\n';
  const lines: string[] = [];
  for (const row of rows) {
    if (row.length === 1 && (row[0] ?? '') === '') {
      lines.push('""');
      continue;
    }
    lines.push(row.map((field) => formatCsvField(field, options)).join(delimiter));
  }
  const body = lines.length > 0 ? lines.join(lineEnding) + lineEnding : '';
  return options.bom === false ? body : `\uFEFF${body}`;
}

/** The columns of the import template, in order. */
export const templateFields: readonly ImportField[] = importFields;

/**
 * The seed's caution about leading zeros (seed 001: spreadsheets drop the zeros of number-only fields,
 * such as a CPF starting with 0), as data for the element to render beside the template download:
 * `csv.caution.<code>` in its catalogue, with `params`.
 */
export const templateCaution = Object.freeze({
  code: 'csv-template-leading-zeros',
  params: Object.freeze({ example: '0xxxxxxxxxx' }),
});

/** The header row of the import template in `locale`. */
export function templateHeaderRow(locale: CsvLocale): string[] {
  const headers = templateHeaders[locale] ?? templateHeaders['pt-BR'];
  return templateFields.map((field) => headers[field]);
}

/** The import template in `locale`: its header row, `;`, UTF-8 with BOM. */
export function writeTemplate(locale: CsvLocale, options: CsvWriteOptions = {}): string {
  return writeCsv([templateHeaderRow(locale)], options);
}
