import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { MemoryBackend } from '../../src/core/adapter/memory/index.js';
import { encodeListQuery, type WireListQuery } from '../../src/core/adapter/rest/query.js';
import type { Page } from '../../src/core/model/index.js';
import { contactSortFields } from '../../src/core/model/index.js';
import { normalizeText } from '../../src/core/search/index.js';
import { actors, data, dropTemplate, testServer, type TestServer } from './helpers.js';

/**
 * The server answers every list exactly as the memory backend does — the same records, in the same
 * order, with the same totals — for every sort, direction, search and filter: the SQL (generated sort
 * keys, `f_unaccent` folding, keyset paging) is checked against the reference implementation.
 */

after(dropTemplate);

type Lister = (query: WireListQuery) => Page<{ id: string }>;

describe('lists on PostgreSQL agree with the memory backend', () => {
  let test: TestServer;
  // The same clock as the server's requests would not be: invitations expire by "now", so both use one.
  const now = new Date('2026-11-20T12:00:00Z');
  const memory = new MemoryBackend({ data, clock: () => now });
  const admin = actors.generalAdmin;

  before(async () => {
    test = await testServer({ clock: () => now });
    // The server's first request of the admin's session is a sign-in; the memory backend records it too.
    memory.signIn(admin);
  });
  after(() => test.close());

  /** Every page of `path` from the server and of `list` from memory, compared item by item. */
  async function agree(
    path: string,
    list: Lister,
    query: WireListQuery,
    limit = 37,
  ): Promise<number> {
    const seen: unknown[] = [];
    const expected: unknown[] = [];
    let cursor: string | null | undefined;
    let total = 0;
    do {
      const params = encodeListQuery({ ...query, limit, ...(cursor ? { cursor } : {}) });
      const answer = await test.call(admin, 'GET', `${path}?${params}`);
      assert.equal(answer.status, 200, `${path}?${params}: ${JSON.stringify(answer.body)}`);
      const page = answer.body as Page<unknown>;
      seen.push(...page.items);
      total = page.total;
      cursor = page.nextCursor;
    } while (cursor);
    let memoryCursor: string | null | undefined;
    let memoryTotal = 0;
    do {
      const page = list({ ...query, limit, cursor: memoryCursor });
      expected.push(...page.items);
      memoryTotal = page.total;
      memoryCursor = page.nextCursor;
    } while (memoryCursor);
    assert.equal(total, memoryTotal, `total of ${path} ${JSON.stringify(query)}`);
    assert.deepEqual(seen, expected, `${path} ${JSON.stringify(query)}`);
    return total;
  }

  it('folds text in the database as normalizeText does (but for eight rare letters)', async () => {
    const fold = async (texts: string[]) =>
      (
        await sql<{ folded: string }>`
          select f_fold(text) as folded from unnest(${texts}::text[]) with ordinality as t(text, n)
          order by n`.execute(test.store.db)
      ).rows.map((row) => row.folded);
    // unaccent folds these further than normalizeText; search folds both sides in the database, so
    // only the order of names spelt with them can differ from the memory backend's.
    const rare = 'ħĳĸŀŉŋŧſ';
    assert.deepEqual(await fold([...rare]), ['h', 'ij', 'q', 'l', "'n", 'n', 't', 's']);
    const letters = Array.from({ length: 0x17f - 0xc0 + 1 }, (_, i) =>
      String.fromCharCode(0xc0 + i),
    )
      .filter((letter) => !'×÷'.includes(letter) && !rare.includes(letter.toLowerCase()))
      .join('');
    assert.equal(letters.length, 177);
    const texts = [letters, ...data.contacts.map((c) => c.name)];
    const folded = await fold(texts);
    const mismatches = texts.filter((text, i) => folded[i] !== normalizeText(text));
    assert.deepEqual(mismatches, []);
  });

  it('contacts: every sort field, both directions', async () => {
    for (const field of contactSortFields) {
      for (const direction of ['asc', 'desc'] as const) {
        await agree('/contacts', (q) => memory.listContacts(admin, q as never), {
          sort: { field, direction },
        });
      }
    }
  });

  it('contacts: searches by name, e-mail, CPF and phone digits, with and without accents', async () => {
    const person = data.contacts.find(
      (c) => c.companyId === data.companies[0]!.id && /[À-ſ]/.test(c.name),
    )!;
    const cpf = person.document.number;
    const searches = [
      'joao',
      'JOÃO',
      'conceicao',
      person.name,
      normalizeText(person.name.split(' ')[0]!).toUpperCase(),
      person.email.slice(0, 6),
      '@horizonte',
      `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}`,
      `(${person.phone.area}) ${person.phone.number.slice(0, 5)}`,
      'silva 9',
      '100%',
      'a_b',
      'zzzz-nobody',
    ];
    for (const search of searches) {
      await agree('/contacts', (q) => memory.listContacts(admin, q as never), { search });
    }
  });

  it('contacts: filters by status, role, site, tickets, creation date and last sign-in, with a search and a sort', async () => {
    const queries: WireListQuery[] = [
      { filter: { status: ['suspended', 'inactive'] } },
      { filter: { role: ['general-admin', 'registration-admin'] } },
      {
        filter: { status: ['active'], role: ['system-user'] },
        search: 'a',
        sort: { field: 'email', direction: 'desc' },
      },
      { filter: { role: ['no-such-role'] } },
      { filter: { site: [data.sites[0]!.id, data.sites[1]!.id] } },
      { filter: { tickets: 'open' }, sort: { field: 'createdAt', direction: 'desc' } },
      { filter: { tickets: 'none', status: ['active'] } },
      { filter: { createdFrom: '2026-06-01', createdBefore: '2026-09-01T00:00:00Z' } },
      { filter: { createdBefore: '2026-03-15' }, search: 'e' },
      { filter: { signedIn: 'ever' }, sort: { field: 'lastSignInAt', direction: 'desc' } },
      { filter: { signedIn: 'never', status: ['active'] } },
      { filter: { lastSignInFrom: '2026-09-01', lastSignInBefore: '2026-10-15T00:00:00Z' } },
      {
        filter: { lastSignInBefore: '2026-08-01' },
        search: 'a',
        sort: { field: 'lastSignInAt', direction: 'asc' },
      },
    ];
    for (const query of queries) {
      await agree('/contacts', (q) => memory.listContacts(admin, q as never), query);
    }
  });

  it('sites, SaaS users and invitations: every sort, search and filter', async () => {
    for (const field of ['name', 'alias']) {
      for (const direction of ['asc', 'desc'] as const) {
        await agree(
          '/sites',
          (q) => memory.listSites(admin, q as never),
          { sort: { field, direction } },
          2,
        );
      }
    }
    await agree('/sites', (q) => memory.listSites(admin, q as never), { search: 'intra' }, 2);
    for (const field of ['name', 'email', 'status', 'createdAt']) {
      for (const direction of ['asc', 'desc'] as const) {
        await agree(
          '/saas-users',
          (q) => memory.listSaasUsers(admin, q),
          { sort: { field, direction } },
          4,
        );
      }
    }
    await agree('/saas-users', (q) => memory.listSaasUsers(admin, q), {
      search: 'ana',
      filter: { status: ['active'] },
    });
    for (const field of ['sentAt', 'expiresAt', 'email', 'status']) {
      for (const direction of ['asc', 'desc'] as const) {
        await agree(
          '/invitations',
          (q) => memory.listInvitations(admin, q),
          { sort: { field, direction } },
          5,
        );
      }
    }
    const invitation = data.invitations.find((i) => i.companyId === data.companies[0]!.id)!;
    for (const query of [
      { filter: { status: ['expired'] } },
      { filter: { status: ['pending', 'accepted'] }, search: 'horizonte' },
      { filter: { contactId: invitation.contactId } },
      { filter: { contactId: actors.otherAdmin } },
    ] as WireListQuery[]) {
      const total = await agree('/invitations', (q) => memory.listInvitations(admin, q), query);
      if (query.filter?.contactId === invitation.contactId) assert.ok(total >= 1);
    }
  });

  it('refuses a malformed query with the same codes and fields', async () => {
    const answer = await test.call(
      admin,
      'GET',
      '/contacts?status=nonsense&sort=name&direction=up',
    );
    assert.equal(answer.status, 400);
    const error = (answer.body as { error: { code: string; fields: { field: string }[] } }).error;
    assert.equal(error.code, 'invalid-query');
    assert.deepEqual(error.fields.map((f) => f.field).sort(), ['direction']);
    const value = await test.call(admin, 'GET', '/contacts?status=nonsense');
    assert.equal(value.status, 400);
    assert.deepEqual(
      (value.body as { error: { fields: { field: string; code: string }[] } }).error.fields.map(
        (f) => [f.field, f.code],
      ),
      [['filter.status', 'invalid-value']],
    );
  });
});
