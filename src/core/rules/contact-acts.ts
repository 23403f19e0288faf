/**
 * The contact acts: which act applies to a contact, which capability it needs, which lifecycle
 * transition it makes, and why it is refused. One module for the list's controller, its form and the
 * backends (memory and server), so the UI never explains a rule the backend does not enforce.
 *
 * @module
 */
import type { Contact, ContactStatus, LifecycleAction } from '../model/index.js';
import type { Explanation, PermissionEngine } from '../permissions/types.js';

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

/** Reasons a list refuses an act that are about the contact's state rather than the actor's rights. */
export type StateReason =
  | 'tickets-in-progress'
  | 'no-tickets'
  | 'already-admin'
  | 'self'
  | 'not-invited'
  | 'suspend-not-active'
  | 'already-inactive'
  | 'not-active'
  | 'session';

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

/**
 * Whether `act` may be done on `contact`: the engine is asked first (so a refusal names the right the actor
 * lacks), then the contact's state (tickets in progress, the last general admin, a pending invitation…).
 * The list renders the answer — an act is never hidden without a word.
 */
export function verdict(context: ActContext, act: RowAct, contact: Contact): Verdict {
  const { engine, actor, adminCount } = context;
  if (!engine || !actor) return { allowed: false, state: 'session' };
  const explanation = engine.explain(actor, actCapability[act], { contactId: contact.id });
  if (!explanation.allowed) return { allowed: false, engine: explanation };
  const facts = { adminCount };
  switch (act) {
    case 'inactivate':
    case 'suspend': {
      if (act === 'suspend' && contact.status !== 'active')
        return { allowed: false, state: 'suspend-not-active' };
      if (act === 'inactivate' && contact.status === 'inactive')
        return { allowed: false, state: 'already-inactive' };
      const change = engine.canChangeStatus(
        contact,
        act === 'suspend' ? 'suspend' : 'inactivate',
        facts,
      );
      return change.allowed ? { allowed: true } : { allowed: false, engine: change };
    }
    case 'delete': {
      if (contact.openTickets > 0)
        return {
          allowed: false,
          state: 'tickets-in-progress',
          params: { count: contact.openTickets },
        };
      const change = engine.canChangeStatus(contact, 'delete', facts);
      return change.allowed ? { allowed: true } : { allowed: false, engine: change };
    }
    case 'transfer-admin':
      if (contact.id === actor.id) return { allowed: false, state: 'self' };
      if (contact.role === engine.policy.adminRole)
        return { allowed: false, state: 'already-admin' };
      if (contact.status !== 'active') return { allowed: false, state: 'not-active' };
      return { allowed: true };
    case 'transfer-tickets':
      return contact.openTickets > 0 ? { allowed: true } : { allowed: false, state: 'no-tickets' };
    case 'resend-invitation':
      return contact.status === 'invited'
        ? { allowed: true }
        : { allowed: false, state: 'not-invited' };
    default:
      return { allowed: true };
  }
}
