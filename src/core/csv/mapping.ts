/**
 * Which column fills which contact field: suggested from the headers (pt-BR, en, es, with synonyms,
 * accents and case ignored, small typos forgiven), changed by the user, checked (a required field left
 * without a column blocks the import), and saved so a company's last mapping is offered for its next
 * file (storing it is the element's job: {@link saveMapping} gives plain JSON).
 *
 * @module
 */
import {
  fieldSynonyms,
  foldHeader,
  importFields,
  isImportField,
  requiredImportFields,
  type ImportField,
} from './fields.js';
import { csvCodes, type FileIssue } from './issues.js';
import { editDistance } from '../validation/email-hints.js';

/** For each column of the file (by index), the field it fills, or `null` when it is ignored. */
export type ColumnMapping = (ImportField | null)[];

/** How a column's field was found. */
export type MatchKind = 'remembered' | 'exact' | 'contains' | 'typo' | 'none';

/** The suggested mapping and how each column was matched. */
export interface MappingSuggestion {
  mapping: ColumnMapping;
  matches: MatchKind[];
}

/** A company's mapping as plain JSON, keyed by folded header ({@link foldHeader}). */
export interface SavedMapping {
  version: 1;
  columns: Record<string, ImportField | null>;
}

const scores: Record<Exclude<MatchKind, 'none'>, number> = {
  remembered: 4,
  exact: 3,
  contains: 2,
  typo: 1,
};

