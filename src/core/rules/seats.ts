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
 * The limit, from the same count: a write that would give someone a seat — a new SaaS user, a
 * reactivation, a seat invitation — is refused when it adds a seat-holder and no seat is free
 * ({@link takeSeatVerdict}; the backends answer `conflict` / `no-seats` with {@link noSeats}, and write
 * nothing). A person who already holds a seat of the pool (a pending invitation being accepted) takes no
 * second one, so such a write is never refused at exactly N seats. After the vendor lowers the licence,
 * `used` may exceed `licensed` ({@link seatLevel} `over`): nothing is taken away, but nothing is added
 * until enough seats are freed.
 *
 * @module
 */
import { AdapterError } from '../adapter/errors.js';
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

/** The records {@link seatUsage} counts, for one pool. */
export interface SeatRecords {
  users: Iterable<Pick<SaasUser, 'email' | 'status' | 'product'>>;
  invitations: Iterable<Pick<Invitation, 'email' | 'status' | 'expiresAt' | 'seat'>>;
  now: Date | string;
  product?: string;
}

/**
 * Whether the person at `email` holds a seat of the pool now — as an active user, or through a
 * pending, unexpired seat invitation — so that a write giving them one takes no new seat.
 */
export function holdsSeat(email: string, records: SeatRecords): boolean {
  const key = emailKey(email);
  for (const user of records.users) {
    if (user.status === 'active' && inPool(user.product, records.product)) {
      if (emailKey(user.email) === key) return true;
    }
  }
  for (const invitation of records.invitations) {
    if (invitationHoldsSeat(invitation, records.now, records.product)) {
      if (emailKey(invitation.email) === key) return true;
    }
  }
  return false;
}

/** Why a seat cannot be taken: every licensed seat is held (or more, after a downgrade). */
export interface NoSeats {
  allowed: false;
  state: 'no-seats';
  params: { licensed: number; used: number };
}

/**
 * Whether a write that gives someone a seat of the pool may happen: always when they hold one already
 * (`alreadyHolds`), else only while a seat is free. The UI asks it before it offers "add" or
 * "reactivate" (it cannot know the e-mail yet: `alreadyHolds` false); a backend asks it, with the fact,
 * before it writes.
 */
export function takeSeatVerdict(
  usage: Pick<SeatUsage, 'licensed' | 'used'>,
  alreadyHolds = false,
): { allowed: true } | NoSeats {
  if (alreadyHolds || usage.used < usage.licensed) return { allowed: true };
  return {
    allowed: false,
    state: 'no-seats',
    params: { licensed: usage.licensed, used: usage.used },
  };
}

/**
 * The refusal a backend answers when {@link takeSeatVerdict} says no: `conflict` / `no-seats`, with the
 * pool's usage as it is now in `current` (so the UI shows the real numbers), and nothing written.
 */
export function noSeats(usage: SeatUsage): AdapterError {
  return new AdapterError('conflict', 'No licensed seat is free.', {
    code: 'no-seats',
    current: { ...usage },
    fields: [
      { field: '', code: 'no-seats', params: { licensed: usage.licensed, used: usage.used } },
    ],
  });
}

/** The share of seats at which the panel warns that they are running out (80 %). */
export const seatWarningShare = 0.8;

/**
 * How full a pool is: `ok`; `high` from {@link seatWarningShare} of the licence; `full` when no seat is
 * free; `over` when more are used than licensed (after a downgrade).
 */
export function seatLevel(
  usage: Pick<SeatUsage, 'licensed' | 'used'>,
): 'ok' | 'high' | 'full' | 'over' {
  if (usage.used > usage.licensed) return 'over';
  if (usage.used >= usage.licensed) return 'full';
  if (usage.used >= usage.licensed * seatWarningShare) return 'high';
  return 'ok';
}
