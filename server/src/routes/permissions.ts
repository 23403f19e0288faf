import * as z from 'zod';
import { accessChangeSchema, type Policy } from '../../../src/core/model/index.js';
import { policyFactsFromCounts } from '../../../src/core/permissions/index.js';
import {
  decidePolicyUpdate,
  decideSetAccess,
  decideSetApprovers,
  notFound,
} from '../../../src/core/rules/index.js';
import { envelope, object, ok, type Answer } from '../http/answers.js';
import type { RequestContext } from '../http/context.js';
import {
  contactsByIds,
  lockContacts,
  lockWithAdmins,
  roleStatusCounts,
  siteIds,
} from '../db/facts.js';
import { getApprovers } from '../db/queries.js';
import { auditContact, commit, ruleContext } from './decide.js';

/**
 * The permission writes: one contact's access, the policy, the approver lists — each one READ
 * COMMITTED transaction with the locks of `db/facts.ts`, the decision of `src/core/rules`, and its
 * writes stored by `commit`.
 */

/**
 * `PUT /contacts/{id}/access`: the contact, the actor and every general admin locked (a demotion may
 * lower the admin count); the approver lists read and written by compare-and-set (the contact may
 * leave them).
 */
export async function setAccess(ctx: RequestContext): Promise<Answer> {
  const access = envelope(accessChangeSchema, ctx.body);
  const contactId = ctx.params.id ?? '';
  const { contacts, adminCount } = await lockWithAdmins(ctx.tx, ctx.companyId, ctx.policy, [
    contactId,
    ctx.actor.id,
  ]);
  const current = contacts.get(contactId);
  if (!current) throw notFound('contact', contactId);
  const approvers = await getApprovers(ctx.tx, ctx.companyId);
  const decision = decideSetAccess(ruleContext(ctx, contacts), current, access, ctx.version, {
    adminCount,
    sites: await siteIds(ctx.tx, ctx.companyId),
    approvers,
  });
  const next = await commit(ctx, decision, { contacts, approvers });
  auditContact(ctx, current.id, current, next);
  return ok(next);
}

/**
 * `PUT /policy`. The pipeline holds the policy row FOR UPDATE (`editsPolicy`): every other write of
 * the company takes it FOR SHARE first, so none is running, and the role holders can be counted
 * without locking 100,000 contacts.
 */
export async function updatePolicy(ctx: RequestContext): Promise<Answer> {
  const body = object<Policy>(ctx.body);
  const approvers = await getApprovers(ctx.tx, ctx.companyId);
  const approverContacts = await contactsByIds(ctx.tx, ctx.companyId, [
    ...approvers.budgets,
    ...approvers.tickets,
  ]);
  const decision = decidePolicyUpdate(ruleContext(ctx), ctx.policy, body, ctx.version, {
    ...policyFactsFromCounts(await roleStatusCounts(ctx.tx, ctx.companyId)),
    approvers,
    approverContacts: approverContacts.values(),
  });
  const policy = await commit(ctx, decision, {
    contacts: approverContacts,
    approvers,
    policy: ctx.policy,
  });
  ctx.audit({
    recordType: 'policy',
    recordId: ctx.companyId,
    versionBefore: ctx.policy.version,
    versionAfter: policy.version,
  });
  return ok(policy);
}

const approversBody = z.object({ budgets: z.array(z.string()), tickets: z.array(z.string()) });

/**
 * `PUT /approvers`: every listed contact (and the actor) locked FOR SHARE, so none is suspended or
 * demoted before the lists are saved; the lists written by compare-and-set on their version.
 */
export async function setApprovers(ctx: RequestContext): Promise<Answer> {
  const body = envelope(approversBody, ctx.body);
  const listed = [...body.budgets, ...body.tickets];
  const locked = await lockContacts(ctx.tx, ctx.companyId, [...listed, ctx.actor.id], 'share');
  const contacts = new Map(listed.flatMap((id) => locked.get(id) ?? []).map((c) => [c.id, c]));
  const current = await getApprovers(ctx.tx, ctx.companyId);
  const decision = decideSetApprovers(ruleContext(ctx, locked), current, body, ctx.version, {
    contacts,
  });
  const approvers = await commit(ctx, decision, { contacts: locked, approvers: current });
  ctx.audit({
    recordType: 'approvers',
    recordId: ctx.companyId,
    versionBefore: current.version,
    versionAfter: approvers.version,
  });
  return ok(approvers);
}
