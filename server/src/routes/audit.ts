import { sql } from 'kysely';
import * as z from 'zod';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import { normalizeQuery } from '../../../src/core/adapter/memory/query.js';
import { decodeListQuery } from '../../../src/core/adapter/rest/query.js';
import { pageSchema } from '../../../src/core/model/index.js';
import { ok, type Answer } from '../http/answers.js';
import type { RequestContext } from '../http/context.js';
import { cutPage, keysetPlan, type Sort } from '../db/keyset.js';
import type { AuditRow } from '../db/schema.js';

/** One audit entry: who wrote what, when, and the version before and after. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  method: z.string(),
  path: z.string(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  versionBefore: z.number().int().nullable(),
  versionAfter: z.number().int().nullable(),
  status: z.number().int(),
  code: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageSchema(auditEntrySchema);

function entryOf(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    method: row.method,
    path: row.path,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    versionBefore: row.version_before,
    versionAfter: row.version_after,
    status: row.status,
    code: row.code,
  };
}

/**
 * `GET /audit`: the company's audit trail, paged by (time, id). Only the policy's admin role (general
 * admins) may read it: it names everyone's acts, refused ones included.
 */
export async function listAudit(ctx: RequestContext): Promise<Answer> {
  if (ctx.actor.role !== ctx.policy.adminRole) {
    throw new AdapterError('forbidden', 'Only a general admin reads the audit trail.', {
      code: 'not-in-role',
    });
  }
  const query = decodeListQuery(ctx.search, { filterKeys: [], sortFields: ['at'] });
  const normalized = normalizeQuery({ ...query, search: undefined }, ['at'], 'at');
  const sort: Sort = [{ expr: sql`at`, type: 'timestamptz' }];
  const plan = keysetPlan(sort, sql`id`, normalized);
  const rows = await sql<AuditRow & Record<string, unknown>>`
    select * , ${plan.keys} from audit_log
    where company_id = ${ctx.companyId} and ${plan.after}
    order by ${plan.orderBy} limit ${plan.limit + 1}`.execute(ctx.tx);
  const total = await sql<{ total: number }>`
    select count(*)::integer as total from audit_log where company_id = ${ctx.companyId}`.execute(
    ctx.tx,
  );
  return ok({
    ...cutPage(rows.rows, sort.length, normalized, entryOf),
    total: total.rows[0]?.total ?? 0,
  });
}
