import type { AccessChange, Contact, Policy } from '../../core/model/index.js';
import {
  diffAccess,
  isEmptyAccessDiff,
  rebaseAccess,
  type AccessDiff,
} from '../../core/permissions/diff.js';
import type {
  Actor,
  CompanyFacts,
  Explanation,
  PermissionEngine,
} from '../../core/permissions/types.js';

/** What an access editor reads from its surroundings: who acts, under which engine and facts. */
export interface AccessContext {
  readonly actor: Actor | undefined;
  readonly engine: PermissionEngine | undefined;
  readonly policy: Policy | undefined;
  readonly facts: CompanyFacts;
  /** Why the actor may not grant anything at all, or `undefined` when they may. */
  grantRefusal(): Explanation | undefined;
}

/** A contact's access: role, grants, sites (copied). */
export function accessOf(contact: Pick<Actor, 'role' | 'grants' | 'sites'>): AccessChange {
  return {
    role: contact.role,
    grants: [...contact.grants],
    sites: contact.sites.map((s) => ({ siteId: s.siteId, capabilities: [...s.capabilities] })),
  };
}

/**
 * Staged edits of one person's access (the "by person" view of `<permission-matrix>`): proposes
 * changes, asks the engine which it refuses and why, stages only what it allows, and says what the
 * staged change does as an `AccessDiff`. No I/O: loading and saving are the matrix controller's.
 */
export class AccessEditor {
  /** The person as saved. */
  contact: Contact | undefined;
  /** Their access with the staged edits, when anything was staged. */
  staged: AccessChange | undefined;

  constructor(
    private readonly context: AccessContext,
    private readonly changed: () => void,
  ) {}

  /** The person's access with the staged edits. */
  get access(): AccessChange | undefined {
    if (!this.contact) return undefined;
    return this.staged ?? accessOf(this.contact);
  }

  /** Shows `contact` with nothing staged. */
  reset(contact: Contact | undefined): void {
    this.contact = contact;
    this.staged = undefined;
  }

  /**
   * The refusals a proposed access would add to those the staged change already has: an edit is
   * judged on its own, not on what an earlier rebase may have made invalid.
   */
  refusalsOf(proposed: AccessChange): Explanation[] {
    const { actor, engine, facts } = this.context;
    const { contact, access } = this;
    if (!actor || !engine || !contact || !access) return [];
    const grant = this.context.grantRefusal();
    if (grant) return [grant];
    const key = (e: Explanation) => `${e.code}|${e.subject ?? ''}|${e.siteId ?? ''}`;
    const already = new Set(engine.validateChange(actor, contact, access, facts).map(key));
    return engine
      .validateChange(actor, contact, proposed, facts)
      .filter((e) => !already.has(key(e)));
  }

  /** Every refusal of the staged change as a whole (after a rebase some may no longer be allowed). */
  stagedRefusals(): Explanation[] {
    const { actor, engine, facts } = this.context;
    const { contact, staged } = this;
    if (!actor || !engine || !contact || !staged) return [];
    return engine.validateChange(actor, contact, staged, facts);
  }

  /**
   * Stages `proposed` if the engine allows it; returns the refusal otherwise (and the view shows the
   * staged state again, e.g. a role field put back to the role it had).
   */
  stage(proposed: AccessChange): Explanation | undefined {
    const refusal = this.refusalsOf(proposed)[0];
    if (!refusal) this.staged = proposed;
    this.changed();
    return refusal;
  }

  /** Drops the staged edits. */
  discard(): void {
    this.staged = undefined;
    this.changed();
  }

  /** The proposed access with `capability` granted or not. */
  withGrant(capability: string, on: boolean): AccessChange | undefined {
    const access = this.access;
    if (!access) return undefined;
    const grants = access.grants.filter((id) => id !== capability);
    return { ...access, grants: on ? [...grants, capability] : grants };
  }

  /** The proposed access with `capability` held on `siteId` or not. */
  withSiteCapability(siteId: string, capability: string, on: boolean): AccessChange | undefined {
    const access = this.access;
    if (!access) return undefined;
    return {
      ...access,
      sites: access.sites.map((site) => {
        if (site.siteId !== siteId) return site;
        const rest = site.capabilities.filter((id) => id !== capability);
        return { siteId, capabilities: on ? [...rest, capability] : rest };
      }),
    };
  }

  /** The proposed access with `siteId` assigned (no permissions yet) or unassigned. */
  withSite(siteId: string, assigned: boolean): AccessChange | undefined {
    const access = this.access;
    if (!access) return undefined;
    const rest = access.sites.filter((site) => site.siteId !== siteId);
    return { ...access, sites: assigned ? [...rest, { siteId, capabilities: [] }] : rest };
  }

  /** What the staged edits change, or `undefined` when they change nothing. */
  get diff(): AccessDiff | undefined {
    const { policy } = this.context;
    const { contact, staged } = this;
    if (!policy || !contact || !staged) return undefined;
    const diff = diffAccess(policy, contact.id, accessOf(contact), staged);
    return isEmptyAccessDiff(diff) ? undefined : diff;
  }

  /**
   * How many single edits are staged: the role, each grant, each site permission; a site assignment
   * counts once plus each permission chosen with it, an unassignment once.
   */
  changeCount(): number {
    const diff = this.diff;
    if (!diff) return 0;
    let count = (diff.role ? 1 : 0) + diff.grants.added.length + diff.grants.removed.length;
    for (const site of diff.sites) {
      if (site.change === 'unassigned') count += 1;
      else count += site.gains.length + site.loses.length + (site.change === 'assigned' ? 1 : 0);
    }
    return count;
  }

  /** After a conflict: `fresh` becomes the saved person and the staged edits are re-applied to it. */
  rebase(fresh: Contact): void {
    if (this.contact && this.staged) {
      this.staged = rebaseAccess(accessOf(this.contact), this.staged, accessOf(fresh));
    }
    this.contact = fresh;
  }
}
