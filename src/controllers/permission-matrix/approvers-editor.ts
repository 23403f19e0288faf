import type { Approvers, Contact, Policy } from '../../core/model/index.js';
import {
  diffApprovers,
  isEmptyApproversDiff,
  rebaseApprovers,
  type ApproversDiff,
} from '../../core/permissions/diff.js';
import { holdsOutright } from '../../core/permissions/index.js';
import type { Actor, Explanation, PermissionEngine } from '../../core/permissions/types.js';
import { approverRefusal, approversCapability, type ApproverList } from '../../core/rules/index.js';

export type { ApproverList };

/** What the approvers editor reads from its surroundings. */
export interface ApproversContext {
  readonly actor: Actor | undefined;
  readonly engine: PermissionEngine | undefined;
  readonly policy: Policy | undefined;
  /** The approvers as saved. */
  readonly approvers: Approvers | undefined;
  /** Remembers a person seen, for their name. */
  remember(person: Contact): void;
}

/**
 * Staged edits of the approver lists (the "approvers" view of `<permission-matrix>`): who may change
 * them, who may be on each list (asked of the engine), the edited lists and what they change.
 * No I/O: loading and saving are the matrix controller's.
 */
export class ApproversEditor {
  /** The lists with the staged edits, when anything was staged. */
  staged: Omit<Approvers, 'version'> | undefined;

  constructor(
    private readonly context: ApproversContext,
    private readonly changed: () => void,
  ) {}

  /** The lists shown: the staged ones, else the saved ones. */
  get shown(): Omit<Approvers, 'version'> | undefined {
    return this.staged ?? this.context.approvers;
  }

  /** The capability that lets someone change the approvers: `define-approvers` when the policy has it. */
  get capability(): string | undefined {
    const policy = this.context.policy;
    return policy && approversCapability(policy);
  }

  /** Why the actor may not change the approvers, or `undefined` when they may. */
  refusal(): Explanation | undefined {
    const { actor, engine } = this.context;
    const capability = this.capability;
    if (!actor || !engine || !capability) return undefined;
    return holdsOutright(engine, actor, capability) ? undefined : engine.explain(actor, capability);
  }

  /**
   * Why `person` cannot be on `list`, or `undefined`: a budget approver must hold `approve-budgets`,
   * a ticket approver `open-tickets` (when the policy names them), and anyone must be able to act.
   */
  personRefusal(list: ApproverList, person: Contact): Explanation | undefined {
    const engine = this.context.engine;
    return engine && approverRefusal(engine, list, person)?.explanation;
  }

  /** Adds (`person` given, for the check) or removes a person on a list. */
  set(list: ApproverList, id: string, on: boolean, person?: Contact): Explanation | undefined {
    const shown = this.shown;
    if (!shown) return undefined;
    const refusal = this.refusal() ?? (on && person ? this.personRefusal(list, person) : undefined);
    if (refusal) return refusal;
    if (person) this.context.remember(person);
    const rest = shown[list].filter((x) => x !== id);
    this.staged = {
      budgets: shown.budgets,
      tickets: shown.tickets,
      [list]: on ? [...rest, id] : rest,
    };
    this.changed();
    return undefined;
  }

  /** What the staged edits change, or `undefined` when they change nothing. */
  get diff(): ApproversDiff | undefined {
    const { approvers } = this.context;
    if (!approvers || !this.staged) return undefined;
    const diff = diffApprovers(approvers, this.staged);
    return isEmptyApproversDiff(diff) ? undefined : diff;
  }

  /** How many people the staged edits add or remove. */
  changeCount(): number {
    const diff = this.diff;
    if (!diff) return 0;
    return (
      diff.budgets.added.length +
      diff.budgets.removed.length +
      diff.tickets.added.length +
      diff.tickets.removed.length
    );
  }

  /** Drops the staged edits. */
  discard(): void {
    this.staged = undefined;
    this.changed();
  }

  /** `fresh` is about to become the saved lists: the staged edits are re-applied on top of it. */
  rebase(fresh: Pick<Approvers, 'budgets' | 'tickets'>): void {
    const { approvers } = this.context;
    this.staged =
      approvers && this.staged ? rebaseApprovers(approvers, this.staged, fresh) : undefined;
  }
}
