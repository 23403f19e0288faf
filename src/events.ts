/**
 * Portico's events, in one place: every event name with the type of its `detail`, the one typed
 * `emit`, and the `HTMLElementEventMap` augmentation that types a host's listeners:
 *
 * ```ts
 * list.addEventListener('portico-contact-saved', (event) => event.detail.contact.name);
 * ```
 *
 * The same holds on `document` and `window`, where the events arrive too.
 *
 * The scheme: domain events are named `portico-<noun>-<verb>` (`portico-contact-saved`); intents end in
 * `-request` and are cancelable (`portico-contact-delete-request`) — a host that calls
 * `preventDefault()` vetoes the act. Every event bubbles and crosses shadow roots (`composed`).
 * Nothing fires for a change a host makes to a property.
 *
 * @module
 */
import type { Session } from './core/adapter/types.js';
import type {
  AccessChange,
  Approvers,
  Contact,
  ContactFilter,
  ContactSortField,
  Invitation,
  InvitationAcceptance,
  InvitationActivation,
  InvitationSettings,
  InvitationSettingsInput,
  InvitationTemplate,
  LifecycleAction,
  RegistrationMethod,
  SortDirection,
  Policy,
  SaasUser,
} from './core/model/index.js';
import type { AccessDiff, ApproversDiff, PolicyDiff } from './core/permissions/diff.js';
import type { PermissionEngine } from './core/permissions/types.js';
import type { BulkAct, InvitationAct } from './core/rules/index.js';

/** The prefix every Portico event name starts with. */
export const eventPrefix = 'portico-';

// ── <contact-list> ──────────────────────────────────────────────────────────────────────────────

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

/**
 * Detail of `portico-query-change`: the list's search, filter and sort as the person just set them. A
 * host that keeps them (in its URL, say) restores the list by setting the same properties back:
 * `search`, `filter`, `sort` and `sortDirection`.
 */
