/**
 * A contact's lifecycle, in one place (seed 003's statuses, seed 004's automatic invitation): which
 * status each step of the journey leads to, which lifecycle act applies from which status, and when
 * an invitation goes out by itself. The contact acts (`contact-acts.ts`), the access decision
 * (`access.ts`), the invitation rules (`invitations.ts`), the backends and the elements all ask these,
 * so `<contact-list>`, `<invite-status>` and every backend agree by construction.
 *
 * ```
 *                 a first site                  invitation sent               signed in / confirmed
 *   potential ───────────────────▶ site-assigned ───────────────▶ invited ────────────────────────▶ active
 *       ▲   ◀─────────────────────      │  ▲     ◀─────────────────  │                              │ ▲
 *       │        last site removed      │  │   revoked / deleted     │                      suspend │ │ reactivate
 *       └───────────────────────────────┴──┴─────────────────────────┘                              ▼ │
 *              (an invitation may also go straight from potential)                          suspended
 *
 *   inactivate: from any status but inactive → inactive;  activate: from potential, site assigned,
 *   invited or inactive → active (an administrator's act, no e-mail round trip).
 * ```
 *
 * "Suspended ↔ previous": only an active contact is suspended (seed 003: suspending keeps the data and
 * stops the sign-in), so reactivating returns it to `active`, the status it had.
 *
 * @module
 */
import type { ContactStatus, InvitationAutoSend, LifecycleAction } from '../model/constants.js';
import type { Contact } from '../model/index.js';

/** Statuses a lifecycle act may start from, and where it leads (seed 003's lifecycle). */
export const lifecycleTransitions: Record<
  LifecycleAction,
  { from: readonly ContactStatus[]; to: ContactStatus }
> = {
  activate: { from: ['potential', 'site-assigned', 'invited', 'inactive'], to: 'active' },
  inactivate: {
    from: ['potential', 'site-assigned', 'invited', 'active', 'suspended'],
    to: 'inactive',
  },
  suspend: { from: ['active'], to: 'suspended' },
  reactivate: { from: ['suspended'], to: 'active' },
};

/**
 * Statuses of someone who has not signed in yet: they can be invited (again), accept an invitation,
 * or be confirmed by hand. Active, suspended and inactive contacts cannot.
 */
export const invitableStatuses: readonly ContactStatus[] = [
  'potential',
  'site-assigned',
  'invited',
];

/** Whether a contact in `status` can be invited, accept an invitation or be confirmed by hand. */
export function isInvitable(status: ContactStatus): boolean {
  return invitableStatuses.includes(status);
}

/**
 * Where a contact who has not signed in stands without a usable invitation: `site-assigned` when it has
 * a site, else `potential` (a revoked or deleted invitation takes an invited contact back there).
 */
export function statusWithoutInvitation(contact: Pick<Contact, 'sites'>): ContactStatus {
  return contact.sites.length ? 'site-assigned' : 'potential';
}

/**
 * A contact's status after its sites change: potential ↔ site assigned follow the sites; every other
 * status stays (an invited contact keeps its invitation, an active one its access).
 */
export function statusForSites(status: ContactStatus, hasSites: boolean): ContactStatus {
  if (status === 'potential' && hasSites) return 'site-assigned';
  if (status === 'site-assigned' && !hasSites) return 'potential';
  return status;
}

/**
 * Whether a write that took a contact from `before` (undefined: it was just created) to `after` sends
 * an invitation by itself under the company's `autoSend` (seed 004): `on-create` for a new contact who
 * can be invited; `on-site-assigned` when a contact who was potential (or new) gets a first site;
 * `manual`, never. A store asks it after every contact write ({@link decideLifecycleFollowUps} in
 * `invitations.ts`).
 */
export function sendsInvitationByItself(
  mode: InvitationAutoSend,
  before: ContactStatus | undefined,
  after: ContactStatus,
): boolean {
  if (mode === 'on-create')
    return before === undefined && isInvitable(after) && after !== 'invited';
  if (mode === 'on-site-assigned') {
    return (before === undefined || before === 'potential') && after === 'site-assigned';
  }
  return false;
}

/**
 * What becomes of a contact's usable invitation when a write takes the contact out of the invitable
 * statuses: `accepted` when an administrator activated it (the e-mail round trip is no longer needed,
 * as with confirming by hand), `revoked` when it was inactivated. Undefined while it stays invitable.
 */
export function invitationAfterStatus(status: ContactStatus): 'accepted' | 'revoked' | undefined {
  if (isInvitable(status)) return undefined;
  return status === 'active' ? 'accepted' : 'revoked';
}
