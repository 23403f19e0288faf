/**
 * The invitee's side of the journey (seed 002), for the public setup page (`<invite-accept>`): what a
 * setup link is when opened (`inspectInvitationLink` — reading it changes nothing, so an e-mail
 * scanner that "clicks" the link first leaves it working), accepting it with Google, Microsoft or a
 * password, and following the activation link a registration with a password needs.
 *
 * No one is signed in here: the link's token is the only key, so these take the time and the facts
 * the store found by the token instead of a `RuleContext`; the history names no actor (`null`).
 *
 * @module
 */
import { AdapterError } from '../adapter/errors.js';
import {
  registrationMethods,
  type InvitationLinkStatus,
  type RegistrationMethod,
} from '../model/constants.js';
import type {
  Contact,
  Invitation,
  InvitationAcceptance,
  InvitationActivation,
  InvitationLink,
  InvitationSettings,
  SaasUser,
} from '../model/index.js';
import { renderSystemMail } from './invitation-mail.js';
import { isUsable, seatTakenOver, welcomeMail, type SeatFacts } from './invitations.js';
import type { AccessLink, OutgoingMail } from './journey-writes.js';
import { isInvitable } from './lifecycle.js';
import { invalid } from './refusals.js';
import { passwordErrors } from './saas-users.js';
import type { Decision } from './writes.js';

const day = 86_400_000;

/** What a store found by a link's token. */
export interface LinkFacts {
  link: AccessLink;
  invitation: Invitation;
  contact: Contact;
  company: { id: string; name: string };
  settings: InvitationSettings;
  /** Who sent the invitation last (absent when it went out by itself). */
  sender?: Pick<Contact, 'name'> | undefined;
}

/** How a person may register (seed 002: Google or Microsoft without a password, or a password). */
export const registrationOptions: readonly RegistrationMethod[] = registrationMethods;

/**
 * What an invitation link is at `now`: `superseded` once a newer send replaced it, `revoked`, `used`
 * (accepted, or its contact signed in or was confirmed some other way), `expired`, else `valid`.
 */
export function linkStatus(
  link: AccessLink,
  invitation: Invitation,
  contact: Pick<Contact, 'status'>,
  now: string,
): InvitationLinkStatus {
  if (link.replacedAt) return 'superseded';
  if (invitation.status === 'revoked') return 'revoked';
  if (invitation.status === 'accepted') return 'used';
  if (!isInvitable(contact.status)) return contact.status === 'inactive' ? 'revoked' : 'used';
  if (!isUsable(invitation, now)) return 'expired';
  return 'valid';
}

/**
 * The public view of an invitation link: the company and the dates always; who is invited, by whom,
 * how they may register and the password rules only while it is valid (a used link also tells the
 * e-mail to sign in with). Reading it writes nothing.
 */
export function inspectInvitationLink(now: string, facts: LinkFacts): InvitationLink {
  const { link, invitation, contact, company, settings, sender } = facts;
  const status = linkStatus(link, invitation, contact, now);
  const view: InvitationLink = {
    status,
    company: { name: company.name },
    sentAt: link.issuedAt,
    expiresAt: link.expiresAt,
    locale: settings.locale,
  };
  if (status === 'valid' || status === 'used') {
    view.invitee = { name: contact.name, email: contact.email };
  }
  if (status === 'valid') {
    if (sender) view.invitedBy = { name: sender.name };
    view.methods = [...registrationOptions];
    view.passwordPolicy = structuredClone(settings.passwordPolicy);
  }
  return view;
}

/** The refusal of a link that is not valid: `conflict` with `invitation-<status>`. */
function unusable(status: Exclude<InvitationLinkStatus, 'valid'>): AdapterError {
  const messages: Record<typeof status, string> = {
    expired: 'This invitation link has expired; ask for a new one.',
    revoked: 'This invitation was withdrawn.',
    used: 'This invitation was used already; sign in instead.',
    superseded: 'A newer invitation e-mail replaced this link; use the latest one.',
  };
  return new AdapterError('conflict', messages[status], { code: `invitation-${status}` });
}

/** What accepting needs besides the link's facts. */
export interface AcceptFacts extends LinkFacts {
  /** The salted hash of the password (method `password`); a store decides once with `''` first. */
  credential: string;
  /** A fresh, unguessable token for the activation link. */
  newToken: () => string;
  /** The activation URL that carries `token`. */
  activationLink: (token: string) => string;
  /** Where the portal's sign-in page is (the welcome e-mail's link). */
  portalLink: string;
  seats?: SeatFacts;
  newSaasUserId: () => string;
}

/**
 * Accepts a valid invitation link (an invalid one is `conflict`: `invitation-expired`,
 * `invitation-revoked`, `invitation-used`, `invitation-superseded`): `method` is `google`,
 * `microsoft` or `password` (`invalid-value` on `method`); a password is checked against the policy
 * (each unmet rule on `password`) and only its salted hash (`facts.credential`) is kept. The
 * invitation becomes `accepted` with its method (a seat it held becomes an active SaaS user of its
 * pool); `invitation-accepted` goes in the history. With Google or Microsoft the contact is `active`
 * at once and the welcome e-mail goes out; with a password the activation e-mail goes out (seed 002)
 * and the contact is active once its link is followed ({@link decideActivation}).
 */
