/**
 * The SaaS users and their seats as decisions (seed 000, "Usuário SaaS"): add a user, change a
 * password, deactivate (frees the seat, data kept), reactivate (takes one), ask the vendor for more
 * seats. Each decision takes the context, the stored record it is about, the input as sent and the
 * facts it names, and answers what to store — or throws the `AdapterError` the caller gets, having
 * written nothing. The seat limit is `takeSeatVerdict` of `./seats.ts`, the one seat rule.
 *
 * The UI asks the same verdicts before it offers an act ({@link addSaasUserVerdict},
 * {@link saasUserVerdict}, {@link requestSeatsVerdict}), and the decisions refuse with the same codes.
 *
 * Passwords: a decision checks the password against the company's policy (every unmet rule on field
 * `password`) and stores only the hash the store made of it beforehand (`hashPassword` is asynchronous;
 * a decision is not, so the hash is a fact). No answer, write or error ever holds the password.
 *
 * @module
 */
import type { AdapterError, FieldError } from '../adapter/errors.js';
import type { Contact, SaasUser, SeatRequest } from '../model/index.js';
import type { Explanation, PermissionEngine } from '../permissions/types.js';
import {
  checkPassword,
  emailKey,
  isValidEmail,
  normalizeEmail,
  type PasswordPolicy,
} from '../validation/index.js';
import type { RuleContext } from './context.js';
import { checkVersion, forbidden, invalid, invalidTransition, refused } from './refusals.js';
import { noSeats, takeSeatVerdict, type SeatUsage } from './seats.js';
import type { Decision } from './writes.js';

/** The capability every SaaS-user write needs (seed 000's role table: both admin roles hold it). */
export const manageSaasUsers = 'manage-saas-users';

/** The acts a SaaS user's row offers. */
export type SaasUserAct = 'change-password' | 'deactivate' | 'reactivate';

/**
 * Reasons a seat act is refused that are about the records, not the actor's rights:
 * - `no-seats` — add or reactivate while no seat is free (`params.licensed`, `params.used`);
 * - `saas-user-inactive` — change the password of, or deactivate, a user who is inactive;
 * - `saas-user-active` — reactivate a user who is active;
 * - `session` — no signed-in session yet (the UI's alone).
 */
export type SeatStateReason = 'no-seats' | 'saas-user-inactive' | 'saas-user-active' | 'session';

/** Whether a seat act may be done, and if not why: the engine's explanation, or a reason of state. */
export type SeatVerdict =
  | { allowed: true }
  | { allowed: false; engine: Explanation }
  | { allowed: false; state: SeatStateReason; params?: Record<string, string | number> };

/** Who acts, under which rules (absent while the session loads). */
export interface SeatActContext {
  engine: PermissionEngine | undefined;
  actor: Contact | undefined;
}

/** Limits of a SaaS user's fields and of a request for more seats. */
export const saasUserLimits = Object.freeze({
  nameMin: 2,
  name: 200,
  product: 100,
  seatsPerRequest: 1000,
  requestMessage: 2000,
});

const allowed: SeatVerdict = { allowed: true };

function capability(context: SeatActContext): SeatVerdict {
  const { engine, actor } = context;
  if (!engine || !actor) return { allowed: false, state: 'session' };
  const explanation = engine.explain(actor, manageSaasUsers);
  return explanation.allowed ? allowed : { allowed: false, engine: explanation };
}

/** The acts a row offers for `user`: change password and deactivate while active, reactivate after. */
export function saasUserActs(user: Pick<SaasUser, 'status'>): SaasUserAct[] {
  return user.status === 'active' ? ['change-password', 'deactivate'] : ['reactivate'];
}

/**
 * Whether the actor may add a SaaS user to a pool used as `usage` says: `manage-saas-users`, then a free
 * seat (`no-seats`). Without `usage` (not loaded yet) only the right is checked.
 */
