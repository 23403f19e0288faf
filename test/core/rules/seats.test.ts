import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Invitation, SaasUser } from '../../../src/core/model/index.js';
import {
  holdsSeat,
  invitationHoldsSeat,
  noSeats,
  seatLevel,
  seatUsage,
  takeSeatVerdict,
} from '../../../src/core/rules/index.js';

const now = '2026-12-02T12:00:00.000Z';
const later = '2026-12-20T12:00:00.000Z';
const earlier = '2026-11-20T12:00:00.000Z';

type SeatUser = Pick<SaasUser, 'email' | 'status' | 'product'>;
type SeatInvitation = Pick<Invitation, 'email' | 'status' | 'expiresAt' | 'seat'>;

const user = (email: string, status: SaasUser['status'] = 'active', product?: string): SeatUser =>
  product === undefined ? { email, status } : { email, status, product };
const invite = (email: string, over: Partial<SeatInvitation> = {}): SeatInvitation => ({
  email,
  status: 'pending',
  expiresAt: later,
  seat: {},
  ...over,
});

describe('seatUsage', () => {
  it('counts active users and pending unexpired seat invitations, and nothing else', () => {
    const usage = seatUsage({
      licensed: 5,
      users: [user('a@x.com'), user('b@x.com', 'inactive')],
      invitations: [
        invite('c@x.com'),
        invite('d@x.com', { expiresAt: earlier }),
        invite('e@x.com', { status: 'revoked' }),
        invite('f@x.com', { status: 'accepted' }),
        invite('g@x.com', { seat: undefined }),
      ],
      now,
    });
    expect(usage).to.deep.equal({
      licensed: 5,
      used: 2,
      activeUsers: 1,
      pendingInvitations: 1,
      available: 3,
    });
  });

  it('counts a person once, whatever the case of their e-mail', () => {
    const usage = seatUsage({
      licensed: 3,
      users: [user('Ana@X.com'), user('bia@x.com')],
      invitations: [invite('ana@x.com'), invite('CAIO@x.com'), invite('caio@x.com')],
      now,
    });
    expect([usage.used, usage.activeUsers, usage.pendingInvitations]).to.deep.equal([3, 2, 1]);
  });

  it('keeps pools apart and never reports a negative number of free seats', () => {
    const records = {
      users: [user('a@x.com'), user('b@x.com', 'active', 'bi'), user('c@x.com', 'active', 'bi')],
      invitations: [invite('d@x.com', { seat: { product: 'bi' } }), invite('e@x.com')],
      now,
    };
    expect(seatUsage({ ...records, licensed: 2 }).used).to.equal(2);
    const bi = seatUsage({ ...records, licensed: 2, product: 'bi' });
    expect([bi.used, bi.available]).to.deep.equal([3, 0]);
  });

  it('lets an invitation go at the moment it expires', () => {
    const invitation = invite('a@x.com', { expiresAt: now });
    expect(invitationHoldsSeat(invitation, now)).to.equal(false);
    expect(invitationHoldsSeat(invitation, new Date(Date.parse(now) - 1))).to.equal(true);
  });

  it('used is always active users plus counted invitations, each seat-holder once', () => {
    const email = fc.constantFrom('a@x.com', 'B@x.com', 'b@x.com', 'c@x.com', 'd@x.com');
    const product = fc.option(fc.constantFrom('bi', 'erp'), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(fc.record({ email, status: fc.constantFrom('active', 'inactive'), product })),
        fc.array(
          fc.record({
            email,
            status: fc.constantFrom('pending', 'accepted', 'expired', 'revoked'),
            expiresAt: fc.constantFrom(earlier, now, later),
            seat: fc.option(fc.record({ product }), { nil: undefined }),
          }),
        ),
        product,
        fc.nat(6),
        (users, invitations, pool, licensed) => {
          const usage = seatUsage({ licensed, users, invitations, now, product: pool });
          const holders = new Set<string>();
          for (const u of users)
            if (u.status === 'active' && (u.product ?? '') === (pool ?? ''))
              holders.add(u.email.toLowerCase());
          for (const i of invitations)
            if (invitationHoldsSeat(i, now, pool)) holders.add(i.email.toLowerCase());
          expect(usage.used).to.equal(holders.size);
          expect(usage.used).to.equal(usage.activeUsers + usage.pendingInvitations);
          expect(usage.available).to.equal(Math.max(0, licensed - usage.used));
        },
      ),
    );
  });
});

describe('the seat limit', () => {
  const records = {
    users: [user('a@x.com'), user('b@x.com', 'inactive')],
    invitations: [invite('c@x.com')],
    now,
  };

  it('lets a seat be taken only while one is free, or by someone who holds one already', () => {
    expect(takeSeatVerdict({ licensed: 3, used: 2 })).to.deep.equal({ allowed: true });
    expect(takeSeatVerdict({ licensed: 2, used: 2 })).to.deep.equal({
      allowed: false,
      state: 'no-seats',
      params: { licensed: 2, used: 2 },
    });
    expect(takeSeatVerdict({ licensed: 1, used: 3 }).allowed).to.equal(false);
    // Accepting at exactly N seats: the invitee's own seat is not a new one.
    expect(takeSeatVerdict({ licensed: 2, used: 2 }, true)).to.deep.equal({ allowed: true });
  });

  it('knows who holds a seat of the pool: an active user or a counted invitation', () => {
    expect(holdsSeat('A@x.com', records)).to.equal(true);
    expect(holdsSeat('c@X.com', records)).to.equal(true);
    expect(holdsSeat('b@x.com', records)).to.equal(false);
    expect(holdsSeat('a@x.com', { ...records, product: 'bi' })).to.equal(false);
    expect(holdsSeat('c@x.com', { ...records, now: '2027-01-01T00:00:00.000Z' })).to.equal(false);
  });

  it('answers a refusal as conflict / no-seats with the usage in current', () => {
    const usage = seatUsage({ licensed: 2, ...records });
    const error = noSeats(usage);
    expect([error.kind, error.code]).to.deep.equal(['conflict', 'no-seats']);
    expect(error.current).to.deep.equal(usage);
  });

  it('tells how full a pool is: ok, high from 80 %, full, over after a downgrade', () => {
    const levels = [
      [10, 7, 'ok'],
      [10, 8, 'high'],
      [5, 4, 'high'],
      [10, 10, 'full'],
      [0, 0, 'full'],
      [10, 12, 'over'],
    ] as const;
    for (const [licensed, used, level] of levels) {
      expect(seatLevel({ licensed, used }), `${used}/${licensed}`).to.equal(level);
    }
  });
});
