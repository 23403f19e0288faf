import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AdapterError } from '../../../../src/core/adapter/errors.js';
import { MemoryBackend } from '../../../../src/core/adapter/memory/index.js';
import { createDemoData } from '../../../../src/core/demo-data.js';
import { registrationMethods } from '../../../../src/core/model/index.js';
import { isUsable } from '../../../../src/core/rules/invitations.js';
import { setupUrlToken } from '../../../../src/core/rules/invitation-links.js';

/**
 * The invitation journey's invariants (issue 10), for any sequence of send / resend / revoke / accept
 * and time passing, through the memory backend:
 * - at most one invitation of a contact is usable at any moment (and at most one of its links opens);
 * - a link accepted, revoked or replaced by a resend never works again (inspect says so, accept refuses);
 * - inspecting a link (the setup page's GET) never changes the backend's state.
 */

type Step =
  | { kind: 'send'; contact: number }
  | { kind: 'resend'; contact: number }
  | { kind: 'revoke'; contact: number }
  | { kind: 'accept'; link: number; method: number }
  | { kind: 'inspect'; link: number }
  | { kind: 'time'; ms: number };

const day = 86_400_000;
const contact = fc.nat(5);
const link = fc.nat(30);
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('send' as const), contact }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('resend' as const), contact }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('revoke' as const), contact }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('accept' as const),
      link,
      method: fc.nat(registrationMethods.length - 1),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('inspect' as const), link }), weight: 2 },
  {
    // Time passes: seconds (past the resend cooldown, or not) or days (past a link's 30).
    arbitrary: fc.record({
      kind: fc.constant('time' as const),
      ms: fc.oneof(fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: 0, max: 40 * day })),
    }),
    weight: 2,
  },
);

/** A fresh company whose first contacts have not signed in; the clock is the test's. */
function setup() {
  const data = createDemoData({ contacts: 12, seed: 3, companies: 2 });
  const companyId = data.companies[0]!.id;
  const mine = data.contacts.filter((c) => c.companyId === companyId);
  const admin = mine[0]!.id;
  const invitees = mine.slice(2, 8).map((c) => c.id);
  for (const c of mine) if (invitees.includes(c.id)) c.status = 'potential';
  data.invitations = data.invitations.filter((inv) => !invitees.includes(inv.contactId));
  let now = Date.parse('2026-11-02T09:00:00.000Z');
  const backend = new MemoryBackend({
    data,
    clock: () => new Date(now),
    passwordHashing: { iterations: 1000 },
  });
  return {
    backend,
    admin,
    invitees,
    pass: (ms: number) => (now += ms),
    now: () => new Date(now).toISOString(),
  };
}

/** The backend's whole state, without the moment of the snapshot. */
function stateOf(backend: MemoryBackend): string {
  const { savedAt: _, ...held } = backend.snapshot();
  return JSON.stringify(held);
}

const refused = (error: unknown): boolean => AdapterError.is(error);

describe('invitations — invariants under any sequence of send, resend, revoke, accept and time', () => {
  it('keeps one usable invitation per contact, never revives a closed link, and reads without writing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const { backend, admin, invitees, pass, now } = setup();
        /** Every token ever issued, with its contact, in order. */
        const links: { token: string; contactId: string }[] = [];
        /** Tokens that must never work again (accepted, revoked, replaced by a resend). */
        const dead = new Set<string>();
        const issued = (setupUrl: string, contactId: string) =>
          links.push({ token: setupUrlToken(setupUrl)!, contactId });
        const newest = (contactId: string) =>
          backend.listInvitations(admin, {
            filter: { contactId },
            sort: { field: 'sentAt', direction: 'desc' },
            limit: 1,
          }).items[0];

        for (const s of steps) {
          switch (s.kind) {
            case 'send': {
              const id = invitees[s.contact]!;
              try {
                issued(backend.sendInvitation(admin, id).setupUrl, id);
              } catch (error) {
                expect(refused(error), String(error)).to.equal(true);
              }
              break;
            }
            case 'resend': {
              const id = invitees[s.contact]!;
              const invitation = newest(id);
              if (!invitation) break;
              const before = links.filter((l) => l.contactId === id).map((l) => l.token);
              try {
                const resent = backend.resendInvitation(admin, invitation.id, invitation.version);
                for (const token of before) dead.add(token);
                issued(resent.setupUrl, id);
              } catch (error) {
                expect(refused(error), String(error)).to.equal(true);
              }
              break;
            }
            case 'revoke': {
              const id = invitees[s.contact]!;
              const invitation = newest(id);
              if (!invitation) break;
              try {
                backend.revokeInvitation(admin, invitation.id, invitation.version);
                for (const l of links) if (l.contactId === id) dead.add(l.token);
              } catch (error) {
                expect(refused(error), String(error)).to.equal(true);
              }
              break;
            }
            case 'accept': {
              const target = links[s.link % Math.max(1, links.length)];
              if (!target) break;
              const method = registrationMethods[s.method]!;
              try {
                await backend.acceptInvitation(target.token, method, 'Sol&Mar2026');
                expect(dead.has(target.token), 'a dead link was accepted').to.equal(false);
                // Accepted: every link of the contact is closed for good.
                for (const l of links) if (l.contactId === target.contactId) dead.add(l.token);
              } catch (error) {
                expect(refused(error), String(error)).to.equal(true);
              }
              break;
            }
            case 'inspect': {
              const target = links[s.link % Math.max(1, links.length)];
              const token = target?.token ?? 'no-such-token';
              const before = stateOf(backend);
              try {
                backend.inspectInvitation(token);
              } catch (error) {
                expect(refused(error), String(error)).to.equal(true);
              }
              expect(stateOf(backend) === before, 'inspect changed the state').to.equal(true);
              break;
            }
            case 'time':
              pass(s.ms);
              break;
          }

          // At most one usable invitation per contact, and at most one of its links opens.
          const at = now();
          for (const id of invitees) {
            const all = backend.listInvitations(admin, { filter: { contactId: id }, limit: 500 });
            const usable = all.items.filter((inv) => isUsable(inv, at));
            expect(usable.length, `usable invitations of ${id}`).to.be.at.most(1);
            const open = links.filter(
              (l) => l.contactId === id && backend.inspectInvitation(l.token).status === 'valid',
            );
            expect(open.length, `open links of ${id}`).to.be.at.most(1);
          }
          // A closed link never opens again.
          for (const token of dead) {
            expect(backend.inspectInvitation(token).status, token).to.not.equal('valid');
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
