import { sql } from 'kysely';
import { normalizeQuery } from '../../../src/core/adapter/memory/query.js';
import { decodeListQuery } from '../../../src/core/adapter/rest/query.js';
import { explainHistory, refused } from '../../../src/core/rules/index.js';
import { ok, type Answer } from '../http/answers.js';
import type { RequestContext } from '../http/context.js';
import { cutPage, keysetPlan, type Sort } from '../db/keyset.js';
import { getContact } from '../db/queries.js';
import { historyFromRow } from '../db/rows.js';
import type { HistoryRow } from '../db/schema.js';

const historySortFields = ['at'] as const;

/**
 * `GET /contacts/{id}/history`: the contact's history, newest first unless `direction=asc`, keyset
 * paged by (time, id). Whoever may edit the contact may read it (`explainHistory` of the rules
 * layer); another company's contact is 404.
 */
export async function contactHistory(ctx: RequestContext): Promise<Answer> {
  const contact = await getContact(ctx.tx, ctx.companyId, ctx.params.id ?? '');
  const explanation = explainHistory(ctx.engine, ctx.actor, contact.id);
  if (!explanation.allowed) throw refused([explanation]);
  const query = decodeListQuery(ctx.search, { filterKeys: [], sortFields: historySortFields });
  const normalized = normalizeQuery(
    { ...query, sort: { field: 'at', direction: 'desc', ...query.sort } },
    historySortFields,
    'at',
  );
  const sort: Sort = [{ expr: sql`at`, type: 'timestamptz' }];
  const plan = keysetPlan(sort, sql`id`, normalized);
  const where = sql`company_id = ${ctx.companyId} and contact_id = ${contact.id}`;
  const rows = await sql<HistoryRow & Record<string, unknown>>`
    select *, ${plan.keys} from contact_history
    where ${where} and ${plan.after}
    order by ${plan.orderBy} limit ${plan.limit + 1}`.execute(ctx.tx);
  const total = await sql<{ total: number }>`
    select count(*)::integer as total from contact_history where ${where}`.execute(ctx.tx);
  return ok({
    ...cutPage(rows.rows, sort.length, normalized, historyFromRow),
    total: total.rows[0]?.total ?? 0,
  });
}