/** How many typos a synonym of this length forgives. */
function typoLimit(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

interface Candidate {
  column: number;
  field: ImportField;
  kind: Exclude<MatchKind, 'none'>;
  /** Within a kind, lower is better (where the words were found, or how many typos). */
  rank: number;
}

/** The best match of one folded header against one field's synonyms. */
function matchField(header: string, field: ImportField): Omit<Candidate, 'column'> | undefined {
  const synonyms = fieldSynonyms[field];
  if (synonyms.includes(header)) return { field, kind: 'exact', rank: 0 };
  const padded = ` ${header} `;
  let contains = Infinity;
  for (const synonym of synonyms) {
    const at = padded.indexOf(` ${synonym} `);
    // Earlier words decide ("DDD celular" is an area code); among equals, a longer synonym.
    if (at >= 0) contains = Math.min(contains, at * 100 - synonym.length);
  }
  if (contains !== Infinity) return { field, kind: 'contains', rank: contains };
  let typos = Infinity;
  for (const synonym of synonyms) {
    const limit = typoLimit(synonym.length);
    if (limit === 0) continue;
    const distance = editDistance(header, synonym, limit);
    if (distance <= limit) typos = Math.min(typos, distance);
  }
  return typos === Infinity ? undefined : { field, kind: 'typo', rank: typos };
}

/**
 * Suggests a mapping for `headers`: a header remembered from the company's last mapping keeps its
 * field (or stays ignored); others are matched exactly, then as whole words inside a longer header
 * ("E-mail do contato"), then with a typo or two ("Telfone", "Emial"). Each field gets at most one
 * column — the better match, then the earlier column.
 */
export function suggestMapping(
  headers: readonly string[],
  remembered?: SavedMapping,
): MappingSuggestion {
  const mapping: ColumnMapping = headers.map(() => null);
  const matches: MatchKind[] = headers.map(() => 'none');
  const candidates: Candidate[] = [];
  const fixed = new Set<number>();
  headers.forEach((header, column) => {
    const folded = foldHeader(header);
    if (folded === '') return;
    if (remembered && Object.hasOwn(remembered.columns, folded)) {
      const field = remembered.columns[folded];
      fixed.add(column);
      if (field) candidates.push({ column, field, kind: 'remembered', rank: 0 });
      return;
    }
    for (const field of importFields) {
      const match = matchField(folded, field);
      if (match) candidates.push({ column, ...match });
    }
  });
  candidates.sort(
    (a, b) => scores[b.kind] - scores[a.kind] || a.rank - b.rank || a.column - b.column,
  );
  const taken = new Set<ImportField>();
  for (const candidate of candidates) {
    if (taken.has(candidate.field) || mapping[candidate.column] !== null) continue;
    if (fixed.has(candidate.column) && candidate.kind !== 'remembered') continue;
    mapping[candidate.column] = candidate.field;
    matches[candidate.column] = candidate.kind;
    taken.add(candidate.field);
  }
  return { mapping, matches };
}

/**
 * What is wrong with `mapping` for `headers`, blocking problems first:
 * - `csv-required-column` (error): a required field has no column (`field`);
 * - `csv-column-conflict` (error): two columns fill one field (`field`, `params.columns`, 1-based);
 * - `csv-duplicate-header` (warning): the same header again (`column`, `params.header`, `params.first`);
 * - `csv-empty-header` / `csv-unknown-header` (info): a column left out, with no header or one that
 *   matched nothing (`column`, `params.header`).
 */
export function checkMapping(mapping: ColumnMapping, headers: readonly string[]): FileIssue[] {
  const issues: FileIssue[] = [];
  const columnsOf = new Map<ImportField, number[]>();
  mapping.forEach((field, column) => {
    if (field) columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
  });
  for (const field of requiredImportFields) {
    if (!columnsOf.has(field))
      issues.push({ severity: 'error', code: csvCodes.requiredColumn, field });
  }
  for (const [field, columns] of columnsOf) {
    if (columns.length > 1) {
      issues.push({
        severity: 'error',
        code: csvCodes.columnConflict,
        field,
        params: { columns: columns.map((column) => column + 1).join(', ') },
      });
    }
  }
  const firstOf = new Map<string, number>();
  headers.forEach((header, column) => {
    const folded = foldHeader(header);
    if (folded === '') {
      if (!mapping[column]) issues.push({ severity: 'info', code: csvCodes.emptyHeader, column });
      return;
    }
    const first = firstOf.get(folded);
    if (first === undefined) firstOf.set(folded, column);
    else {
      issues.push({
        severity: 'warning',
        code: csvCodes.duplicateHeader,
        column,
        params: { header, first: first + 1 },
      });
    }
    if (!mapping[column] && first === undefined) {
      issues.push({ severity: 'info', code: csvCodes.unknownHeader, column, params: { header } });
    }
  });
  return issues;
}

/** Whether `issues` (from {@link checkMapping}) hold a problem that blocks the import. */
export function mappingBlocks(issues: readonly FileIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * The mapping as plain JSON to remember for the company's next file: each non-empty header (folded)
 * with its field, or `null` for a column the user chose to leave out.
 */
export function saveMapping(headers: readonly string[], mapping: ColumnMapping): SavedMapping {
  const columns: Record<string, ImportField | null> = {};
  headers.forEach((header, column) => {
    const folded = foldHeader(header);
    if (folded !== '' && !Object.hasOwn(columns, folded)) columns[folded] = mapping[column] ?? null;
  });
  return { version: 1, columns };
}

/** Reads a saved mapping back from untrusted storage: undefined when it is not one; unknown fields dropped. */
export function parseSavedMapping(value: unknown): SavedMapping | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as { version?: unknown; columns?: unknown };
  if (record.version !== 1 || typeof record.columns !== 'object' || record.columns === null) {
    return undefined;
  }
  const columns: Record<string, ImportField | null> = {};
  for (const [header, field] of Object.entries(record.columns as Record<string, unknown>)) {
    if (field === null || isImportField(field)) columns[header] = field;
  }
  return { version: 1, columns };
}

/** Whether `value` is a mapping of `columnCount` columns (for input from another thread). */
export function isColumnMapping(value: unknown, columnCount: number): value is ColumnMapping {
  return (
    Array.isArray(value) &&
    value.length === columnCount &&
    value.every((field) => field === null || isImportField(field))
  );
}
