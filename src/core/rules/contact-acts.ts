/**
 * The contact acts: which act applies to a contact, which capability it needs, which lifecycle
 * transition it makes, and why it is refused. One module for the list's controller, its form and the
 * backends (memory and server), so the UI never explains a rule the backend does not enforce.
 *
 * @module
 */
import {
  contactProfileFields,
  type ContactProfileField,
  type ContactStatus,
  type LifecycleAction,
} from '../model/constants.js';
import type { Contact } from '../model/index.js';
import { selfEditableFields } from '../permissions/presets.js';
import type { Explanation, PermissionEngine } from '../permissions/types.js';

import { isInvitable, lifecycleTransitions } from './lifecycle.js';

// The status machine lives in `lifecycle.ts`; the contact acts read it from there.
export { lifecycleTransitions } from './lifecycle.js';

/** Every act a row of `<contact-list>` offers. */
export type RowAct =
  | 'edit'
  | 'activate'
  | 'inactivate'
  | 'suspend'
  | 'reactivate'
  | 'resend-invitation'
  | 'transfer-admin'
  | 'transfer-tickets'
  | 'delete';

/** The acts that apply to a selection. */
export type BulkAct = 'inactivate' | 'resend-invitation' | 'delete';

/**
 * Reasons an act is refused that are about the records' state rather than the actor's rights. The list
 * shows each (`why.<reason>`), and a backend refuses with the same code (see `verdictError`):
 * - `tickets-in-progress` — delete, while the contact has tickets in progress (`params.count`);
 * - `no-tickets` — transfer tickets from a contact who has none;
 * - `already-admin` — transfer administration to someone who is already a general admin;
 * - `self` — delete, suspend or inactivate one's own contact, or hand administration to oneself
 *   (handing administration over is the way out);
 * - `same-contact` — transfer tickets to the contact they come from;
 * - `target-not-active` — transfer administration or tickets to a contact who has not signed in or
 *   cannot act;
 * - `suspend-not-active`, `already-inactive`, `invalid-transition` — a lifecycle act from a status it
 *   does not apply to (the backend's `invalid-transition`, with this reason as its field error);
 * - `not-invitable` — invite (or resend an invitation to) a contact who has signed in already, or is
 *   suspended or inactive (`isInvitable` in `lifecycle.ts`: what `invitations.send` enforces too);
 * - `invitation-pending` — send an invitation while one is still usable (resend it instead), or resend
 *   an older one while a newer one is usable;
 * - `invitation-closed` — resend, revoke or copy the link of an invitation that was accepted or revoked;
 * - `resend-cooldown` — send an invitation again sooner than the company's cooldown (`params.seconds`
 *   to wait, `params.at` when it may be sent again);
 * - `not-removable` — delete an invitation that is still pending or was accepted (only expired and
 *   revoked ones are deleted);
 * - `link-not-usable` — copy the setup link of an invitation that expired or was closed;
 * - `contact-inactive` — set the password of an inactive contact;
 * - `not-self-editable` — a profile field of one's own contact that the policy leaves to administrators;
 * - `session` — no signed-in session yet (the UI's alone);
 * - `session-failed` — the signed-in session could not be loaded (the UI's alone: it offers a retry).
 */
export type StateReason =
  | 'tickets-in-progress'
  | 'no-tickets'
  | 'already-admin'
  | 'self'
  | 'same-contact'
  | 'target-not-active'
  | 'not-invitable'
  | 'invitation-pending'
  | 'invitation-closed'
  | 'resend-cooldown'
  | 'not-removable'
  | 'link-not-usable'
  | 'contact-inactive'
  | 'suspend-not-active'
  | 'already-inactive'
  | 'invalid-transition'
  | 'not-self-editable'
  | 'session'
  | 'session-failed';

/** Whether an act may be done, and if not, why — the engine's explanation or a reason about state. */
export type Verdict =
  | { allowed: true }
  | { allowed: false; engine: Explanation }
  | { allowed: false; state: StateReason; params?: Record<string, string | number> };

/** What a verdict needs to know: the engine, who acts, and how many general admins the company has. */
export interface ActContext {
  engine: PermissionEngine | undefined;
  actor: Contact | undefined;
  /** Active general admins now (the last one may be neither suspended, inactivated nor deleted). */
  adminCount: number;
}

