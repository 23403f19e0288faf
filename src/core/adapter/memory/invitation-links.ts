/**
 * The invitee's side of {@link MemoryBackend}: a setup link opened, accepted, and an activation link
 * followed. Nobody is signed in: the token finds the company. Each function is the body of the backend
 * method of the same name (documented there).
 *
 * @module
 */
import type {
  InvitationAcceptance,
  InvitationActivation,
  InvitationLink,
} from '../../model/index.js';
import {
  decideAcceptInvitation,
  decideActivation,
  inspectInvitationLink,
  type AccessLink,
  type Decision,
  type LinkFacts,
} from '../../rules/index.js';
import { AdapterError } from '../errors.js';
import type { CompanyState, JourneyTools } from './company.js';
import { settleFacts } from './invitations.js';

/** What a call through a link works with: the company the token belongs to, and the store's tools. */
export interface LinkOperation extends JourneyTools {
  /** Finds the link of `token` and its company again (the store may have changed meanwhile). */
  find(token: unknown): { state: CompanyState; link: AccessLink } | undefined;
  now(): string;
  nextId(prefix: string, taken: (id: string) => boolean): string;
  /** Stores a decision made for nobody in particular (the history names no actor). */
  apply<T>(state: CompanyState, decision: Decision<T>): T;
}

/** The refusal of a token no company knows: `not-found` (the token is never echoed back). */
function unknownLink(): AdapterError {
  return new AdapterError('not-found', 'No invitation has this link.', { code: 'not-found' });
}

/** The facts of an invitation link, or `not-found` for a token that is none. */
function linkFacts(op: LinkOperation, token: unknown): { state: CompanyState; facts: LinkFacts } {
  const found = op.find(token);
  if (!found || found.link.kind !== 'invitation') throw unknownLink();
  const { state, link } = found;
  const invitation = state.invitations.get(link.invitationId);
  const contact = state.table.get(link.contactId);
  if (!invitation || !contact) throw unknownLink();
  const sender = invitation.sentBy ? state.table.get(invitation.sentBy) : undefined;
  return {
    state,
    facts: { link, invitation, contact, company: state.company, settings: state.settings, sender },
  };
}

export function inspectInvitation(op: LinkOperation, token: unknown): InvitationLink {
  const { facts } = linkFacts(op, token);
  return inspectInvitationLink(op.now(), facts);
}

/**
 * Accepts an invitation link: decides once with no credential (an invalid link or password costs no
 * hashing), hashes a password, then decides again on the store as it is then.
 */
export async function acceptInvitation(
  op: LinkOperation,
  token: unknown,
  method: unknown,
  secret: unknown,
): Promise<InvitationAcceptance> {
  const decide = (credential: string) => {
    const { state, facts } = linkFacts(op, token);
    const settle = settleFacts({ ...op, state }, facts.contact.id);
    const decision = decideAcceptInvitation(
      op.now(),
      {
        ...facts,
        credential,
        newToken: () => op.newToken(),
        activationLink: (value) => op.activationLink(value),
        portalLink: op.portalLink,
        ...(settle.seats ? { seats: settle.seats } : {}),
        newSaasUserId: settle.newSaasUserId,
      },
      method,
      method === 'password' ? secret : undefined,
    );
    return { state, decision };
  };
  decide('');
  const credential = method === 'password' ? await op.hashPassword(secret as string) : '';
  const { state, decision } = decide(credential);
  return op.apply(state, decision);
}

export function activateAccount(op: LinkOperation, token: unknown): InvitationActivation {
  const found = op.find(token);
  if (!found || found.link.kind !== 'activation') throw unknownLink();
  const { state, link } = found;
  const contact = state.table.get(link.contactId);
  if (!contact) throw unknownLink();
  return op.apply(
    state,
    decideActivation(op.now(), {
      link,
      contact,
      company: state.company,
      settings: state.settings,
      portalLink: op.portalLink,
    }),
  );
}
