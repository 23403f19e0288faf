import { AdapterError } from '../core/adapter/errors.js';
import type { ContactQuery, PortalAdapter } from '../core/adapter/types.js';
import type {
  Contact,
  ContactInput,
  ContactPatch,
  ContactStatus,
  Invitation,
  LifecycleAction,
} from '../core/model/index.js';
import type { Explanation, PermissionEngine } from '../core/permissions/types.js';
import type { ContactQueryController } from './contact-query-controller.js';

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

/** One contact's outcome in a bulk act. */
export type BulkItem =
  | { contact: Contact; ok: true }
  | { contact: Contact; ok: false; verdict?: Verdict; error?: unknown };

/** The per-item summary of a bulk act ("18 done, 2 refused: …"). */
export interface BulkOutcome {
  act: BulkAct;
  done: Contact[];
  refused: Extract<BulkItem, { ok: false }>[];
}

/**
 * The writes of `<contact-list>`, each kept in step with the rows the query controller holds:
 * lifecycle acts, edits and deletes are applied to the rows at once (optimistically) and rolled back when
 * the adapter refuses — the error is re-thrown so the view can say why. Bulk acts go item by item and
 * report each item's result; one refusal never stops the rest.
 */
export class ContactActions {
  constructor(
    private readonly rows: ContactQueryController,
    private readonly adapter: () => PortalAdapter | undefined,
  ) {}

  private get api(): PortalAdapter {
    const adapter = this.adapter();
    if (!adapter) throw new AdapterError('network', 'No adapter', { code: 'no-adapter' });
    return adapter;
  }

  /** Applies a lifecycle act; the row shows the expected status until the adapter answers. */
  async transition(contact: Contact, act: RowAct): Promise<Contact> {
    const step = lifecycleOf[act];
    if (!step) throw new TypeError(`${act} is not a lifecycle act`);
    const snapshot = this.rows.snapshot();
    this.rows.upsert({ ...contact, status: step.to });
    try {
      const next = await this.api.contacts.transition(contact.id, step.action, {
        version: contact.version,
      });
      this.rows.upsert(next);
      return next;
    } catch (error) {
      this.rows.restore(snapshot, contact.id);
      throw error;
    }
  }

  /** Saves a profile edit; the row shows the edit until the adapter answers. */
  async update(contact: Contact, patch: ContactPatch, version = contact.version): Promise<Contact> {
    const snapshot = this.rows.snapshot();
    this.rows.upsert({ ...contact, ...patch });
    try {
      const next = await this.api.contacts.update(contact.id, patch, { version });
      this.rows.upsert(next);
      return next;
    } catch (error) {
      this.rows.restore(snapshot, contact.id);
      throw error;
    }
  }

  /** Creates a contact; it joins the top of the list once the adapter has made it. */
  async create(input: ContactInput, idempotencyKey: string): Promise<Contact> {
    const created = await this.api.contacts.create(input, { idempotencyKey });
    this.rows.upsert(created);
    return created;
  }

  /** Deletes a contact; the row leaves at once and comes back if the adapter refuses. */
  async remove(contact: Contact): Promise<void> {
    const snapshot = this.rows.removeLocal(contact.id);
    try {
      await this.api.contacts.remove(contact.id, { version: contact.version });
    } catch (error) {
      this.rows.restore(snapshot, contact.id);
      throw error;
    }
  }

  /** Makes `to` a general admin (seed 001); the actor steps down unless `keepOwn`. */
  async transferAdministration(
    to: Contact,
    keepOwn: boolean,
  ): Promise<{ from: Contact; to: Contact }> {
    const result = await this.api.contacts.transferAdministration(to.id, { keepOwn });
    this.rows.upsert(result.from);
    this.rows.upsert(result.to);
    return result;
  }

  /** Moves every ticket in progress of `from` to `to` (seed 001). */
  async transferTickets(
    from: Contact,
    to: Contact,
  ): Promise<{ moved: number; from: Contact; to: Contact }> {
    const result = await this.api.contacts.transferTickets(from.id, to.id);
    this.rows.upsert(result.from);
    this.rows.upsert(result.to);
    return result;
  }

  /**
   * Resends the contact's newest pending (or expired) invitation; sends a new one when none is on
   * record. Bulk resends pass `known` (one pass over every open invitation serves many contacts).
   */
  async resendInvitation(contact: Contact, known?: Map<string, Invitation>): Promise<Invitation> {
    const invitation = known ? known.get(contact.id) : await this.openInvitationOf(contact.id);
    if (invitation)
      return this.api.invitations.resend(invitation.id, { version: invitation.version });
    return this.api.invitations.send(contact.id);
  }

  /** The contact's newest invitation still waiting for an answer, if any. */
  private async openInvitationOf(contactId: string): Promise<Invitation | undefined> {
    const page = await this.api.invitations.list({
      filter: { contactId, status: ['pending', 'expired'] },
      sort: { field: 'sentAt', direction: 'desc' },
      limit: 1,
    });
    return page.items[0];
  }

  /** Every invitation still waiting for an answer, by contact id (the newest per contact). */
  async openInvitations(signal?: AbortSignal): Promise<Map<string, Invitation>> {
    const byContact = new Map<string, Invitation>();
    let cursor: string | null = null;
    do {
      const page = await this.api.invitations.list(
        {
          filter: { status: ['pending', 'expired'] },
          sort: { field: 'sentAt', direction: 'asc' },
          limit: 500,
          cursor,
        },
        { signal },
      );
      // Oldest first: a newer invitation of the same contact replaces an older one.
      for (const invitation of page.items) byContact.set(invitation.contactId, invitation);
      cursor = page.nextCursor;
    } while (cursor);
    return byContact;
  }

  /** Every contact matching `query` (all pages), for "select all matching the filter". */
  async matching(query: ContactQuery, signal?: AbortSignal): Promise<Contact[]> {
    const all: Contact[] = [];
    let cursor: string | null = null;
    do {
      const page = await this.api.contacts.list({ ...query, limit: 500, cursor }, { signal });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  /**
   * Runs `act` on each of `targets` in turn. Items the `check` refuses are not sent; items the adapter
   * refuses are reported with its error. `onProgress` hears after each item.
   */
  async bulk(
    act: BulkAct,
    targets: Contact[],
    check: (contact: Contact) => Verdict,
    onProgress?: (doneSoFar: number) => void,
  ): Promise<BulkOutcome> {
    const outcome: BulkOutcome = { act, done: [], refused: [] };
    const invitations = act === 'resend-invitation' ? await this.openInvitations() : undefined;
    let count = 0;
    for (const contact of targets) {
      const allowed = check(contact);
      if (!allowed.allowed) {
        outcome.refused.push({ contact, ok: false, verdict: allowed });
      } else {
        try {
          if (act === 'delete') await this.remove(contact);
          else if (act === 'inactivate') await this.transition(contact, 'inactivate');
          else await this.resendInvitation(contact, invitations);
          outcome.done.push(contact);
        } catch (error) {
          outcome.refused.push({ contact, ok: false, error });
        }
      }
      onProgress?.(++count);
    }
    return outcome;
  }
}