export function addSaasUserVerdict(
  context: SeatActContext,
  usage?: Pick<SeatUsage, 'licensed' | 'used'>,
): SeatVerdict {
  const right = capability(context);
  if (!right.allowed || !usage) return right;
  return takeSeatVerdict(usage);
}

/**
 * Whether `act` may be done on `user`: `manage-saas-users`, then the user's status
 * (`saas-user-inactive`, `saas-user-active`), then — to reactivate — a free seat (`no-seats`; the user
 * may already hold one through a pending invitation: `alreadyHolds`).
 */
export function saasUserVerdict(
  context: SeatActContext,
  act: SaasUserAct,
  user: Pick<SaasUser, 'status'>,
  usage?: Pick<SeatUsage, 'licensed' | 'used'>,
  alreadyHolds = false,
): SeatVerdict {
  const right = capability(context);
  if (!right.allowed) return right;
  if (act === 'reactivate') {
    if (user.status === 'active') return { allowed: false, state: 'saas-user-active' };
    return usage ? takeSeatVerdict(usage, alreadyHolds) : allowed;
  }
  if (user.status !== 'active') return { allowed: false, state: 'saas-user-inactive' };
  return allowed;
}

/** Whether the actor may ask the vendor for more seats, and see the requests already sent. */
export function requestSeatsVerdict(context: SeatActContext): SeatVerdict {
  return capability(context);
}

/** A refused seat verdict as the error a backend answers (the same code the UI shows). */
export function seatVerdictError(
  verdict: Exclude<SeatVerdict, { allowed: true }>,
  current: SaasUser | undefined,
  usage: SeatUsage | undefined,
): AdapterError {
  if ('engine' in verdict) return refused([verdict.engine]);
  switch (verdict.state) {
    case 'no-seats':
      return noSeats(
        usage ?? { licensed: 0, used: 0, activeUsers: 0, pendingInvitations: 0, available: 0 },
      );
    case 'saas-user-inactive':
      return invalidTransition('The SaaS user is inactive.', current, {
        field: 'action',
        code: verdict.state,
      });
    case 'saas-user-active':
      return invalidTransition('The SaaS user is already active.', current, {
        field: 'action',
        code: verdict.state,
      });
    default:
      return forbidden(verdict.state, 'No signed-in session.');
  }
}

function throwIfRefused(verdict: SeatVerdict, current?: SaasUser, usage?: SeatUsage): void {
  if (!verdict.allowed) throw seatVerdictError(verdict, current, usage);
}

/** A stored user as an answer (a copy: a caller changing it changes no store). */
const copy = (user: SaasUser): SaasUser => ({ ...user });

/** Reads an optional product id: absent, null or empty = the one pool. */
function productOf(value: unknown, errors: FieldError[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    errors.push({ field: 'product', code: 'invalid-type', params: { expected: 'string' } });
    return undefined;
  }
  const product = value.trim();
  if (product.length > saasUserLimits.product) {
    errors.push({ field: 'product', code: 'too-long', params: { max: saasUserLimits.product } });
  }
  return product || undefined;
}

/** A new SaaS user's e-mail and pool, read before the store looks up the facts that depend on them. */
export interface PreparedSaasUser {
  input: unknown;
  /** The e-mail normalised, when it is a valid one (else undefined: the decision reports it). */
  email: string | undefined;
  /** Its uniqueness key (`emailKey`), to look up. */
  emailKey: string | undefined;
  /** The pool it joins (absent = the one pool). */
  product: string | undefined;
}

/** Reads a new SaaS user's e-mail and pool, so a store knows which facts to gather. */
export function prepareSaasUserInput(input: unknown): PreparedSaasUser {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  const raw = typeof body.email === 'string' ? normalizeEmail(body.email) : '';
  const email = raw && isValidEmail(raw) ? raw : undefined;
  return {
    input,
    email,
    emailKey: email === undefined ? undefined : emailKey(email),
    product: productOf(body.product, []),
  };
}

