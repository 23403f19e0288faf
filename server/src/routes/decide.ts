import type { Contact, Invitation } from '../../../src/core/model/index.js';
import { emailKey } from '../../../src/core/validation/index.js';
import {
  decideLifecycleFollowUps,
  historyOf,
  invitationAfterStatus,
  isInvitable,
  sendsInvitationByItself,
  type ContactChange,
  type Decision,
  type RuleContext,
} from '../../../src/core/rules/index.js';
import { applyWrites, type Before } from '../db/apply.js';
import {
  companyOf,
  getSettings,
  invitationsOfContact,
  lockSeats,
  newId,
  newToken,
  seatFacts,
} from '../db/journey.js';
import { getTemplate } from '../db/queries.js';
import type { RequestContext } from '../http/context.js';
import { links } from '../links.js';

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

/**
 * Stores `decision`'s writes and their history (by the acting contact, now), then what they set off by
 * themselves (`decideLifecycleFollowUps`: an automatic invitation, a usable invitation settled when its
 * contact leaves the invitable statuses), as the memory backend does; answers the decision's answer
 * (the contact as the follow-ups left it, when they changed it).
 */
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
  const more = await followUps(ctx, decision, before);
  if (!more) return decision.answer;
  const answerId = (decision.answer as { id?: unknown } | null)?.id;
  const followed = more.writes.updated?.find((contact) => contact.id === answerId);
  return followed && (decision.answer as { status?: unknown }).status !== undefined
    ? (followed as T)
    : decision.answer;
}

/** The follow-ups of a decision's contact writes, stored; undefined when nothing follows. */
async function followUps(
  ctx: RequestContext,
  decision: Decision<unknown>,
  before: Before,
): Promise<Decision<void> | undefined> {
  const changes: ContactChange[] = [];
  for (const after of decision.writes.created ?? []) changes.push({ before: undefined, after });
  for (const after of decision.writes.updated ?? []) {
    const was = before.contacts.get(after.id);
    if (was && was.status !== after.status) changes.push({ before: was, after });
  }
  if (!changes.length) return undefined;
  const { tx, companyId } = ctx;
  const settings = await getSettings(tx, companyId);
  // Only these can set anything off (the rule's own tests, asked first to spare the queries).
  const relevant = changes.filter(
    ({ before: was, after }) =>
      sendsInvitationByItself(settings.autoSend, was?.status, after.status) ||
      (was !== undefined &&
        isInvitable(was.status) &&
        invitationAfterStatus(after.status) !== undefined),
  );
  if (!relevant.length) return undefined;
  // A new contact has no invitation yet; a changed one's row is locked by the handler.
  const invitations = new Map<string, Invitation[]>();
  for (const { before: was, after } of relevant) {
    invitations.set(after.id, was ? await invitationsOfContact(tx, companyId, after.id) : []);
  }
  const company = await companyOf(tx, companyId);
  const template = await getTemplate(tx, companyId);
  const seatHeld = [...invitations.values()].some((list) =>
    list.some((invitation) => invitation.seat && invitation.status === 'pending'),
  );
  // Settling a seat invitation may make a SaaS user: count the seats under the company's seat lock.
  if (seatHeld) await lockSeats(tx, companyId);
  const more = decideLifecycleFollowUps(ruleContext(ctx), relevant, {
    company,
    settings,
    template,
    newId: () => newId('inv'),
    newToken,
    setupLink: links(ctx.config).setup,
    invitationsOf: (contactId) => invitations.get(contactId) ?? [],
    newSaasUserId: () => newId('su'),
    ...(seatHeld
      ? {
          seats: await seatFacts(
            tx,
            companyId,
            relevant.map(({ after }) => emailKey(after.email)),
          ),
        }
      : {}),
  });
  if (!more) return undefined;
  const stored = new Map<string, Contact>();
  for (const after of [...(decision.writes.created ?? []), ...(decision.writes.updated ?? [])]) {
    stored.set(after.id, after);
  }
  const settled = new Map<string, Invitation>();
  for (const list of invitations.values()) for (const one of list) settled.set(one.id, one);
  const history = historyOf((id) => stored.get(id), more.writes, null, ctx.now.toISOString());
  await applyWrites(
    tx,
    companyId,
    more.writes,
    { contacts: stored, invitations: settled },
    history,
  );
  return more;
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
