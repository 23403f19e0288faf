import * as z from 'zod';
import { lifecycleActionSchema, type Contact } from '../../../src/core/model/index.js';
import {
  actCapability,
  checkVersion,
  invalidTransition,
  lifecycleTransitions,
  refused,
} from '../../../src/core/rules/index.js';
import { envelope, ok, type Answer } from '../http/answers.js';
import type { RequestContext } from '../http/context.js';
import { facts, getContact } from '../db/queries.js';
import { writeContact } from '../db/writes.js';

/**
 * `POST /contacts/{id}/transitions`. Every decision is the core's: the capability each act needs
 * (`actCapability`), the engine's verdict on the actor (`explain`), where each act may start and lead
 * (`lifecycleTransitions`), and the last-admin rule (`canChangeStatus`) over the admin count read in
 * this transaction (`facts`: the engine's `adminFilter`). The contact row is locked, so the version
 * check and the write are one compare-and-set; SERIALIZABLE keeps the admin count true under
 * concurrent demotions.
 *
 * TODO(rules): when `src/core/rules` exports the transition decision (the body of the memory
 * backend's `transitionContact`), call it here with the same facts instead of composing it.
 */
export async function transitionContact(ctx: RequestContext): Promise<Answer> {
  const { action } = envelope(z.object({ action: lifecycleActionSchema }), ctx.body);
  const id = ctx.params.id ?? '';
  const current = await getContact(ctx.tx, ctx.companyId, id, { lock: true });
  const allowed = ctx.engine.explain(ctx.actor, actCapability[action], { contactId: id });
  if (!allowed.allowed) throw refused([allowed]);
  checkVersion(ctx.version, current, current);
  const rule = lifecycleTransitions[action];
  if (!rule.from.includes(current.status)) {
    throw invalidTransition(`Cannot ${action} a contact that is ${current.status}.`, current);
  }
  if (action === 'suspend' || action === 'inactivate') {
    const verdict = ctx.engine.canChangeStatus(
      current,
      action,
      await facts(ctx.tx, ctx.companyId, ctx.policy),
    );
    if (!verdict.allowed) throw refused([verdict]);
  }
  const next: Contact = {
    ...current,
    status: rule.to,
    version: current.version + 1,
    updatedAt: ctx.now.toISOString(),
  };
  await writeContact(ctx.tx, next, current.version);
  ctx.audit({
    recordType: 'contact',
    recordId: id,
    versionBefore: current.version,
    versionAfter: next.version,
  });
  return ok(next);
}