export interface QueryChangeDetail {
  search: string;
  /** The filter, without its empty parts. */
  filter: ContactFilter;
  /** `undefined`: the default order (by name, A to Z). */
  sort: { field: ContactSortField; direction: SortDirection } | undefined;
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

// ── <permission-matrix> ─────────────────────────────────────────────────────────────────────────

/** The detail of `portico-permissions-save-request` and `portico-permissions-saved`. */
export type PermissionsSaveDetail =
  | { view: 'role'; diff: PolicyDiff; policy: Policy; summary: string[] }
  | {
      view: 'person';
      diff: AccessDiff;
      contactId: string;
      access: AccessChange;
      summary: string[];
    }
  | {
      view: 'approvers';
      diff: ApproversDiff;
      approvers: Omit<Approvers, 'version'>;
      summary: string[];
    };

/**
 * The detail of `portico-permissions-discard-request`: staged edits are about to be dropped, because
 * the person pressed Discard (`cause: 'discard'`) or chose "Discard changes" when the host asked
 * `confirmDiscard()` before leaving (`cause: 'leave'`: a route change, another person to view as).
 * `views` are the views whose edits go, `count` how many single edits, `summary` the sentences shown.
 * Calling `preventDefault()` keeps every edit staged (and `confirmDiscard()` answers `false`).
 */
export interface PermissionsDiscardDetail {
  cause: 'discard' | 'leave';
  views: ('role' | 'person' | 'approvers')[];
  count: number;
  summary: string[];
}

// ── <csv-importer> ──────────────────────────────────────────────────────────────────────────────

/**
 * Detail of `portico-import-request` (cancelable, before anything is written): the file and what its
 * plan will do — rows in all, to create, to update, to skip, with errors (not sent) — and, zero at
 * that point, what the adapter answered.
 */
export interface ImportSummary {
  fileName: string;
  rows: number;
  create: number;
  update: number;
  skip: number;
  error: number;
  /** Rows the adapter created, updated, skipped or refused. */
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

/** Detail of `portico-import-progress`: after each batch the adapter answered. */
export interface ImportProgressDetail {
  /** Rows answered so far, of `total` to write. */
  done: number;
  total: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

/** Detail of `portico-import-done`: the summary once writing stopped, and whether it was cancelled. */
export interface ImportDoneDetail extends ImportSummary {
  cancelled: boolean;
}

// ── <portico-provider> ──────────────────────────────────────────────────────────────────────────

/** Detail of `portico-session-change`. */
export interface SessionChangeDetail {
  session: Session;
  engine: PermissionEngine;
}

/** Detail of `portico-error` from the provider. */
export interface ProviderErrorDetail {
  /** What failed: loading the session and policy, or switching company. */
  operation: 'load' | 'switch-company';
  /** An `AdapterError` for failures the adapter reports; anything else as thrown. */
  error: unknown;
}

/**
 * Detail of `portico-session-stale`: an element learnt that the session it was given is out of date.
 * A provider that serves it pushes the promise of its reload into `reloads` (and stops the event).
 */
export interface SessionStaleDetail {
  reloads: Promise<void>[];
}

// ── <invite-status> ─────────────────────────────────────────────────────────────────────────────

/** An act of `<invite-status>` that writes (copying a link writes nothing and fires nothing). */
export type InvitationWriteAct = Exclude<InvitationAct, 'copy-link'>;

/** Detail of `portico-invitation-request` (cancelable, before the write; `set-password` carries no password). */
export interface InvitationRequestDetail {
  act: InvitationWriteAct;
  /** The contact the act is about. */
  contactId: string;
  /** The invitation the act is about (absent for `send` and `confirm`). */
  invitationId?: string;
}

/** Detail of `portico-invitation-changed`: the write is done. */
export interface InvitationChangedDetail {
  act: InvitationWriteAct;
  contactId: string;
  /** The invitation as the backend answered (absent after `remove` and `confirm`). */
  invitation?: Invitation;
  /** `confirm`, `set-password`: the contact as the backend answered (never a password). */
  contact?: Contact;
}

/** Detail of `portico-invitation-template-request` (cancelable, before the invitation e-mail is saved). */
export interface InvitationTemplateRequestDetail {
  /** The subject and body about to be saved. */
  template: Pick<InvitationTemplate, 'subject' | 'body'>;
  /** The version of the e-mail the edit was made on. */
  version: number;
}

/** Detail of `portico-invitation-template-changed`: the invitation e-mail is saved. */
export interface InvitationTemplateChangedDetail {
  /** The e-mail as the backend answered. */
  template: InvitationTemplate;
}

/** Detail of `portico-invitation-settings-request` (cancelable, before the settings are saved). */
export interface InvitationSettingsRequestDetail {
  /** The settings about to be saved. */
  settings: InvitationSettingsInput;
  /** The version of the settings the edit was made on. */
  version: number;
}

/** Detail of `portico-invitation-settings-changed`: the company's invitation settings are saved. */
export interface InvitationSettingsChangedDetail {
  /** The settings as the backend answered. */
  settings: InvitationSettings;
}

// ── <saas-seat-panel> ───────────────────────────────────────────────────────────────────────────

/** An act of `<saas-seat-panel>` that writes. */
export type SaasUserWriteAct =
  'create' | 'change-password' | 'deactivate' | 'reactivate' | 'bulk-deactivate' | 'request-seats';

/**
 * Detail of `portico-saas-user-request` (cancelable, before the write). It never holds a password:
 * a host that needs to know a password was set learns it from `act`.
 */
export interface SaasUserRequestDetail {
  act: SaasUserWriteAct;
  /** The pool (absent = the company's one pool). */
  product?: string;
  /** The user the act is about (change password, deactivate, reactivate). */
  userId?: string;
  /** `bulk-deactivate`: the users to deactivate. */
  userIds?: string[];
  /** `create`: the new user's e-mail. */
  email?: string;
  /** `request-seats`: how many more seats. */
  seats?: number;
}

/** Detail of `portico-saas-user-changed`: the write is done (never a password). */
export interface SaasUserChangedDetail {
  act: SaasUserWriteAct;
  product?: string;
  /** The user as the backend answered (single acts). */
  user?: SaasUser;
  /** `bulk-deactivate`: each user's outcome, in order (`code` of the refusal when not done). */
  results?: { userId: string; ok: boolean; code?: string }[];
  /** `request-seats`: the request's id. */
  requestId?: string;
}

// ── <invite-accept> ─────────────────────────────────────────────────────────────────────────────

/**
 * Detail of `portico-signin-provider-request` (cancelable): the invitee chose to sign up with Google
 * or Microsoft. A vendor that runs the OAuth flow itself calls `preventDefault()` and takes over (its
 * callback accepts the invitation, or it calls the element's `accept(provider, credential)`);
 * otherwise the element accepts at once with no credential (a backend that trusts the choice, as the
 * memory backend does).
 */
export interface SigninProviderRequestDetail {
  provider: Exclude<RegistrationMethod, 'password'>;
  /** The setup link's token (the vendor's OAuth callback accepts with it). */
  token: string;
  /** The invitee's e-mail (a login hint for the identity provider). */
  email: string;
}

/** Detail of `portico-invitation-accepted`: the backend accepted the invitation. */
export interface InvitationAcceptedDetail {
  /** `active` (Google, Microsoft) or `activation-sent` (a password: seed 002's activation e-mail). */
  acceptance: InvitationAcceptance;
}

/** Detail of `portico-account-activated`: an activation link was followed; the account is active. */
export interface AccountActivatedDetail {
  activation: InvitationActivation;
}

// ── The map ─────────────────────────────────────────────────────────────────────────────────────

/** Every Portico event, by name, with the type of its `detail`. */
export interface PorticoEventMap {
  'portico-selection-change': SelectionChangeDetail;
  'portico-query-change': QueryChangeDetail;
  'portico-contact-saved': ContactSavedDetail;
  'portico-contact-removed': ContactRemovedDetail;
  'portico-contact-delete-request': ContactDeleteRequestDetail;
  'portico-contact-transition-request': ContactTransitionRequestDetail;
  'portico-contact-transfer-request': ContactTransferRequestDetail;
  'portico-bulk-request': BulkRequestDetail;
  'portico-permissions-save-request': PermissionsSaveDetail;
  'portico-permissions-saved': PermissionsSaveDetail;
  'portico-permissions-discard-request': PermissionsDiscardDetail;
  'portico-import-request': ImportSummary;
  'portico-import-progress': ImportProgressDetail;
  'portico-import-done': ImportDoneDetail;
  'portico-session-change': SessionChangeDetail;
  'portico-session-stale': SessionStaleDetail;
  'portico-error': ProviderErrorDetail;
  'portico-invitation-request': InvitationRequestDetail;
  'portico-invitation-changed': InvitationChangedDetail;
  'portico-invitation-template-request': InvitationTemplateRequestDetail;
  'portico-invitation-template-changed': InvitationTemplateChangedDetail;
  'portico-invitation-settings-request': InvitationSettingsRequestDetail;
  'portico-invitation-settings-changed': InvitationSettingsChangedDetail;
  'portico-saas-user-request': SaasUserRequestDetail;
  'portico-saas-user-changed': SaasUserChangedDetail;
  'portico-signin-provider-request': SigninProviderRequestDetail;
  'portico-invitation-accepted': InvitationAcceptedDetail;
  'portico-account-activated': AccountActivatedDetail;
}

/** The name of a Portico event. */
export type PorticoEventName = keyof PorticoEventMap;

/** The `CustomEvent` a listener of `name` receives. */
export type PorticoEvent<Name extends PorticoEventName> = CustomEvent<PorticoEventMap[Name]>;

/** Listeners' view of the map: each name to its `CustomEvent`. */
export type PorticoDomEventMap = { [Name in PorticoEventName]: PorticoEvent<Name> };

/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  // Types `addEventListener('portico-…', (event) => event.detail…)` on any element, and on the
  // document and window the events bubble up to.
  interface HTMLElementEventMap extends PorticoDomEventMap {}
  interface DocumentEventMap extends PorticoDomEventMap {}
  interface WindowEventMap extends PorticoDomEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */

/**
 * Dispatches the Portico event `name` from `host` with `detail`; it bubbles, is `composed`, and is
 * cancelable when its name ends in `-request`. Returns false when a listener cancelled it.
 */
export function emit<Name extends PorticoEventName>(
  host: EventTarget,
  name: Name,
  detail: PorticoEventMap[Name],
): boolean {
  return host.dispatchEvent(
    new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: name.endsWith('-request'),
    }),
  );
}
