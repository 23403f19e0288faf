import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QueryChangeDetail } from '../../../src/events.js';
import { mountList, rows, searchFor, settled } from '../../helpers/contact-list.js';
import { $, $$ } from '../../helpers/dom.js';

describe('<contact-list> — the query a person sets, and what the list says about it', () => {
  it('says which rows of how many it shows, and the whole count once all are loaded', async () => {
    const { el } = await mountList({ contacts: 120 });
    expect(el.rows.items.length).to.equal(50);
    expect($(el, '[part="total"]')!.textContent.trim()).to.equal('Showing 1–50 of 120');
    await el.rows.loadMore();
    await el.rows.loadMore();
    await el.updateComplete;
    expect(el.rows.items.length).to.equal(120);
    expect($(el, '[part="total"]')!.textContent.trim()).to.equal('120 contacts');
  });

  it('tells a screen reader the count of a new search, not each page loaded as the list scrolls', async () => {
    const { el } = await mountList({ contacts: 120 });
    const status = $(el, '#total-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent.trim()).to.equal('120 contacts');
    // The visible "Showing 1–50 of 120" is not a live region: it changes with every page.
    expect($(el, '[part="total"]')!.closest('[role="status"], [aria-live]')).to.equal(null);
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(status.textContent.trim()));
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    await el.rows.loadMore();
    await el.rows.loadMore();
    await el.updateComplete;
    expect($(el, '[part="total"]')!.textContent.trim()).to.equal('120 contacts');
    await new Promise((resolve) => setTimeout(resolve));
    expect(heard, 'pages loaded').to.deep.equal([]);
    await searchFor(el, 'zzz-nobody');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    observer.disconnect();
    expect(heard.at(-1), 'a search').to.equal('0 contacts');
  });

  it('says it in the locale (pt-BR)', async () => {
    const { el } = await mountList({ contacts: 1200, lang: 'pt-BR' });
    expect($(el, '[part="total"]')!.textContent.trim()).to.equal('Mostrando 1–50 de 1.200');
  });

  it('marks the default order (by name, A to Z) on the Name header', async () => {
    const { el } = await mountList();
    const headers = $$(el, '[role="columnheader"]');
    expect(headers[1]!.textContent).to.contain('Name');
    expect(headers[1]!.getAttribute('aria-sort')).to.equal('ascending');
    expect(headers.filter((h) => h.getAttribute('aria-sort') === 'ascending').length).to.equal(1);
    // The first press turns it to Z to A.
    headers[1]!.querySelector('button')!.click();
    await settled(el);
    expect($$(el, '[role="columnheader"]')[1]!.getAttribute('aria-sort')).to.equal('descending');
  });

  it('moves to the search box on `/` from a row, and types `/` in a field', async () => {
    const { el } = await mountList();
    const checkbox = rows(el)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const select = $<HTMLSelectElement>(el, '#status-filter')!;
    select.focus();
    await sendKeys({ press: '/' });
    expect(el.shadowRoot!.activeElement).to.equal(select);
    checkbox.focus();
    await sendKeys({ press: 'Slash' });
    const search = $<HTMLInputElement>(el, '#search')!;
    expect(el.shadowRoot!.activeElement).to.equal(search);
    expect(search.value).to.equal('');
    await sendKeys({ type: 'ana/' });
    expect(search.value).to.equal('ana/');
  });

  it('tells the host the search, filter and sort the person set (portico-query-change)', async () => {
    const { el } = await mountList();
    const select = $<HTMLSelectElement>(el, '#status-filter')!;
    select.value = 'active';
    const filtered = oneEvent(el, 'portico-query-change');
    select.dispatchEvent(new Event('change'));
    const first = (await filtered).detail as QueryChangeDetail;
    expect(first).to.deep.equal({ search: '', filter: { status: ['active'] }, sort: undefined });
    await settled(el);

    const sorted = oneEvent(el, 'portico-query-change');
    $$(el, '[role="columnheader"]')[2]!.querySelector('button')!.click();
    expect(((await sorted).detail as QueryChangeDetail).sort).to.deep.equal({
      field: 'email',
      direction: 'asc',
    });
    await settled(el);

    const searched = oneEvent(el, 'portico-query-change');
    const search = $<HTMLInputElement>(el, '#search')!;
    search.value = 'silva';
    search.dispatchEvent(new Event('input'));
    expect((await searched).detail).to.deep.equal({
      search: 'silva',
      filter: { status: ['active'] },
      sort: { field: 'email', direction: 'asc' },
    });
  });

  it('restores a query a host kept: several statuses, and the whole filter', async () => {
    const { el, adapter } = await mountList();
    const all = (await adapter.contacts.list({ limit: 500 })).items;
    el.status = 'suspended inactive';
    await settled(el);
    const expected = all.filter((c) => c.status === 'suspended' || c.status === 'inactive');
    expect(expected.length).to.be.greaterThan(1);
    expect(el.rows.total).to.equal(expected.length);
    expect(
      el.rows.items.every((c) => c.status === 'suspended' || c.status === 'inactive'),
    ).to.equal(true);

    el.status = '';
    el.filter = { tickets: 'open' };
    await settled(el);
    const open = all.filter((c) => c.openTickets > 0);
    expect(open.length).to.be.greaterThan(0);
    expect(el.rows.total).to.equal(open.length);
    expect(el.rows.items.every((c) => c.openTickets > 0)).to.equal(true);
    await searchFor(el, '');
    expect(el.rows.total).to.equal(open.length);
  });
});
