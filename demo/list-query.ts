/**
 * The contact list's search, filter and sort in the demo's address (`?q=silva&status=active,invited&sort=email`),
 * so a link or a reload shows the same list: read once when the list is made, written back (replacing the
 * history entry) on each `portico-query-change`. The other parameters (`lang`, `as`) are left as they are.
 */
import { contactSortFields, contactStatuses } from '../src/core/model/constants.js';
import type { ContactFilter, ContactSortField, ContactStatus } from '../src/core/model/index.js';
import type { QueryChangeDetail } from '../src/events.js';

/** The address's parameter for each part of the query. */
const names = {
  search: 'q',
  status: 'status',
  role: 'role',
  site: 'site',
  tickets: 'tickets',
  createdFrom: 'from',
  createdBefore: 'before',
  signedIn: 'signed-in',
  lastSignInFrom: 'signed-in-from',
  lastSignInBefore: 'signed-in-before',
  sort: 'sort',
  direction: 'dir',
} as const;

const listOf = (value: string | null): string[] =>
  (value ?? '').split(',').filter((part) => part !== '');

/** What the list's properties should be for `params` (values it does not know are dropped). */
export function listQueryFromParams(params: URLSearchParams): {
  search: string;
  filter: ContactFilter;
  sort: ContactSortField | '';
  sortDirection: 'asc' | 'desc';
} {
  const filter: ContactFilter = {};
  const status = listOf(params.get(names.status)).filter((s): s is ContactStatus =>
    contactStatuses.includes(s as ContactStatus),
  );
  if (status.length) filter.status = status;
  const role = listOf(params.get(names.role));
  if (role.length) filter.role = role;
  const site = listOf(params.get(names.site));
  if (site.length) filter.site = site;
  const tickets = params.get(names.tickets);
  if (tickets === 'open' || tickets === 'none') filter.tickets = tickets;
  // A bad date reaches the adapter, which names the field; the list shows that error.
  const from = params.get(names.createdFrom);
  if (from) filter.createdFrom = from;
  const before = params.get(names.createdBefore);
  if (before) filter.createdBefore = before;
  const signedIn = params.get(names.signedIn);
  if (signedIn === 'ever' || signedIn === 'never') filter.signedIn = signedIn;
  const signedInFrom = params.get(names.lastSignInFrom);
  if (signedInFrom) filter.lastSignInFrom = signedInFrom;
  const signedInBefore = params.get(names.lastSignInBefore);
  if (signedInBefore) filter.lastSignInBefore = signedInBefore;
  const sort = params.get(names.sort) ?? '';
  return {
    search: params.get(names.search) ?? '',
    filter,
    sort: contactSortFields.includes(sort as ContactSortField) ? (sort as ContactSortField) : '',
    sortDirection: params.get(names.direction) === 'desc' ? 'desc' : 'asc',
  };
}

/** `params` with the query's parts written in (and the empty ones taken out). */
export function paramsWithListQuery(
  params: URLSearchParams,
  query: QueryChangeDetail,
): URLSearchParams {
  const out = new URLSearchParams(params);
  const set = (name: string, value: string | undefined) => {
    if (value) out.set(name, value);
    else out.delete(name);
  };
  const { filter, sort } = query;
  set(names.search, query.search.trim());
  set(names.status, filter.status?.join(','));
  set(names.role, filter.role?.join(','));
  set(names.site, filter.site?.join(','));
  set(names.tickets, filter.tickets);
  set(names.createdFrom, filter.createdFrom);
  set(names.createdBefore, filter.createdBefore);
  set(names.signedIn, filter.signedIn);
  set(names.lastSignInFrom, filter.lastSignInFrom);
  set(names.lastSignInBefore, filter.lastSignInBefore);
  set(names.sort, sort?.field);
  set(names.direction, sort?.direction === 'desc' ? 'desc' : undefined);
  return out;
}
