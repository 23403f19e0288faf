/**
 * A person signing in, as every backend records it: the contact's `lastSignInAt` becomes the time of
 * the sign-in. The memory backend (`MemoryBackend.signIn`) and the reference server (a session it has
 * not seen before, `server/src/http/pipeline.ts`) both call {@link decideSignIn}; accepting an
 * invitation with Google or Microsoft and following an activation link set it too
 * (`invitation-links.ts`), since both end signed in.
 *
 * The version does not change: a sign-in is not an edit of the record, so an admin editing the contact
 * meanwhile does not meet a `stale-version`.
 *
 * @module
 */
import type { Contact } from '../model/index.js';
import { AdapterError } from '../adapter/errors.js';
import type { Decision } from './writes.js';

/** Whether a contact in `status` may sign in: only an active one (suspended, inactive and not-yet-active people cannot). */
export function maySignIn(status: Contact['status']): boolean {
  return status === 'active';
}

/** `contact` as it is after signing in at `now` (ISO 8601). */
export function signedIn(contact: Contact, now: string): Contact {
  return { ...contact, lastSignInAt: now };
}

/**
 * Records that `contact` signed in at `now`: the contact, updated, is the answer and the one write.
 * A contact who may not sign in (see {@link maySignIn}) is `forbidden` / `inactive-actor`.
 */
export function decideSignIn(contact: Contact, now: string): Decision<Contact> {
  if (!maySignIn(contact.status)) {
    throw new AdapterError('forbidden', 'A contact who is not active cannot sign in.', {
      code: 'inactive-actor',
    });
  }
  const next = signedIn(contact, now);
  return { answer: next, writes: { updated: [next] } };
}
