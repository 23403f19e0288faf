import { AdapterError } from '../../core/adapter/errors.js';
import type { ContactQuery, PortalAdapter } from '../../core/adapter/types.js';
import type {
  AccessChange,
  Contact,
  ContactInput,
  ContactPatch,
  Invitation,
} from '../../core/model/index.js';
import { lifecycleOf, type BulkAct, type RowAct, type Verdict } from '../../core/rules/index.js';
import type { ContactQueryController } from './contact-query-controller.js';

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
 * The writes of `<contact-list>`, each kept in step with the rows the query controller holds through
 * its `applyAnswer` (a row is kept only while it matches the query; what cannot be decided refetches):
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
    void this.rows.applyAnswer([{ ...contact, status: step.to }]);
    try {
      const next = await this.api.contacts.transition(contact.id, step.action, {
        version: contact.version,
      });
      void this.rows.applyAnswer([next]);
      return next;
    } catch (error) {
      this.rows.restore(snapshot, contact.id);
      throw error;
    }
  }

  /** Saves a profile edit; the row shows the edit until the adapter answers. */
  async update(contact: Contact, patch: ContactPatch, version = contact.version): Promise<Contact> {
    const snapshot = this.rows.snapshot();
    void this.rows.applyAnswer([{ ...contact, ...patch }]);
    try {
      const next = await this.api.contacts.update(contact.id, patch, { version });
      void this.rows.applyAnswer([next]);
      return next;
    } catch (error) {
      this.rows.restore(snapshot, contact.id);
      throw error;
    }
  }

  /** Creates a contact; it joins the top of the list once the adapter has made it. */
  async create(input: ContactInput, idempotencyKey: string): Promise<Contact> {
    const created = await this.api.contacts.create(input, { idempotencyKey });
    await this.rows.applyAnswer([created], { created: [created.id] });
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
    void this.rows.applyAnswer([result.from, result.to]);
    return result;
  }

  /** Changes a contact's role, grants and sites at once (the undo of a promotion). */
  async setAccess(contact: Contact, access: AccessChange): Promise<Contact> {
    const next = await this.api.permissions.setAccess(contact.id, access, {
      version: contact.version,
    });
    this.rows.upsert(next);
    return next;
  }

  /** Moves every ticket in progress of `from` to `to` (seed 001). */
  async transferTickets(
    from: Contact,
    to: Contact,
  ): Promise<{ moved: number; from: Contact; to: Contact }> {
    const result = await this.api.contacts.transferTickets(from.id, to.id);
    void this.rows.applyAnswer([result.from, result.to]);
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