/** What adding a SaaS user needs to know. */
export interface CreateSaasUserFacts {
  companyId: string;
  /** A fresh id for the record (asked only once the user is sure to be written). */
  newId: () => string;
  /** The pool's seats now (the pool of the input's `product`). */
  usage: SeatUsage;
  /** Whether the e-mail already holds a seat of the pool (`holdsSeat`): then no new seat is taken. */
  holdsSeat: boolean;
  /** Whether another SaaS user of the pool has the e-mail (whatever its status). */
  emailTaken: boolean;
  passwordPolicy: PasswordPolicy;
  /** `hashPassword(input.password)`, made before deciding; ignored when the password is refused. */
  passwordHash: string;
}

/** Each unmet rule of `policy` as a field error on `password` (`required`, `invalid-type` first). */
export function passwordErrors(
  password: unknown,
  policy: PasswordPolicy,
  context: { email: string; name: string },
): FieldError[] {
  if (typeof password !== 'string') {
    return [
      password === undefined || password === null
        ? { field: 'password', code: 'required' }
        : { field: 'password', code: 'invalid-type', params: { expected: 'string' } },
    ];
  }
  return checkPassword(password, policy, context).map((issue) => ({
    field: 'password',
    code: issue.code,
    ...(issue.params ? { params: issue.params } : {}),
  }));
}

/**
 * Adds a SaaS user (active, in the pool of `product`): {@link addSaasUserVerdict}'s right
 * (`manage-saas-users`); every bad field at once — name (2–200 characters), e-mail (valid, unique in the
 * pool: `email-taken`), password (each unmet rule), product; then the seat (`conflict` / `no-seats`,
 * unless the person already holds one through a pending invitation).
 */
