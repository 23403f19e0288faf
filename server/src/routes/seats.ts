import * as z from 'zod';
import { filterValues, normalizeQuery } from '../../../src/core/adapter/memory/query.js';
import { poolOf } from '../../../src/core/adapter/memory/seats.js';
import type { FieldError } from '../../../src/core/adapter/errors.js';
import type { SeatRequestQuery } from '../../../src/core/adapter/types.js';
import {
  seatRequestStatuses,
  type Page,
  type SaasUser,
  type SeatRequest,
} from '../../../src/core/model/index.js';
import {
  decideChangeSaasPassword,
  decideCreateSaasUser,
  decideDeactivateSaasUser,
  decideReactivateSaasUser,
  decideRequestSeats,
  holdsSeat,
  prepareSaasUserInput,
  requestSeatsVerdict,
  seatVerdictError,
} from '../../../src/core/rules/index.js';
import { defaultPasswordPolicy } from '../../../src/core/validation/index.js';
import { listRequests } from '../db/queries.js';
import { envelope, ok, type Answer } from '../http/answers.js';
import type { RequestContext } from '../http/context.js';
import {
  findSaasUser,
  lockSaasUser,
  lockSeats,
  newId,
  poolRecords,
  poolUsage,
  saasEmailTaken,
  seatFacts,
} from '../db/journey.js';
import { hashPassword } from '../password.js';
import { commit, ruleContext } from './decide.js';

/**
 * The SaaS seat writes (`src/core/rules/saas-users.ts`). A write that may give someone a seat (create,
 * reactivate) takes the company's seat lock (`lockSeats`) before it counts the pool, so racing writes
 * count one after the other and the licence is never exceeded; a write to one user locks its row.
 * Passwords are hashed with scrypt (`../password.ts`) before any lock is taken, and only after the
 * decision has been asked once without a hash (a refusal costs no hashing); only the hash is stored.
 */

const id = (ctx: RequestContext): string => ctx.params.id ?? '';

/** A list query's filter, as loose values (each checked where it is read). */
export const filterOf = (
  query: { filter?: unknown } | undefined,
): Record<string, unknown> | undefined =>
  typeof query?.filter === 'object' && query.filter !== null
    ? (query.filter as Record<string, unknown>)
    : undefined;

/** The password policy SaaS users are held to (the memory backend's default). */
const passwordPolicy = defaultPasswordPolicy;

function auditSaasUser(ctx: RequestContext, before: SaasUser | undefined, after: SaasUser): void {
  ctx.audit({
    recordType: 'saas-user',
    recordId: after.id,
    versionBefore: before?.version ?? null,
    versionAfter: after.version,
  });
}

/** `POST /saas-users`: the pool's e-mail key and the seat lock, then the pool's count. */
export async function createSaasUser(ctx: RequestContext): Promise<Answer> {
  const { tx, companyId } = ctx;
  const prepared = prepareSaasUserInput(ctx.body);
  const decide = async (passwordHash: string) => {
    const seats = await seatFacts(tx, companyId);
    const records = poolRecords(seats, ctx.now, prepared.product);
    return decideCreateSaasUser(ruleContext(ctx), prepared, {
      companyId,
      newId: () => newId('su'),
      usage: poolUsage(seats, ctx.now, prepared.product),
      holdsSeat: prepared.email !== undefined && holdsSeat(prepared.email, records),
      emailTaken:
        prepared.emailKey !== undefined &&
        (await saasEmailTaken(tx, companyId, prepared.product, prepared.emailKey)),
      passwordPolicy,
      passwordHash,
    });
  };
  await decide('');
  const passwordHash = await hashPassword((ctx.body as { password: string }).password);
  await lockSeats(tx, companyId);
  const decision = await decide(passwordHash);
  const created = await commit(ctx, decision, { contacts: new Map() });
  auditSaasUser(ctx, undefined, created);
  return ok(created, 201);
}

