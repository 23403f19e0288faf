import { expect } from '@open-wc/testing';
import type { ContactQuery, PortalAdapter } from '../../../../src/core/adapter/types.js';
import { createDemoData } from '../../../../src/core/demo-data.js';
import type { DemoData } from '../../../../src/core/demo-data.js';
import type { Contact, ContactInput, ContactPatch } from '../../../../src/core/model/index.js';
import { generateCpf } from '../../../../src/core/validation/index.js';
import { refusal, sampleContact } from '../support.js';
import { describeChangeCases } from './change-cases.js';
import { describeHistoryCases } from './history-cases.js';
import { describeImportCases } from './import-cases.js';
import { describeInvitationCases, noCooldown } from './invitation-cases.js';
import { describeRuleCases } from './rules-cases.js';
import { describeSeatCases } from './seat-cases.js';

/** What a runner hands the suite: the adapter as seen by one signed-in person, and a way to tidy up. */
export interface AdapterFixture {
  as(actorId: string): PortalAdapter;
  /**
   * An adapter with no session, as the invitee's setup page has (`invitations.inspect`, `accept`,
   * `activate`). Default: `as('')`.
   */
  anonymous?(): PortalAdapter;
  cleanup(): Promise<void> | void;
}

export type MakeAdapters = (data: DemoData) => Promise<AdapterFixture>;

/** Case- and accent-folded text, computed here on its own so the suite does not trust the code under test. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Names compared the way a Brazilian reader orders them (base letters; accents and case do not count). */
const collator = new Intl.Collator('pt-BR', { sensitivity: 'base' });

/** A small seeded generator (the suite's randomness is a parameter too). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Every item of a list, page by page; checks the paging invariants on the way. */
async function listAll(
  adapter: PortalAdapter,
  query: ContactQuery,
): Promise<{ items: Contact[]; total: number }> {
  const items: Contact[] = [];
  let cursor: string | null | undefined;
  let total = -1;
  let pages = 0;
  do {
    const page = await adapter.contacts.list({ ...query, cursor });
    if (total === -1) total = page.total;
    expect(page.total, 'total is the same on every page').to.equal(total);
    expect(page.items.length).to.be.at.most(query.limit ?? 50);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    expect(pages, 'paging ends').to.be.at.most(total / (query.limit ?? 50) + 2);
  } while (cursor);
  expect(cursor, 'the last page has no next cursor').to.equal(null);
  return { items, total };
}

function expectSortedByName(items: readonly Contact[], direction: 'asc' | 'desc'): void {
  for (let i = 1; i < items.length; i++) {
    const order = collator.compare(items[i - 1]!.name, items[i]!.name);
    const ok = direction === 'asc' ? order <= 0 : order >= 0;
    expect(ok, `"${items[i - 1]!.name}" then "${items[i]!.name}" (${direction})`).to.equal(true);
  }
}

let serial = 0;
/** A valid new contact with a unique e-mail. */
function newContact(overrides: Partial<ContactInput> = {}): ContactInput {
  serial += 1;
  const random = lcg(serial * 7919);
  return sampleContact({
    name: `Conceição Gonçalves Teste ${serial}`,
    email: `conceicao.teste.${serial}.${Math.floor(random() * 1e6)}@exemplo.com.br`,
    document: { type: 'cpf', number: generateCpf(random) },
    jobTitle: 'Analista de Suporte',
    ...overrides,
  });
}

/**
 * The one contract every `PortalAdapter` must keep. `makeAdapters(data)` builds a fresh backend from
 * `data` and answers adapters acting as any of its people; the suite runs the same assertions against
 * each adapter it is given (MemoryAdapter, RestAdapter + msw, a vendor's own).
 */
