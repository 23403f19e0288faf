/**
 * Sites and SaaS seats of {@link MemoryBackend}. Each function is the body of the backend method of the
 * same name (documented there). The seat writes follow the rules layer's pattern: find the records
 * (`not-found`), gather the facts (the pool's usage by `seatUsage`, whether the e-mail holds a seat or is
 * taken), call the decision of `src/core/rules/saas-users.ts`, apply its writes.
 *
 * @module
 */
import type {
  ListQuery,
  Page,
  SaasUser,
  SaasUserInput,
  SeatRequest,
  SeatSummary,
  Site,
} from '../../model/index.js';
import { saasUserStatuses, seatRequestStatuses } from '../../model/index.js';
import { matchesTerms, normalizeText } from '../../search/index.js';
import { emailKey } from '../../validation/index.js';
import type { FieldError } from '../errors.js';
import type { SaasUserQuery, SeatRequestQuery } from '../types.js';
import { licensedSeats, poolUsage, seatRecords, type Operation } from './company.js';
import { copySaasUser, copySite } from './copy.js';
import { filterValues, normalizeQuery, pageOf } from './query.js';
import {
  decideChangeSaasPassword,
  decideCreateSaasUser,
  decideDeactivateSaasUser,
  decideReactivateSaasUser,
  decideRequestSeats,
  holdsSeat,
  invalid,
  manageSaasUsers,
  notFound,
  prepareSaasUserInput,
} from '../../rules/index.js';

const siteSortFields = ['name', 'alias'] as const;
const saasSortFields = ['name', 'email', 'status', 'createdAt'] as const;
const requestSortFields = ['requestedAt'] as const;

export function listSites(op: Operation, query?: ListQuery): Page<Site> {
  const { state } = op;
  const q = normalizeQuery(query, siteSortFields, 'name');
  const matches = [...state.sites.values()].filter((site) =>
    matchesTerms(normalizeText(`${site.name} ${site.alias ?? ''}`), q.terms),
  );
  return pageOf(
    matches,
    q,
    (site, field) => normalizeText(field === 'alias' ? (site.alias ?? '') : site.name),
    copySite,
  );
}

/**
 * A pool named by a caller: a product id, or undefined for the one pool (absent, null, empty). Anything
 * else is a field error on `field`.
 */
export function poolOf(value: unknown, field: string, errors: FieldError[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    errors.push({ field, code: 'invalid-type', params: { expected: 'string' } });
    return undefined;
  }
  return value.trim() || undefined;
}

/** The pool a filter names (`filter.product`). */
function filterPool(filter: unknown, errors: FieldError[]): string | undefined {
  if (typeof filter !== 'object' || filter === null) return undefined;
  return poolOf((filter as Record<string, unknown>).product, 'filter.product', errors);
}

export function seatSummary(op: Operation, product?: unknown): SeatSummary {
  const errors: FieldError[] = [];
  const pool = poolOf(product, 'product', errors);
  if (errors.length) throw invalid(errors);
  const usage = poolUsage(op.state, op.clock(), pool);
  return {
    licensed: usage.licensed,
    used: usage.used,
    activeUsers: usage.activeUsers,
    pendingInvitations: usage.pendingInvitations,
    ...(pool === undefined ? {} : { product: pool }),
  };
}

export function listSaasUsers(op: Operation, query?: SaasUserQuery): Page<SaasUser> {
  const { state } = op;
  const errors: FieldError[] = [];
  const status = filterValues(query?.filter, 'status', saasUserStatuses, errors);
  const pool = filterPool(query?.filter, errors);
  const q = normalizeQuery(query, saasSortFields, 'name', errors);
  const matches = [...state.saasUsers.values()].filter(
    (user) =>
      (user.product ?? undefined) === pool &&
      (!status || status.has(user.status)) &&
      matchesTerms(normalizeText(`${user.name} ${user.email}`), q.terms),
  );
  return pageOf(
    matches,
    q,
    (user, field) =>
      field === 'name'
        ? `${normalizeText(user.name)}\u0000${user.name}`
        : String(user[field as keyof SaasUser]),
    copySaasUser,
  );
}

/** The stored SaaS user `id` of the actor's company, or `not-found`. */
function saasUser(op: Operation, id: string): SaasUser {
  const user = op.state.saasUsers.get(id);
  if (!user) throw notFound('SaaS user', id);
  return user;
}

/**
 * What an idempotency key remembers of a create: the request without its password, which is never
 * kept — not even inside a fingerprint.
 */
function withoutPassword(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const { password: _password, ...rest } = input as Record<string, unknown>;
  return rest;
}

