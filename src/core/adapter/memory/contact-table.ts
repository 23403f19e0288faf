import type { Contact, ContactSortField, Page } from '../../model/index.js';
import { contactStatuses } from '../../model/index.js';
import { normalizeText, TextIndex } from '../../search/index.js';
import {
  contactSearchText,
  isEmptyMatch,
  matchesFilter,
  neverSignedInKey,
  type ContactMatch,
} from '../../rules/contact-query.js';
import { encodeCursor } from './cursor.js';
import { copyContact } from './copy.js';
import type { NormalizedQuery } from './query.js';

export { contactSearchText, type ContactMatch };

const statusRank = new Map<string, number>(contactStatuses.map((status, index) => [status, index]));

/**
 * Sort keys, computed once per record and compared as plain strings, so no collation happens while a
 * query runs.
 * - `name`, `jobTitle`: the folded text (accents and case removed — Portuguese primary collation order,
 *   as `Intl.Collator('pt-BR', { sensitivity: 'base' })` orders letters and spaces), then the exact text, so
 *   "Joao" and "João" sit together and always in the same order.
 * - `email`: lower case. `phone`: country code, area, number. `createdAt`: ISO time.
 * - `status`: lifecycle order (potential, site assigned, invited, active, suspended, inactive).
 * - `role`: the role's place in the policy (general admin first in the default policy), then its id.
 * Ties are broken by id; descending is the exact reverse of ascending.
 */
export function sortKey(
  contact: Contact,
  field: string,
  roleOrder: ReadonlyMap<string, number>,
): string {
  switch (field as ContactSortField) {
    case 'name':
      return `${normalizeText(contact.name)}\u0000${contact.name}`;
    case 'jobTitle':
      return `${normalizeText(contact.jobTitle)}\u0000${contact.jobTitle}`;
    case 'email':
      return contact.email.toLowerCase();
    case 'phone':
      return `${contact.phone.countryCode}\u0000${contact.phone.area}\u0000${contact.phone.number}`;
    case 'role':
      return `${String(roleOrder.get(contact.role) ?? 999).padStart(3, '0')}\u0000${contact.role}`;
    case 'status':
      return String(statusRank.get(contact.status) ?? 9);
    case 'createdAt':
      return contact.createdAt;
    case 'lastSignInAt':
      return contact.lastSignInAt ?? neverSignedInKey;
    default:
      return '';
  }
}

/** One sort field's order: rows ascending by (key, id), kept up to date on every change. */
interface SortOrder {
  /** row → its key. */
  keys: string[];
  /** Rows, ascending. */
  rows: number[];
  /** row → its position in `rows`; rebuilt lazily after a change. */
  rank: Int32Array | undefined;
}

/**
 * One company's contacts, with what makes a list over 100,000 of them fast: a trigram search index
 * (`TextIndex`) and, per sort field, the rows in order with their keys. Both are built on first use and
 * then maintained on every insert, replace and delete (a binary-search insert into the order, an index
 * update), never rebuilt per query.
 *
 * Stores the records it is given without copying and never mutates them: a write replaces the record.
 */
export class ContactTable {
  private rows: (Contact | undefined)[] = [];
  private rowOf = new Map<string, number>();
  private index: TextIndex | undefined;
  private orders = new Map<string, SortOrder>();

  constructor(
    contacts: Iterable<Contact>,
    private roleOrder: ReadonlyMap<string, number>,
  ) {
    for (const contact of contacts) {
      this.rowOf.set(contact.id, this.rows.length);
      this.rows.push(contact);
    }
  }

  get size(): number {
    return this.rowOf.size;
  }

