import type { Policy } from '../../core/model/index.js';
import {
  diffPolicy,
  rebasePolicy,
  roleCellState,
  setRoleCell,
  type HoldState,
  type PolicyDiff,
} from '../../core/permissions/diff.js';
import { holdsOutright } from '../../core/permissions/index.js';
import type { Actor, Explanation, PermissionEngine } from '../../core/permissions/types.js';
import type { CellReason } from './matrix-types.js';

/** What the role-table editor reads from its surroundings: who acts, under which engine and policy. */
export interface PolicyContext {
  readonly actor: Actor | undefined;
  readonly engine: PermissionEngine | undefined;
  /** The policy as saved. */
  readonly policy: Policy | undefined;
  /** Why the actor may not grant anything at all, or `undefined` when they may. */
  grantRefusal(): Explanation | undefined;
}

/**
 * Staged edits of the role table (the "by role" view of `<permission-matrix>`): which cells the actor
 * may toggle and why not (asked of the engine), the edited copy of the policy, and what it changes.
 * No I/O: loading and saving are the matrix controller's.
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

  /** Why a cell cannot be toggled, or `undefined` when it can. */
  refusal(roleId: string, capability: string): CellReason | undefined {
    const { actor, engine, policy } = this.context;
    if (!actor || !engine || !policy) return undefined;
    const grant = this.context.grantRefusal();
    if (grant) return { kind: 'engine', explanation: grant };
    if (roleId === policy.adminRole && capability === policy.grantCapability) {
      return { kind: 'locked', role: roleId, capability };
    }
    // Nobody puts into a role a capability they do not hold themselves (no escalation).
    if (!holdsOutright(engine, actor, capability)) {
      return {
        kind: 'engine',
        explanation: {
          allowed: false,
          code: 'grant-not-held',
          subject: capability,
          missing: capability,
        },
      };
    }
    return undefined;
  }

  /** Toggles a cell: off, or back on as it was saved (with its condition), else outright. */
  toggle(roleId: string, capability: string): CellReason | undefined {
    const policy = this.context.policy;
    const shown = this.shown;
    if (!policy || !shown) return undefined;
    const refusal = this.refusal(roleId, capability);
    if (refusal) return refusal;
    const now = roleCellState(
      shown.roles.find((r) => r.id === roleId),
      capability,
    );
    const saved = roleCellState(
      policy.roles.find((r) => r.id === roleId),
      capability,
    );
    const next: HoldState = now !== 'none' ? 'none' : saved !== 'none' ? saved : 'always';
    this.staged = setRoleCell(shown, roleId, capability, next);
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