export function decideCreateSaasUser(
  context: RuleContext,
  prepared: PreparedSaasUser,
  facts: CreateSaasUserFacts,
): Decision<SaasUser> {
  throwIfRefused(capability(context));
  const body = (
    typeof prepared.input === 'object' && prepared.input !== null ? prepared.input : {}
  ) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const name = typeof body.name === 'string' ? body.name.trim().replace(/\s+/g, ' ') : '';
  if (body.name !== undefined && typeof body.name !== 'string') {
    errors.push({ field: 'name', code: 'invalid-type', params: { expected: 'string' } });
  } else if (!name) errors.push({ field: 'name', code: 'required' });
  else if (name.length < saasUserLimits.nameMin) {
    errors.push({ field: 'name', code: 'too-short', params: { min: saasUserLimits.nameMin } });
  } else if (name.length > saasUserLimits.name) {
    errors.push({ field: 'name', code: 'too-long', params: { max: saasUserLimits.name } });
  }
  const typed = typeof body.email === 'string' ? normalizeEmail(body.email) : '';
  if (body.email !== undefined && typeof body.email !== 'string') {
    errors.push({ field: 'email', code: 'invalid-type', params: { expected: 'string' } });
  } else if (!typed) errors.push({ field: 'email', code: 'required' });
  else if (!prepared.email) errors.push({ field: 'email', code: 'email-format' });
  else if (facts.emailTaken) errors.push({ field: 'email', code: 'email-taken' });
  const product = productOf(body.product, errors);
  errors.push(...passwordErrors(body.password, facts.passwordPolicy, { email: typed, name }));
  if (errors.length || !prepared.email) throw invalid(errors);
  throwIfRefused(takeSeatVerdict(facts.usage, facts.holdsSeat), undefined, facts.usage);
  const now = context.now;
  const user: SaasUser = {
    id: facts.newId(),
    companyId: facts.companyId,
    name,
    email: prepared.email,
    status: 'active',
    ...(product === undefined ? {} : { product }),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return {
    answer: copy(user),
    writes: {
      saasUsers: { created: [user] },
      passwordHashes: [{ saasUserId: user.id, hash: facts.passwordHash }],
    },
  };
}

/**
 * Changes an active user's password: the right, the version (`stale-version`), the status
 * (`saas-user-inactive`: an inactive user has no password to change), each unmet rule of the policy.
 * The user's version goes up; only the new hash is stored.
 */
export function decideChangeSaasPassword(
  context: RuleContext,
  current: SaasUser,
  password: unknown,
  version: unknown,
  facts: { passwordPolicy: PasswordPolicy; passwordHash: string },
): Decision<SaasUser> {
  throwIfRefused(capability(context));
  checkVersion(version, current, copy(current));
  throwIfRefused(saasUserVerdict(context, 'change-password', current), current);
  const errors = passwordErrors(password, facts.passwordPolicy, current);
  if (errors.length) throw invalid(errors);
  const next: SaasUser = { ...current, version: current.version + 1, updatedAt: context.now };
  return {
    answer: copy(next),
    writes: {
      saasUsers: { updated: [next] },
      passwordHashes: [{ saasUserId: next.id, hash: facts.passwordHash }],
    },
  };
}

/**
 * Deactivates an active user: the seat is free again at once; the record (and its password hash) is
 * kept, so reactivating brings the same user back. The right, the version, the status
 * (`saas-user-inactive`).
 */
export function decideDeactivateSaasUser(
  context: RuleContext,
  current: SaasUser,
  version: unknown,
): Decision<SaasUser> {
  throwIfRefused(capability(context));
  checkVersion(version, current, copy(current));
  throwIfRefused(saasUserVerdict(context, 'deactivate', current), current);
  const next: SaasUser = {
    ...current,
    status: 'inactive',
    version: current.version + 1,
    updatedAt: context.now,
  };
  return { answer: copy(next), writes: { saasUsers: { updated: [next] } } };
}

/**
 * Reactivates an inactive user, who takes a seat again: the right, the version, the status
 * (`saas-user-active`), then a free seat of the user's pool (`conflict` / `no-seats`, unless the person
 * holds one already through a pending invitation).
 */
export function decideReactivateSaasUser(
  context: RuleContext,
  current: SaasUser,
  version: unknown,
  facts: { usage: SeatUsage; holdsSeat: boolean },
): Decision<SaasUser> {
  throwIfRefused(capability(context));
  checkVersion(version, current, copy(current));
  throwIfRefused(
    saasUserVerdict(context, 'reactivate', current, facts.usage, facts.holdsSeat),
    current,
    facts.usage,
  );
  const next: SaasUser = {
    ...current,
    status: 'active',
    version: current.version + 1,
    updatedAt: context.now,
  };
  return { answer: copy(next), writes: { saasUsers: { updated: [next] } } };
}

/**
 * Asks the vendor for more seats of a pool: the right; 1–1,000 seats; a message of at most 2,000
 * characters (it may be empty); the product. The request is kept `pending` until the vendor answers,
 * so every administrator of the company sees it is open.
 */
export function decideRequestSeats(
  context: RuleContext,
  input: { seats: unknown; message: unknown; product?: unknown },
  facts: { companyId: string; newId: () => string },
): Decision<{ requestId: string }> {
  throwIfRefused(requestSeatsVerdict(context));
  const errors: FieldError[] = [];
  const { seats, message } = input;
  const max = saasUserLimits.seatsPerRequest;
  if (typeof seats !== 'number' || !Number.isInteger(seats) || seats < 1 || seats > max) {
    errors.push({ field: 'seats', code: 'invalid-value', params: { min: 1, max } });
  }
  if (typeof message !== 'string') {
    errors.push({ field: 'message', code: 'invalid-type', params: { expected: 'string' } });
  } else if (message.length > saasUserLimits.requestMessage) {
    errors.push({
      field: 'message',
      code: 'too-long',
      params: { max: saasUserLimits.requestMessage },
    });
  }
  const product = productOf(input.product, errors);
  if (errors.length) throw invalid(errors);
  const request: SeatRequest = {
    id: facts.newId(),
    companyId: facts.companyId,
    actorId: context.actor.id,
    seats: seats as number,
    message: (message as string).trim(),
    ...(product === undefined ? {} : { product }),
    status: 'pending',
    requestedAt: context.now,
  };
  return { answer: { requestId: request.id }, writes: { seatRequests: [request] } };
}
