/**
 * The invitation rules (seeds 002–004), as verdicts the UI asks and decisions every backend runs: send,
 * resend, revoke, delete an invitation; confirm a contact or set a password by hand; the company's
 * invitation settings and e-mail; and what a contact write sets off by itself (seed 004's automatic
 * invitation, an invitation settled when its contact leaves the invitable statuses). The invitee's
 * side — inspect, accept, activate — is in `invitation-links.ts`.
 *
 * The invariants every decision keeps, for any sequence of writes and any clock:
 * - at most one invitation of a contact is usable (pending and unexpired) at a time;
 * - each send or resend issues a new link and retires the earlier one;
 * - an accepted or revoked invitation never becomes usable again.
 *
 * @module
 */
import type { AdapterError, FieldError } from '../adapter/errors.js';
import {
  invitationAutoSendModes,
  invitationSettingsLimits,
  mailLocales,
} from '../model/constants.js';
import type {
  Contact,
  HistoryEntry,
  Invitation,
  InvitationSettings,
  InvitationSettingsInput,
  InvitationTemplate,
  SaasUser,
} from '../model/index.js';
import type { PasswordPolicy } from '../validation/index.js';
import type { ActContext, StateReason, Verdict } from './contact-acts.js';
import type { RuleContext } from './context.js';
import { invitationMail, renderSystemMail, templateErrors } from './invitation-mail.js';
import type { AccessLink, JourneyWrites, OutgoingMail } from './journey-writes.js';
import {
  invitationAfterStatus,
  isInvitable,
  sendsInvitationByItself,
  statusWithoutInvitation,
} from './lifecycle.js';
import { checkVersion, invalid, refused, verdictError } from './refusals.js';
import { passwordErrors } from './saas-users.js';
import { holdsSeat, noSeats, seatUsage, takeSeatVerdict } from './seats.js';
import type { Decision } from './writes.js';

const day = 86_400_000;

/** An act on an invitation, or on a contact's access, that `<invite-status>` offers. */
export type InvitationAct =
  'send' | 'resend' | 'revoke' | 'remove' | 'copy-link' | 'confirm' | 'set-password';

/** The capability each act needs under the default policy (seed 004's administrator acts). */
export const invitationActCapability: Record<InvitationAct, string> = {
  send: 'manage-invitations',
  resend: 'manage-invitations',
  revoke: 'manage-invitations',
  remove: 'manage-invitations',
  'copy-link': 'manage-invitations',
  confirm: 'manage-invitations',
  'set-password': 'manage-invitations',
};

/** The settings a company starts with: links valid 30 days (seed 003), sent by an administrator. */
export function defaultInvitationSettings(passwordPolicy: PasswordPolicy): InvitationSettings {
  return {
    validityDays: 30,
    autoSend: 'manual',
    resendCooldownSeconds: 60,
    locale: 'pt-BR',
    passwordPolicy: structuredClone(passwordPolicy) as InvitationSettings['passwordPolicy'],
    version: 1,
  };
}

const ms = (iso: string): number => Date.parse(iso);

/** An invitation as it reads at `now`: a pending one past its `expiresAt` is `expired`. */
export function invitationAt(invitation: Invitation, now: string): Invitation {
  if (invitation.status === 'pending' && ms(invitation.expiresAt) <= ms(now)) {
    return { ...invitation, status: 'expired' };
  }
  return invitation;
}

/** Whether `invitation` can be accepted at `now`: pending and before its `expiresAt`. */
export function isUsable(invitation: Invitation, now: string): boolean {
  return invitation.status === 'pending' && ms(invitation.expiresAt) > ms(now);
}

/**
 * Whether an invitation is still open (pending, expired or not): it may be resent or revoked. An
 * adapter answers a pending invitation past its date as `expired` (see {@link invitationAt}), so the
 * UI asks about that form and the backend about the stored one: both are open.
 */
const isOpen = (invitation: Invitation): boolean =>
  invitation.status === 'pending' || invitation.status === 'expired';

