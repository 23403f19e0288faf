import { MemoryAdapter } from '../../src/core/adapter/memory/index.js';
import type { Invitation } from '../../src/core/model/index.js';
import { pin, world, type World } from './world.js';

/** Where the memory backend's setup links point (its default `setupUrlBase`). */
export const setupUrlBase = 'https://portal.example.com/primeiro-acesso/';

/** The invited contact of {@link invitee}: Luciana Monteiro Almeida, invited by Conceição Fernandes. */
export const inviteeId = 'ct-000011';

const day = 86_400_000;

/** A pinned company where ct-000011 holds a fresh invitation, and the invitee's side of it. */
export interface Invitee {
  world: World;
  /** The setup link's token. */
  token: string;
  /** An adapter with no session, as the public setup page has. */
  adapter(): MemoryAdapter;
}

/**
 * A pinned demo company in which ct-000011 (invited) holds one pending invitation sent an hour ago by
 * ct-000001, valid 30 days, whose link carries `token`.
 */
export function invitee(token = 'tok-valid-0001', change: Partial<Invitation> = {}): Invitee {
  const sentMs = Date.now() - 3_600_000;
  const w = world({
    prepare: (data) => {
      pin(data);
      data.invitations = data.invitations.filter((inv) => inv.contactId !== inviteeId);
      const contact = data.contacts.find((c) => c.id === inviteeId)!;
      data.invitations.push({
        id: 'inv-test-0001',
        companyId: contact.companyId,
        contactId: inviteeId,
        email: contact.email,
        status: 'pending',
        setupUrl: setupUrlBase + token,
        sentAt: new Date(sentMs).toISOString(),
        expiresAt: new Date(sentMs + 30 * day).toISOString(),
        sendCount: 1,
        sentBy: 'ct-000001',
        version: 1,
        ...change,
      });
    },
  });
  return {
    world: w,
    token,
    adapter: () => new MemoryAdapter({ backend: w.backend, actorId: '' }),
  };
}
