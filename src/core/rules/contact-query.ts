/**
 * What a contact list query means, once: which contacts a filter and a search match. The memory backend
 * answers `contacts.list` with these functions, the reference server checks a query with
 * {@link contactMatch} and filters with the same conditions in SQL, and `<contact-list>` asks
 * {@link matchesContactQuery} whether a contact a write answered still belongs to the rows it shows —
 * so a row never stays under a filter it no longer matches, and a contact never joins a search it does
 * not match.
 *
 * @module
 */
import type { Contact } from '../model/index.js';
import { contactStatuses, type ContactFilter } from '../model/constants.js';
import { digitsOnly, fieldSeparator, matchesTerms, normalizeText } from '../search/index.js';
import type { FieldError } from '../adapter/errors.js';
import { filterValues } from '../adapter/memory/query.js';

/** A half-open range of instants, in milliseconds since the epoch: `from` ≤ t < `before`. */
export interface InstantRange {
  from?: number;
  before?: number;
}

/** A contact filter, checked: sets of allowed values and ranges of instants. */
export interface ContactMatch {
  status?: ReadonlySet<string>;
  role?: ReadonlySet<string>;
  /** Contacts holding permissions on any of these sites. */
  site?: ReadonlySet<string>;
  /** `open`: with tickets in progress; `none`: without. */
  tickets?: 'open' | 'none';
  created?: InstantRange;
  /** `ever`: has signed in at least once; `never`: has not. */
  signedIn?: 'ever' | 'never';
  /** Last sign-in within this range (a contact who never signed in is outside every range). */
  lastSignIn?: InstantRange;
}

/** The filter keys of `ContactFilter`, as the REST query string names them. */
export const contactFilterKeys = ['status', 'role', 'site'] as const;
/** The one-value filter keys of `ContactFilter`. */
export const contactFilterSingleKeys = [
  'tickets',
  'createdFrom',
  'createdBefore',
  'signedIn',
  'lastSignInFrom',
  'lastSignInBefore',
] as const;

/** The values `filter.tickets` takes. */
export const ticketFilters = ['open', 'none'] as const;

/** The values `filter.signedIn` takes. */
export const signedInFilters = ['ever', 'never'] as const;

/**
 * The sort key of a contact's last sign-in, as an instant: never-signed-in contacts sort as the epoch
 * (first ascending, last descending). The memory backend orders by it and the server's SQL by the same
 * `coalesce(last_sign_in_at, '1970-01-01T00:00:00.000Z')`.
 */
export const neverSignedInKey = '1970-01-01T00:00:00.000Z';

const isoInstant =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A value as an error message quotes it. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Reads one ISO 8601 date or date-time of `filter`; a bad one is a field error on `filter.<name>`. */
function instantOf(
  filter: Record<string, unknown>,
  name: string,
  errors: FieldError[],
): number | undefined {
  const value = filter[name];
  if (value === undefined || value === null || value === '') return undefined;
  const ms = typeof value === 'string' && isoInstant.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    errors.push({
      field: `filter.${name}`,
      code: 'invalid-value',
      params: { value: shown(value) },
    });
    return undefined;
  }
  return ms;
}

function rangeOf(
  filter: Record<string, unknown>,
  from: string,
  before: string,
  errors: FieldError[],
): InstantRange | undefined {
  const range: InstantRange = {};
  const start = instantOf(filter, from, errors);
  const end = instantOf(filter, before, errors);
  if (start !== undefined) range.from = start;
  if (end !== undefined) range.before = end;
  return start === undefined && end === undefined ? undefined : range;
}

/**
 * Checks a contact filter at a backend's boundary (`filter` as the caller sent it). Each bad part is a
 * field error on `filter.<key>` added to `errors` (`invalid-type`, or `invalid-value` with the value);
 * the good parts are kept. Date filters take ISO 8601 dates or date-times (`2026-01-31`,
 * `2026-01-31T12:00:00Z`); `…From` is inclusive and `…Before` exclusive.
 */
