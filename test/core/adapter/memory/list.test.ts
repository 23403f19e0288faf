import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MemoryAdapter, contactSearchText } from '../../../../src/core/adapter/memory/index.js';
import { createDemoData } from '../../../../src/core/demo-data.js';
import {
  contactSortFields,
  contactStatuses,
  type Contact,
  type ContactSortField,
} from '../../../../src/core/model/index.js';
import {
  matchesTerms,
  normalizeText,
  searchTerms,
  TextIndex,
} from '../../../../src/core/search/index.js';
import type { ContactQuery } from '../../../../src/core/adapter/types.js';
import { newContact, refusal } from './helpers.js';

const data = createDemoData({ contacts: 2000, seed: 11 });
const home = data.companies[0]!.id;
const everyone = data.contacts.filter((c) => c.companyId === home);

/** Every page of a query, following cursors. */
async function all(
  adapter: MemoryAdapter,
  query: ContactQuery,
): Promise<{ items: Contact[]; totals: number[] }> {
  const items: Contact[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.contacts.list({ ...query, cursor });
    items.push(...page.items);
    totals.push(page.total);
    cursor = page.nextCursor;
  } while (cursor);
  return { items, totals };
}

describe('MemoryAdapter — list', () => {
  const adapter = new MemoryAdapter({ data });

  it('pages through every contact exactly once, with the total on every page', async () => {
    const { items, totals } = await all(adapter, { limit: 137 });
    expect(items).to.have.length(everyone.length);
    expect(new Set(items.map((c) => c.id)).size).to.equal(everyone.length);
    expect(totals.every((t) => t === everyone.length)).to.equal(true);
    const first = await adapter.contacts.list();
    expect(first.items).to.have.length(50);
    const capped = await adapter.contacts.list({ limit: 5000 });
    expect(capped.items).to.have.length(500);
  });

  it('ends with a null cursor on the last page', async () => {
    const admins = everyone.filter((c) => c.role === 'general-admin').length;
    const page = await adapter.contacts.list({
      limit: admins,
      filter: { role: ['general-admin'] },
    });
    expect(page.items).to.have.length(admins);
    expect(page.nextCursor).to.equal(null);
    const last = await all(adapter, { limit: 500 });
    expect(last.items).to.have.length(everyone.length);
    const short = await adapter.contacts.list({ search: 'zzzzqq' });
    expect(short).to.deep.equal({ items: [], nextCursor: null, total: 0 });
  });

  it('sorts names as Portuguese readers expect: accents and case do not move a name', async () => {
    const { items } = await all(adapter, { limit: 500, sort: { field: 'name', direction: 'asc' } });
    const collator = new Intl.Collator('pt-BR', { sensitivity: 'base' });
    for (let i = 1; i < items.length; i++) {
      expect(
        collator.compare(items[i - 1]!.name, items[i]!.name),
        `${items[i - 1]!.name} / ${items[i]!.name}`,
      ).to.be.at.most(0);
    }
  });

  for (const field of contactSortFields) {
    it(`sorts by ${field} both ways, stably, descending the exact reverse of ascending`, async () => {
      const asc = (await all(adapter, { limit: 300, sort: { field, direction: 'asc' } })).items.map(
        (c) => c.id,
      );
      const desc = (
        await all(adapter, { limit: 300, sort: { field, direction: 'desc' } })
      ).items.map((c) => c.id);
      expect(desc).to.deep.equal([...asc].reverse());
      const again = (
        await all(adapter, { limit: 77, sort: { field, direction: 'asc' } })
      ).items.map((c) => c.id);
      expect(again).to.deep.equal(asc);
    });
  }

  it('orders by the field: e-mail, creation time, status by lifecycle', async () => {
    const byEmail = (await all(adapter, { limit: 500, sort: { field: 'email', direction: 'asc' } }))
      .items;
    for (let i = 1; i < byEmail.length; i++) {
      expect(byEmail[i - 1]!.email.toLowerCase() <= byEmail[i]!.email.toLowerCase()).to.equal(true);
    }
    const byDate = (
      await all(adapter, { limit: 500, sort: { field: 'createdAt', direction: 'desc' } })
    ).items;
    for (let i = 1; i < byDate.length; i++)
      expect(byDate[i - 1]!.createdAt >= byDate[i]!.createdAt).to.equal(true);
    const byStatus = (
      await all(adapter, { limit: 500, sort: { field: 'status', direction: 'asc' } })
    ).items;
    const ranks = byStatus.map((c) => contactStatuses.indexOf(c.status));
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
  });

  it('finds "João" when "joao" is typed, and "Conceição" as "CONCEICAO"', async () => {
    const joao = (await all(adapter, { search: 'joao', limit: 500 })).items;
    expect(joao.length).to.be.greaterThan(0);
    expect(joao.every((c) => normalizeText(`${c.name} ${c.email}`).includes('joao'))).to.equal(
      true,
    );
    expect(joao.some((c) => c.name.includes('João'))).to.equal(true);
    const expected = everyone.filter(
      (c) => normalizeText(c.name).includes('joao') || c.email.includes('joao'),
    );
    expect(joao.length).to.equal(expected.length);
    const conceicao = await adapter.contacts.list({ search: 'CONCEICAO' });
    expect(conceicao.items.some((c) => c.name.includes('Conceição'))).to.equal(true);
  });

  it('finds a CPF typed with its mask, and a phone typed as people write it', async () => {
    const target = everyone.find((c) => c.country === 'BR' && c.document.number.startsWith('0'))!;
    const cpf = target.document.number;
    const masked = `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}`;
    const byCpf = (await all(adapter, { search: masked, limit: 500 })).items;
    expect(byCpf.map((c) => c.id)).to.include(target.id);
    const full = await adapter.contacts.list({
      search: `${masked}.${cpf.slice(6, 9)}-${cpf.slice(9)}`,
    });
    expect(full.items.map((c) => c.id)).to.deep.equal([target.id]);
    const { area, number } = target.phone;
    const typed = `(${area}) ${number.slice(0, number.length - 4)}-${number.slice(-4)}`;
    const byPhone = await adapter.contacts.list({ search: typed });
    expect(byPhone.items.map((c) => c.id)).to.include(target.id);
  });

  it('filters by status and role, and combines them with search', async () => {
    const page = (
      await all(adapter, {
        filter: { status: ['suspended', 'inactive'], role: ['system-user'] },
        limit: 500,
      })
    ).items;
    const expected = everyone.filter(
      (c) => (c.status === 'suspended' || c.status === 'inactive') && c.role === 'system-user',
    );
    expect(page.map((c) => c.id).sort()).to.deep.equal(expected.map((c) => c.id).sort());
    const admins = await adapter.contacts.list({
      filter: { role: ['general-admin'] },
      search: 'a',
    });
    expect(admins.items.every((c) => c.role === 'general-admin')).to.equal(true);
  });

  it('answers exactly what a brute-force scan answers, for any query', async () => {
    const letters = fc.constantFrom(...'aeioujcsmlrtnãçé .1234567890()-'.split(''));
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: letters, maxLength: 6 }),
        fc.subarray([...contactStatuses]),
        fc.constantFrom(...contactSortFields),
        fc.boolean(),
        async (search, status, field: ContactSortField, asc) => {
          const direction = asc ? 'asc' : 'desc';
          const query: ContactQuery = { search, sort: { field, direction }, limit: 500 };
          if (status.length) query.filter = { status };
          const page = await adapter.contacts.list(query);
          const terms = searchTerms(search);
          const expected = everyone.filter(
            (c) =>
              (!status.length || status.includes(c.status)) &&
              matchesTerms(contactSearchText(c), terms),
          );
          expect(page.total).to.equal(expected.length);
          expect(new Set(page.items.map((c) => c.id))).to.satisfy(
            (ids: Set<string>) =>
              page.items.length === Math.min(500, expected.length) &&
              [...ids].every((id) => expected.some((c) => c.id === id)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a cursor’s place when records are added and removed meanwhile', async () => {
    const local = new MemoryAdapter({ data });
    const first = await local.contacts.list({ limit: 100 });
    // Someone adds a contact that sorts first and deletes one already seen.
    await local.contacts.create(
      newContact({ name: 'Aaron Abreu', email: 'aaron@horizonte.com.br' }),
    );
    const seen = first.items.find((c) => c.openTickets === 0 && c.role === 'system-user')!;
    await local.contacts.remove(seen.id, { version: seen.version });
    const rest: Contact[] = [];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await local.contacts.list({ limit: 300, cursor });
      rest.push(...page.items);
      cursor = page.nextCursor;
    }
    const ids = new Set([...first.items, ...rest].map((c) => c.id));
    expect(ids.size).to.equal(first.items.length + rest.length);
    for (const contact of everyone)
      if (contact.id !== seen.id) expect(ids.has(contact.id), contact.id).to.equal(true);
  });

  it('sees its own writes in search, sort and totals', async () => {
    const local = new MemoryAdapter({ data });
    const created = await local.contacts.create(newContact({ name: 'Zuleica Ávila' }));
    expect(
      (await local.contacts.list({ search: 'zuleica avila' })).items.map((c) => c.id),
    ).to.deep.equal([created.id]);
    const renamed = await local.contacts.update(
      created.id,
      { name: 'Abigail Ávila' },
      { version: created.version },
    );
    expect((await local.contacts.list({ search: 'zuleica' })).total).to.equal(0);
    const top = await local.contacts.list({ limit: 1, sort: { field: 'name', direction: 'asc' } });
    expect(top.items[0]!.id).to.equal(renamed.id);
    expect((await local.contacts.list()).total).to.equal(everyone.length + 1);
    await local.contacts.remove(created.id, { version: renamed.version });
    expect((await local.contacts.list({ search: 'abigail avila' })).total).to.equal(0);
  });

  it('refuses a cursor it did not make, or made for another sort', async () => {
    const page = await adapter.contacts.list({ limit: 10 });
    await refusal(adapter.contacts.list({ cursor: 'garbage!' }), 'validation', 'invalid-cursor');
    await refusal(
      adapter.contacts.list({
        cursor: page.nextCursor,
        sort: { field: 'email', direction: 'asc' },
      }),
      'validation',
      'invalid-cursor',
    );
  });

  it('names each bad part of a query', async () => {
    const error = await refusal(
      adapter.contacts.list({
        limit: 0,
        filter: { status: ['sleeping' as never] },
        sort: { field: 'age' as never, direction: 'asc' },
      }),
      'validation',
    );
    expect(error.fields.map((f) => f.field)).to.have.members([
      'limit',
      'filter.status',
      'sort.field',
    ]);
  });

  it('filters invitations by contact, and names a contact filter that is not a string', async () => {
    const invitation = (await adapter.invitations.list({ limit: 1 })).items[0]!;
    const page = await adapter.invitations.list({ filter: { contactId: invitation.contactId } });
    expect(page.items.length).to.be.greaterThan(0);
    expect(page.items.every((i) => i.contactId === invitation.contactId)).to.equal(true);
    const error = await refusal(
      adapter.invitations.list({
        filter: { contactId: 42 as never, status: ['lost' as never] },
      }),
      'validation',
    );
    expect(error.fields).to.deep.include({ field: 'filter.contactId', code: 'invalid-type' });
    expect(error.fields.map((f) => f.field)).to.have.members(['filter.status', 'filter.contactId']);
  });

  it('lists sites, SaaS users and invitations with the same paging', async () => {
    const sites = await adapter.sites.list({ limit: 2 });
    expect(sites.items).to.have.length(2);
    const more = await adapter.sites.list({ limit: 2, cursor: sites.nextCursor });
    expect(more.items.map((s) => s.id)).not.to.include.members(sites.items.map((s) => s.id));
    const saas: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.seats.list({ limit: 4, cursor, filter: { status: ['active'] } });
      saas.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(saas).to.have.length(20);
    expect(new Set(saas).size).to.equal(20);
    const invitations = await adapter.invitations.list({
      filter: { status: ['pending', 'expired'] },
      limit: 500,
    });
    expect(invitations.total).to.be.greaterThan(0);
  });
});