/** The capability of the default policy each act needs (seed 000's table and seed 001's admin acts). */
export const actCapability: Record<RowAct, string> = {
  edit: 'edit-contacts',
  activate: 'activate-contacts',
  inactivate: 'activate-contacts',
  suspend: 'activate-contacts',
  reactivate: 'activate-contacts',
  'resend-invitation': 'manage-invitations',
  'transfer-admin': 'transfer-administration',
  'transfer-tickets': 'transfer-tickets',
  delete: 'delete-contacts',
};

/** The lifecycle action behind each lifecycle act, and the status it is expected to lead to. */
export const lifecycleOf: Partial<Record<RowAct, { action: LifecycleAction; to: ContactStatus }>> =
  {
    activate: { action: 'activate', to: 'active' },
    inactivate: { action: 'inactivate', to: 'inactive' },
    suspend: { action: 'suspend', to: 'suspended' },
    reactivate: { action: 'reactivate', to: 'active' },
  };

/**
 * The lifecycle action that undoes `action` on a contact that was in status `from` before it: the one
 * that leads back to `from` from where `action` led (`suspend` ← `reactivate`, `inactivate` of an
 * active contact ← `activate`, `activate` of an inactive one ← `inactivate`). `undefined` when no
 * action leads back — an invited contact inactivated can only be activated, which is not where it was.
 * Whether the actor may still take it is `verdict`'s to say, like any act.
 */
export function undoOf(action: LifecycleAction, from: ContactStatus): LifecycleAction | undefined {
  const reached = lifecycleTransitions[action].to;
  for (const [inverse, rule] of Object.entries(lifecycleTransitions) as [
    LifecycleAction,
    (typeof lifecycleTransitions)[LifecycleAction],
  ][]) {
    if (inverse !== action && rule.to === from && rule.from.includes(reached)) return inverse;
  }
  return undefined;
}

/** The row act of a lifecycle action. */
export const actOfAction: Record<LifecycleAction, RowAct> = {
  activate: 'activate',
  inactivate: 'inactivate',
  suspend: 'suspend',
  reactivate: 'reactivate',
};

/** The acts a row shows, in order: those that fit the contact's status (seed 003's lifecycle). */
export function rowActs(contact: Contact): RowAct[] {
  const acts: RowAct[] = ['edit'];
  // Activate from created, site-assigned, invited or inactive; inactivate from anything else.
  if (contact.status !== 'active' && contact.status !== 'suspended') acts.push('activate');
  if (contact.status !== 'inactive') acts.push('inactivate');
  return [
    ...acts,
    contact.status === 'suspended' ? 'reactivate' : 'suspend',
    'resend-invitation',
    'transfer-admin',
    'transfer-tickets',
    'delete',
  ];
}

const allowed: Verdict = { allowed: true };
const because = (state: StateReason, params?: Record<string, string | number>): Verdict =>
  params ? { allowed: false, state, params } : { allowed: false, state };
const explained = (explanation: Explanation): Verdict =>
  explanation.allowed ? allowed : { allowed: false, engine: explanation };

/**
 * Why a lifecycle `action` cannot start from `status`, or undefined when it can: `suspend-not-active`
 * (only an active contact is suspended), `already-inactive`, else `invalid-transition`.
 */
export function transitionRefusal(
  action: LifecycleAction,
  status: ContactStatus,
): StateReason | undefined {
  const rule = Object.hasOwn(lifecycleTransitions, action)
    ? lifecycleTransitions[action]
    : undefined;
  if (rule?.from.includes(status)) return undefined;
  if (action === 'suspend') return 'suspend-not-active';
  if (action === 'inactivate' && status === 'inactive') return 'already-inactive';
  return 'invalid-transition';
}

/**
 * Whether `act` may be done on `contact` — the one decision the list shows and every backend enforces
 * (the memory backend calls it for each contact act; a server must too). The engine is asked first (so a
 * refusal names the right the actor lacks), then the records' state:
 * - lifecycle acts: the transition table (`suspend-not-active`, `already-inactive`,
 *   `invalid-transition`); nobody suspends or inactivates their own contact (`self`); the last general
 *   admin stays (`last-admin`);
 * - `delete`: not oneself (`self`), no tickets in progress (`tickets-in-progress`), not the last general
 *   admin (`last-admin`);
 * - `transfer-admin`: not to oneself (`self`), not to a general admin (`already-admin`), only to an active
 *   contact (`target-not-active`), and only by someone who could give the admin role (the engine's grant
 *   checks: `cannot-grant`, `grant-not-held`);
 * - `transfer-tickets` (`contact` is where they come from): only when it has some (`no-tickets`); with
 *   `to`, the receiving contact: not the same one (`same-contact`), active (`target-not-active`);
 * - `resend-invitation`: only to a contact who has not signed in (`not-invitable`): the list resends the
 *   contact's open invitation, or sends one when there is none — exactly what `invitations.send` and
 *   `invitations.resend` accept (`invitationVerdict` in `invitations.ts` adds the invitation's own
 *   facts: a usable one, the cooldown).
 * The list renders the answer — an act is never hidden without a word.
 */
