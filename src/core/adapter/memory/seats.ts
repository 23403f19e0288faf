/**
 * Sites and SaaS seats of {@link MemoryBackend}. Each function is the body of the backend method of the
 * same name (documented there).
 *
 * @module
 */
import type {
  ListQuery,
  Page,
  SaasUser,
  SaasUserInput,
  SeatSummary,
  Site,
} from '../../model/index.js';
import { matchesTerms, normalizeText } from '../../search/index.js';
import { emailKey, isValidEmail, normalizeEmail } from '../../validation/index.js';
import type { FieldError } from '../errors.js';
import type { SaasUserQuery } from '../types.js';
import { usedSeats, type Operation } from './company.js';
import { copySaasUser, copySite } from './copy.js';
import { filterValues, normalizeQuery, pageOf } from './query.js';
import {
  checkVersion,
  forbidden,
  invalid,
  invalidTransition,
  notFound,
} from '../../rules/index.js';
import type { SeatRequest } from './state.js';

const siteSortFields = ['name', 'alias'] as const;
const saasSortFields = ['name', 'email', 'status', 'createdAt'] as const;

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

export function seatSummary(op: Operation): SeatSummary {
  const { state } = op;
  return { licensed: state.licensed, used: usedSeats(state, op.clock()) };
}

export function listSaasUsers(op: Operation, query?: SaasUserQuery): Page<SaasUser> {
  const { state } = op;
  const errors: FieldError[] = [];
  const status = filterValues(query?.filter, 'status', ['active', 'inactive'], errors);
  const q = normalizeQuery(query, saasSortFields, 'name', errors);
  const matches = [...state.saasUsers.values()].filter(
    (user) =>
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

export function createSaasUser(
  op: Operation,
  input: SaasUserInput,
  idempotencyKey?: string,
): SaasUser {
  const { state } = op;
  op.require('manage-saas-users');
  const replayed = op.replay('saas-user', idempotencyKey, input, (id) => {
    const user = state.saasUsers.get(id);
    return user && copySaasUser(user);
  });
  if (replayed) return replayed;
  if (usedSeats(state, op.clock()) >= state.licensed) {
    throw forbidden('seats-full', 'Every licensed seat is in use.', [
      { field: '', code: 'seats-full', params: { licensed: state.licensed } },
    ]);
  }
  const body = (input ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const name = typeof body.name === 'string' ? body.name.trim().replace(/\s+/g, ' ') : '';
  if (typeof body.name !== 'string' && body.name !== undefined) {
    errors.push({ field: 'name', code: 'invalid-type', params: { expected: 'string' } });
  } else if (!name) errors.push({ field: 'name', code: 'required' });
  else if (name.length < 2) errors.push({ field: 'name', code: 'too-short', params: { min: 2 } });
  const email = typeof body.email === 'string' ? normalizeEmail(body.email) : '';
  if (!email) errors.push({ field: 'email', code: 'required' });
  else if (!isValidEmail(email)) errors.push({ field: 'email', code: 'email-format' });
  else if ([...state.saasUsers.values()].some((user) => emailKey(user.email) === emailKey(email))) {
    errors.push({ field: 'email', code: 'email-taken' });
  }
  errors.push(...op.passwordErrors(body.password, { email, name }));
  if (errors.length) throw invalid(errors);
  const now = op.now();
  const user: SaasUser = {
    id: op.nextId('su', (id) => state.saasUsers.has(id)),
    companyId: state.company.id,
    name,
    email,
    status: 'active',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  state.saasUsers.set(user.id, user);
  op.remember('saas-user', idempotencyKey, input, user);
  op.changed({ record: 'saas-user', kind: 'created', ids: [user.id] });
  return copySaasUser(user);
}

/**
 * The stored SaaS user `id`, checked for an act on an active one (change password, deactivate):
 * `not-found`, the actor's `manage-saas-users`, the version, then the status (`invalid-transition`
 * with `inactiveMessage`).
 */
function activeSaasUser(
  op: Operation,
  id: string,
  version: number,
  inactiveMessage: string,
): SaasUser {
  const user = op.state.saasUsers.get(id);
  if (!user) throw notFound('SaaS user', id);
  op.require('manage-saas-users');
  checkVersion(version, user, copySaasUser(user));
  if (user.status !== 'active') throw invalidTransition(inactiveMessage, copySaasUser(user));
  return user;
}

export function changeSaasPassword(
  op: Operation,
  id: string,
  password: unknown,
  version: number,
): SaasUser {
  const { state } = op;
  const user = activeSaasUser(op, id, version, 'An inactive SaaS user has no password to change.');
  const errors = op.passwordErrors(password, { email: user.email, name: user.name });
  if (errors.length) throw invalid(errors);
  const next: SaasUser = { ...user, version: user.version + 1, updatedAt: op.now() };
  state.saasUsers.set(id, next);
  op.changed({ record: 'saas-user', kind: 'updated', ids: [id] });
  return copySaasUser(next);
}

export function deactivateSaasUser(op: Operation, id: string, version: number): SaasUser {
  const { state } = op;
  const user = activeSaasUser(op, id, version, 'The SaaS user is already inactive.');
  const next: SaasUser = {
    ...user,
    status: 'inactive',
    version: user.version + 1,
    updatedAt: op.now(),
  };
  state.saasUsers.set(id, next);
  op.changed({ record: 'saas-user', kind: 'updated', ids: [id] });
  return copySaasUser(next);
}

export function requestSeats(
  op: Operation,
  seats: unknown,
  message: unknown,
): { requestId: string } {
  const { state, actor } = op;
  op.require('manage-saas-users');
  const errors: FieldError[] = [];
  if (typeof seats !== 'number' || !Number.isInteger(seats) || seats < 1 || seats > 1000) {
    errors.push({ field: 'seats', code: 'invalid-value', params: { min: 1, max: 1000 } });
  }
  if (typeof message !== 'string') errors.push({ field: 'message', code: 'invalid-type' });
  else if (message.length > 2000)
    errors.push({ field: 'message', code: 'too-long', params: { max: 2000 } });
  if (errors.length) throw invalid(errors);
  const request: SeatRequest = {
    id: op.nextId('req', () => false),
    companyId: state.company.id,
    actorId: actor.id,
    seats: seats as number,
    message: message as string,
    requestedAt: op.now(),
  };
  op.recordSeatRequest(request);
  op.changed({ record: 'seat-request', kind: 'created', ids: [request.id] });
  return { requestId: request.id };
}
