import * as z from 'zod';
import type { Session } from '../../../src/core/adapter/types.js';
import type { Company } from '../../../src/core/model/index.js';
import { envelope } from '../http/answers.js';
import type { RequestContext } from '../http/context.js';
import { getContact, notFound } from '../db/queries.js';
import type { Tx } from '../db/store.js';

/** The companies of `ids` that exist, in the order given. */
async function companies(tx: Tx, ids: readonly string[]): Promise<Company[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('companies')
    .select(['id', 'name'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, { id: row.id, name: row.name }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** `GET /session`: the acting contact, its company, and every company the token's session serves. */
export async function currentSession(ctx: RequestContext): Promise<Session> {
  const served = await companies(
    ctx.tx,
    ctx.memberships.map((m) => m.companyId),
  );
  const company = served.find((c) => c.id === ctx.companyId);
  if (!company) throw notFound('company', ctx.companyId);
  return { actor: ctx.actor, company, companies: served };
}

/**
 * `POST /session/company`: only to a company the token's session serves (its claims), where its
 * contact exists; anything else is 404, exactly as a company that does not exist. The choice is a row
 * of `sessions`, so every server process sees it.
 */
export async function switchCompany(ctx: RequestContext): Promise<Session> {
  const { companyId } = envelope(z.object({ companyId: z.string() }), ctx.body);
  const membership = ctx.memberships.find((m) => m.companyId === companyId);
  if (!membership) throw notFound('company', companyId);
  const [company] = await companies(ctx.tx, [companyId]);
  if (!company) throw notFound('company', companyId);
  const actor = await getContact(ctx.tx, companyId, membership.contactId).catch(() => {
    throw notFound('company', companyId);
  });
  await ctx.tx
    .insertInto('sessions')
    .values({
      session_key: ctx.sessionKey,
      company_id: companyId,
      contact_id: membership.contactId,
      updated_at: ctx.now,
    })
    .onConflict((conflict) =>
      conflict.column('session_key').doUpdateSet({
        company_id: companyId,
        contact_id: membership.contactId,
        updated_at: ctx.now,
      }),
    )
    .execute();
  ctx.audit({ recordType: 'session', recordId: companyId });
  const served = await companies(
    ctx.tx,
    ctx.memberships.map((m) => m.companyId),
  );
  return { actor, company, companies: served };
}