export function verdict(context: ActContext, act: RowAct, contact: Contact, to?: Contact): Verdict {
  const { engine, actor, adminCount } = context;
  if (!engine || !actor) return because('session');
  const explanation = engine.explain(actor, actCapability[act], { contactId: contact.id });
  if (!explanation.allowed) return explained(explanation);
  const facts = { adminCount };
  switch (act) {
    case 'activate':
    case 'reactivate':
    case 'inactivate':
    case 'suspend': {
      const refusal = transitionRefusal(lifecycleOf[act]!.action, contact.status);
      if (refusal) return because(refusal);
      if (act === 'activate' || act === 'reactivate') return allowed;
      if (contact.id === actor.id) return because('self');
      return explained(engine.canChangeStatus(contact, act, facts));
    }
    case 'delete':
      if (contact.id === actor.id) return because('self');
      if (contact.openTickets > 0)
        return because('tickets-in-progress', { count: contact.openTickets });
      return explained(engine.canChangeStatus(contact, 'delete', facts));
    case 'transfer-admin': {
      if (contact.id === actor.id) return because('self');
      const { adminRole } = engine.policy;
      if (contact.role === adminRole) return because('already-admin');
      if (contact.status !== 'active') return because('target-not-active');
      const promotion = { role: adminRole, grants: contact.grants, sites: contact.sites };
      const refusal = engine.validateChange(actor, contact, promotion, facts)[0];
      return refusal ? explained(refusal) : allowed;
    }
    case 'transfer-tickets':
      if (contact.openTickets === 0) return because('no-tickets');
      if (to && to.id === contact.id) return because('same-contact');
      if (to && to.status !== 'active') return because('target-not-active');
      return allowed;
    case 'resend-invitation':
      return isInvitable(contact.status) ? allowed : because('not-invitable');
    default:
      return allowed;
  }
}

/**
 * Whether the actor may add a contact: `add-contacts`, and a newcomer starts in the policy's default
 * role, which the actor may give only if they hold each of its capabilities at least as widely
 * (`grant-not-held`). A role other than the default, grants or sites go through the engine's grant
 * checks besides.
 */
export function addVerdict(context: Pick<ActContext, 'engine' | 'actor'>): Verdict {
  const { engine, actor } = context;
  if (!engine || !actor) return because('session');
  const explanation = engine.explain(actor, 'add-contacts');
  if (!explanation.allowed) return explained(explanation);
  const refusal = engine.roleRefusals(actor, engine.policy.defaultRole)[0];
  return refusal ? explained(refusal) : allowed;
}

/**
 * Whether each profile field of `contact` may be changed by the actor — what the edit form enables,
 * and what `contacts.update` enforces: everything when the actor holds `edit-contacts` on anyone; on
 * their own contact only (a system user), just the policy's `selfEditableFields` (the others are
 * `not-self-editable`); without `edit-contacts` on this contact, no field (the engine's reason).
 */
export function editableFields(
  context: Pick<ActContext, 'engine' | 'actor'>,
  contact: Pick<Contact, 'id'>,
): Record<ContactProfileField, Verdict> {
  const { engine, actor } = context;
  const fields = {} as Record<ContactProfileField, Verdict>;
  const explanation =
    engine && actor
      ? engine.explain(actor, actCapability.edit, { contactId: contact.id })
      : undefined;
  const own = explanation?.code === 'own-contact';
  const mine = engine && own ? new Set(selfEditableFields(engine.policy)) : undefined;
  for (const field of contactProfileFields) {
    if (!explanation) fields[field] = because('session');
    else if (!explanation.allowed) fields[field] = explained(explanation);
    else if (mine && !mine.has(field)) fields[field] = because('not-self-editable');
    else fields[field] = allowed;
  }
  return fields;
}
