import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type {
  ContactQuery,
  PortalAdapter,
  RequestOptions,
} from '../../../src/core/adapter/types.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { failing } from '../../helpers/adapters.js';
import { mountList, rowOf, rows, searchFor, settled } from '../../helpers/contact-list.js';
import { $, $$ } from '../../helpers/dom.js';
import { xssName } from '../../helpers/world.js';

describe('<contact-list> — the list', () => {
  it('shows seed 000’s columns, the total and the first rows, and is accessible', async () => {
    const { el } = await mountList();
    const headers = $$(el, '[role="columnheader"]').map((h) =>
      h.textContent.replace(/[▲▼↕]/g, '').trim(),
    );
    expect(headers).to.deep.equal([
      '',
      'Name',
      'E-mail',
      'Phone',
      'Job title',
      'Role',
      'Status',
      'Last sign-in',
      'Actions',
    ]);
    expect($(el, '[part="total"]')!.textContent).to.contain('30 contacts');
    expect(rows(el).length).to.be.greaterThan(3);
    const first = rows(el)[0]!;
    expect(first.textContent).to.match(/General admin|System user|Registration admin/);
    await expect(el).to.be.accessible();
  });

  it('speaks the locale of `lang` (pt-BR)', async () => {
    const { el } = await mountList({ lang: 'pt-BR' });
    expect($(el, '[part="total"]')!.textContent).to.contain('30 contatos');
    expect($(el, '[part="add-button"]')!.textContent.trim()).to.equal('Adicionar contato');
    expect(rows(el)[0]!.textContent).to.match(
      /Ativo|Inativo|Suspenso|Convidado|Potencial|Site atribuído/,
    );
  });

  it('renders a name made of markup as text', async () => {
    const { el } = await mountList({
      mutate: (data) => {
        data.contacts[5]!.name = xssName;
      },
    });
    await searchFor(el, xssName.slice(1, 8));
    const row = rows(el).find((r) => r.textContent.includes(xssName));
    expect(row, 'row with the markup name').to.exist;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(row!.querySelector('[role="checkbox"], input')!.getAttribute('aria-label')).to.equal(
      `Select ${xssName}`,
    );
  });

  it('searches by name, e-mail, CPF and phone, accent- and case-insensitively', async () => {
    const { el, data } = await mountList();
    const sonia = data.contacts.find((c) => c.id === 'ct-000003')!;
    await searchFor(el, 'SONIA XAVIER');
    expect(rows(el).map((r) => r.dataset.id)).to.include('ct-000003');
    await searchFor(el, sonia.document.number);
    expect(rows(el).map((r) => r.dataset.id)).to.deep.equal(['ct-000003']);
    await searchFor(el, sonia.phone.number);
    expect(rows(el).map((r) => r.dataset.id)).to.include('ct-000003');
    await searchFor(el, 'nobody-here-at-all');
    expect($(el, '[part="empty"]')!.textContent).to.contain('No contact matches');
    expect($(el, '[part="total"]')!.textContent).to.contain('0 contacts');
    await expect(el).to.be.accessible();
  });

  it('filters by status and role and sorts by a column through the adapter', async () => {
    const { el } = await mountList();
    const status = $<HTMLSelectElement>(el, '#status-filter')!;
    status.value = 'suspended';
    status.dispatchEvent(new Event('change'));
    await settled(el);
    expect($(el, '[part="total"]')!.textContent).to.contain('4 contacts');
    expect(rows(el).every((r) => r.textContent.includes('Suspended'))).to.equal(true);
    status.value = '';
    status.dispatchEvent(new Event('change'));
    const role = $<HTMLSelectElement>(el, '#role-filter')!;
    role.value = 'general-admin';
    role.dispatchEvent(new Event('change'));
    await settled(el);
    expect(
      rows(el)
        .map((r) => r.dataset.id)
        .sort(),
    ).to.deep.equal(['ct-000001', 'ct-000004']);
    role.value = '';
    role.dispatchEvent(new Event('change'));
    await settled(el);

    const byEmail = $$(el, '[role="columnheader"]')[2]!;
    byEmail.querySelector('button')!.click();
    await settled(el);
    expect(byEmail.getAttribute('aria-sort')).to.equal('ascending');
    const emails = el.rows.items.map((c) => c.email);
    expect(emails).to.deep.equal([...emails].sort((a, b) => a.localeCompare(b)));
    byEmail.querySelector('button')!.click();
    await settled(el);
    expect(byEmail.getAttribute('aria-sort')).to.equal('descending');
  });

  it('debounces the search and aborts the request of an older keystroke', async () => {
    const calls: { search: string | undefined; signal: AbortSignal | undefined }[] = [];
    const { el } = await mountList({
      wrap: (memory) =>
        new Proxy(memory, {
          get(target, key) {
            if (key !== 'contacts') return Reflect.get(target, key) as unknown;
            return {
              ...target.contacts,
              list: (query: ContactQuery, options: RequestOptions) => {
                calls.push({ search: query?.search, signal: options?.signal });
                return target.contacts.list(query, options);
              },
            };
          },
        }),
    });
    el.debounce = 40;
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#search')!;
    const before = calls.length;
    for (const text of ['m', 'ma', 'mar']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    expect(calls.length, 'nothing asked while typing').to.equal(before);
    await settled(el);
    const asked = calls.slice(before);
    expect(asked.map((c) => c.search)).to.include('mar');
    expect(asked.map((c) => c.search)).not.to.include('ma');
    // A newer keystroke aborts a request already on its way.
    el.debounce = 0;
    input.value = 'mari';
    input.dispatchEvent(new Event('input'));
    input.value = 'maria';
    input.dispatchEvent(new Event('input'));
    await settled(el);
    const mari = calls.find((c) => c.search === 'mari')!;
    expect(mari.signal!.aborted).to.equal(true);
    expect(el.rows.state.search).to.equal('maria');
  });

  it('keeps about a viewport of rows in the DOM and fetches the next pages by cursor on scroll', async () => {
    const { el } = await mountList({ contacts: 2000 });
    expect(el.rows.items.length).to.equal(50);
    expect(rows(el).length).to.be.lessThan(60);
    const body = $(el, '.body')!;
    for (let i = 0; i < 10 && el.rows.items.length <= 50; i++) {
      body.scrollTop = body.scrollHeight;
      await nextFrame();
      await nextFrame();
      await el.updateComplete;
    }
    await waitUntil(() => el.rows.items.length > 50, 'next page loads', { timeout: 10000 });
    expect(rows(el).length).to.be.lessThan(60);
    expect($(el, '.table')!.getAttribute('aria-rowcount')).to.equal(String(el.rows.total + 1));
  });

  it('keeps the scroll position across a refresh of the data', async () => {
    const { el } = await mountList({ contacts: 400 });
    const body = $(el, '.body')!;
    body.scrollTop = 1200;
    await nextFrame();
    await nextFrame();
    const before = body.scrollTop;
    expect(before).to.be.greaterThan(0);
    await el.refresh();
    await nextFrame();
    expect(body.scrollTop).to.equal(before);
    expect(rows(el).length).to.be.greaterThan(0);
  });

  it('shows the loading state, accessibly', async () => {
    const { el: loaded } = await mountList();
    const adapter = {
      ...loaded.adapter!,
      contacts: { ...loaded.adapter!.contacts, list: () => new Promise<never>(() => undefined) },
    } as PortalAdapter;
    const el = await fixture<ContactList>(
      html`<contact-list lang="en" .adapter=${adapter}></contact-list>`,
    );
    await waitUntil(
      () => $(el, '[part="empty"]')?.textContent?.includes('Loading contacts'),
      'loading shows',
    );
    await expect(el).to.be.accessible();
  });

  it('shows the error state with a retry, accessibly, and recovers', async () => {
    const { el } = await mountList({
      wrap: (memory) => failing(memory, { list: () => new AdapterError('network', 'offline') }),
    });
    expect($(el, '[role="alert"]')!.textContent).to.contain('The server could not be reached');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
    await settled(el);
    expect(rows(el).length).to.be.greaterThan(0);
  });

  it('shows the empty state, accessibly', async () => {
    // Nobody among the pinned contacts is still `potential`.
    const { el } = await mountList();
    const status = $<HTMLSelectElement>(el, '#status-filter')!;
    status.value = 'potential';
    status.dispatchEvent(new Event('change'));
    await settled(el);
    expect($(el, '[part="empty"]')!.textContent).to.contain('No contact matches');
    expect($(el, '[part="total"]')!.textContent).to.contain('0 contacts');
    await expect(el).to.be.accessible();
  });

  it('lays rows out as cards on a narrow element', async () => {
    const { el } = await mountList({ width: 420 });
    const row = rows(el)[0]!;
    const name = row.querySelector<HTMLElement>('.cell.name')!;
    const email = row.querySelector<HTMLElement>('.cell.email')!;
    expect(email.getBoundingClientRect().top).to.be.greaterThan(name.getBoundingClientRect().top);
    // The field's name shows before its value (generated content: not a second name for the cell).
    expect(getComputedStyle(email, '::before').content).to.equal('"E-mail" / ""');
    expect(email.textContent).to.equal(el.rows.items[0]!.email);
    await expect(el).to.be.accessible();
    el.style.width = '1100px';
    await nextFrame();
    await nextFrame();
    expect(Math.round(email.getBoundingClientRect().top)).to.equal(
      Math.round(name.getBoundingClientRect().top),
    );
  });

  it('takes its query from properties, without firing events for them', async () => {
    const { el } = await mountList();
    const events: Event[] = [];
    el.addEventListener('portico-selection-change', (e) => events.push(e));
    el.status = 'suspended';
    await settled(el);
    expect($(el, '[part="total"]')!.textContent).to.contain('4 contacts');
    expect($<HTMLSelectElement>(el, '#status-filter')!.value).to.equal('suspended');
    el.status = '';
    el.roleFilter = 'general-admin';
    el.sort = 'email';
    el.sortDirection = 'desc';
    await settled(el);
    expect(rows(el).map((r) => r.dataset.id)).to.deep.equal(['ct-000004', 'ct-000001']);
    expect($$(el, '[role="columnheader"]')[2]!.getAttribute('aria-sort')).to.equal('descending');
    el.roleFilter = '';
    el.search = 'Fernanda Gomes';
    await settled(el);
    expect(rows(el).map((r) => r.dataset.id)).to.deep.equal(['ct-000006']);
    expect(events).to.have.length(0);
  });

  it('has no data source message without an adapter', async () => {
    const el = await fixture<ContactList>(html`<contact-list lang="en"></contact-list>`);
    expect($(el, '[part="empty"]')!.textContent).to.contain('no data source');
    expect(rowOf(el, 'x')).to.equal(null);
  });
});
