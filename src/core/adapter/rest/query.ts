import { AdapterError } from '../errors.js';
import type { FieldError } from '../errors.js';
import type { ListQuery, SortDirection } from '../../model/index.js';

/**
 * The query-string form of a `ListQuery` (docs/rest-api.md, "Lists"):
 * `?search=joao&status=active&status=invited&role=general-admin&sort=name&direction=asc&cursor=…&limit=50`.
 * A filter of several values repeats its key; a filter of one value (`contactId=ct-000042`) appears
 * once; an absent key means "no filter". Shared by `RestAdapter` (encode) and the msw handlers
 * (decode), so both sides agree by construction.
 */

/**
 * A list query whose filter is any set of named filters: a list of values ("any of": `status`, `role`,
 * …) or a single value (`contactId`).
 */
export type WireListQuery = ListQuery<Record<string, readonly string[] | string | undefined>>;

/** Parameter names the list contract reserves; a filter key may not use one. */
const reserved = new Set(['search', 'sort', 'direction', 'cursor', 'limit']);

/** Encodes a list query as URL search parameters, omitting everything unset or empty. */
export function encodeListQuery(query: WireListQuery = {}): URLSearchParams {
  const params = new URLSearchParams();
  const search = query.search?.trim();
  if (search) params.set('search', search);
  for (const [key, values] of Object.entries(query.filter ?? {})) {
    if (reserved.has(key) || !values) continue;
    for (const value of typeof values === 'string' ? [values] : values) params.append(key, value);
  }
  if (query.sort) {
    params.set('sort', query.sort.field);
    params.set('direction', query.sort.direction);
  }
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  return params;
}

/** What the decoder accepts: the filter keys of this list, and (optionally) its sortable fields. */
export interface DecodeListOptions {
  /** Filters of any number of values, decoded as a list ("any of"). */
  filterKeys: readonly string[];
  /** Filters of one value, decoded as a string; the key given twice is refused. */
  singleKeys?: readonly string[];
  sortFields?: readonly string[];
}

/**
 * Decodes URL search parameters into a list query. Unknown parameters and empty values are ignored;
 * malformed ones (`limit=abc`, `direction=up`, an unknown sort field, `direction` without `sort`, a
 * one-value filter given twice) are refused together as one `validation` error naming each parameter.
 */
export function decodeListQuery(
  params: URLSearchParams,
  options: DecodeListOptions,
): WireListQuery {
  const fields: FieldError[] = [];
  const query: WireListQuery = {};

  const search = params.get('search')?.trim();
  if (search) query.search = search;

  const filter: Record<string, string[] | string> = {};
  for (const key of options.filterKeys) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length > 0) filter[key] = values;
  }
  for (const key of options.singleKeys ?? []) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length > 1) {
      fields.push({ field: key, code: 'single-value', params: { value: values.join(', ') } });
    } else if (values.length === 1) filter[key] = values[0]!;
  }
  if (Object.keys(filter).length > 0) query.filter = filter;

  const sort = params.get('sort');
  const direction = params.get('direction') ?? 'asc';
  if (sort !== null) {
    if (!sort || (options.sortFields && !options.sortFields.includes(sort))) {
      fields.push({ field: 'sort', code: 'unknown-sort-field', params: { value: sort } });
    }
    if (direction !== 'asc' && direction !== 'desc') {
      fields.push({ field: 'direction', code: 'invalid-direction', params: { value: direction } });
    }
    query.sort = { field: sort, direction: direction as SortDirection };
  } else if (params.has('direction')) {
    fields.push({ field: 'direction', code: 'sort-required' });
  }

  const cursor = params.get('cursor');
  if (cursor) query.cursor = cursor;

  const limit = params.get('limit');
  if (limit !== null) {
    const value = Number(limit);
    if (!/^\d+$/.test(limit) || !Number.isSafeInteger(value) || value < 1) {
      fields.push({ field: 'limit', code: 'invalid-limit', params: { value: limit } });
    } else {
      query.limit = value;
    }
  }

  if (fields.length > 0) {
    throw new AdapterError('validation', 'The list query is malformed.', {
      code: 'invalid-query',
      fields,
    });
  }
  return query;
}