/** What a verdict on an invitation act needs to know besides who acts. */
export interface InvitationFacts {
  /** When (ISO 8601). */
  now: string;
  /** Every invitation of the contact the act is about, as stored. */
  invitations: readonly Invitation[];
  settings: Pick<InvitationSettings, 'resendCooldownSeconds'>;
}

const allowed: Verdict = { allowed: true };
const because = (state: StateReason, params?: Record<string, string | number>): Verdict =>
  params ? { allowed: false, state, params } : { allowed: false, state };

/**
 * Whether `act` may be done — the one decision `<invite-status>` shows and every backend enforces. The
 * engine first (`manage-invitations`), then the records' state:
 * - `send` (`contact`): only to someone who has not signed in (`not-invitable`), and not while an
 *   invitation of theirs is usable (`invitation-pending`: resend it);
 * - `resend` (`invitation`, its `contact` when known): only an open one (`invitation-closed`), of
 *   someone who has not signed in (`not-invitable`), not while a newer one is usable
 *   (`invitation-pending`), and not sooner than the cooldown after its last send (`resend-cooldown`,
 *   `params.seconds`, `params.at`);
 * - `revoke`: only an open one (`invitation-closed`);
 * - `remove`: only an expired or revoked one (`not-removable`);
 * - `copy-link`: only a usable one (`link-not-usable`);
 * - `confirm` (`contact`): someone who has not signed in (`not-invitable`);
 * - `set-password` (`contact`): anyone but an inactive contact (`contact-inactive`).
 */
export function invitationVerdict(
  context: Pick<ActContext, 'engine' | 'actor'>,
  act: InvitationAct,
  target: { contact?: Contact | undefined; invitation?: Invitation | undefined },
  facts: InvitationFacts,
): Verdict {
  const { engine, actor } = context;
  if (!engine || !actor) return because('session');
  const contactId = target.contact?.id ?? target.invitation?.contactId;
  const explanation = engine.explain(
    actor,
    invitationActCapability[act],
    contactId === undefined ? undefined : { contactId },
  );
  if (!explanation.allowed) return { allowed: false, engine: explanation };
  return stateVerdict(act, target, facts);
}

/** The state part of {@link invitationVerdict} (also what an automatic send checks). */
function stateVerdict(
  act: InvitationAct,
  { contact, invitation }: { contact?: Contact | undefined; invitation?: Invitation | undefined },
  facts: InvitationFacts,
): Verdict {
  const { now } = facts;
  const usableOther = (id?: string) =>
    facts.invitations.some((other) => other.id !== id && isUsable(other, now));
  switch (act) {
    case 'send':
    case 'confirm':
      if (!contact || !isInvitable(contact.status)) return because('not-invitable');
      if (act === 'send' && usableOther()) return because('invitation-pending');
      return allowed;
    case 'set-password':
      return contact?.status === 'inactive' ? because('contact-inactive') : allowed;
    case 'resend': {
      if (!invitation || !isOpen(invitation)) return because('invitation-closed');
      if (contact && !isInvitable(contact.status)) return because('not-invitable');
      if (usableOther(invitation.id)) return because('invitation-pending');
      const wait = ms(invitation.sentAt) + facts.settings.resendCooldownSeconds * 1000 - ms(now);
      if (wait > 0) {
        return because('resend-cooldown', {
          seconds: Math.ceil(wait / 1000),
          at: new Date(ms(now) + wait).toISOString(),
        });
      }
      return allowed;
    }
    case 'revoke':
      return invitation && isOpen(invitation) ? allowed : because('invitation-closed');
    case 'remove': {
      const status = invitation && invitationAt(invitation, now).status;
      return status === 'expired' || status === 'revoked' ? allowed : because('not-removable');
    }
    case 'copy-link':
      return invitation && isUsable(invitation, now) ? allowed : because('link-not-usable');
  }
}

/**
 * Throws a refused verdict, checking `version` at the right moment: a refusal of the actor's rights
 * first, then a stale version, then a refusal about the record's state (judged as it is now).
 */
function judge(outcome: Verdict, version: unknown, current: { version: number }): void {
  if (!outcome.allowed && 'engine' in outcome) throw verdictError(outcome, current);
  checkVersion(version, current, current);
  if (!outcome.allowed) throw verdictError(outcome, current);
}

