import type { ListQuery, Page, SortDirection } from '../../model/index.js';
import { searchTerms } from '../../search/index.js';
import { AdapterError, type FieldError } from '../errors.js';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor.js';

/** Page size when the query names none. */
export const defaultPageSize = 50;
/** The largest page a list answers; bigger requests are capped to it. */
export const maxPageSize = 500;

/** A list query checked and reduced to what a store needs. */
export interface NormalizedQuery {
  limit: number;
  /** Folded search terms (see `searchTerms`); empty = no search. */
  terms: string[];
  field: string;
  direction: SortDirection;
  /** `field:direction`, what a cursor is tied to. */
  sort: string;
  after: CursorPosition | undefined;
}

/**
 * Checks a list query at the boundary. Every problem is reported at once as a `validation` error:
 * `limit` (`invalid-value`: not a whole number ≥ 1; larger than {@link maxPageSize} is capped, not refused),
 * `search` (`invalid-type`), `sort.field` / `sort.direction` (`invalid-value`), `cursor` (`invalid-cursor`).
 * `extraErrors` are the caller's own checks of its filter, reported together with these.
 */
export function normalizeQuery(
  query: ListQuery<unknown, string> | undefined,
  sortFields: readonly string[],
  defaultField: string,
  extraErrors: FieldError[] = [],
): NormalizedQuery {
  const errors = [...extraErrors];
  const q = (query ?? {}) as Record<string, unknown>;
  let limit = defaultPageSize;
  if (q.limit !== undefined && q.limit !== null) {
    if (typeof q.limit !== 'number' || !Number.isInteger(q.limit) || q.limit < 1) {
      errors.push({ field: 'limit', code: 'invalid-value', params: { min: 1, max: maxPageSize } });
    } else limit = Math.min(q.limit, maxPageSize);
  }
  let terms: string[] = [];
  if (q.search !== undefined && q.search !== null) {
    if (typeof q.search !== 'string') errors.push({ field: 'search', code: 'invalid-type' });
    else terms = searchTerms(q.search);
  }
  let field = defaultField;
  let direction: SortDirection = 'asc';
  const sort = q.sort as { field?: unknown; direction?: unknown } | undefined | null;
  if (sort !== undefined && sort !== null) {
    if (typeof sort !== 'object') errors.push({ field: 'sort', code: 'invalid-type' });
    else {
      if (sort.field !== undefined) {
        if (typeof sort.field === 'string' && sortFields.includes(sort.field)) field = sort.field;
        else errors.push({ field: 'sort.field', code: 'invalid-value' });
      }
      if (sort.direction !== undefined) {
        if (sort.direction === 'asc' || sort.direction === 'desc') direction = sort.direction;
        else errors.push({ field: 'sort.direction', code: 'invalid-value' });
      }
    }
  }
  const sortId = `${field}:${direction}`;
  let after: CursorPosition | undefined;
  if (q.cursor !== undefined && q.cursor !== null && q.cursor !== '') {
    if (typeof q.cursor !== 'string') errors.push({ field: 'cursor', code: 'invalid-cursor' });
    else {
      try {
        after = decodeCursor(q.cursor, sortId);
      } catch {
        errors.push({ field: 'cursor', code: 'invalid-cursor' });
      }
    }
  }
  if (errors.length) {
    throw new AdapterError('validation', 'The list query is not valid.', {
      code: errors[0]!.code === 'invalid-cursor' ? 'invalid-cursor' : 'invalid-query',
      fields: errors,
    });
  }
  return { limit, terms, field, direction, sort: sortId, after };
}

/** Reads a filter's list of allowed values; a bad value is a field error on `filter.<name>`. */
export function filterValues<T extends string>(
  filter: unknown,
  name: string,
  allowed: readonly T[] | undefined,
  errors: FieldError[],
): Set<string> | undefined {
  if (filter === undefined || filter === null) return undefined;
  if (typeof filter !== 'object') {
    if (!errors.some((error) => error.field === 'filter')) {
      errors.push({ field: 'filter', code: 'invalid-type' });
    }
    return undefined;
  }
  const values = (filter as Record<string, unknown>)[name];
  if (values === undefined || values === null) return undefined;
  if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) {
    errors.push({ field: `filter.${name}`, code: 'invalid-type' });
    return undefined;
  }
  const bad = allowed
    ? values.filter((value) => !(allowed as readonly string[]).includes(value))
    : [];
  if (bad.length) {
    errors.push({
      field: `filter.${name}`,
      code: 'invalid-value',
      params: { value: bad.join(', ') },
    });
    return undefined;
  }
  return values.length ? new Set(values) : undefined;
}

/** Compares two (key, id) positions the way every store orders them. */
export function comparePositions(keyA: string, idA: string, keyB: string, idB: string): number {
  if (keyA < keyB) return -1;
  if (keyA > keyB) return 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * Pages a small collection (sites, SaaS users, invitations) by the same rules as the contact list:
 * `matches` are already filtered; they are ordered by (`keyOf`, id), descending when asked, and the page
 * starts after the cursor's position.
 */
export function pageOf<T extends { id: string }>(
  matches: readonly T[],
  query: NormalizedQuery,
  keyOf: (item: T, field: string) => string,
  copy: (item: T) => T,
): Page<T> {
  const keyed = matches.map((item) => ({ item, key: keyOf(item, query.field) }));
  const sign = query.direction === 'asc' ? 1 : -1;
  keyed.sort((a, b) => sign * comparePositions(a.key, a.item.id, b.key, b.item.id));
  let start = 0;
  const after = query.after;
  if (after) {
    start = keyed.findIndex(
      (entry) => sign * comparePositions(entry.key, entry.item.id, after.key, after.id) > 0,
    );
    if (start < 0) start = keyed.length;
  }
  const slice = keyed.slice(start, start + query.limit);
  const last = slice[slice.length - 1];
  const more = start + query.limit < keyed.length;
  return {
    items: slice.map((entry) => copy(entry.item)),
    nextCursor:
      more && last ? encodeCursor({ sort: query.sort, key: last.key, id: last.item.id }) : null,
    total: keyed.length,
  };
}