/**
 * `PUT /saas-users/{id}/password`: decided once on the user as read (a refusal costs no hashing), then
 * hashed, then decided again on the user locked; only the new hash is stored.
 */
export async function changeSaasPassword(ctx: RequestContext): Promise<Answer> {
  const { password } = envelope(z.object({ password: z.string() }), ctx.body);
  const decide = (current: SaasUser, passwordHash: string) =>
    decideChangeSaasPassword(ruleContext(ctx), current, password, ctx.version, {
      passwordPolicy,
      passwordHash,
    });
  decide(await findSaasUser(ctx.tx, ctx.companyId, id(ctx)), '');
  const passwordHash = await hashPassword(password);
  const current = await lockSaasUser(ctx.tx, ctx.companyId, id(ctx));
  const next = await commit(ctx, decide(current, passwordHash), {
    contacts: new Map(),
    saasUsers: new Map([[current.id, current]]),
  });
  auditSaasUser(ctx, current, next);
  return ok(next);
}

/** `POST /saas-users/{id}/deactivate`: frees a seat, so no seat lock. */
export async function deactivateSaasUser(ctx: RequestContext): Promise<Answer> {
  const current = await lockSaasUser(ctx.tx, ctx.companyId, id(ctx));
  const next = await commit(ctx, decideDeactivateSaasUser(ruleContext(ctx), current, ctx.version), {
    contacts: new Map(),
    saasUsers: new Map([[current.id, current]]),
  });
  auditSaasUser(ctx, current, next);
  return ok(next);
}

/** `POST /saas-users/{id}/reactivate`: the seat lock, the user's row, then the pool's count. */
export async function reactivateSaasUser(ctx: RequestContext): Promise<Answer> {
  const { tx, companyId } = ctx;
  await lockSeats(tx, companyId);
  const current = await lockSaasUser(tx, companyId, id(ctx));
  const seats = await seatFacts(tx, companyId);
  const decision = decideReactivateSaasUser(ruleContext(ctx), current, ctx.version, {
    usage: poolUsage(seats, ctx.now, current.product),
    holdsSeat: holdsSeat(current.email, poolRecords(seats, ctx.now, current.product)),
  });
  const next = await commit(ctx, decision, {
    contacts: new Map(),
    saasUsers: new Map([[current.id, current]]),
  });
  auditSaasUser(ctx, current, next);
  return ok(next);
}

/** `POST /seats/requests`: a new request, nothing locked (it changes no count). */
export async function requestSeats(ctx: RequestContext): Promise<Answer> {
  const body = (typeof ctx.body === 'object' && ctx.body !== null ? ctx.body : {}) as Record<
    string,
    unknown
  >;
  const decision = decideRequestSeats(
    ruleContext(ctx),
    { seats: body.seats, message: body.message, product: body.product },
    { companyId: ctx.companyId, newId: () => newId('req') },
  );
  const answer = await commit(ctx, decision, { contacts: new Map() });
  ctx.audit({ recordType: 'seat-request', recordId: answer.requestId });
  return ok(answer, 202);
}

/** `GET /seats/requests`: newest first unless sorted otherwise (needs manage-saas-users). */
export async function listSeatRequests(
  ctx: RequestContext,
  query: SeatRequestQuery | undefined,
): Promise<Page<SeatRequest>> {
  const verdict = requestSeatsVerdict(ruleContext(ctx));
  if (!verdict.allowed) throw seatVerdictError(verdict, undefined, undefined);
  const errors: FieldError[] = [];
  const status = filterValues(query?.filter, 'status', seatRequestStatuses, errors);
  const product = poolOf(filterOf(query)?.product, 'filter.product', errors);
  const normalized = normalizeQuery(
    { ...query, sort: query?.sort ?? { field: 'requestedAt', direction: 'desc' } },
    ['requestedAt'],
    'requestedAt',
    errors,
  );
  return listRequests(ctx.tx, ctx.companyId, normalized, status, product);
}