export function decideAcceptInvitation(
  now: string,
  facts: AcceptFacts,
  method: unknown,
  password: unknown,
): Decision<InvitationAcceptance> {
  const { invitation, contact, company, settings } = facts;
  const status = linkStatus(facts.link, invitation, contact, now);
  if (status !== 'valid') throw unusable(status);
  if (typeof method !== 'string' || !(registrationMethods as readonly string[]).includes(method)) {
    throw invalid([
      {
        field: 'method',
        code: 'invalid-value',
        params: { allowed: registrationMethods.join(', ') },
      },
    ]);
  }
  const how = method as RegistrationMethod;
  if (how === 'password') {
    const errors = passwordErrors(password, settings.passwordPolicy, contact);
    if (errors.length) throw invalid(errors);
  }
  const accepted: Invitation = {
    ...invitation,
    status: 'accepted',
    acceptedAt: now,
    method: how,
    version: invitation.version + 1,
  };
  const saasUser = seatTakenOver(invitation, contact, facts, now);
  const saasUsers: SaasUser[] = saasUser ? [saasUser] : [];
  const entry = {
    companyId: contact.companyId,
    contactId: contact.id,
    at: now,
    actorId: null,
    event: 'invitation-accepted' as const,
    method: how,
    invitationId: invitation.id,
  };
  const answer: InvitationAcceptance = {
    status: how === 'password' ? 'activation-sent' : 'active',
    method: how,
    email: contact.email,
    company: { name: company.name },
  };
  if (how !== 'password') {
    const active: Contact = {
      ...contact,
      status: 'active',
      version: contact.version + 1,
      updatedAt: now,
      lastSignInAt: now,
    };
    return {
      answer,
      writes: {
        updated: [active],
        journey: {
          invitations: { updated: [accepted] },
          ...(saasUsers.length ? { saasUsers } : {}),
          history: [entry],
          mail: [welcomeMail(active, facts, now)],
        },
      },
    };
  }
  const token = facts.newToken();
  const link = facts.activationLink(token);
  const expiresAt = new Date(Date.parse(now) + settings.validityDays * day).toISOString();
  const text = renderSystemMail('activation', settings.locale, {
    name: contact.name,
    company: company.name,
    email: contact.email,
    link,
    expiresAt,
  });
  const mail: OutgoingMail = {
    kind: 'activation',
    companyId: company.id,
    contactId: contact.id,
    to: contact.email,
    ...text,
    link,
    locale: settings.locale,
    at: now,
  };
  return {
    answer,
    writes: {
      journey: {
        invitations: { updated: [accepted] },
        ...(saasUsers.length ? { saasUsers } : {}),
        links: [
          {
            token,
            kind: 'activation',
            companyId: company.id,
            contactId: contact.id,
            invitationId: invitation.id,
            issuedAt: now,
            expiresAt,
          },
        ],
        credentials: [{ contactId: contact.id, hash: facts.credential, setAt: now }],
        history: [entry],
        mail: [mail],
      },
    },
  };
}

/** What following an activation link needs. */
export interface ActivationFacts {
  link: AccessLink;
  contact: Contact;
  company: { id: string; name: string };
  settings: InvitationSettings;
  portalLink: string;
}

/**
 * Follows an activation link (seed 002's last step of a registration with a password): the contact
 * becomes `active`, `activated` goes in the history, the welcome e-mail goes out, and the link works no
 * more. A link followed already (or whose contact is active by now) is `conflict` /
 * `activation-used`; one past its date `conflict` / `activation-expired`.
 */
export function decideActivation(
  now: string,
  facts: ActivationFacts,
): Decision<InvitationActivation> {
  const { link, contact, company } = facts;
  if (link.usedAt || !isInvitable(contact.status)) {
    throw new AdapterError('conflict', 'This account is active already; sign in.', {
      code: 'activation-used',
    });
  }
  if (Date.parse(link.expiresAt) <= Date.parse(now)) {
    throw new AdapterError('conflict', 'This activation link has expired.', {
      code: 'activation-expired',
    });
  }
  const active: Contact = {
    ...contact,
    status: 'active',
    version: contact.version + 1,
    updatedAt: now,
    lastSignInAt: now,
  };
  return {
    answer: { status: 'active', email: contact.email, company: { name: company.name } },
    writes: {
      updated: [active],
      journey: {
        links: [{ ...link, usedAt: now }],
        history: [
          {
            companyId: contact.companyId,
            contactId: contact.id,
            at: now,
            actorId: null,
            event: 'activated',
            invitationId: link.invitationId,
          },
        ],
        mail: [welcomeMail(active, facts, now)],
      },
    },
  };
}

/**
 * The value of `param` in `url`'s query, or in the query of its fragment (`#/setup?token=…`, a page
 * with hash routing), or undefined. `<invite-accept>` reads its token from its page's URL with it.
 */
export function tokenInUrl(url: string, param = 'token'): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://portal.invalid/');
  } catch {
    return undefined;
  }
  const direct = parsed.searchParams.get(param);
  if (direct) return direct;
  const at = parsed.hash.indexOf('?');
  if (at < 0) return undefined;
  return new URLSearchParams(parsed.hash.slice(at + 1)).get(param) || undefined;
}

/** The token a setup URL carries: its `token` parameter, else its last path segment. */
export function setupUrlToken(setupUrl: string): string | undefined {
  const named = tokenInUrl(setupUrl);
  if (named) return named;
  const path = setupUrl.split(/[?#]/)[0] ?? '';
  const last = path.split('/').filter(Boolean).pop();
  return last && !last.includes(':') ? decodeURIComponent(last) : undefined;
}