// ── Sending ─────────────────────────────────────────────────────────────────────────────────────

/** The company's seats, when an invitation takes one (see `seatUsage`). */
export interface SeatFacts {
  /** Seats licensed for the company's one pool. */
  licensed: number;
  /** Seats licensed for a pool (a product's; absent: `licensed` for every pool). */
  licensedFor?: (product: string | undefined) => number;
  users: readonly SaasUser[];
  /** Every invitation of the company, as stored. */
  invitations: readonly Invitation[];
}

/** What sending (or resending) an invitation needs to know. */
export interface SendFacts {
  company: { id: string; name: string };
  settings: InvitationSettings;
  template: Pick<InvitationTemplate, 'subject' | 'body'>;
  /** Every invitation of the contact, as stored. */
  invitations: readonly Invitation[];
  /** A fresh invitation id (asked only when one is written). */
  newId: () => string;
  /** A fresh, unguessable link token. */
  newToken: () => string;
  /** The setup URL that carries `token`. */
  setupLink: (token: string) => string;
  /** The company's seats (needed when the invitation takes one). */
  seats?: SeatFacts;
  /** The invitation's current link (resend: it is replaced). */
  currentLink?: AccessLink;
}

type Draft = Omit<HistoryEntry, 'id'>;

function journeyEntry(
  contact: Contact,
  at: string,
  actorId: string | null,
  event: Draft['event'],
  extra: Partial<Draft> = {},
): Draft {
  return { companyId: contact.companyId, contactId: contact.id, at, actorId, event, ...extra };
}

/**
 * The seat refusal of an invitation that would hold a seat, or undefined when it may: the one seat rule
 * (`takeSeatVerdict`), `conflict` / `no-seats` (`noSeats`) when none is free. A person who holds a seat
 * of the pool already — an active user, or this very invitation while it is usable — takes no new one
 * (`holdsSeat`), so a pool at exactly its licence still lets that invitation be resent or accepted.
 */
function seatRefusal(
  candidate: Invitation,
  facts: Pick<SendFacts, 'seats'>,
  now: string,
): AdapterError | undefined {
  if (!candidate.seat) return undefined;
  const product = candidate.seat.product;
  const seats = facts.seats ?? { licensed: 0, users: [], invitations: [] };
  const others = seats.invitations.filter((other) => other.id !== candidate.id);
  const records = { users: seats.users, invitations: others, now, product };
  if (holdsSeat(candidate.email, records)) return undefined;
  const licensed = seats.licensedFor ? seats.licensedFor(product) : seats.licensed;
  const usage = seatUsage({ licensed, ...records });
  return takeSeatVerdict(usage).allowed ? undefined : noSeats(usage);
}

/** Reads an invitation's optional `seat` (`{ product? }`); a bad one is a field error. */
function seatOf(seat: unknown, errors: FieldError[]): Invitation['seat'] {
  if (seat === undefined || seat === null) return undefined;
  if (typeof seat !== 'object' || Array.isArray(seat)) {
    errors.push({ field: 'seat', code: 'invalid-type', params: { expected: 'object' } });
    return undefined;
  }
  const product = (seat as Record<string, unknown>).product;
  if (product === undefined || product === null) return {};
  if (typeof product !== 'string' || !product.trim()) {
    errors.push({ field: 'seat.product', code: 'invalid-type', params: { expected: 'string' } });
    return undefined;
  }
  return { product };
}

/** A new link for `invitation`, and the e-mail that carries it. */
function issue(
  contact: Contact,
  invitation: Invitation,
  token: string,
  facts: SendFacts,
  now: string,
): { link: AccessLink; mail: OutgoingMail } {
  const link: AccessLink = {
    token,
    kind: 'invitation',
    companyId: facts.company.id,
    contactId: contact.id,
    invitationId: invitation.id,
    issuedAt: now,
    expiresAt: invitation.expiresAt,
  };
  const { locale } = facts.settings;
  const text = invitationMail(
    facts.template,
    {
      name: contact.name,
      company: facts.company.name,
      link: invitation.setupUrl,
      expiresAt: invitation.expiresAt,
    },
    locale,
  );
  const mail: OutgoingMail = {
    kind: 'invitation',
    companyId: facts.company.id,
    contactId: contact.id,
    to: contact.email,
    ...text,
    link: invitation.setupUrl,
    locale,
    at: now,
  };
  return { link, mail };
}

