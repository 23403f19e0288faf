import type { Policy } from '../../core/model/index.js';
import {
  diffPolicy,
  rebasePolicy,
  roleCellState,
  setRoleCell,
  type HoldState,
  type PolicyDiff,
} from '../../core/permissions/diff.js';
import { roleCellRefusal } from '../../core/permissions/index.js';
import type { Actor, Explanation, PermissionEngine } from '../../core/permissions/types.js';
import type { CellReason } from './matrix-types.js';

/** What the role-table editor reads from its surroundings: who acts, under which engine and policy. */
export interface PolicyContext {
  readonly actor: Actor | undefined;
  /** The engine over the saved policy (its `policy` is what a cell is judged against). */
  readonly engine: PermissionEngine | undefined;
  /** The policy as saved. */
  readonly policy: Policy | undefined;
  /** Why the actor may not grant anything at all, or `undefined` when they may. */
  grantRefusal(): Explanation | undefined;
}

/** The states a role-table cell can be set to, in the order its menu offers them. */
export const holdStates: readonly HoldState[] = ['always', 'granted', 'own-contact', 'none'];

/** One state a cell's menu offers: whether it is the cell's state now, and why it is refused. */
export interface CellChoice {
  state: HoldState;
  /** The state the cell shows now (saved or staged). */
  current: boolean;
  /** Why the actor may not choose it; `undefined` when they may. */
  refusal: CellReason | undefined;
}

/**
 * Staged edits of the role table (the "by role" view of `<permission-matrix>`): which state each cell
 * may take and why not (asked of the core rules a backend runs on the saved policy:
 * `roleCellRefusal`), the edited copy of the policy, and what it changes. No I/O: loading and saving
 * are the matrix controller's.
 */
export class PolicyEditor {
  /** The policy with the staged edits, when anything was staged. */
  staged: Policy | undefined;

  constructor(
    private readonly context: PolicyContext,
    private readonly changed: () => void,
  ) {}

  /** The policy shown: the staged copy, else the saved one. */
  get shown(): Policy | undefined {
    return this.staged ?? this.context.policy;
  }

  /** The state a cell shows now (staged, else saved). */
  stateOf(roleId: string, capability: string): HoldState {
    return roleCellState(
      this.shown?.roles.find((r) => r.id === roleId),
      capability,
    );
  }

  /** Why the actor may not set a cell to `state`, or `undefined` when they may. */
  refusalOf(roleId: string, capability: string, state: HoldState): CellReason | undefined {
    const { actor, engine, policy } = this.context;
    if (!actor || !engine || !policy) return undefined;
    const grant = this.context.grantRefusal();
    if (grant) return { kind: 'engine', explanation: grant };
    const refusal = roleCellRefusal(engine, actor, roleId, capability, state);
    if (!refusal) return undefined;
    if (refusal.kind === 'refused') return { kind: 'engine', explanation: refusal.explanation };
    return refusal.error.code === 'admin-cannot-grant'
      ? { kind: 'locked', role: roleId, capability }
      : { kind: 'invalid', error: refusal.error };
  }

  /** Every state the cell's menu offers, the current one marked, each with its refusal. */
  choices(roleId: string, capability: string): CellChoice[] {
    const now = this.stateOf(roleId, capability);
    return holdStates.map((state) => ({
      state,
      current: state === now,
      refusal: state === now ? undefined : this.refusalOf(roleId, capability, state),
    }));
  }

  /**
   * Why a cell cannot be changed at all — every state but the one it shows is refused (the first
   * refusal says why) — or `undefined` when at least one other state may be chosen.
   */
  refusal(roleId: string, capability: string): CellReason | undefined {
    const others = this.choices(roleId, capability).filter((choice) => !choice.current);
    return others.every((choice) => choice.refusal) ? others[0]?.refusal : undefined;
  }

  /** Sets a cell to `state` when the rules allow it; returns the refusal otherwise. */
  set(roleId: string, capability: string, state: HoldState): CellReason | undefined {
    const shown = this.shown;
    if (!shown) return undefined;
    const refusal = this.refusalOf(roleId, capability, state);
    if (refusal) return refusal;
    if (this.stateOf(roleId, capability) === state) return undefined;
    this.staged = setRoleCell(shown, roleId, capability, state);
    this.changed();
    return undefined;
  }

  /** What the staged edits change, or `undefined` when they change nothing. */
  get diff(): PolicyDiff | undefined {
    const { policy } = this.context;
    if (!policy || !this.staged) return undefined;
    const diff = diffPolicy(policy, this.staged);
    return diff.cells.length ? diff : undefined;
  }

  /** Drops the staged edits. */
  discard(): void {
    this.staged = undefined;
    this.changed();
  }

  /**
   * `fresh` is about to become the saved policy (a reload, a conflict): the staged edits, made over
   * the policy saved until now, are re-applied on top of it.
   */
  rebase(fresh: Policy): void {
    const { policy } = this.context;
    this.staged = policy && this.staged ? rebasePolicy(policy, this.staged, fresh) : undefined;
  }
}
