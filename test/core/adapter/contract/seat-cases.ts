import { expect } from '@open-wc/testing';
import type { PortalAdapter } from '../../../../src/core/adapter/types.js';
import { createDemoData, type DemoData } from '../../../../src/core/demo-data.js';
import type { SaasUser, SeatSummary } from '../../../../src/core/model/index.js';
import { createPermissionEngine } from '../../../../src/core/permissions/index.js';
import {
  addSaasUserVerdict,
  requestSeatsVerdict,
  saasUserVerdict,
  type SaasUserAct,
  type SeatVerdict,
} from '../../../../src/core/rules/index.js';
import { refusal } from '../support.js';
import type { AdapterFixture, MakeAdapters } from './contract-suite.js';

const password = 'Portico#2026';

/** The code a refused seat verdict shows: the engine's reason or the state's. */
function codeOf(outcome: SeatVerdict): string {
  if (outcome.allowed) return 'allowed';
  return 'engine' in outcome ? outcome.engine.code : outcome.state;
}

/** The session's facts, as the UI gathers them to ask the rules layer. */
async function contextOf(adapter: PortalAdapter) {
  const [session, policy] = await Promise.all([
    adapter.session.current(),
    adapter.permissions.policy(),
  ]);
  return { engine: createPermissionEngine(policy), actor: session.actor };
}

/** What the UI shows for "add a SaaS user" to the pool, asked of the rules layer. */
async function addShown(adapter: PortalAdapter, product?: string): Promise<string> {
  const usage = await adapter.seats.summary(product ? { product } : {});
  return codeOf(addSaasUserVerdict(await contextOf(adapter), usage));
}

/** What the UI shows for `act` on `user`, asked of the rules layer. */
async function actShown(adapter: PortalAdapter, act: SaasUserAct, user: SaasUser): Promise<string> {
  const usage = await adapter.seats.summary(user.product ? { product: user.product } : {});
  return codeOf(saasUserVerdict(await contextOf(adapter), act, user, usage));
}

/** The users of a pool, whatever their status. */
async function everyUser(adapter: PortalAdapter, product?: string): Promise<SaasUser[]> {
  const page = await adapter.seats.list({
    limit: 500,
    ...(product ? { filter: { product } } : {}),
  });
  return page.items;
}

/**
 * The seat limit is an invariant of the backend (issue 11): for each seat act, what the rules layer
 * tells the UI and what the adapter does agree — a refusal the UI shows is a refusal the backend
 * answers, with the same code, and nothing written.
 */