/** The contact as an invitation leaves it: `invited`, unless it is already. */
function invitedContact(contact: Contact, now: string): Contact | undefined {
  if (contact.status === 'invited') return undefined;
  return { ...contact, status: 'invited', version: contact.version + 1, updatedAt: now };
}

/**
 * Sends a first (or a new) invitation to `contact` ({@link invitationVerdict} `send`): a link valid
 * the company's `validityDays`, the invitation e-mail, `invitation-sent` in the contact's history; the
 * contact becomes `invited`. With `input.seat` the invitation holds a seat of that pool while it is
 * usable (`conflict` / `no-seats` when none is free). `auto`: sent by the company's policy, not by the actor
 * (no capability needed; nobody is named as its sender).
 */
export function decideSendInvitation(
  context: RuleContext,
  contact: Contact,
  input: { seat?: unknown },
  facts: SendFacts,
  auto = false,
): Decision<Invitation> {
  const { now, actor } = context;
  const outcome = auto
    ? stateVerdict('send', { contact }, { ...facts, now })
    : invitationVerdict(context, 'send', { contact }, { ...facts, now });
  if (!outcome.allowed) {
    const usable = facts.invitations.find((other) => isUsable(other, now));
    const pending = 'state' in outcome && outcome.state === 'invitation-pending';
    throw verdictError(outcome, pending ? usable : contact);
  }
  const errors: FieldError[] = [];
  const seat = seatOf(input.seat, errors);
  if (errors.length) throw invalid(errors);
  const token = facts.newToken();
  const expiresAt = new Date(ms(now) + facts.settings.validityDays * day).toISOString();
  const invitation: Invitation = {
    id: facts.newId(),
    companyId: facts.company.id,
    contactId: contact.id,
    email: contact.email,
    status: 'pending',
    setupUrl: facts.setupLink(token),
    sentAt: now,
    expiresAt,
    sendCount: 1,
    ...(seat ? { seat } : {}),
    ...(auto ? {} : { sentBy: actor.id }),
    version: 1,
  };
  const refusal = seatRefusal(invitation, facts, now);
  if (refusal) throw refusal;
  const { link, mail } = issue(contact, invitation, token, facts, now);
  const next = invitedContact(contact, now);
  return {
    answer: invitation,
    writes: {
      ...(next ? { updated: [next] } : {}),
      journey: {
        invitations: { created: [invitation] },
        links: [link],
        history: [
          journeyEntry(contact, now, auto ? null : actor.id, 'invitation-sent', {
            invitationId: invitation.id,
          }),
        ],
        mail: [mail],
      },
    },
  };
}

/**
 * Sends an open invitation again ({@link invitationVerdict} `resend`, against its `version`): a new
 * link (the earlier one stops working), a new validity period from now, `sendCount` + 1, the e-mail,
 * `invitation-resent` in the history; the contact is `invited` again if it was not. A seat invitation
 * that had expired needs a free seat again.
 */
export function decideResendInvitation(
  context: RuleContext,
  invitation: Invitation,
  contact: Contact,
  version: unknown,
  facts: SendFacts,
): Decision<Invitation> {
  const { now, actor } = context;
  const current = invitationAt(invitation, now);
  judge(
    invitationVerdict(context, 'resend', { contact, invitation }, { ...facts, now }),
    version,
    current,
  );
  const token = facts.newToken();
  const next: Invitation = {
    ...invitation,
    status: 'pending',
    setupUrl: facts.setupLink(token),
    sentAt: now,
    expiresAt: new Date(ms(now) + facts.settings.validityDays * day).toISOString(),
    sendCount: invitation.sendCount + 1,
    sentBy: actor.id,
    version: invitation.version + 1,
  };
  const refusal = isUsable(invitation, now) ? undefined : seatRefusal(next, facts, now);
  if (refusal) throw refusal;
  const { link, mail } = issue(contact, next, token, facts, now);
  const links = [link];
  if (facts.currentLink) links.push({ ...facts.currentLink, replacedAt: now });
  const contactNext = invitedContact(contact, now);
  return {
    answer: next,
    writes: {
      ...(contactNext ? { updated: [contactNext] } : {}),
      journey: {
        invitations: { updated: [next] },
        links,
        history: [
          journeyEntry(contact, now, actor.id, 'invitation-resent', { invitationId: next.id }),
        ],
        mail: [mail],
      },
    },
  };
}