export function runAdapterContract(name: string, makeAdapters: MakeAdapters): void {
  describe(`PortalAdapter contract — ${name}`, () => {
    let data: DemoData;
    let fixture: AdapterFixture;
    let admin: PortalAdapter;
    let registrar: PortalAdapter;
    let user: PortalAdapter;

    /** The first company's contacts as the data holds them. */
    const firstCompany = () => data.contacts.filter((c) => c.companyId === data.companies[0]!.id);

    async function start(contacts: number): Promise<void> {
      data = createDemoData({ contacts, seed: 11 });
      fixture = await makeAdapters(data);
      admin = fixture.as(data.actors.generalAdmin);
      registrar = fixture.as(data.actors.registrationAdmin);
      user = fixture.as(data.actors.systemUser);
    }

    afterEach(async () => {
      await fixture?.cleanup();
    });

    describe('contacts: create, read, update, delete', () => {
      beforeEach(() => start(120));

      it('creates a contact the server completes, reads it back, finds it by search', async () => {
        const input = newContact();
        const created = await admin.contacts.create(input);
        expect(created.id).to.be.a('string').and.not.equal('');
        expect(created.name).to.equal(input.name);
        expect(created.email).to.equal(input.email);
        expect(created.status).to.equal('potential');
        expect(created.role).to.equal('system-user');
        expect(created.companyId).to.equal(data.companies[0]!.id);
        expect(created.version).to.be.a('number');

        expect(await admin.contacts.get(created.id)).to.deep.equal(created);
        const found = await admin.contacts.list({ search: 'conceicao goncalves teste' });
        expect(found.items.map((c) => c.id)).to.include(created.id);
      });

      it('updates a profile against its version and answers the new version', async () => {
        const before = await admin.contacts.get(data.actors.systemUser);
        const after = await admin.contacts.update(
          before.id,
          { jobTitle: 'Coordenadora de Compras' },
          { version: before.version },
        );
        expect(after.jobTitle).to.equal('Coordenadora de Compras');
        expect(after.name).to.equal(before.name);
        expect(after.version).to.be.greaterThan(before.version);
        expect((await admin.contacts.get(before.id)).jobTitle).to.equal('Coordenadora de Compras');
      });

      it('deletes a contact for good', async () => {
        const created = await admin.contacts.create(newContact());
        const { total } = await admin.contacts.list({ limit: 1 });
        await admin.contacts.remove(created.id, { version: created.version });
        await refusal(admin.contacts.get(created.id), 'not-found');
        expect((await admin.contacts.list({ limit: 1 })).total).to.equal(total - 1);
      });

      it('never makes a second record for a repeated idempotency key', async () => {
        const input = newContact();
        const { total } = await admin.contacts.list({ limit: 1 });
        const first = await admin.contacts.create(input, { idempotencyKey: 'create-once-1' });
        const again = await admin.contacts.create(input, { idempotencyKey: 'create-once-1' });
        expect(again.id).to.equal(first.id);
        expect((await admin.contacts.list({ limit: 1 })).total).to.equal(total + 1);
      });
    });

    describe('lists: paging, search, filter, sort', () => {
      it('pages through 10,000 contacts sorted by name, each exactly once, then searches, filters and sorts', async function () {
        // Not a time limit: room for ~25 round trips of 500 contacts on a loaded CI machine (default 20 s).
        this.timeout(120_000);
        await start(10_000);
        const expected = firstCompany();
        expect(expected.length).to.be.at.least(10_000);

        // Paging: every id exactly once, `total` right, the last cursor null, names in order across pages.
        const all = await listAll(admin, { limit: 500, sort: { field: 'name', direction: 'asc' } });
        expect(all.total).to.equal(expected.length);
        const ids = all.items.map((c) => c.id);
        expect(new Set(ids).size, 'no id twice').to.equal(ids.length);
        expect(new Set(ids)).to.deep.equal(new Set(expected.map((c) => c.id)));
        expectSortedByName(all.items, 'asc');

        // Search: accent- and case-insensitive — "joao" finds "João", and finds every one of them.
        const joao = await listAll(admin, { search: 'joao', limit: 500 });
        const joaoExpected = all.items.filter(
          (c) => fold(c.name).includes('joao') || fold(c.email).includes('joao'),
        );
        expect(
          joaoExpected.some((c) => c.name.includes('João')),
          'the data has a João',
        ).to.equal(true);
        expect(joao.total).to.equal(joaoExpected.length);
        expect(new Set(joao.items.map((c) => c.id))).to.deep.equal(
          new Set(joaoExpected.map((c) => c.id)),
        );
        const upper = await admin.contacts.list({ search: 'JOÃO', limit: 1 });
        expect(upper.total).to.equal(joao.total);

        // Filter by status (any of) and by role.
        const suspendedOrInactive = await listAll(admin, {
          filter: { status: ['suspended', 'inactive'] },
          limit: 500,
        });
        const statusExpected = all.items.filter(
          (c) => c.status === 'suspended' || c.status === 'inactive',
        );
        expect(statusExpected.length).to.be.greaterThan(0);
        expect(suspendedOrInactive.total).to.equal(statusExpected.length);
        expect(
          suspendedOrInactive.items.every(
            (c) => c.status === 'suspended' || c.status === 'inactive',
          ),
        ).to.equal(true);
        const admins = await listAll(admin, { filter: { role: ['general-admin'] }, limit: 500 });
        expect(admins.total).to.equal(all.items.filter((c) => c.role === 'general-admin').length);
        expect(admins.items.every((c) => c.role === 'general-admin')).to.equal(true);

        // Filters and search together.
        const activeJoao = await admin.contacts.list({
          search: 'joao',
          filter: { status: ['active'] },
          limit: 500,
        });
        expect(activeJoao.total).to.equal(joaoExpected.filter((c) => c.status === 'active').length);

        // Sort descending: the reverse order, the same total.
        const desc = await admin.contacts.list({
          limit: 500,
          sort: { field: 'name', direction: 'desc' },
        });
        expect(desc.total).to.equal(all.total);
        expectSortedByName(desc.items, 'desc');
        expect(collator.compare(desc.items[0]!.name, all.items.at(-1)!.name)).to.equal(0);
      });

      it('filters by site, tickets in progress and creation dates, and refuses a bad filter', async () => {
        await start(300);
        const all = await listAll(admin, { limit: 500 });
        const siteId = all.items.flatMap((c) => c.sites).at(0)?.siteId;
        expect(siteId, 'the data has a contact with a site').to.be.a('string');
        const onSite = await listAll(admin, { filter: { site: [siteId!] }, limit: 500 });
        const onSiteExpected = all.items.filter((c) => c.sites.some((s) => s.siteId === siteId));
        expect(onSite.total).to.equal(onSiteExpected.length);
        expect(onSite.items.map((c) => c.id).sort()).to.deep.equal(
          onSiteExpected.map((c) => c.id).sort(),
        );

        const open = await listAll(admin, { filter: { tickets: 'open' }, limit: 500 });
        const openExpected = all.items.filter((c) => c.openTickets > 0);
        expect(openExpected.length).to.be.greaterThan(0);
        expect(open.total).to.equal(openExpected.length);
        const none = await admin.contacts.list({ filter: { tickets: 'none' }, limit: 1 });
        expect(none.total).to.equal(all.total - openExpected.length);

        // A half-open range: from the middle creation time (inclusive) to the last (exclusive).
        const times = [...new Set(all.items.map((c) => c.createdAt))].sort();
        expect(times.length).to.be.greaterThan(2);
        const from = times[Math.floor(times.length / 2)]!;
        const before = times.at(-1)!;
        const created = await listAll(admin, {
          filter: { createdFrom: from, createdBefore: before },
          limit: 500,
        });
        const at = (iso: string) => Date.parse(iso);
        const createdExpected = all.items.filter(
          (c) => at(c.createdAt) >= at(from) && at(c.createdAt) < at(before),
        );
        expect(createdExpected.length).to.be.greaterThan(0);
        expect(created.total).to.equal(createdExpected.length);

        const refused = await refusal(
          admin.contacts.list({ filter: { tickets: 'some' as 'open', createdFrom: 'yesterday' } }),
          'validation',
          'invalid-query',
        );
        expect(refused.fields.map((f) => f.field).sort()).to.deep.equal([
          'filter.createdFrom',
          'filter.tickets',
        ]);
      });

      it('filters by last sign-in (ever, never, a range), sorts by it, and refuses a bad value', async () => {
        await start(300);
        const all = await listAll(admin, { limit: 500 });
        const signed = all.items.filter((c) => c.lastSignInAt !== undefined);
        expect(signed.length, 'the data has people who signed in').to.be.greaterThan(2);
        expect(signed.length, 'and people who never did').to.be.lessThan(all.items.length);

        const ever = await listAll(admin, { filter: { signedIn: 'ever' }, limit: 500 });
        expect(ever.total).to.equal(signed.length);
        expect(ever.items.map((c) => c.id).sort()).to.deep.equal(signed.map((c) => c.id).sort());
        const never = await listAll(admin, {
          filter: { signedIn: 'never', status: ['active'] },
          limit: 500,
        });
        const neverExpected = all.items.filter((c) => !c.lastSignInAt && c.status === 'active');
        expect(never.items.map((c) => c.id).sort()).to.deep.equal(
          neverExpected.map((c) => c.id).sort(),
        );

        // A half-open range: never-signed-in people are outside it.
        const times = [...new Set(signed.map((c) => c.lastSignInAt!))].sort();
        const from = times[Math.floor(times.length / 3)]!;
        const before = times.at(-1)!;
        const ranged = await listAll(admin, {
          filter: { lastSignInFrom: from, lastSignInBefore: before },
          limit: 500,
        });
        const at = (iso: string) => Date.parse(iso);
        const rangedExpected = signed.filter(
          (c) => at(c.lastSignInAt!) >= at(from) && at(c.lastSignInAt!) < at(before),
        );
        expect(rangedExpected.length).to.be.greaterThan(0);
        expect(ranged.items.map((c) => c.id).sort()).to.deep.equal(
          rangedExpected.map((c) => c.id).sort(),
        );

        // Sorted by last sign-in over small pages: never first ascending, then oldest to newest.
        const sorted = await listAll(admin, {
          limit: 37,
          sort: { field: 'lastSignInAt', direction: 'asc' },
        });
        expect(sorted.items.length).to.equal(all.items.length);
        const keys = sorted.items.map((c) => (c.lastSignInAt ? at(c.lastSignInAt) : 0));
        expect(keys).to.deep.equal([...keys].sort((a, b) => a - b));
        const desc = await admin.contacts.list({
          limit: 1,
          sort: { field: 'lastSignInAt', direction: 'desc' },
        });
        expect(desc.items[0]!.lastSignInAt).to.equal(times.at(-1));

        const refused = await refusal(
          admin.contacts.list({
            filter: { signedIn: 'sometimes' as 'ever', lastSignInBefore: 'last week' },
          }),
          'validation',
          'invalid-query',
        );
        expect(refused.fields.map((f) => f.field).sort()).to.deep.equal([
          'filter.lastSignInBefore',
          'filter.signedIn',
        ]);
      });

      it('keeps a stable order when many names tie, so pages neither repeat nor skip', async () => {
        await start(300);
        const byStatus = await listAll(admin, {
          limit: 7,
          sort: { field: 'status', direction: 'asc' },
        });
        const ids = byStatus.items.map((c) => c.id);
        expect(new Set(ids).size).to.equal(ids.length);
        expect(ids.length).to.equal(byStatus.total);
        const again = await listAll(admin, {
          limit: 7,
          sort: { field: 'status', direction: 'asc' },
        });
        expect(again.items.map((c) => c.id)).to.deep.equal(ids);
      });

      it('lists only the signed-in company', async () => {
        await start(60);
        const all = await listAll(admin, { limit: 500 });
        expect(all.items.every((c) => c.companyId === data.companies[0]!.id)).to.equal(true);
        const other = data.contacts.find((c) => c.companyId !== data.companies[0]!.id)!;
        await refusal(admin.contacts.get(other.id), 'not-found');
        expect((await admin.contacts.list({ search: other.email })).total).to.equal(0);
      });
    });

    describe('versions', () => {
      beforeEach(() => start(60));

      it('refuses a write against a stale version, answers the current record and writes nothing', async () => {
        const seen = await admin.contacts.get(data.actors.systemUser);
        const changed = await admin.contacts.update(
          seen.id,
          { jobTitle: 'Gerente de Projetos' },
          { version: seen.version },
        );

        const error = await refusal(
          admin.contacts.update(seen.id, { jobTitle: 'Estagiária' }, { version: seen.version }),
          'conflict',
          'stale-version',
        );
        expect((error.current as Contact | undefined)?.version).to.equal(changed.version);
        expect((error.current as Contact | undefined)?.jobTitle).to.equal('Gerente de Projetos');

        await refusal(
          admin.contacts.remove(seen.id, { version: seen.version }),
          'conflict',
          'stale-version',
        );
        await refusal(
          admin.contacts.transition(seen.id, 'suspend', { version: seen.version }),
          'conflict',
        );
        const now = await admin.contacts.get(seen.id);
        expect(now).to.deep.equal(changed);
      });
    });

    describe('permissions', () => {
      beforeEach(() => start(60));

      it("refuses a system user editing someone else's contact, and writes nothing", async () => {
        const other = await admin.contacts.get(data.actors.registrationAdmin);
        await refusal(
          user.contacts.update(other.id, { jobTitle: 'Hacker' }, { version: other.version }),
          'forbidden',
        );
        expect(await admin.contacts.get(other.id)).to.deep.equal(other);
      });

      it('lets a system user edit their own contact', async () => {
        const own = await user.contacts.get(data.actors.systemUser);
        const after = await user.contacts.update(
          own.id,
          { jobTitle: 'Analista Sênior' },
          { version: own.version },
        );
        expect(after.jobTitle).to.equal('Analista Sênior');
      });

      it('refuses a registration admin granting permissions, and writes nothing', async () => {
        const target = await admin.contacts.get(data.actors.systemUser);
        await refusal(
          registrar.permissions.setAccess(
            target.id,
            {
              role: target.role,
              grants: [...target.grants, 'approve-budgets'],
              sites: target.sites,
            },
            { version: target.version },
          ),
          'forbidden',
        );
        await refusal(
          registrar.permissions.setAccess(
            target.id,
            { role: 'registration-admin', grants: target.grants, sites: target.sites },
            { version: target.version },
          ),
          'forbidden',
        );
        expect(await admin.contacts.get(target.id)).to.deep.equal(target);
      });

      it('refuses to demote, suspend or delete the last general admin, and writes nothing', async () => {
        const second = data.companies[1]!.id;
        const actors = data.companyActors[second]!;
        const theAdmin = fixture.as(actors.generalAdmin);
        const theRegistrar = fixture.as(actors.registrationAdmin);
        const admins = await theAdmin.contacts.list({ filter: { role: ['general-admin'] } });
        expect(admins.total, 'the second company has exactly one general admin').to.equal(1);
        const last = admins.items[0]!;

        await refusal(
          theAdmin.permissions.setAccess(
            last.id,
            { role: 'system-user', grants: last.grants, sites: last.sites },
            { version: last.version },
          ),
          'forbidden',
        );
        await refusal(
          theRegistrar.contacts.transition(last.id, 'suspend', { version: last.version }),
          'forbidden',
          'last-admin',
        );
        await refusal(
          theRegistrar.contacts.transition(last.id, 'inactivate', { version: last.version }),
          'forbidden',
          'last-admin',
        );
        await refusal(
          theRegistrar.contacts.remove(last.id, { version: last.version }),
          'forbidden',
          'last-admin',
        );
        expect(await theAdmin.contacts.get(last.id)).to.deep.equal(last);
      });

      it('lets a general admin grant what they hold', async () => {
        const target = await admin.contacts.get(data.actors.systemUser);
        const after = await admin.permissions.setAccess(
          target.id,
          {
            role: target.role,
            grants: [...new Set([...target.grants, 'approve-budgets'])],
            sites: target.sites,
          },
          { version: target.version },
        );
        expect(after.grants).to.include('approve-budgets');
      });
    });

    describe('validation and invariants', () => {
      beforeEach(() => start(60));

      it('refuses bad input naming each bad field, and writes nothing', async () => {
        const { total } = await admin.contacts.list({ limit: 1 });
        const input = newContact({
          name: 'Sebastião Incompleto',
          email: 'not-an-email',
          document: { type: 'cpf', number: '123.456.789-00' },
          phone: { countryCode: '55', area: '20', number: '987654321' },
        });
        const error = await refusal(admin.contacts.create(input), 'validation');
        const fields = error.fields.map((f) => f.field);
        expect(fields).to.include.members(['email', 'document.number', 'phone.area']);
        expect(fields).not.to.include('name');
        expect((await admin.contacts.list({ limit: 1 })).total).to.equal(total);
        expect((await admin.contacts.list({ search: 'sebastiao incompleto' })).total).to.equal(0);
      });

      it('refuses a partly bad update as a whole: the valid change is not written either', async () => {
        const before = await admin.contacts.get(data.actors.systemUser);
        const error = await refusal(
          admin.contacts.update(
            before.id,
            { jobTitle: 'Diretora', phone: { countryCode: '55', area: '00', number: '1' } },
            { version: before.version },
          ),
          'validation',
        );
        expect(error.fields.map((f) => f.field)).to.include('phone.area');
        expect(await admin.contacts.get(before.id)).to.deep.equal(before);
      });

      it('keeps the e-mail immutable', async () => {
        const before = await admin.contacts.get(data.actors.systemUser);
        const patch = { email: 'outro.endereco@exemplo.com.br' } as ContactPatch;
        const error = await refusal(
          admin.contacts.update(before.id, patch, { version: before.version }),
          'validation',
        );
        expect(error.fields).to.deep.include({ field: 'email', code: 'email-immutable' });
        expect((await admin.contacts.get(before.id)).email).to.equal(before.email);
      });

      it('refuses a second contact with an e-mail already taken', async () => {
        const existing = await admin.contacts.get(data.actors.systemUser);
        const error = await refusal(
          admin.contacts.create(newContact({ email: existing.email })),
          'validation',
        );
        expect(error.fields.map((f) => f.field)).to.include('email');
      });

      it('answers not-found for an unknown id', async () => {
        await refusal(admin.contacts.get('no-such-contact'), 'not-found');
        await refusal(
          admin.contacts.update('no-such-contact', { jobTitle: 'X' }, { version: 0 }),
          'not-found',
        );
        await refusal(admin.contacts.remove('no-such-contact', { version: 0 }), 'not-found');
        await refusal(
          admin.contacts.transition('no-such-contact', 'suspend', { version: 0 }),
          'not-found',
        );
      });

      it('refuses to delete a contact with tickets in progress until they are transferred', async () => {
        const all = await listAll(admin, { limit: 500 });
        const busy = all.items.find((c) => c.openTickets > 0 && c.role !== 'general-admin')!;
        expect(busy, 'the data has a contact with tickets in progress').to.not.equal(undefined);
        await refusal(
          admin.contacts.remove(busy.id, { version: busy.version }),
          'forbidden',
          'tickets-in-progress',
        );
        expect(await admin.contacts.get(busy.id)).to.deep.equal(busy);

        const moved = await admin.contacts.transferTickets(busy.id, data.actors.generalAdmin);
        expect(moved.moved).to.equal(busy.openTickets);
        expect(moved.from.openTickets).to.equal(0);
        await admin.contacts.remove(busy.id, { version: moved.from.version });
        await refusal(admin.contacts.get(busy.id), 'not-found');
      });
    });

    describe('the rest of the surface', () => {
      beforeEach(() => start(60));

      it('answers the session, policy, sites, seats, invitations and template', async () => {
        const session = await user.session.current();
        expect(session.actor.id).to.equal(data.actors.systemUser);
        expect(session.company.id).to.equal(data.companies[0]!.id);
        const policy = await admin.permissions.policy();
        expect(policy.adminRole).to.equal('general-admin');
        const sites = await admin.sites.list();
        expect(sites.total).to.be.greaterThan(0);
        expect(sites.items.every((s) => s.companyId === data.companies[0]!.id)).to.equal(true);
        const seats = await admin.seats.summary();
        expect(seats.used).to.be.at.most(seats.licensed);
        expect((await admin.seats.list()).total).to.be.greaterThan(0);
        expect(
          (await admin.invitations.list()).items.every(
            (i) => i.companyId === data.companies[0]!.id,
          ),
        ).to.equal(true);
        const template = await admin.invitations.template();
        expect(template.body).to.be.a('string').and.not.equal('');
        const approvers = await admin.permissions.approvers();
        expect(approvers.budgets).to.be.an('array');
      });

      it('sends, resends and revokes an invitation', async () => {
        const contact = await admin.contacts.create(newContact());
        const sent = await admin.invitations.send(contact.id);
        expect(sent.contactId).to.equal(contact.id);
        expect(sent.status).to.equal('pending');
        expect((await admin.contacts.get(contact.id)).status).to.equal('invited');
        // Sent again at once: the company's cooldown says when it may be (429 with Retry-After).
        const early = await refusal(
          admin.invitations.resend(sent.id, { version: sent.version }),
          'rate-limited',
          'resend-cooldown',
        );
        expect(early.retryAfter).to.be.within(1, 60);
        await noCooldown(admin);
        const resent = await admin.invitations.resend(sent.id, { version: sent.version });
        expect(resent.setupUrl, 'a resend sends a new link').to.not.equal(sent.setupUrl);
        expect(resent.sendCount).to.equal(sent.sendCount + 1);
        const revoked = await admin.invitations.revoke(resent.id, { version: resent.version });
        expect(revoked.status).to.equal('revoked');
        await refusal(admin.invitations.resend(sent.id, { version: sent.version }), 'conflict');
      });

      it("lists one contact's invitations, alone or with a status, to resend the pending one", async () => {
        const contact = await admin.contacts.create(newContact());
        const neighbour = await admin.contacts.create(newContact());
        await noCooldown(admin);
        const sent = await admin.invitations.send(contact.id);
        await admin.invitations.send(neighbour.id);

        const mine = await admin.invitations.list({ filter: { contactId: contact.id } });
        expect(mine.total).to.equal(1);
        expect(mine.items.map((i) => i.id)).to.deep.equal([sent.id]);

        // What the contact list asks to resend: the contact's pending (or expired) invitation.
        const toResend = await admin.invitations.list({
          filter: { contactId: contact.id, status: ['pending', 'expired'] },
          sort: { field: 'sentAt', direction: 'desc' },
          limit: 1,
        });
        expect(toResend.items.map((i) => i.id)).to.deep.equal([sent.id]);
        const resent = await admin.invitations.resend(sent.id, {
          version: toResend.items[0]!.version,
        });

        const revoked = await admin.invitations.revoke(sent.id, { version: resent.version });
        const stillPending = await admin.invitations.list({
          filter: { contactId: contact.id, status: ['pending'] },
        });
        expect(stillPending.total).to.equal(0);
        const after = await admin.invitations.list({ filter: { contactId: contact.id } });
        expect(after.items).to.deep.equal([revoked]);
        expect(revoked.sendCount).to.equal(2);

        // The demo data's own invitations, one contact at a time.
        const first = data.companies[0]!.id;
        const seeded = data.invitations.find((i) => i.companyId === first)!;
        expect(seeded, 'the demo data has an invitation').to.not.equal(undefined);
        const theirs = await admin.invitations.list({ filter: { contactId: seeded.contactId } });
        expect(new Set(theirs.items.map((i) => i.id))).to.deep.equal(
          new Set(
            data.invitations.filter((i) => i.contactId === seeded.contactId).map((i) => i.id),
          ),
        );
      });

      it('answers no invitation for a contact of another company or an unknown id, and every one without the filter', async () => {
        const otherAdmin = fixture.as(data.companyActors[data.companies[1]!.id]!.generalAdmin);
        const stranger = await otherAdmin.contacts.create(newContact());
        await otherAdmin.invitations.send(stranger.id);
        expect(
          (await otherAdmin.invitations.list({ filter: { contactId: stranger.id } })).total,
        ).to.equal(1);
        const theirs = await admin.invitations.list({ filter: { contactId: stranger.id } });
        expect(theirs).to.deep.equal({ items: [], nextCursor: null, total: 0 });
        const nobody = await admin.invitations.list({ filter: { contactId: 'no-such-contact' } });
        expect(nobody.total).to.equal(0);
        const all = await admin.invitations.list({ limit: 500 });
        const unfiltered = await admin.invitations.list({ filter: { contactId: '' }, limit: 500 });
        expect(unfiltered.total).to.equal(all.total);
        expect(all.total).to.equal(
          data.invitations.filter((i) => i.companyId === data.companies[0]!.id).length,
        );
      });

      it('refuses a password that breaks the policy, naming each unmet rule', async () => {
        const contact = await admin.contacts.get(data.actors.systemUser);
        const error = await refusal(
          admin.invitations.setPassword(contact.id, 'abc', { version: contact.version }),
          'validation',
        );
        expect(error.fields.length).to.be.greaterThan(1);
        expect(error.fields.every((f) => f.field === 'password')).to.equal(true);
        expect(await admin.contacts.get(contact.id)).to.deep.equal(contact);
      });
    });

    describeRuleCases(makeAdapters);
    describeSeatCases(makeAdapters);
    describeChangeCases(makeAdapters);
    describeHistoryCases(makeAdapters);
    describeImportCases(makeAdapters);
    describeInvitationCases(makeAdapters);
  });
}
