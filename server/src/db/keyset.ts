import { sql, type RawBuilder } from 'kysely';
import { encodeCursor } from '../../../src/core/adapter/memory/cursor.js';
import type { NormalizedQuery } from '../../../src/core/adapter/memory/query.js';
import { invalidCursor } from '../../../src/core/adapter/memory/cursor.js';

/**
 * Keyset paging in SQL. A sort is a list of key expressions; the page after a cursor is
 * `WHERE (k1, k2, …, id) > (c1, c2, …, cid)` (`<` descending) `ORDER BY k1, k2, …, id LIMIT n + 1`, so
 * records written meanwhile never make a page repeat or skip one that was there all along, and every
 * page costs an index range scan rather than an OFFSET.
 *
 * The cursor is the memory backend's (`[sort, key, id]`, base64url): `key` holds the page's last key
 * values as JSON. A cursor of another sort, or one whose key does not fit this sort, is `invalid-cursor`.
 */

/** The SQL type a key is compared as (its cursor value is cast to it). */
export type KeyType = 'text' | 'int' | 'timestamptz';

export interface SortKey {
  /** The SQL expression (over the list's table) this key orders by. */
  expr: RawBuilder<unknown>;
  type: KeyType;
}

/** A sort: the keys in order (the id is appended as the last tie-break). */
export type Sort = readonly SortKey[];

const castOf: Record<KeyType, RawBuilder<unknown>> = {
  text: sql.raw('text'),
  int: sql.raw('integer'),
  timestamptz: sql.raw('timestamptz'),
};

/** The JSON value of a key as read from a row (timestamps as ISO strings). */
function keyValue(value: unknown): string | number {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return value;
  return String(value);
}

/** Decodes a cursor's key for `sort`, or throws `invalid-cursor`. */
function cursorValues(sort: Sort, key: string): (string | number)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== sort.length) throw invalidCursor();
  return parsed.map((value, index) => {
    const type = sort[index]!.type;
    if (type === 'int' ? !Number.isInteger(value) : typeof value !== 'string')
      throw invalidCursor();
    if (type === 'timestamptz' && Number.isNaN(Date.parse(value as string))) throw invalidCursor();
    return value as string | number;
  });
}

/** The pieces a list query needs for one page: the select list, the keyset condition, the order. */
export interface KeysetPlan {
  /** `k0, k1, …` selected beside the record's columns, to build the next cursor. */
  keys: RawBuilder<unknown>;
  /** `true` on the first page, else the row comparison against the cursor. */
  after: RawBuilder<unknown>;
  orderBy: RawBuilder<unknown>;
  limit: number;
}

export function keysetPlan(
  sort: Sort,
  idExpr: RawBuilder<unknown>,
  query: NormalizedQuery,
): KeysetPlan {
  const desc = query.direction === 'desc';
  const keys = sql.join(sort.map((key, index) => sql`${key.expr} as ${sql.ref(`k${index}`)}`));
  let after: RawBuilder<unknown> = sql`true`;
  if (query.after) {
    const values = cursorValues(sort, query.after.key);
    const left = sql.join([...sort.map((key) => key.expr), idExpr]);
    const right = sql.join([
      ...values.map((value, index) => sql`cast(${value} as ${castOf[sort[index]!.type]})`),
      sql`cast(${query.after.id} as text)`,
    ]);
    after = desc ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`;
  }
  const direction = sql.raw(desc ? 'desc' : 'asc');
  const orderBy = sql.join([
    ...sort.map((key) => sql`${key.expr} ${direction}`),
    sql`${idExpr} ${direction}`,
  ]);
  return { keys, after, orderBy, limit: query.limit };
}

/**
 * Cuts the `limit + 1` rows a plan fetched into a page: the items and the cursor of the next page
 * (null on the last).
 */
export function cutPage<Row extends { id: string }, T>(
  rows: readonly Row[],
  sortCount: number,
  query: NormalizedQuery,
  toItem: (row: Row) => T,
): { items: T[]; nextCursor: string | null } {
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const last = page[page.length - 1] as (Row & Record<string, unknown>) | undefined;
  let nextCursor: string | null = null;
  if (more && last) {
    const key = JSON.stringify(
      Array.from({ length: sortCount }, (_, index) => keyValue(last[`k${index}`])),
    );
    nextCursor = encodeCursor({ sort: query.sort, key, id: last.id });
  }
  return { items: page.map(toItem), nextCursor };
}

/** `LIKE` pattern of a search term: the term anywhere, its `%`, `_` and `\` taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
