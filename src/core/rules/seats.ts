/**
 * What takes a licensed seat — one rule for the seat panel, the invitation views and every backend:
 *
 * - an **active** SaaS user of the pool takes one seat; an inactive one takes none (Slack frees the
 *   seats of deactivated members);
 * - a **pending, unexpired** invitation that will make its invitee a licensed user of the pool
 *   (`invitation.seat`) takes one seat until it is accepted, revoked or expires (GitHub counts pending
 *   invitations until they expire); an expired or revoked one never does, and an accepted one is
 *   counted as the user it became;
 * - a person is counted once: an invitation to an e-mail that already holds an active seat of the pool
 *   takes no second seat (the "3/3 with two people" defect of other products).
 *
 * A pool is a product (`product`), or the company's one pool when `product` is absent. Time comes in
 * as a parameter: an invitation "expires" when `now` reaches its `expiresAt`.
 *
 * @module
 */
import type { Invitation, SaasUser } from '../model/index.js';
import { emailKey } from '../validation/index.js';

/** How a pool's seats are used at one moment. */
export interface SeatUsage {
  /** Seats the company has bought for the pool. */
  licensed: number;
  /** Seats taken: `activeUsers + pendingInvitations`. May exceed `licensed` after a downgrade. */
  used: number;
  /** Active SaaS users of the pool. */
  activeUsers: number;
  /** Pending, unexpired seat invitations of the pool to people who hold no seat yet. */
  pendingInvitations: number;
  /** Seats still free (never below 0). */
  available: number;
}

/** Whether `record` belongs to the pool of `product` (absent on both sides = the one pool). */
function inPool(recordProduct: string | undefined, product: string | undefined): boolean {
  return (recordProduct ?? '') === (product ?? '');
}

/** Whether `invitation` holds a seat of the pool of `product` at `now`. */
export function invitationHoldsSeat(
  invitation: Pick<Invitation, 'status' | 'expiresAt' | 'seat'>,
  now: Date | string,
  product?: string,
): boolean {
  if (!invitation.seat || invitation.status !== 'pending') return false;
  if (!inPool(invitation.seat.product, product)) return false;
  const at = typeof now === 'string' ? Date.parse(now) : now.getTime();
  return Date.parse(invitation.expiresAt) > at;
}

/**
 * The seats of one pool: who takes one, and how many are free. `users` and `invitations` may hold
 * records of other pools and of any status; only those that take a seat of this pool are counted.
 */
export function seatUsage(input: {
  licensed: number;
  users: Iterable<Pick<SaasUser, 'email' | 'status' | 'product'>>;
  invitations: Iterable<Pick<Invitation, 'email' | 'status' | 'expiresAt' | 'seat'>>;
  now: Date | string;
  product?: string;
}): SeatUsage {
  const { licensed, now, product } = input;
  const seated = new Set<string>();
  for (const user of input.users) {
    if (user.status === 'active' && inPool(user.product, product)) seated.add(emailKey(user.email));
  }
  const activeUsers = seated.size;
  let pendingInvitations = 0;
  for (const invitation of input.invitations) {
    if (!invitationHoldsSeat(invitation, now, product)) continue;
    const key = emailKey(invitation.email);
    if (seated.has(key)) continue;
    seated.add(key);
    pendingInvitations++;
  }
  const used = activeUsers + pendingInvitations;
  return {
    licensed,
    used,
    activeUsers,
    pendingInvitations,
    available: Math.max(0, licensed - used),
  };
}