/** What revoking or deleting an invitation needs to know. */
export interface CloseFacts {
  /** Every invitation of the contact, as stored. */
  invitations: readonly Invitation[];
  settings: Pick<InvitationSettings, 'resendCooldownSeconds'>;
}

/** An invited contact whose last usable invitation goes back to site assigned or potential. */
function withoutInvitation(
  contact: Contact | undefined,
  closing: Invitation,
  facts: CloseFacts,
  now: string,
): Contact | undefined {
  if (contact?.status !== 'invited') return undefined;
  if (facts.invitations.some((other) => other.id !== closing.id && isUsable(other, now))) {
    return undefined;
  }
  return {
    ...contact,
    status: statusWithoutInvitation(contact),
    version: contact.version + 1,
    updatedAt: now,
  };
}

/**
 * Revokes an open invitation ({@link invitationVerdict} `revoke`, against its `version`): its link
 * stops working for good; `invitation-revoked` in the history; an invited contact with no other usable
 * invitation goes back to site assigned or potential.
 */
export function decideRevokeInvitation(
  context: RuleContext,
  invitation: Invitation,
  contact: Contact | undefined,
  version: unknown,
  facts: CloseFacts,
): Decision<Invitation> {
  const { now, actor } = context;
  const current = invitationAt(invitation, now);
  judge(
    invitationVerdict(context, 'revoke', { contact, invitation }, { ...facts, now }),
    version,
    current,
  );
  const next: Invitation = {
    ...invitation,
    status: 'revoked',
    revokedAt: now,
    version: invitation.version + 1,
  };
  const contactNext = withoutInvitation(contact, invitation, facts, now);
  return {
    answer: next,
    writes: {
      ...(contactNext ? { updated: [contactNext] } : {}),
      journey: {
        invitations: { updated: [next] },
        history: contact
          ? [journeyEntry(contact, now, actor.id, 'invitation-revoked', { invitationId: next.id })]
          : [],
      },
    },
  };
}

/**
 * Deletes an expired or revoked invitation ({@link invitationVerdict} `remove`, against its
 * `version`): it leaves the list (the contact's history keeps what happened); an invited contact whose
 * expired invitation goes, with no other usable one, goes back to site assigned or potential.
 */
export function decideRemoveInvitation(
  context: RuleContext,
  invitation: Invitation,
  contact: Contact | undefined,
  version: unknown,
  facts: CloseFacts,
): Decision<void> {
  const { now } = context;
  const current = invitationAt(invitation, now);
  judge(
    invitationVerdict(context, 'remove', { contact, invitation }, { ...facts, now }),
    version,
    current,
  );
  const contactNext = withoutInvitation(contact, invitation, facts, now);
  return {
    answer: undefined,
    writes: {
      ...(contactNext ? { updated: [contactNext] } : {}),
      journey: { invitations: { removed: [invitation.id] } },
    },
  };
}

// ── Access by hand ──────────────────────────────────────────────────────────────────────────────

/** What settling a contact's invitations needs: the company, its seats, the portal's sign-in page. */
export interface SettleFacts {
  company: { id: string; name: string };
  settings: InvitationSettings;
  /** Every invitation of the contact, as stored. */
  invitations: readonly Invitation[];
  /** The company's seats (an accepted seat invitation's seat becomes a SaaS user). */
  seats?: SeatFacts;
  /** A fresh SaaS user id. */
  newSaasUserId: () => string;
  /** Where the portal's sign-in page is (the welcome e-mail's link). */
  portalLink: string;
}