describe('MemoryAdapter — 100,000 contacts', () => {
  it('is created, lists, searches and pages', async function () {
    // Making 100,000 people takes a while on a busy machine; this test checks behaviour, not speed
    // (speed is `npm run bench`'s job), so it has no time limit.
    this.timeout(0);
    const big = createDemoData({ contacts: 100_000, seed: 1 });
    expect(big.contacts.filter((c) => c.companyId === big.companies[0]!.id)).to.have.length(
      100_000,
    );
    const adapter = new MemoryAdapter({ data: big, actorId: big.actors.registrationAdmin });
    const page = await adapter.contacts.list();
    expect(page.total).to.equal(100_000);
    expect(page.items).to.have.length(50);
    const joao = await adapter.contacts.list({ search: 'joão', limit: 500 });
    expect(joao.total).to.be.greaterThan(500);
    expect(
      joao.items.every((c) => normalizeText(`${c.name} ${c.email}`).includes('joao')),
    ).to.equal(true);
    const next = await adapter.contacts.list({
      search: 'joão',
      limit: 500,
      cursor: joao.nextCursor,
    });
    expect(next.items[0]!.id).not.to.equal(joao.items[0]!.id);
  });
});

describe('MemoryAdapter — indexes built on first use (issue 8, defect 13)', () => {
  /** Counts the search indexes built while `run` runs. */
  async function builds(run: () => unknown): Promise<number> {
    const build = TextIndex.build.bind(TextIndex);
    let count = 0;
    TextIndex.build = (...args: Parameters<typeof TextIndex.build>) => {
      count++;
      return build(...args);
    };
    try {
      await run();
    } finally {
      TextIndex.build = build;
    }
    return count;
  }

  it('builds no search index while it is made; the first search builds it, once', async () => {
    let adapter: MemoryAdapter | undefined;
    expect(
      await builds(() => {
        adapter = new MemoryAdapter({ data, actorId: data.actors.generalAdmin });
      }),
    ).to.equal(0);
    expect(await builds(() => adapter!.contacts.list())).to.equal(0);
    expect(await builds(() => adapter!.contacts.list({ search: 'silva' }))).to.equal(1);
    expect(await builds(() => adapter!.contacts.list({ search: 'souza' }))).to.equal(0);
  });
});