export function describeSeatCases(makeAdapters: MakeAdapters): void {
  describe('seats: the limit the UI shows is the one the backend keeps', () => {
    let data: DemoData;
    let fixture: AdapterFixture;
    let admin: PortalAdapter;
    let secondAdmin: PortalAdapter;
    let user: PortalAdapter;
    let before: SeatSummary;

    beforeEach(async () => {
      data = createDemoData({ contacts: 60, seed: 17 });
      const companyId = data.contacts.find((c) => c.id === data.actors.generalAdmin)!.companyId;
      const active = data.saasUsers.filter(
        (u) => u.companyId === companyId && u.status === 'active' && !u.product,
      ).length;
      // One free seat in the company's pool, one in the product "bi".
      data.seats[companyId] = { licensed: active + 1, products: { bi: 1 } };
      fixture = await makeAdapters(data);
      admin = fixture.as(data.actors.generalAdmin);
      secondAdmin = fixture.as(data.actors.registrationAdmin);
      user = fixture.as(data.actors.systemUser);
      before = await admin.seats.summary();
    });

    afterEach(async () => {
      await fixture?.cleanup();
    });

    it('refuses a create at the limit with no-seats, as the UI does, and writes nothing', async () => {
      expect(before.used).to.equal(before.licensed - 1);
      expect(await addShown(admin)).to.equal('allowed');
      const made = await admin.seats.create({
        name: 'Lia Souza',
        email: 'lia.souza@horizonte.com.br',
        password,
      });
      expect(made).to.include({ status: 'active', name: 'Lia Souza' });
      expect(made).not.to.have.property('password');
      const full = await admin.seats.summary();
      expect(full.used).to.equal(full.licensed);
      expect(await addShown(admin)).to.equal('no-seats');
      const total = (await admin.seats.list()).total;
      const error = await refusal(
        admin.seats.create({ name: 'Rui Lopes', email: 'rui.lopes@horizonte.com.br', password }),
        'conflict',
        'no-seats',
      );
      expect(error.current).to.include({ licensed: full.licensed, used: full.used });
      expect((await admin.seats.list()).total).to.equal(total);
      expect(await admin.seats.summary()).to.deep.equal(full);
    });

    it('lets parallel creates take only the free seats, never past the limit', async () => {
      const free = before.licensed - before.used;
      const outcomes = await Promise.allSettled(
        Array.from({ length: free + 3 }, (_, i) =>
          admin.seats.create({
            name: `Pessoa Paralela ${i}`,
            email: `paralela${i}@horizonte.com.br`,
            password,
          }),
        ),
      );
      const made = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.flatMap((o): unknown[] =>
        o.status === 'rejected' ? [o.reason] : [],
      );
      expect(made.length).to.equal(free);
      expect(refused.map((e) => (e as { code?: string }).code)).to.deep.equal([
        'no-seats',
        'no-seats',
        'no-seats',
      ]);
      const after = await admin.seats.summary();
      expect([after.used, after.licensed]).to.deep.equal([before.licensed, before.licensed]);
    });

    it('frees a seat on deactivate and refuses a reactivation with no-seats once it is taken', async () => {
      const [first] = (await admin.seats.list({ filter: { status: ['active'] }, limit: 1 })).items;
      expect(await actShown(admin, 'deactivate', first!)).to.equal('allowed');
      const off = await admin.seats.deactivate(first!.id, { version: first!.version });
      expect(off.status).to.equal('inactive');
      expect((await admin.seats.summary()).used).to.equal(before.used - 1);
      // The freed seat and the one left free before are taken.
      const taken: SaasUser[] = [];
      for (const name of ['Lia Souza', 'Rui Lopes']) {
        const email = `${name.toLowerCase().replace(' ', '.')}@horizonte.com.br`;
        taken.push(await admin.seats.create({ name, email, password }));
      }
      expect(await actShown(admin, 'reactivate', off)).to.equal('no-seats');
      await refusal(
        admin.seats.reactivate(off.id, { version: off.version }),
        'conflict',
        'no-seats',
      );
      expect((await admin.seats.summary()).used).to.equal(before.licensed);
      const freed = await admin.seats.deactivate(taken[0]!.id, { version: taken[0]!.version });
      expect(freed.status).to.equal('inactive');
      expect(await actShown(admin, 'reactivate', off)).to.equal('allowed');
      const back = await admin.seats.reactivate(off.id, { version: off.version });
      expect(back).to.include({ status: 'active', version: off.version + 1 });
    });

    it('refuses acts that do not fit the status, with the code the UI shows', async () => {
      const [first] = (await admin.seats.list({ filter: { status: ['active'] }, limit: 1 })).items;
      expect(await actShown(admin, 'reactivate', first!)).to.equal('saas-user-active');
      const active = await refusal(
        admin.seats.reactivate(first!.id, { version: first!.version }),
        'conflict',
        'invalid-transition',
      );
      expect(active.fields.map((f) => f.code)).to.deep.equal(['saas-user-active']);
      const off = await admin.seats.deactivate(first!.id, { version: first!.version });
      for (const act of ['deactivate', 'change-password'] as const) {
        expect(await actShown(admin, act, off)).to.equal('saas-user-inactive');
      }
      const inactive = await refusal(
        admin.seats.deactivate(off.id, { version: off.version }),
        'conflict',
        'invalid-transition',
      );
      expect(inactive.fields.map((f) => f.code)).to.deep.equal(['saas-user-inactive']);
      await refusal(
        admin.seats.changePassword(off.id, 'Outra#Senha2026', { version: off.version }),
        'conflict',
        'invalid-transition',
      );
      await refusal(
        admin.seats.reactivate(off.id, { version: off.version - 1 }),
        'conflict',
        'stale-version',
      );
    });

    it('refuses every seat write to someone without manage-saas-users, as the UI does', async () => {
      const context = await contextOf(user);
      expect(codeOf(addSaasUserVerdict(context, before))).not.to.equal('allowed');
      expect(codeOf(requestSeatsVerdict(context))).not.to.equal('allowed');
      const [first] = await everyUser(admin);
      await refusal(
        user.seats.create({ name: 'Lia Souza', email: 'lia.souza@horizonte.com.br', password }),
        'forbidden',
      );
      await refusal(user.seats.deactivate(first!.id, { version: first!.version }), 'forbidden');
      await refusal(user.seats.requestMore(2, 'Mais'), 'forbidden');
      await refusal(user.seats.requests(), 'forbidden');
      expect(await admin.seats.summary()).to.deep.equal(before);
    });

    it('keeps product pools apart', async () => {
      expect(await admin.seats.summary({ product: 'bi' })).to.include({ licensed: 1, used: 0 });
      expect(await addShown(admin, 'bi')).to.equal('allowed');
      const bi = await admin.seats.create({
        name: 'Lia Souza',
        email: 'lia.souza@horizonte.com.br',
        password,
        product: 'bi',
      });
      expect(bi.product).to.equal('bi');
      expect(await addShown(admin, 'bi')).to.equal('no-seats');
      await refusal(
        admin.seats.create({
          name: 'Rui Lopes',
          email: 'rui.lopes@horizonte.com.br',
          password,
          product: 'bi',
        }),
        'conflict',
        'no-seats',
      );
      expect((await everyUser(admin, 'bi')).map((u) => u.id)).to.deep.equal([bi.id]);
      // The company's own pool is untouched and still has its free seat.
      expect(await admin.seats.summary()).to.deep.equal(before);
      expect(await addShown(admin)).to.equal('allowed');
      // A product nobody licensed has no seat at all.
      await refusal(
        admin.seats.create({
          name: 'Rui Lopes',
          email: 'rui.lopes@horizonte.com.br',
          password,
          product: 'crm',
        }),
        'conflict',
        'no-seats',
      );
    });

    it('lists the requests for more seats, so a second admin sees one is open', async () => {
      const { requestId } = await admin.seats.requestMore(5, 'Vamos contratar uma equipe.');
      await admin.seats.requestMore(2, '', { product: 'bi' });
      const open = await secondAdmin.seats.requests({ filter: { status: ['pending'] } });
      expect(open.items.map((r) => [r.id, r.seats, r.status, r.message])).to.deep.equal([
        [requestId, 5, 'pending', 'Vamos contratar uma equipe.'],
      ]);
      expect(open.items[0]!.actorId).to.equal(data.actors.generalAdmin);
      const bi = await secondAdmin.seats.requests({ filter: { product: 'bi' } });
      expect(bi.items.map((r) => [r.seats, r.product])).to.deep.equal([[2, 'bi']]);
      const error = await refusal(admin.seats.requestMore(0, 'x'.repeat(2001)), 'validation');
      expect(error.fields.map((f) => f.field).sort()).to.deep.equal(['message', 'seats']);
      expect((await admin.seats.requests()).total).to.equal(1);
    });
  });
}
