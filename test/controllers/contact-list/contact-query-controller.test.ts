import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type {
  ContactQuery,
  PortalAdapter,
  RequestOptions,
} from '../../../src/core/adapter/types.js';
import type { Contact, Page } from '../../../src/core/model/index.js';
import { ContactQueryController } from '../../../src/controllers/contact-list/contact-query-controller.js';
import { ContactActions } from '../../../src/controllers/contact-list/contact-actions.js';
import { verdict } from '../../../src/core/rules/index.js';
import { createPermissionEngine, defaultPolicy } from '../../../src/core/permissions/index.js';

function contact(i: number, extra: Partial<Contact> = {}): Contact {
  return {
    id: `c${i}`,
    companyId: 'co',
    name: `Person ${String(i).padStart(4, '0')}`,
    email: `p${i}@example.com`,
    country: 'BR',
    document: { type: 'cpf', number: '52998224725' },
    phone: { countryCode: '55', area: '11', number: '987654321' },
    jobTitle: 'Analyst',
    consultingAuthorized: false,
    communication: { productNews: false, systemUpdates: true, ticketUpdates: true },
    role: 'system-user',
    grants: [],
    sites: [],
    status: 'active',
    openTickets: 0,
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

interface Call {
  query: ContactQuery;
  signal: AbortSignal | undefined;
  resolve: () => void;
}

/**
 * An adapter double over an array: cursors are offsets; each list call waits until the test releases
 * it (or answers at once when `auto`), and every call is recorded with its abort signal.
 */
function fakeAdapter(all: Contact[], auto = true) {
  const calls: Call[] = [];
  const adapter = {
    contacts: {
      list(query: ContactQuery = {}, options: RequestOptions = {}): Promise<Page<Contact>> {
        return new Promise((resolve, reject) => {
          const answer = () => {
            if (options.signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
            const term = query.search?.toLowerCase();
            const matching = term ? all.filter((c) => c.name.toLowerCase().includes(term)) : all;
            const from = Number(query.cursor ?? 0);
            const limit = query.limit ?? 50;
            const items = matching.slice(from, from + limit);
            const next = from + limit < matching.length ? String(from + limit) : null;
            resolve({ items, nextCursor: next, total: matching.length });
          };
          calls.push({ query, signal: options.signal, resolve: answer });
          if (auto) answer();
        });
      },
      transition: (id: string) =>
        Promise.reject(new AdapterError('forbidden', 'no', { code: 'forbidden', current: id })),
      remove: () =>
        Promise.reject(new AdapterError('conflict', 'tickets', { code: 'tickets-in-progress' })),
    },
  } as unknown as PortalAdapter;
  return { adapter, calls };
}

class QueryHost extends LitElement {
  adapter: PortalAdapter | undefined;
  debounceMs = 0;
  rows = new ContactQueryController(this, {
    adapter: () => this.adapter,
    pageSize: () => 20,
    debounce: () => this.debounceMs,
  });
  override render() {
    return html`${this.rows.items.length}`;
  }
}
customElements.define('query-host-test', QueryHost);

async function host(all: Contact[], auto = true) {
  const el = await fixture<QueryHost>(html`<query-host-test></query-host-test>`);
  const fake = fakeAdapter(all, auto);
  el.adapter = fake.adapter;
  return { el, ...fake };
}

const many = (n: number) => Array.from({ length: n }, (_, i) => contact(i));

describe('ContactQueryController', () => {
  it('loads the first page, then the next pages by cursor', async () => {
    const { el } = await host(many(45));
    await el.rows.reload();
    expect(el.rows.items).to.have.length(20);
    expect(el.rows.total).to.equal(45);
    await el.rows.loadMore();
    await el.rows.loadMore();
    expect(el.rows.items.map((c) => c.id)).to.deep.equal(many(45).map((c) => c.id));
    expect(el.rows.nextCursor).to.equal(null);
  });

  it('waits for the debounce and asks once for a burst of keystrokes', async () => {
    const { el, calls } = await host(many(30));
    await el.rows.reload();
    el.debounceMs = 30;
    const before = calls.length;
    el.rows.setSearch('P');
    el.rows.setSearch('Pe');
    el.rows.setSearch('Person 001');
    expect(calls.length).to.equal(before);
    await el.rows.ready;
    expect(calls.length).to.equal(before + 1);
    expect(calls.at(-1)!.query.search).to.equal('Person 001');
    expect(el.rows.total).to.equal(10);
  });

  it('aborts a stale request: a slow answer to an old query never replaces a newer one', async () => {
    const { el, calls } = await host(many(30), false);
    const first = el.rows.reload();
    el.rows.setSearch('Person 0002');
    const second = el.rows.ready;
    expect(calls[0]!.signal!.aborted).to.equal(true);
    calls[1]!.resolve();
    await second;
    calls[0]!.resolve();
    await first;
    expect(el.rows.items.map((c) => c.id)).to.deep.equal(['c2']);
    expect(el.rows.total).to.equal(1);
  });

  it('refreshes as many rows as are loaded, without a loading state', async () => {
    const all = many(70);
    const { el, calls } = await host(all);
    await el.rows.reload();
    await el.rows.loadMore();
    await el.rows.loadMore();
    expect(el.rows.items).to.have.length(60);
    // The data changes behind the list: the refresh must bring the new version in.
    all[5] = { ...all[5]!, name: 'Renamed meanwhile' };
    const before = calls.length;
    const refreshing = el.rows.refresh();
    expect(el.rows.status).to.equal('ready');
    expect(el.rows.refreshing).to.equal(true);
    expect(el.rows.items).to.have.length(60);
    await refreshing;
    expect(el.rows.items).to.have.length(60);
    expect(el.rows.nextCursor).to.equal('60');
    expect(el.rows.refreshing).to.equal(false);
    expect(el.rows.items[5]!.name).to.equal('Renamed meanwhile');
    // One request for every loaded row, from the first.
    expect(calls.slice(before).map((c) => [c.query.cursor ?? null, c.query.limit])).to.deep.equal([
      [null, 60],
    ]);
  });

  it('reports an error on the first page and keeps rows on a failed next page', async () => {
    const { el, adapter } = await host(many(30));
    await el.rows.reload();
    const list = adapter.contacts.list.bind(adapter.contacts);
    (adapter.contacts as { list: unknown }).list = () =>
      Promise.reject(new AdapterError('network', 'down'));
    await el.rows.loadMore();
    expect(el.rows.items).to.have.length(20);
    expect(el.rows.status).to.equal('ready');
    await el.rows.reload();
    expect(el.rows.status).to.equal('error');
    (adapter.contacts as { list: unknown }).list = list;
    await el.rows.reload();
    expect(el.rows.status).to.equal('ready');
  });

  it('is idle without an adapter', async () => {
    const el = await fixture<QueryHost>(html`<query-host-test></query-host-test>`);
    await el.rows.reload();
    expect(el.rows.status).to.equal('idle');
    expect(el.rows.items).to.deep.equal([]);
  });
});

describe('ContactActions', () => {
  it('rolls an optimistic lifecycle act back when the adapter refuses', async () => {
    const { el, adapter } = await host(many(5));
    await el.rows.reload();
    const actions = new ContactActions(el.rows, () => adapter);
    const target = el.rows.items[2]!;
    const pending = actions.transition(target, 'suspend');
    expect(el.rows.items[2]!.status).to.equal('suspended');
    let failed: unknown;
    await pending.catch((error: unknown) => (failed = error));
    expect(AdapterError.is(failed)).to.equal(true);
    expect(el.rows.items[2]).to.deep.equal(target);
  });

  it('puts a deleted row back in its place when the adapter refuses', async () => {
    const { el, adapter } = await host(many(5));
    await el.rows.reload();
    const actions = new ContactActions(el.rows, () => adapter);
    const target = el.rows.items[1]!;
    const pending = actions.remove(target);
    expect(el.rows.items.map((c) => c.id)).to.deep.equal(['c0', 'c2', 'c3', 'c4']);
    expect(el.rows.total).to.equal(4);
    await pending.catch(() => undefined);
    expect(el.rows.items.map((c) => c.id)).to.deep.equal(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(el.rows.total).to.equal(5);
  });

  it('reports each item of a bulk act, refusing some before asking the adapter', async () => {
    const { el, adapter } = await host(many(3));
    await el.rows.reload();
    const actions = new ContactActions(el.rows, () => adapter);
    const outcome = await actions.bulk('delete', el.rows.items, (c) =>
      c.id === 'c0'
        ? { allowed: false, state: 'tickets-in-progress', params: { count: 2 } }
        : { allowed: true },
    );
    expect(outcome.done).to.have.length(0);
    expect(outcome.refused.map((r) => r.contact.id)).to.deep.equal(['c0', 'c1', 'c2']);
    expect(outcome.refused[0]!.verdict).to.deep.include({ state: 'tickets-in-progress' });
    expect(AdapterError.is(outcome.refused[1]!.error)).to.equal(true);
  });
});

describe('verdict', () => {
  const engine = createPermissionEngine(defaultPolicy);
  const admin = contact(1, { role: 'general-admin' });
  const registrar = contact(2, { role: 'registration-admin' });
  const user = contact(3);

  it('asks the engine first, then the contact’s state', () => {
    const withTickets = contact(9, { openTickets: 2 });
    expect(verdict({ engine, actor: admin, adminCount: 2 }, 'delete', withTickets)).to.deep.equal({
      allowed: false,
      state: 'tickets-in-progress',
      params: { count: 2 },
    });
    const refused = verdict({ engine, actor: user, adminCount: 2 }, 'delete', withTickets);
    expect(refused.allowed).to.equal(false);
    expect('engine' in refused).to.equal(true);
  });

  it('refuses to leave the company without a general admin', () => {
    const v = verdict({ engine, actor: registrar, adminCount: 1 }, 'suspend', admin);
    expect(v).to.deep.include({ allowed: false });
    expect((v as { engine: { code: string } }).engine.code).to.equal('last-admin');
    expect(verdict({ engine, actor: registrar, adminCount: 2 }, 'suspend', admin).allowed).to.equal(
      true,
    );
  });

  it('lets a system user edit only their own contact', () => {
    expect(verdict({ engine, actor: user, adminCount: 1 }, 'edit', user).allowed).to.equal(true);
    expect(verdict({ engine, actor: user, adminCount: 1 }, 'edit', admin).allowed).to.equal(false);
  });

  it('waits for the session before allowing anything', () => {
    expect(
      verdict({ engine: undefined, actor: undefined, adminCount: 0 }, 'edit', user),
    ).to.deep.equal({
      allowed: false,
      state: 'session',
    });
  });
});
