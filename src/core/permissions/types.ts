import type { AccessChange, Contact, Policy } from '../model/index.js';

/** The part of a contact the engine reads: who they are and what they hold. */
export type Actor = Pick<Contact, 'id' | 'role' | 'grants' | 'sites' | 'status'>;

/** What a check is about: a contact (for `own-contact`) and/or a site (for site-scoped capabilities). */
export interface Target {
  /** The contact acted upon. */
  contactId?: string;
  /** The site, for a site-scoped capability. */
  siteId?: string;
}

/**
 * Stable reason codes. The UI renders each in words from the catalogue.
 * Allows: `role`, `grant`, `own-contact`, `site`, and `ok` (a grant or status check nothing refuses).
 * Denials: `not-in-role`, `own-contact-only`, `not-granted`, `not-granted-for-site`, `site-required`,
 * `unknown-capability`, `inactive-actor`, and for grant checks `cannot-grant`, `grant-not-held`,
 * `own-role`, `last-admin`, `unknown-role`, `wrong-scope` (a site-scoped capability given as a
 * company-wide grant, or a company-wide one given for a site); for policy checks also
 * `capabilities-fixed` (a policy edit may not add, remove or re-scope a capability).
 */
export type ReasonCode =
  | 'ok'
  | 'role'
  | 'grant'
  | 'own-contact'
  | 'site'
  | 'not-in-role'
  | 'own-contact-only'
  | 'not-granted'
  | 'not-granted-for-site'
  | 'site-required'
  | 'unknown-capability'
  | 'inactive-actor'
  | 'cannot-grant'
  | 'grant-not-held'
  | 'own-role'
  | 'last-admin'
  | 'unknown-role'
  | 'wrong-scope'
  | 'capabilities-fixed';

/** Why a check came out as it did. `via` says where an allow came from; `missing` what a denial lacks. */
export interface Explanation {
  allowed: boolean;
  code: ReasonCode;
  /** For an allow: the role id, `grant`, or the site id it came through. */
  via?: string;
  /** For a denial: the capability (or role) the actor would need. */
  missing?: string;
  /** The capability or site the reason is about, when it is not the one asked (e.g. in grant checks). */
  subject?: string;
  /** In grant checks about a per-site permission: the site the refused capability was asked for. */
  siteId?: string;
  /** In policy checks (`validatePolicyChange`): the role whose table the refusal is about. */
  role?: string;
}

/**
 * Facts about the company a change must respect: how many general admins it has now, counted as
 * `countsAsAdmin` does (the admin role, and neither suspended nor inactive) — `companyFacts` counts them.
 */
export interface CompanyFacts {
  adminCount: number;
}

/** What a change to a contact's state does, for the last-admin rule. */
export type StatusChange = 'suspend' | 'inactivate' | 'delete';

/**
 * Answers who may do what under one policy, and why. Created by `createPermissionEngine(policy)`;
 * pure and synchronous, with no Lit and no DOM, so a backend can run the same rules.
 */
export interface PermissionEngine {
  /** The policy this engine answers for (as given: the engine never changes it). */
  readonly policy: Policy;
  /** Whether `actor` holds `capability` (on `target`, for conditional and site-scoped ones). Allocates nothing. */
  can(actor: Actor, capability: string, target?: Target): boolean;
  /** The same answer as `can`, with its reason code and where an allow came from. */
  explain(actor: Actor, capability: string, target?: Target): Explanation;
  /**
   * Every capability the actor holds, with where each comes from (for the by-person view), in the
   * policy's order. Without `target.contactId` it answers about the actor's own contact (so an
   * `own-contact` capability is listed); site-scoped capabilities are listed only for `target.siteId`.
   */
  effective(actor: Actor, target?: Target): Map<string, Explanation>;
  /**
   * Whether `actor` may change `target`'s access to `change`: the first refusal of `validateChange`,
   * or an allow explaining how the actor holds the grant capability.
   */
  canGrant(actor: Actor, target: Actor, change: AccessChange, facts: CompanyFacts): Explanation;
  /**
   * Every refusal of a whole change (role, each grant, each site permission, the last-admin rule);
   * an empty list means the change may be applied. Adapters and backends must call it before saving.
   */
  validateChange(
    actor: Actor,
    target: Actor,
    change: AccessChange,
    facts: CompanyFacts,
  ): Explanation[];
  /**
   * Whether a suspension, inactivation or deletion would leave the company with no general admin
   * (`last-admin`); otherwise an allow with code `ok`. Whether the actor may do it at all is a
   * separate `can` (`activate-contacts`, `delete-contacts`).
   */
  canChangeStatus(target: Actor, change: StatusChange, facts: CompanyFacts): Explanation;
  /**
   * Whether `actor` may give the role `roleId` without a grant check — creating a contact in the
   * policy's default role, or stepping down to it: every capability of the role the actor does not hold
   * at least as widely is one `grant-not-held` refusal (`subject` = the capability); an unknown role is
   * `unknown-role`, an actor who cannot act `inactive-actor`. An empty list means it may be given.
   */
  roleRefusals(actor: Actor, roleId: string): Explanation[];
  /**
   * One pass over `items`: those on which `actor` holds `capability`, in order, as a new array. Each
   * item's `id` is a contact id for a company-scoped capability and a site id for a site-scoped one.
   */
  filter<T extends { id: string }>(actor: Actor, capability: string, items: readonly T[]): T[];
  /**
   * A new engine for a changed policy, reusing what did not change (the capability index when the
   * capability list is the same, and each role whose definition is the same). This engine is unchanged.
   */
  withPolicy(policy: Policy): PermissionEngine;
}
