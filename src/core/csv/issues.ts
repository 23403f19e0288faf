/**
 * What the CSV importer says about a file, a mapping or a row: stable codes with the field (and column)
 * they concern, never sentences. The element renders them from its catalogue in pt-BR, en and es; the
 * codes of `src/core/validation` (`required`, `cpf-leading-zeros`, `phone-ddd`…) pass through unchanged,
 * and the importer's own codes all start with `csv-`.
 *
 * @module
 */

/** How much an issue weighs: an `error` blocks the row, a `skip` explains why it is left out, a `warning` does neither. */
export type IssueSeverity = 'error' | 'skip' | 'warning';

/**
 * One thing the importer noticed about a row.
 * - `field`: the contact field it concerns as a dotted path (`email`, `document.number`, `phone.area`),
 *   or `''` for the row as a whole (too few fields, an unterminated quote);
 * - `column`: the file's column (0-based) holding that field, when the mapping names one — the cell the
 *   element highlights and lets the user fix;
 * - `params`: values the message shows (`{ expected: 5, found: 3 }`, `{ firstRow: 12 }`) and, for a fix
 *   the user may accept, `suggestion`.
 */
export interface RowIssue {
  severity: IssueSeverity;
  code: string;
  field: string;
  column?: number;
  params?: Record<string, string | number>;
}

/** An issue of the file as a whole (encoding fallback, removed NUL bytes) or of the mapping. */
export interface FileIssue {
  severity: 'error' | 'warning' | 'info';
  code: string;
  field?: string;
  column?: number;
  params?: Record<string, string | number>;
}

/**
 * The importer's own codes. Validators' codes (`required`, `email-format`, `cpf-*`, `phone-*`,
 * `country-code`, `too-long`…) appear on rows as they are.
 */
export const csvCodes = Object.freeze({
  // file
  /** The file holds no record at all (empty, or only blank lines). */
  emptyFile: 'csv-empty-file',
  /** A header but no data row. */
  noRows: 'csv-no-rows',
  /** Not valid UTF-8: read as Windows-1252 (`params.offset`: the first bad byte). */
  encodingFallback: 'csv-encoding-fallback',
  /** Bytes that are not valid in the chosen encoding were replaced (an override that does not fit). */
  invalidBytes: 'csv-invalid-bytes',
  /** NUL characters were removed (`params.count`). */
  nulRemoved: 'csv-nul-removed',
  /** Excel's `sep=X` first line was honoured and dropped (`params.delimiter`). */
  sepLine: 'csv-sep-line',
  /**
   * Most lines end with empty fields beyond the header (`params.count` of them; a trailing
   * delimiter): ignored, said once here rather than on every row (see `./shape.ts`).
   */
  trailingEmptyFields: 'csv-trailing-empty-fields',
  // mapping
  /** A required field has no column (`field`). Blocks the import. */
  requiredColumn: 'csv-required-column',
  /** Two columns are mapped to one field (`field`, `params.columns`: "2, 5"). Blocks the import. */
  columnConflict: 'csv-column-conflict',
  /** The same header twice (`column` of the later one, `params.header`, `params.first`). */
  duplicateHeader: 'csv-duplicate-header',
  /** A header matched no field: the column is ignored (`column`, `params.header`). */
  unknownHeader: 'csv-unknown-header',
  /** A column has no header text (`column`); ignored unless mapped. */
  emptyHeader: 'csv-empty-header',
  // rows: structure
  /** Fewer fields than the header (`params.expected`, `params.found`). */
  tooFewFields: 'csv-too-few-fields',
  /** More fields than the header, some not empty (`params.expected`, `params.found`). */
  tooManyFields: 'csv-too-many-fields',
  /**
   * More fields than the header, all empty (a trailing delimiter): ignored. Not said on a row whose
   * width is the file's usual one (`csv-trailing-empty-fields` says it once for the file).
   */
  extraEmptyFields: 'csv-extra-empty-fields',
  /** A quoted field never closed (`params.line`: where the quote opened). The rest of the file is read on. */
  unterminatedQuote: 'csv-unterminated-quote',
  /** A quote in an odd place (`"ab"cd`): the field was kept as written. */
  strayQuote: 'csv-stray-quote',
  /** The person left the row out at review (a `skip`; they may put it back). */
  dropped: 'csv-dropped',
  // rows: values
  /** The consulting flag is not a yes/no word (`params.value`). */
  boolean: 'csv-boolean',
  /**
   * No role of the policy has this id or name (`params.value`; `params.roles`: the policy's role ids,
   * `, `-separated, for the message to list the valid names).
   */
  roleUnknown: 'csv-role-unknown',
  /** More than one role goes by this name (`params.value`; `params.roles`: their ids, `, `-separated). */
  roleAmbiguous: 'csv-role-ambiguous',
  /**
   * The actor may not give this role (`params.value`, `params.role`; the engine's reason in
   * `params.reason`, its capability in `params.missing`): the row cannot create its contact. An
   * update leaves the role as it is, so the row is not refused then.
   */
  roleRefused: 'csv-role-refused',
  /** Not a document type we know (`params.value`). */
  documentType: 'csv-document-type',
  /** A text starts with `=`: it will be stored as text, never run as a formula. */
  formulaLike: 'csv-formula-like',
  // rows: duplicates
  /** The same e-mail as an earlier row (`params.firstRow`). */
  duplicateEmail: 'csv-duplicate-email',
  /** The same CPF as an earlier row (`params.firstRow`). */
  duplicateCpf: 'csv-duplicate-cpf',
  /** A contact with this e-mail exists and the user chose to skip existing ones (`params.contactId`). */
  exists: 'csv-exists',
  /** The CPF belongs to an existing contact with another e-mail, which an import cannot change (`params.contactId`). */
  cpfTaken: 'csv-cpf-taken',
} as const);

/** One of {@link csvCodes}. */
export type CsvCode = (typeof csvCodes)[keyof typeof csvCodes];

/** The key of the result file's labels (`ResultLabels`) that words the value `value` of an issue's param `name`. */
export function paramLabel(name: string, value: string): string {
  return ['param', name, value].join('.');
}
