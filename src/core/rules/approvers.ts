/**
 * Who approves budgets and tickets (seed 000), as rules: who may change the lists, who may be on them,
 * and the lists following the capability — whoever stops holding what they approve (a revoked grant, a
 * role change, a policy edit, a suspension) leaves the list in the same write.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import type { Approvers, Contact, Policy } from '../model/index.js';
import { holdsOutright } from '../permissions/policy-change.js';
import type { Explanation, PermissionEngine } from '../permissions/types.js';
import { checkVersion, invalid, refused } from './refusals.js';
import type { RuleContext } from './context.js';
import type { Decision } from './writes.js';

/** The two approver lists. */
export type ApproverList = 'budgets' | 'tickets';
const lists: readonly ApproverList[] = ['budgets', 'tickets'];

/** The capability each list's people must hold (when the policy defines it): what they approve. */
const approves: Record<ApproverList, string> = {
  budgets: 'approve-budgets',
  tickets: 'open-tickets',
};

/**
 * The capability that lets someone change the approver lists: `define-approvers` when the policy has
 * it (seed 000's role table), else the policy's grant capability.
 */
export function approversCapability(policy: Policy): string {
  return policy.capabilities.some((c) => c.id === 'define-approvers')
    ? 'define-approvers'
    : policy.grantCapability;
}

/** Why `person` cannot be on `list`: they cannot act, or do not hold what the list approves. */
export interface ApproverRefusal {
  code: 'approver-inactive' | 'approver-lacks-capability';
  /** The capability the list needs (on `approver-lacks-capability`). */
  capability?: string;
  /** The engine's explanation of the refusal, for the words. */
  explanation: Explanation;
}

/**
 * Why `person` may not be on `list`, or undefined when they may: someone who cannot act
 * (`approver-inactive`), or who does not hold, outright, the capability the list approves when the
 * policy defines it — `approve-budgets` for budgets, `open-tickets` for tickets
 * (`approver-lacks-capability`). `<permission-matrix>` asks it before it stages a person; every backend
 * asks it before it saves the lists.
 */
export function approverRefusal(
  engine: PermissionEngine,
  list: ApproverList,
  person: Pick<Contact, 'id' | 'role' | 'grants' | 'sites' | 'status'>,
): ApproverRefusal | undefined {
  const capability = approves[list];
  const defined = engine.policy.capabilities.some((c) => c.id === capability);
  if (person.status === 'suspended' || person.status === 'inactive') {
    return {
      code: 'approver-inactive',
      explanation: { allowed: false, code: 'inactive-actor', missing: capability },
    };
  }
  if (!defined || holdsOutright(engine, person, capability)) return undefined;
  // Not held outright, so the engine refuses it (without a target nothing is held on one's own contact).
  return {
    code: 'approver-lacks-capability',
    capability,
    explanation: engine.explain(person, capability),
  };
}

/**
 * The approver lists once `people` (contacts as they will be after a write) are judged again under
 * `engine`: whoever of them may no longer be on a list leaves it. Answers the next record (version + 1)
 * when a list changes, else undefined. People not in `people` are not looked at.
 */
export function approversAfter(
  engine: PermissionEngine,
  approvers: Approvers,
  people: Iterable<Contact>,
): Approvers | undefined {
  const leaving: Record<ApproverList, Set<string>> = { budgets: new Set(), tickets: new Set() };
  for (const person of people) {
    for (const list of lists) {
      if (approvers[list].includes(person.id) && approverRefusal(engine, list, person)) {
        leaving[list].add(person.id);
      }
    }
  }
  if (leaving.budgets.size + leaving.tickets.size === 0) return undefined;
  return {
    budgets: approvers.budgets.filter((id) => !leaving.budgets.has(id)),
    tickets: approvers.tickets.filter((id) => !leaving.tickets.has(id)),
    version: approvers.version + 1,
  };
}

/** The approver lists without the contacts `ids` (deleted), or undefined when none of them is listed. */
export function approversWithout(
  approvers: Approvers,
  ids: readonly string[],
): Approvers | undefined {
  const gone = new Set(ids);
  if (
    !approvers.budgets.some((id) => gone.has(id)) &&
    !approvers.tickets.some((id) => gone.has(id))
  )
    return undefined;
  return {
    budgets: approvers.budgets.filter((id) => !gone.has(id)),
    tickets: approvers.tickets.filter((id) => !gone.has(id)),
    version: approvers.version + 1,
  };
}

/** What setting the approver lists needs to know: the company's contacts among the ids listed. */
export interface SetApproversFacts {
  /** Every contact of the company whose id the body lists (ids of nobody are simply absent). */
  contacts: ReadonlyMap<string, Contact>;
}

/**
 * Sets who approves budgets and tickets: needs {@link approversCapability}; `version` must be the
 * lists' current one; every listed id must be a contact of the company (`unknown-contact`) who passes
 * {@link approverRefusal}; each list must be an array (`invalid-type`). Duplicates are dropped.
 */
export function decideSetApprovers(
  context: RuleContext,
  current: Approvers,
  body: unknown,
  version: unknown,
  facts: SetApproversFacts,
): Decision<Approvers> {
  const { engine, actor } = context;
  const capability = approversCapability(engine.policy);
  const explanation = engine.explain(actor, capability);
  if (!explanation.allowed) throw refused([explanation]);
  checkVersion(version, current, { ...current });
  const record = (body ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const next: Record<ApproverList, string[]> = { budgets: [], tickets: [] };
  for (const list of lists) {
    const ids = record[list];
    if (!Array.isArray(ids)) {
      errors.push({ field: list, code: 'invalid-type', params: { expected: 'array' } });
      continue;
    }
    ids.forEach((id: unknown, index) => {
      const field = `${list}.${index}`;
      const person = typeof id === 'string' ? facts.contacts.get(id) : undefined;
      if (!person) return errors.push({ field, code: 'unknown-contact' });
      const refusal = approverRefusal(engine, list, person);
      if (refusal) {
        return errors.push(
          refusal.capability
            ? { field, code: refusal.code, params: { capability: refusal.capability } }
            : { field, code: refusal.code },
        );
      }
      if (!next[list].includes(person.id)) next[list].push(person.id);
    });
  }
  if (errors.length) throw invalid(errors);
  const approvers: Approvers = { ...next, version: current.version + 1 };
  return { answer: approvers, writes: { approvers } };
}
