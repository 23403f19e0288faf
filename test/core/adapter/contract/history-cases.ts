import { expect } from '@open-wc/testing';
import type { PortalAdapter } from '../../../../src/core/adapter/types.js';
import { createDemoData, type DemoData } from '../../../../src/core/demo-data.js';
import { refusal, sampleContact } from '../support.js';
import type { AdapterFixture, MakeAdapters } from './contract-suite.js';

/**
 * `contacts.history`: every write that changed a contact, newest first, with who made it and what
 * changed; paged by cursor; readable by whoever may edit the contact; another company's id is 404.
 */
export function describeHistoryCases(makeAdapters: MakeAdapters): void {
  describe('contact history', () => {
    let data: DemoData;
    let fixture: AdapterFixture;
    let admin: PortalAdapter;

    beforeEach(async () => {
      data = createDemoData({ contacts: 30, seed: 29 });
      fixture = await makeAdapters(data);
      admin = fixture.as(data.actors.generalAdmin);
    });

    afterEach(async () => {
      await fixture?.cleanup();
    });

    it('tells each write, newest first, with who made it and what changed', async () => {
      const created = await admin.contacts.create(
        sampleContact({ name: 'Jurema Histórica', email: 'jurema.historica@exemplo.com.br' }),
      );
      const edited = await admin.contacts.update(
        created.id,
        { jobTitle: 'Gerente de compras' },
        { version: created.version },
      );
      await admin.contacts.transition(created.id, 'activate', { version: edited.version });

      const page = await admin.contacts.history(created.id);
      expect(page.total).to.equal(3);
      expect(page.items.map((entry) => entry.event)).to.deep.equal([
        'status-changed',
        'updated',
        'created',
      ]);
      for (const entry of page.items) {
        expect(entry.contactId).to.equal(created.id);
        expect(entry.actorId).to.equal(data.actors.generalAdmin);
        expect(Number.isNaN(Date.parse(entry.at))).to.equal(false);
      }
      expect(page.items[0]!.changes).to.deep.equal([
        { field: 'status', from: 'potential', to: 'active' },
      ]);
      expect(page.items[1]!.changes).to.deep.equal([
        { field: 'jobTitle', from: created.jobTitle, to: 'Gerente de compras' },
      ]);

      const oldestFirst = await admin.contacts.history(created.id, {
        sort: { field: 'at', direction: 'asc' },
        limit: 2,
      });
      expect(oldestFirst.items.map((entry) => entry.event)).to.deep.equal(['created', 'updated']);
      expect(oldestFirst.nextCursor).to.be.a('string');
      const rest = await admin.contacts.history(created.id, {
        sort: { field: 'at', direction: 'asc' },
        limit: 2,
        cursor: oldestFirst.nextCursor,
      });
      expect(rest.items.map((entry) => entry.event)).to.deep.equal(['status-changed']);
      expect(rest.nextCursor).to.equal(null);
    });

    it('tells a ticket transfer on both contacts, with the count and the other side', async () => {
      const contacts = (await admin.contacts.list({ limit: 500 })).items;
      const from = contacts.find((c) => c.openTickets > 0 && c.id !== data.actors.generalAdmin)!;
      const to = contacts.find((c) => c.status === 'active' && c.id !== from.id)!;
      await admin.contacts.transferTickets(from.id, to.id);
      const [given] = (await admin.contacts.history(from.id)).items;
      const [taken] = (await admin.contacts.history(to.id)).items;
      expect(given).to.deep.include({
        event: 'tickets-transferred',
        count: from.openTickets,
        counterpartId: to.id,
      });
      expect(taken).to.deep.include({
        event: 'tickets-transferred',
        count: from.openTickets,
        counterpartId: from.id,
      });
    });

    it('lets a system user read their own history only; another company’s contact is not found', async () => {
      const user = fixture.as(data.actors.systemUser);
      const own = await user.contacts.history(data.actors.systemUser);
      expect(own.items).to.be.an('array');
      await refusal(user.contacts.history(data.actors.generalAdmin), 'forbidden');
      const other = data.contacts.find((c) => c.companyId !== data.companies[0]!.id);
      if (other) await refusal(admin.contacts.history(other.id), 'not-found');
      await refusal(admin.contacts.history('ct-does-not-exist'), 'not-found');
    });
  });
}