export function createSaasUser(
  op: Operation,
  input: SaasUserInput,
  idempotencyKey: string | undefined,
  passwordHash: string,
): SaasUser {
  const { state } = op;
  op.require(manageSaasUsers);
  const fingerprint = withoutPassword(input);
  const replayed = op.replay('saas-user', idempotencyKey, fingerprint, (id) => {
    const user = state.saasUsers.get(id);
    return user && copySaasUser(user);
  });
  if (replayed) return replayed;
  const prepared = prepareSaasUserInput(input);
  const now = op.now();
  const key = prepared.emailKey;
  const user = op.apply(
    decideCreateSaasUser(op.context(), prepared, {
      companyId: state.company.id,
      newId: () => op.nextId('su', (id) => state.saasUsers.has(id)),
      usage: poolUsage(state, now, prepared.product),
      holdsSeat:
        prepared.email !== undefined &&
        holdsSeat(prepared.email, seatRecords(state, now, prepared.product)),
      emailTaken:
        key !== undefined &&
        [...state.saasUsers.values()].some(
          (other) =>
            (other.product ?? undefined) === prepared.product && emailKey(other.email) === key,
        ),
      passwordPolicy: op.passwordPolicy,
      passwordHash,
    }),
  );
  op.remember('saas-user', idempotencyKey, fingerprint, user);
  return user;
}

export function changeSaasPassword(
  op: Operation,
  id: string,
  password: unknown,
  version: number,
  passwordHash: string,
): SaasUser {
  const current = saasUser(op, id);
  return op.apply(
    decideChangeSaasPassword(op.context(), current, password, version, {
      passwordPolicy: op.passwordPolicy,
      passwordHash,
    }),
  );
}

export function deactivateSaasUser(op: Operation, id: string, version: number): SaasUser {
  return op.apply(decideDeactivateSaasUser(op.context(), saasUser(op, id), version));
}

export function reactivateSaasUser(op: Operation, id: string, version: number): SaasUser {
  const current = saasUser(op, id);
  const now = op.now();
  const records = seatRecords(op.state, now, current.product);
  return op.apply(
    decideReactivateSaasUser(op.context(), current, version, {
      usage: poolUsage(op.state, now, current.product),
      holdsSeat: holdsSeat(current.email, records),
    }),
  );
}

export function requestSeats(
  op: Operation,
  seats: unknown,
  message: unknown,
  product?: unknown,
): { requestId: string } {
  const { state } = op;
  return op.apply(
    decideRequestSeats(
      op.context(),
      { seats, message, product },
      {
        companyId: state.company.id,
        newId: () => op.nextId('req', (id) => state.seatRequests.some((r) => r.id === id)),
      },
    ),
  );
}

export function listSeatRequests(op: Operation, query?: SeatRequestQuery): Page<SeatRequest> {
  op.require(manageSaasUsers);
  const errors: FieldError[] = [];
  const status = filterValues(query?.filter, 'status', seatRequestStatuses, errors);
  const pool = filterPool(query?.filter, errors);
  // Newest first unless the caller sorts otherwise.
  const q = normalizeQuery(
    { ...query, sort: query?.sort ?? { field: 'requestedAt', direction: 'desc' } },
    requestSortFields,
    'requestedAt',
    errors,
  );
  const matches = op.state.seatRequests.filter(
    (request) =>
      (request.product ?? undefined) === pool &&
      (!status || status.has(request.status)) &&
      matchesTerms(normalizeText(request.message), q.terms),
  );
  return pageOf(
    matches,
    q,
    (request) => request.requestedAt,
    (request) => ({ ...request }),
  );
}

/**
 * The vendor changes a pool's licence (not a `PortalAdapter` call: the vendor's own systems do this).
 * Lowering it below what is used takes nothing away (the pool is then over-licensed); raising it
 * answers the pool's pending requests (`fulfilled`).
 */
export function setLicensedSeats(
  op: Pick<Operation, 'state' | 'changed'>,
  licensed: number,
  product: string | undefined,
): void {
  const { state } = op;
  if (!Number.isInteger(licensed) || licensed < 0) {
    throw invalid([{ field: 'licensed', code: 'invalid-value', params: { min: 0 } }]);
  }
  const before = licensedSeats(state, product);
  if (product === undefined) state.licensed = licensed;
  else state.products.set(product, licensed);
  const answered: string[] = [];
  if (licensed > before) {
    state.seatRequests = state.seatRequests.map((request) => {
      if (request.status !== 'pending' || (request.product ?? undefined) !== product)
        return request;
      answered.push(request.id);
      return { ...request, status: 'fulfilled' };
    });
  }
  op.changed(
    { record: 'seats', kind: 'updated', ids: product === undefined ? [] : [product] },
    ...(answered.length
      ? [{ record: 'seat-request' as const, kind: 'updated' as const, ids: answered }]
      : []),
  );
}
