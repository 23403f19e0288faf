/**
 * The `detail` of each event `<contact-list>` fires. Every event bubbles and is `composed`; those
 * named `…-request` are cancelable, and `preventDefault()` on one leaves everything as it was.
 *
 * @module
 */

import type { Contact, LifecycleAction } from '../../core/model/index.js';
import type { BulkAct } from '../../core/rules/index.js';

/** Detail of `portico-selection-change`. */
export interface SelectionChangeDetail {
  /** Ids of the selected contacts (those loaded, when `allMatching`). */
  ids: string[];
  /** Every contact matching the current search and filter is selected (minus `excluded`). */
  allMatching: boolean;
  /** With `allMatching`, the contacts the user unticked. */
  excluded: string[];
  /** How many contacts are selected. */
  count: number;
}

/** Detail of `portico-contact-saved`. */
export interface ContactSavedDetail {
  /** The contact as the adapter saved it. */
  contact: Contact;
  /** `true` for a new contact, `false` for an edit. */
  created: boolean;
}

/** Detail of `portico-contact-removed`. */
export interface ContactRemovedDetail {
  /** The contact as it was before it was deleted. */
  contact: Contact;
}

/** Detail of `portico-contact-delete-request` (cancelable). */
export interface ContactDeleteRequestDetail {
  /** The contact about to be deleted. */
  contact: Contact;
}

/** Detail of `portico-contact-transition-request` (cancelable). */
export interface ContactTransitionRequestDetail {
  /** The contact about to change status. */
  contact: Contact;
  /** The lifecycle act: `activate`, `inactivate`, `suspend` or `reactivate`. */
  action: LifecycleAction;
}

/** Detail of `portico-contact-transfer-request` (cancelable). */
export type ContactTransferRequestDetail =
  | {
      /** Transfer administration (seed 001): `to` becomes a general admin. */
      kind: 'administration';
      to: Contact;
      /** Whether the signed-in admin keeps their own role (else they step down to the default role). */
      keepOwn: boolean;
    }
  | {
      /** Transfer tickets (seed 001): `from`'s open tickets pass to `to`. */
      kind: 'tickets';
      from: Contact;
      to: Contact;
    };

/** Detail of `portico-bulk-request` (cancelable). */
export interface BulkRequestDetail {
  /** The act to apply to every selected contact. */
  act: BulkAct;
  /** How many contacts it will be applied to. */
  count: number;
  /** The selection is "all matching the filter" (then `ids` is empty). */
  allMatching: boolean;
  /** The selected contacts' ids, when the selection is not "all matching". */
  ids: string[];
}
