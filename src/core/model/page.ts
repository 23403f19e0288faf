import * as z from 'zod';

/** One page of a list. `nextCursor` is null on the last page; `total` counts every match of the query. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().nonnegative(),
  });
}

export type SortDirection = 'asc' | 'desc';

/** A paged, server-side query: search, filter and sort are answered by the backend, not the element. */
export interface ListQuery<Filter = Record<string, never>, SortField extends string = string> {
  cursor?: string | null;
  /** Page size; adapters cap it (default 50, max 500). */
  limit?: number;
  /** Free text; accent- and case-insensitive. */
  search?: string;
  filter?: Filter;
  sort?: { field: SortField; direction: SortDirection };
}
