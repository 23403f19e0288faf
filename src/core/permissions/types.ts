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
 * Allows: `role`, `grant`, `own-contact`, `site`.
 * Denials: `not-in-role`, `own-contact-only`, `not-granted`, `not-granted-for-site`, `site-required`,
 * `unknown-capability`, `inactive-actor`, and for grant checks `cannot-grant`, `grant-not-held`,
 * `own-role`, `last-admin`, `unknown-role`.
 */
export type ReasonCode =
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
  | 'unknown-role';

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
}

/** Facts about the company a change must respect: how many active general admins it has now. */
export interface CompanyFacts {
  adminCount: number;
}

/** What a change to a contact's state does, for the last-admin rule. */
export type StatusChange = 'suspend' | 'inactivate' | 'delete';

export interface PermissionEngine {
  readonly policy: Policy;
  can(actor: Actor, capability: string, target?: Target): boolean;
  explain(actor: Actor, capability: string, target?: Target): Explanation;
  /** Every capability the actor holds, with where each comes from (for the by-person view). */
  effective(actor: Actor, target?: Target): Map<string, Explanation>;
  /** Whether `actor` may change `target`'s access to `change`: the first refusal, or an allow. */
  canGrant(actor: Actor, target: Actor, change: AccessChange, facts: CompanyFacts): Explanation;
  /** Every refusal of a whole change (role, each grant, each site permission, the last-admin rule). */
  validateChange(
    actor: Actor,
    target: Actor,
    change: AccessChange,
    facts: CompanyFacts,
  ): Explanation[];
  /** Whether a suspension, inactivation or deletion would leave the company with no general admin. */
  canChangeStatus(target: Actor, change: StatusChange, facts: CompanyFacts): Explanation;
  /** One pass over `items`: those on which `actor` holds `capability`. */
  filter<T extends { id: string }>(actor: Actor, capability: string, items: readonly T[]): T[];
  /** A new engine for a changed policy, reusing what did not change. */
  withPolicy(policy: Policy): PermissionEngine;
}