export function contactMatch(filter: unknown, errors: FieldError[]): ContactMatch {
  const match: ContactMatch = {};
  const status = filterValues(filter, 'status', contactStatuses, errors);
  const role = filterValues(filter, 'role', undefined, errors);
  const site = filterValues(filter, 'site', undefined, errors);
  if (status) match.status = status;
  if (role) match.role = role;
  if (site) match.site = site;
  if (filter === undefined || filter === null || typeof filter !== 'object') return match;
  const record = filter as Record<string, unknown>;
  const tickets = record.tickets;
  if (tickets !== undefined && tickets !== null && tickets !== '') {
    if (tickets === 'open' || tickets === 'none') match.tickets = tickets;
    else
      errors.push({
        field: 'filter.tickets',
        code: 'invalid-value',
        params: { value: shown(tickets) },
      });
  }
  const created = rangeOf(record, 'createdFrom', 'createdBefore', errors);
  if (created) match.created = created;
  const signedIn = record.signedIn;
  if (signedIn !== undefined && signedIn !== null && signedIn !== '') {
    if (signedIn === 'ever' || signedIn === 'never') match.signedIn = signedIn;
    else
      errors.push({
        field: 'filter.signedIn',
        code: 'invalid-value',
        params: { value: shown(signedIn), allowed: signedInFilters.join(', ') },
      });
  }
  const lastSignIn = rangeOf(record, 'lastSignInFrom', 'lastSignInBefore', errors);
  if (lastSignIn) match.lastSignIn = lastSignIn;
  return match;
}

/** Whether `match` narrows nothing (every contact passes it). */
export function isEmptyMatch(match: ContactMatch): boolean {
  return (
    !match.status &&
    !match.role &&
    !match.site &&
    !match.tickets &&
    !match.created &&
    !match.signedIn &&
    !match.lastSignIn
  );
}

function inRange(iso: string, range: InstantRange): boolean {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return false;
  return (
    (range.from === undefined || ms >= range.from) &&
    (range.before === undefined || ms < range.before)
  );
}

/** Whether `contact` passes every part of `match` (its search aside). */
export function matchesFilter(contact: Contact, match: ContactMatch): boolean {
  if (match.status && !match.status.has(contact.status)) return false;
  if (match.role && !match.role.has(contact.role)) return false;
  if (match.site) {
    const sites = match.site;
    if (!contact.sites.some((access) => sites.has(access.siteId))) return false;
  }
  if (match.tickets === 'open' && !(contact.openTickets > 0)) return false;
  if (match.tickets === 'none' && contact.openTickets > 0) return false;
  if (match.created && !inRange(contact.createdAt, match.created)) return false;
  if (match.signedIn === 'ever' && !contact.lastSignInAt) return false;
  if (match.signedIn === 'never' && contact.lastSignInAt) return false;
  if (
    match.lastSignIn &&
    !(contact.lastSignInAt && inRange(contact.lastSignInAt, match.lastSignIn))
  )
    return false;
  return true;
}

const nonDigit = /\D/;

/** The digits of `value`, without copying it when it is digits already (as stored numbers are). */
function digits(value: string): string {
  return nonDigit.test(value) ? digitsOnly(value) : value;
}

/**
 * The text a contact is found by: folded name and e-mail, the CPF (or other document) digits and the
 * phone digits (country code, area and number run together), each a separate field.
 */
export function contactSearchText(contact: Contact): string {
  const { phone, document } = contact;
  return (
    normalizeText(contact.name) +
    fieldSeparator +
    normalizeText(contact.email) +
    fieldSeparator +
    digits(document.number) +
    fieldSeparator +
    digits(phone.countryCode + phone.area + phone.number)
  );
}

/** Whether `contact` is among the answers of a query of search `terms` (see `searchTerms`) and `match`. */
export function matchesContactQuery(
  contact: Contact,
  terms: readonly string[],
  match: ContactMatch,
): boolean {
  return (
    matchesFilter(contact, match) &&
    (terms.length === 0 || matchesTerms(contactSearchText(contact), terms))
  );
}

/** The filter as a caller writes it, from the parts a person chose (empty parts left out). */
export function compactFilter(filter: ContactFilter): ContactFilter | undefined {
  const out: ContactFilter = {};
  if (filter.status?.length) out.status = [...filter.status];
  if (filter.role?.length) out.role = [...filter.role];
  if (filter.site?.length) out.site = [...filter.site];
  if (filter.tickets) out.tickets = filter.tickets;
  if (filter.signedIn) out.signedIn = filter.signedIn;
  for (const key of [
    'createdFrom',
    'createdBefore',
    'lastSignInFrom',
    'lastSignInBefore',
  ] as const) {
    if (filter[key]) out[key] = filter[key];
  }
  return Object.keys(out).length ? out : undefined;
}