/** The SaaS user an accepted seat invitation becomes, unless its person holds a seat of the pool. */
export function seatTakenOver(
  invitation: Invitation,
  contact: Contact,
  facts: Pick<SettleFacts, 'seats' | 'newSaasUserId'>,
  now: string,
): SaasUser | undefined {
  if (!invitation.seat) return undefined;
  const product = invitation.seat.product;
  const email = contact.email.trim().toLowerCase();
  const same = (facts.seats?.users ?? []).find(
    (user) => (user.product ?? '') === (product ?? '') && user.email.trim().toLowerCase() === email,
  );
  if (same?.status === 'active') return undefined;
  // One e-mail per pool: a deactivated user of that e-mail is the one who takes the seat again.
  if (same) return { ...same, status: 'active', version: same.version + 1, updatedAt: now };
  return {
    id: facts.newSaasUserId(),
    companyId: contact.companyId,
    name: contact.name,
    email: contact.email,
    status: 'active',
    ...(product !== undefined ? { product } : {}),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** The welcome e-mail: access is ready, sign in here. */
export function welcomeMail(
  contact: Contact,
  facts: Pick<SettleFacts, 'company' | 'settings' | 'portalLink'>,
  now: string,
): OutgoingMail {
  const { locale } = facts.settings;
  const text = renderSystemMail('welcome', locale, {
    name: contact.name,
    company: facts.company.name,
    email: contact.email,
    link: facts.portalLink,
  });
  return {
    kind: 'welcome',
    companyId: facts.company.id,
    contactId: contact.id,
    to: contact.email,
    ...text,
    link: facts.portalLink,
    locale,
    at: now,
  };
}

/**
 * Confirms a contact by hand, without the e-mail round trip (seed 004: "autorizar sem ele confirmar o
 * email"; {@link invitationVerdict} `confirm`, against the contact's `version`): it becomes `active`,
 * its usable invitation `accepted` (a seat it held becomes a SaaS user), `confirmed` in the history,
 * and the welcome e-mail goes out.
 */
export function decideConfirmContact(
  context: RuleContext,
  contact: Contact,
  version: unknown,
  facts: SettleFacts,
): Decision<Contact> {
  const { now, actor } = context;
  const verdictFacts = { now, invitations: facts.invitations, settings: facts.settings };
  judge(invitationVerdict(context, 'confirm', { contact }, verdictFacts), version, contact);
  const next: Contact = {
    ...contact,
    status: 'active',
    version: contact.version + 1,
    updatedAt: now,
  };
  const accepted: Invitation[] = [];
  const saasUsers: SaasUser[] = [];
  for (const invitation of facts.invitations) {
    if (!isUsable(invitation, now)) continue;
    accepted.push({
      ...invitation,
      status: 'accepted',
      acceptedAt: now,
      version: invitation.version + 1,
    });
    const user = seatTakenOver(invitation, contact, facts, now);
    if (user) saasUsers.push(user);
  }
  return {
    answer: next,
    writes: {
      updated: [next],
      journey: {
        ...(accepted.length ? { invitations: { updated: accepted } } : {}),
        ...(saasUsers.length ? { saasUsers } : {}),
        history: [journeyEntry(contact, now, actor.id, 'confirmed')],
        mail: [welcomeMail(next, facts, now)],
      },
    },
  };
}

/**
 * Sets a contact's password by hand (seed 004; {@link invitationVerdict} `set-password`, against the
 * contact's `version`): every unmet rule of the policy is a field error on `password`; the store keeps
 * only `facts.credential`, the salted hash it made of the password (a store asks this decision once
 * with an empty credential to learn whether it is refused before it spends time hashing), and
 * `password-set` goes in the history. The password itself is in no answer, entry or record.
 */
export function decideSetPassword(
  context: RuleContext,
  contact: Contact,
  password: unknown,
  version: unknown,
  facts: { policy: PasswordPolicy; credential: string },
): Decision<Contact> {
  const { now, actor } = context;
  judge(
    invitationVerdict(
      context,
      'set-password',
      { contact },
      {
        now,
        invitations: [],
        settings: { resendCooldownSeconds: 0 },
      },
    ),
    version,
    contact,
  );
  const errors = passwordErrors(password, facts.policy, contact);
  if (errors.length) throw invalid(errors);
  const next: Contact = { ...contact, version: contact.version + 1, updatedAt: now };
  return {
    answer: next,
    writes: {
      updated: [next],
      journey: {
        credentials: [{ contactId: contact.id, hash: facts.credential, setAt: now }],
        history: [journeyEntry(contact, now, actor.id, 'password-set')],
      },
    },
  };
}

// ── The company's settings and e-mail ───────────────────────────────────────────────────────────

/**
 * Changes the company's invitation settings (`manage-invitations`, against their `version`):
 * `validityDays` 1–90, `autoSend` one of `manual`, `on-create`, `on-site-assigned`,
 * `resendCooldownSeconds` 0–86,400, `locale` one of `pt-BR`, `en`, `es` — every bad field at once.
 * The password policy is the backend's and is not changed here. Links already sent keep their date.
 */
export function decideUpdateSettings(
  context: RuleContext,
  current: InvitationSettings,
  input: unknown,
  version: unknown,
): Decision<InvitationSettings> {
  const { engine, actor } = context;
  const explanation = engine.explain(actor, invitationPolicyCapability);
  if (!explanation.allowed) throw refused([explanation]);
  checkVersion(version, current, current);
  const errors = invitationSettingsErrors(input);
  if (errors.length) throw invalid(errors);
  const body = (input ?? {}) as Partial<InvitationSettingsInput>;
  const next: InvitationSettings = {
    validityDays: body.validityDays ?? current.validityDays,
    autoSend: body.autoSend ?? current.autoSend,
    resendCooldownSeconds: body.resendCooldownSeconds ?? current.resendCooldownSeconds,
    locale: body.locale ?? current.locale,
    passwordPolicy: current.passwordPolicy,
    version: current.version + 1,
  };
  return { answer: next, writes: { journey: { settings: next } } };
}

/**
 * What is wrong with a change of the company's invitation settings, every field at once (a field left
 * out keeps its value): `validityDays` a whole number 1–90 and `resendCooldownSeconds` 0–86,400
 * (`invalid-value`, `params.min` / `params.max`), `autoSend` one of `manual`, `on-create`,
 * `on-site-assigned` and `locale` one of `pt-BR`, `en`, `es` (`invalid-value`, `params.allowed`). The
 * settings form of `<invite-status>` shows these before saving; {@link decideUpdateSettings} refuses them.
 */
export function invitationSettingsErrors(input: unknown): FieldError[] {
  const body = (input ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const field of ['validityDays', 'resendCooldownSeconds'] as const) {
    const value = body[field];
    const { min, max } = invitationSettingsLimits[field];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      errors.push({ field, code: 'invalid-value', params: { min, max } });
    }
  }
  const choices = { autoSend: invitationAutoSendModes, locale: mailLocales } as const;
  for (const field of ['autoSend', 'locale'] as const) {
    const value = body[field];
    const allowed: readonly string[] = choices[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !allowed.includes(value)) {
      errors.push({ field, code: 'invalid-value', params: { allowed: allowed.join(', ') } });
    }
  }
  return errors;
}

/** The capability that edits the company's invitation e-mail and settings. */
export const invitationPolicyCapability = 'manage-invitations';

/**
 * Whether the actor may change the company's invitation e-mail and settings, and if not why: the
 * check {@link decideUpdateTemplate} and {@link decideUpdateSettings} make first.
 */
export function invitationPolicyVerdict(context: Pick<ActContext, 'engine' | 'actor'>): Verdict {
  const { engine, actor } = context;
  if (!engine || !actor) return because('session');
  const explanation = engine.explain(actor, invitationPolicyCapability);
  return explanation.allowed ? { allowed: true } : { allowed: false, engine: explanation };
}

/**
 * Changes the company's invitation e-mail (`manage-invitations`, against its `version`), checked by
 * `templateErrors`: unknown placeholders and a body without `{link}` are errors before anything is
 * saved.
 */
export function decideUpdateTemplate(
  context: RuleContext,
  current: InvitationTemplate,
  input: unknown,
  version: unknown,
): Decision<InvitationTemplate> {
  const { engine, actor } = context;
  const explanation = engine.explain(actor, invitationPolicyCapability);
  if (!explanation.allowed) throw refused([explanation]);
  checkVersion(version, current, current);
  const errors = templateErrors(input);
  if (errors.length) throw invalid(errors);
  const body = input as Record<string, string>;
  const next: InvitationTemplate = {
    subject: body.subject!,
    body: body.body!,
    version: current.version + 1,
  };
  return { answer: next, writes: { journey: { template: next } } };
}

// ── What a contact write sets off ───────────────────────────────────────────────────────────────

/** A contact as a write found it (`before`, absent for a new one) and left it (`after`). */
export interface ContactChange {
  before: Contact | undefined;
  after: Contact;
}

/** What the follow-ups of a contact write need to know. */
export interface FollowUpFacts extends Omit<SendFacts, 'invitations' | 'currentLink'> {
  /** Every invitation of a contact, as stored. */
  invitationsOf: (contactId: string) => readonly Invitation[];
  newSaasUserId: () => string;
}

/**
 * What a contact write sets off by itself, for a store to apply in the same unit (after any contact
 * decision: create, edit, access, lifecycle act): seed 004's automatic invitation under the company's
 * `autoSend` (`sendsInvitationByItself`: nobody is named as its sender), and a usable invitation of a
 * contact the write took out of the invitable statuses — `accepted` when an administrator activated
 * the contact (a seat it held becomes a SaaS user), `revoked` when it was inactivated. Undefined when
 * nothing follows.
 */
export function decideLifecycleFollowUps(
  context: RuleContext,
  changes: readonly ContactChange[],
  facts: FollowUpFacts,
): Decision<void> | undefined {
  const { now, actor } = context;
  const journey: Required<Pick<JourneyWrites, 'history' | 'mail' | 'links'>> & JourneyWrites = {
    history: [],
    mail: [],
    links: [],
  };
  const created: Invitation[] = [];
  const updated: Invitation[] = [];
  const contacts: Contact[] = [];
  const saasUsers: SaasUser[] = [];
  for (const { before, after } of changes) {
    const invitations = facts.invitationsOf(after.id);
    if (sendsInvitationByItself(facts.settings.autoSend, before?.status, after.status)) {
      const sendFacts = { ...facts, invitations };
      if (stateVerdict('send', { contact: after }, { ...sendFacts, now }).allowed) {
        const sent = decideSendInvitation(context, after, {}, sendFacts, true);
        created.push(sent.answer);
        contacts.push(...(sent.writes.updated ?? []));
        journey.links.push(...(sent.writes.journey?.links ?? []));
        journey.history.push(...(sent.writes.journey?.history ?? []));
        journey.mail.push(...(sent.writes.journey?.mail ?? []));
      }
      continue;
    }
    const outcome =
      before && isInvitable(before.status) ? invitationAfterStatus(after.status) : undefined;
    if (!outcome) continue;
    for (const invitation of invitations) {
      if (!isUsable(invitation, now)) continue;
      if (outcome === 'accepted') {
        updated.push({
          ...invitation,
          status: 'accepted',
          acceptedAt: now,
          version: invitation.version + 1,
        });
        const user = seatTakenOver(invitation, after, facts, now);
        if (user) saasUsers.push(user);
      } else {
        updated.push({
          ...invitation,
          status: 'revoked',
          revokedAt: now,
          version: invitation.version + 1,
        });
        journey.history.push(
          journeyEntry(after, now, actor.id, 'invitation-revoked', {
            invitationId: invitation.id,
          }),
        );
      }
    }
  }
  if (!created.length && !updated.length) return undefined;
  return {
    answer: undefined,
    writes: {
      ...(contacts.length ? { updated: contacts } : {}),
      journey: {
        ...journey,
        invitations: {
          ...(created.length ? { created } : {}),
          ...(updated.length ? { updated } : {}),
        },
        ...(saasUsers.length ? { saasUsers } : {}),
      },
    },
  };
}
