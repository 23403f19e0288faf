import { expect } from '@open-wc/testing';
import type { Change, PortalAdapter } from '../../../../src/core/adapter/types.js';
import { createDemoData, type DemoData } from '../../../../src/core/demo-data.js';
import type { Contact } from '../../../../src/core/model/index.js';
import { refusal, sampleContact } from '../support.js';
import type { AdapterFixture, MakeAdapters } from './contract-suite.js';

/** Runs `write` while listening to `adapter.changes`; answers its result and what was heard. */
async function hear<T>(
  adapter: PortalAdapter,
  write: () => Promise<T>,
): Promise<{ result: T; heard: Change[] }> {
  expect(adapter.changes, 'the adapter has a change feed').to.not.equal(undefined);
  const heard: Change[] = [];
  const stop = adapter.changes!.subscribe((change) => heard.push(change));
  try {
    const result = await write();
    return { result, heard };
  } finally {
    stop();
  }
}

/** Expects `heard` to contain each of `expected` (an adapter may tell more than it knows changed). */
function expectHeard(heard: Change[], ...expected: Change[]): void {
  for (const change of expected) {
    const match = heard.some(
      (h) =>
        h.record === change.record &&
        h.kind === change.kind &&
        change.ids.every((id) => h.ids.includes(id)),
    );
    expect(match, `heard ${JSON.stringify(change)} in ${JSON.stringify(heard)}`).to.equal(true);
  }
}

let serial = 0;
const person = () => {
  serial += 1;
  return sampleContact({
    name: `Iracema Mudança ${serial}`,
    email: `iracema.${serial}@exemplo.com.br`,
  });
};

/**
 * The change feed (`PortalAdapter.changes`): every write of the adapter tells what it changed — which
 * kind of record, which ids, created / updated / removed — after it is stored; a refused write tells
 * nothing; an ended subscription hears nothing more.
 */
