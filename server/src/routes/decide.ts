import type { Contact } from '../../../src/core/model/index.js';
import { historyOf, type Decision, type RuleContext } from '../../../src/core/rules/index.js';
import { applyWrites, type Before } from '../db/apply.js';
import type { RequestContext } from '../http/context.js';

/**
 * The four steps of the rules layer (`src/core/rules/index.ts`) as the server runs them, in the
 * request's transaction: a handler (1) locks and reads the records and facts (`db/facts.ts`), (2)
 * calls the decision with {@link ruleContext}, then {@link commit} (3) stores its writes and the
 * history entries `historyOf` derives from them. (4) `changesOf(writes)` — the change feed — has no
 * consumer on the server yet: there is no server push (`docs/rest-api.md`, "Changes"); `RestAdapter`
 * tells its own writes to its page.
 */

/**
 * Who decides and when. `actor` is the acting contact as locked by the handler when it locked it
 * (re-read under the lock, so a suspension that committed meanwhile is seen), else as the pipeline
 * read it.
 */
export function ruleContext(
  ctx: RequestContext,
  locked?: ReadonlyMap<string, Contact>,
): RuleContext {
  return {
    engine: ctx.engine,
    actor: locked?.get(ctx.actor.id) ?? ctx.actor,
    now: ctx.now.toISOString(),
  };
}

/** Stores `decision`'s writes and their history (by the acting contact, now); answers its answer. */
export async function commit<T>(
  ctx: RequestContext,
  decision: Decision<T>,
  before: Before,
): Promise<T> {
  const history = historyOf(
    (id) => before.contacts.get(id),
    decision.writes,
    ctx.actor.id,
    ctx.now.toISOString(),
  );
  await applyWrites(ctx.tx, ctx.companyId, decision.writes, before, history);
  return decision.answer;
}

/** The audit note of a write to one contact. */
export function auditContact(
  ctx: RequestContext,
  id: string,
  before: Contact | undefined,
  after: Contact | undefined,
): void {
  ctx.audit({
    recordType: 'contact',
    recordId: id,
    versionBefore: before?.version ?? null,
    versionAfter: after?.version ?? null,
  });
}