  /** The stored record (not a copy: callers inside the backend must not mutate it). */
  get(id: string): Contact | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.rows[row];
  }

  /** Every stored record, in insertion order. */
  *values(): IterableIterator<Contact> {
    for (const contact of this.rows) if (contact) yield contact;
  }

  /** Builds the search index and the default (name) order now instead of on the first query. */
  prepare(): void {
    this.searchIndex();
    this.order('name');
  }

  /** Adds a new record. */
  insert(contact: Contact): void {
    const row = this.rows.length;
    this.rows.push(contact);
    this.rowOf.set(contact.id, row);
    this.index?.set(row, contactSearchText(contact));
    for (const [field, order] of this.orders) {
      order.keys[row] = sortKey(contact, field, this.roleOrder);
      this.place(order, row);
    }
  }

  /** Replaces a stored record by a new version of it (same id). */
  replace(contact: Contact): void {
    const row = this.rowOf.get(contact.id);
    if (row === undefined) return this.insert(contact);
    this.rows[row] = contact;
    this.index?.set(row, contactSearchText(contact));
    for (const [field, order] of this.orders) {
      const key = sortKey(contact, field, this.roleOrder);
      if (key === order.keys[row]) continue;
      this.unplace(order, row);
      order.keys[row] = key;
      this.place(order, row);
    }
  }

  /** Removes a record. */
  delete(id: string): void {
    const row = this.rowOf.get(id);
    if (row === undefined) return;
    for (const order of this.orders.values()) this.unplace(order, row);
    this.rows[row] = undefined;
    this.rowOf.delete(id);
    this.index?.delete(row);
  }

  /** The policy's roles changed order: the role sort is rebuilt on next use. */
  setRoleOrder(roleOrder: ReadonlyMap<string, number>): void {
    this.roleOrder = roleOrder;
    this.orders.delete('role');
  }

  /**
   * One page of the contacts matching `query` (search terms) and `match` (status, role), in the query's
   * order, starting after its cursor; `total` counts every match. Items are copies.
   */
  list(query: NormalizedQuery, match: ContactMatch): Page<Contact> {
    const order = this.order(query.field);
    const asc = query.direction === 'asc';
    const filtering = query.terms.length > 0 || !isEmptyMatch(match);

    // Where the page starts, as a position in the ascending order.
    let from = asc ? 0 : order.rows.length;
    if (query.after) {
      const { key, id } = query.after;
      from = asc ? this.bound(order, key, id, true) : this.bound(order, key, id, false);
    }

    const page: number[] = [];
    let more = false;
    let total: number;
    if (!filtering) {
      total = this.size;
      if (asc) {
        for (let i = from; i < order.rows.length && page.length <= query.limit; i++)
          page.push(order.rows[i]!);
      } else {
        for (let i = from - 1; i >= 0 && page.length <= query.limit; i--) page.push(order.rows[i]!);
      }
    } else {
      const matches = this.matching(query.terms, match);
      total = matches.length;
      if (matches.length * 16 < order.rows.length) {
        // Few matches: order them by rank (integer compares) and binary-search the start.
        const rank = this.rank(order);
        matches.sort((a, b) => rank[a]! - rank[b]!);
        let lo = 0;
        let hi = matches.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (rank[matches[mid]!]! < from) lo = mid + 1;
          else hi = mid;
        }
        if (asc)
          for (let i = lo; i < matches.length && page.length <= query.limit; i++)
            page.push(matches[i]!);
        else for (let i = lo - 1; i >= 0 && page.length <= query.limit; i--) page.push(matches[i]!);
      } else {
        // Many matches: walk the order once and keep the marked rows.
        const marked = new Uint8Array(this.rows.length);
        for (const row of matches) marked[row] = 1;
        if (asc) {
          for (let i = from; i < order.rows.length && page.length <= query.limit; i++) {
            const row = order.rows[i]!;
            if (marked[row]) page.push(row);
          }
        } else {
          for (let i = from - 1; i >= 0 && page.length <= query.limit; i--) {
            const row = order.rows[i]!;
            if (marked[row]) page.push(row);
          }
        }
      }
    }
    if (page.length > query.limit) {
      more = true;
      page.length = query.limit;
    }
    const last = page[page.length - 1];
    return {
      items: page.map((row) => copyContact(this.rows[row]!)),
      nextCursor:
        more && last !== undefined
          ? encodeCursor({ sort: query.sort, key: order.keys[last]!, id: this.rows[last]!.id })
          : null,
      total,
    };
  }

  /** Rows matching every search term and the filter. */
  private matching(terms: readonly string[], match: ContactMatch): number[] {
    const candidates = terms.length ? this.searchIndex().search(terms) : undefined;
    const out: number[] = [];
    const filtered = !isEmptyMatch(match);
    const accept = (row: number) => {
      const contact = this.rows[row];
      if (!contact) return;
      if (filtered && !matchesFilter(contact, match)) return;
      out.push(row);
    };
    if (candidates) for (const row of candidates) accept(row);
    else for (let row = 0; row < this.rows.length; row++) accept(row);
    return out;
  }

  private searchIndex(): TextIndex {
    if (!this.index) {
      const keys: number[] = [];
      const texts: string[] = [];
      for (let row = 0; row < this.rows.length; row++) {
        const contact = this.rows[row];
        if (!contact) continue;
        keys.push(row);
        texts.push(contactSearchText(contact));
      }
      this.index = TextIndex.build(keys, texts);
    }
    return this.index;
  }

  private order(field: string): SortOrder {
    let order = this.orders.get(field);
    if (!order) {
      const keys: string[] = new Array<string>(this.rows.length);
      const rows: number[] = [];
      for (let row = 0; row < this.rows.length; row++) {
        const contact = this.rows[row];
        if (!contact) continue;
        keys[row] = sortKey(contact, field, this.roleOrder);
        rows.push(row);
      }
      const ids = this.rows.map((contact) => contact?.id ?? '');
      rows.sort((a, b) => {
        const ka = keys[a]!;
        const kb = keys[b]!;
        if (ka !== kb) return ka < kb ? -1 : 1;
        return ids[a]! < ids[b]! ? -1 : 1;
      });
      order = { keys, rows, rank: undefined };
      this.orders.set(field, order);
    }
    return order;
  }

  private rank(order: SortOrder): Int32Array {
    if (!order.rank || order.rank.length < this.rows.length) {
      const rank = new Int32Array(this.rows.length);
      for (let i = 0; i < order.rows.length; i++) rank[order.rows[i]!] = i;
      order.rank = rank;
    }
    return order.rank;
  }

  /**
   * The first position in `order` whose (key, id) is after (`upper`) — or not before (`!upper`) — the
   * given position.
   */
  private bound(order: SortOrder, key: string, id: string, upper: boolean): number {
    let lo = 0;
    let hi = order.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const row = order.rows[mid]!;
      const k = order.keys[row]!;
      const rowId = this.rows[row]!.id;
      const cmp = k < key ? -1 : k > key ? 1 : rowId < id ? -1 : rowId > id ? 1 : 0;
      if (cmp < 0 || (upper && cmp === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private place(order: SortOrder, row: number): void {
    const position = this.bound(order, order.keys[row]!, this.rows[row]!.id, true);
    order.rows.splice(position, 0, row);
    order.rank = undefined;
  }

  private unplace(order: SortOrder, row: number): void {
    const position = this.bound(order, order.keys[row]!, this.rows[row]!.id, false);
    if (order.rows[position] === row) order.rows.splice(position, 1);
    order.rank = undefined;
  }
}