export function describeChangeCases(makeAdapters: MakeAdapters): void {
  describe('change feed', () => {
    let data: DemoData;
    let fixture: AdapterFixture;
    let admin: PortalAdapter;

    beforeEach(async () => {
      data = createDemoData({ contacts: 40, seed: 23 });
      fixture = await makeAdapters(data);
      admin = fixture.as(data.actors.generalAdmin);
    });

    afterEach(async () => {
      await fixture?.cleanup();
    });

    it('tells each contact write: created, updated, removed, and a transfer’s two contacts', async () => {
      const created = await hear(admin, () => admin.contacts.create(person()));
      expectHeard(created.heard, { record: 'contact', kind: 'created', ids: [created.result.id] });

      const edited = await hear(admin, () =>
        admin.contacts.update(created.result.id, { jobTitle: 'Compradora' }, { version: 1 }),
      );
      expectHeard(edited.heard, { record: 'contact', kind: 'updated', ids: [created.result.id] });

      const activated = await hear(admin, () =>
        admin.contacts.transition(created.result.id, 'activate', {
          version: edited.result.version,
        }),
      );
      expectHeard(activated.heard, {
        record: 'contact',
        kind: 'updated',
        ids: [created.result.id],
      });

      const busy = (await admin.contacts.list({ limit: 500 })).items.find(
        (c) => c.openTickets > 0 && c.id !== data.actors.generalAdmin,
      )!;
      const moved = await hear(admin, () =>
        admin.contacts.transferTickets(busy.id, created.result.id),
      );
      expectHeard(moved.heard, {
        record: 'contact',
        kind: 'updated',
        ids: [busy.id, created.result.id],
      });

      const removed = await hear(admin, () =>
        admin.contacts.remove(moved.result.from.id, { version: moved.result.from.version }),
      );
      expectHeard(removed.heard, { record: 'contact', kind: 'removed', ids: [busy.id] });
    });

    it('tells a handover of administration, and the signed-in person’s own change as a session change', async () => {
      const heir = (
        await admin.contacts.list({ filter: { status: ['active'], role: ['system-user'] } })
      ).items[0]!;
      await admin.session.current();
      const { heard } = await hear(admin, () =>
        admin.contacts.transferAdministration(heir.id, { keepOwn: false }),
      );
      expectHeard(
        heard,
        { record: 'contact', kind: 'updated', ids: [heir.id, data.actors.generalAdmin] },
        { record: 'session', kind: 'updated', ids: [data.actors.generalAdmin] },
      );
    });

    it('tells access, approver and policy writes', async () => {
      const target = (
        await admin.contacts.list({ filter: { status: ['active'], role: ['system-user'] } })
      ).items.find((c) => c.id !== data.actors.systemUser)!;
      const access = await hear(admin, () =>
        admin.permissions.setAccess(
          target.id,
          { role: target.role, grants: ['approve-budgets'], sites: target.sites },
          { version: target.version },
        ),
      );
      expectHeard(access.heard, { record: 'contact', kind: 'updated', ids: [target.id] });

      const lists = await admin.permissions.approvers();
      const approvers = await hear(admin, () =>
        admin.permissions.setApprovers(
          { budgets: [...lists.budgets, target.id], tickets: lists.tickets },
          { version: lists.version },
        ),
      );
      expectHeard(approvers.heard, { record: 'approvers', kind: 'updated', ids: [] });

      // Revoking what they approve takes them off the list: the contact and the approvers change.
      const revoke = await hear(admin, () =>
        admin.permissions.setAccess(
          target.id,
          { role: target.role, grants: [], sites: target.sites },
          { version: access.result.version },
        ),
      );
      expectHeard(
        revoke.heard,
        { record: 'contact', kind: 'updated', ids: [target.id] },
        { record: 'approvers', kind: 'updated', ids: [] },
      );

      const policy = await admin.permissions.policy();
      const saved = await hear(admin, () =>
        admin.permissions.updatePolicy(policy, { version: policy.version }),
      );
      expectHeard(saved.heard, { record: 'policy', kind: 'updated', ids: [policy.id] });
    });

    it('tells seat and invitation writes', async () => {
      const user = await hear(admin, () =>
        admin.seats.create({
          name: 'Ubirajara Assento',
          email: 'ubirajara.assento@exemplo.com.br',
          password: 'Portico#2026',
        }),
      );
      expectHeard(user.heard, { record: 'saas-user', kind: 'created', ids: [user.result.id] });
      const off = await hear(admin, () =>
        admin.seats.deactivate(user.result.id, { version: user.result.version }),
      );
      expectHeard(off.heard, { record: 'saas-user', kind: 'updated', ids: [user.result.id] });
      const on = await hear(admin, () =>
        admin.seats.reactivate(user.result.id, { version: off.result.version }),
      );
      expectHeard(on.heard, { record: 'saas-user', kind: 'updated', ids: [user.result.id] });
      const asked = await hear(admin, () => admin.seats.requestMore(3, 'Mais três'));
      expectHeard(asked.heard, {
        record: 'seat-request',
        kind: 'created',
        ids: [asked.result.requestId],
      });

      const contact = await admin.contacts.create(person());
      const sent = await hear(admin, () => admin.invitations.send(contact.id));
      expectHeard(
        sent.heard,
        { record: 'invitation', kind: 'created', ids: [sent.result.id] },
        { record: 'contact', kind: 'updated', ids: [contact.id] },
      );
      const revoked = await hear(admin, () =>
        admin.invitations.revoke(sent.result.id, { version: sent.result.version }),
      );
      expectHeard(revoked.heard, { record: 'invitation', kind: 'updated', ids: [sent.result.id] });

      const template = await admin.invitations.template();
      const edited = await hear(admin, () =>
        admin.invitations.updateTemplate(
          { subject: 'Bem-vindo, {name}', body: 'Acesse {setupUrl}' },
          { version: template.version },
        ),
      );
      expectHeard(edited.heard, { record: 'template', kind: 'updated', ids: [] });
    });

    it('tells nothing for a refused write, and nothing after the subscription ends', async () => {
      const me: Contact = await admin.contacts.get(data.actors.generalAdmin);
      const refused = await hear(admin, () =>
        refusal(admin.contacts.remove(me.id, { version: me.version }), 'forbidden', 'self'),
      );
      expect(refused.heard).to.deep.equal([]);

      const heard: Change[] = [];
      const stop = admin.changes!.subscribe((change) => heard.push(change));
      stop();
      stop();
      await admin.contacts.create(person());
      expect(heard).to.deep.equal([]);
    });
  });
}
