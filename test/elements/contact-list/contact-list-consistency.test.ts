import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/core/adapter/memory/index.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { PermissionMatrix } from '../../../src/elements/permission-matrix/permission-matrix.js';
import {
  dialogClosed,
  dialogOpen,
  menuItem,
  mountList,
  openMenu,
  rowOf,
  searchFor,
  settled,
  showContact,
} from '../../helpers/contact-list.js';
import { withoutFeed } from '../../helpers/adapters.js';
import { $, button } from '../../helpers/dom.js';
import { pin, world } from '../../helpers/world.js';

if (!customElements.get('permission-matrix'))
  customElements.define('permission-matrix', PermissionMatrix);

/** The main button of a confirmation (whatever its words). */
const confirmButton = (d: HTMLElement) => d.querySelector<HTMLButtonElement>('button.btn.danger')!;

/**
 * Counts the adapter's calls for rows (lists of more than one contact — the admin count of the
 * last-admin rule asks one) and for single contacts, to see what a change refetches.
 */
function counting(adapter: MemoryAdapter) {
  const calls = { list: 0, get: 0 };
  const list = adapter.contacts.list.bind(adapter.contacts);
  const get = adapter.contacts.get.bind(adapter.contacts);
  adapter.contacts.list = (...args) => {
    if (args[0]?.limit !== 1) calls.list++;
    return list(...args);
  };
  adapter.contacts.get = (...args) => {
    calls.get++;
    return get(...args);
  };
  return calls;
}

/** Two lists one above the other, both on screen (rows are virtualised: only those in view render). */
const twoOnScreen = 'display: block; width: 1100px; --portico-contact-list-height: 180px';

async function mountTwo(lang = 'en') {
  const w = world({ prepare: pin });
  const a = w.as('generalAdmin');
  const b = w.as('generalAdmin');
  const container = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <contact-list id="a" debounce="0" style=${twoOnScreen} .adapter=${a}></contact-list>
      <contact-list id="b" debounce="0" style=${twoOnScreen} .adapter=${b}></contact-list>
    </div>`,
  );
  const [first, second] = [...container.querySelectorAll('contact-list')] as ContactList[];
  await settled(first!);
  await settled(second!);
  return { ...w, first: first!, second: second!, a, b };
}

describe('<contact-list> — rows stay the answer of the query', () => {
  // Twice: the change feed refetches what changed and would hide a write's answer applied wrongly; a
  // vendor's adapter may have no feed, and then the answer alone must keep the rows right.
  for (const feed of [true, false])
    it(`after a ticket transfer, shows the source without tickets and never inserts the receiver (defect 1)${feed ? '' : ', with no change feed'}`, async () => {
      const { el, data, backend } = await mountList(feed ? {} : { wrap: withoutFeed });
      // A search that matches the source (Márcio) and not the receiver (Fernanda).
      await showContact(el, data, 'ct-000027');
      expect(el.rows.total).to.equal(1);
      await openMenu(el, 'ct-000027');
      menuItem(el, 'transfer-tickets').click();
      const d = await dialogOpen(el);
      const search = d.querySelector<HTMLInputElement>('#transfer-search')!;
      search.value = 'fernanda gomes';
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => d.querySelector('input[type="radio"]'), 'candidates');
      d.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await el.updateComplete;
      button(d, 'Transfer').click();
      await dialogClosed(el);
      await settled(el);
      expect(backend.getContact(data.actors.generalAdmin, 'ct-000027').openTickets).to.equal(0);
      // The receiver does not match the search: not inserted, and the total did not grow.
      expect(el.rows.items.map((c) => c.id)).to.deep.equal(['ct-000027']);
      expect(el.rows.total).to.equal(1);
      expect($(el, '[part="total"]')!.textContent).to.contain('1 contact');
      // The source row now says what the backend says: no tickets, so delete is allowed.
      expect(el.rows.items[0]!.openTickets).to.equal(0);
      await openMenu(el, 'ct-000027');
      expect(menuItem(el, 'delete').getAttribute('aria-disabled')).to.equal('false');
      expect(menuItem(el, 'transfer-tickets').getAttribute('aria-disabled')).to.equal('true');
    });

  for (const feed of [true, false])
    it(`after handing over administration, shows the receiver's new role and never inserts the actor (defect 1)${feed ? '' : ', with no change feed'}`, async () => {
      const { el, data, backend } = await mountList(feed ? {} : { wrap: withoutFeed });
      // A search that matches the receiver (Fernanda) and not the actor who steps down.
      await showContact(el, data, 'ct-000006');
      expect(el.rows.total).to.equal(1);
      await openMenu(el, 'ct-000006');
      menuItem(el, 'transfer-admin').click();
      const d = await dialogOpen(el);
      button(d, 'Transfer administration').click();
      await dialogClosed(el);
      await waitUntil(
        () => backend.getContact('ct-000006', data.actors.generalAdmin).role === 'system-user',
        'the actor stepped down',
      );
      await waitUntil(
        () => el.rows.items[0]?.role === 'general-admin',
        'the row says its new role',
      );
      await settled(el);
      expect(el.rows.items.map((c) => c.id)).to.deep.equal(['ct-000006']);
      expect(el.rows.total).to.equal(1);
      expect($(el, '[part="total"]')!.textContent).to.contain('1 contact');
    });

  it('drops a contact that no longer matches the status filter, and the total follows (defect 12)', async () => {
    const { el, data, backend } = await mountList({ as: 'generalAdmin' });
    el.status = 'active';
    await settled(el);
    const before = el.rows.total;
    expect(el.rows.items.some((c) => c.id === 'ct-000006')).to.equal(true);
    await searchFor(el, 'fernanda.conceicao');
    expect(el.rows.total).to.equal(1);
    await openMenu(el, 'ct-000006');
    menuItem(el, 'inactivate').click();
    const d = await dialogOpen(el);
    confirmButton(d).click();
    await dialogClosed(el);
    await waitUntil(
      () => backend.getContact(data.actors.generalAdmin, 'ct-000006').status === 'inactive',
      'inactivated',
    );
    await settled(el);
    expect(el.rows.items.map((c) => c.id)).to.not.include('ct-000006');
    expect(el.rows.total).to.equal(0);
    // Back to every active contact: one fewer than before.
    await searchFor(el, '');
    expect(el.rows.total).to.equal(before - 1);
    expect(el.rows.items.some((c) => c.id === 'ct-000006')).to.equal(false);
  });

  it('applyAnswer keeps, drops or refetches each contact by the query', async () => {
    const { el, data, adapter } = await mountList();
    el.status = 'active';
    await settled(el);
    const total = el.rows.total;
    const held = el.rows.items.find((c) => c.id === 'ct-000006')!;
    // Still active: replaced in place, nothing asked.
    await el.rows.applyAnswer([
      { ...held, jobTitle: 'Contadora-chefe', version: held.version + 1 },
    ]);
    expect(el.rows.items.find((c) => c.id === 'ct-000006')!.jobTitle).to.equal('Contadora-chefe');
    expect(el.rows.total).to.equal(total);
    // An older answer never overwrites a newer row.
    await el.rows.applyAnswer([{ ...held, jobTitle: 'Old', version: held.version }]);
    expect(el.rows.items.find((c) => c.id === 'ct-000006')!.jobTitle).to.equal('Contadora-chefe');
    // No longer active: leaves the rows, the total follows.
    await el.rows.applyAnswer([{ ...held, status: 'suspended', version: held.version + 2 }]);
    expect(el.rows.items.some((c) => c.id === 'ct-000006')).to.equal(false);
    expect(el.rows.total).to.equal(total - 1);
    // A contact the rows never held, not matching, all rows loaded: nothing to do.
    const inactive = data.contacts.find((c) => c.id === 'ct-000005')!;
    await el.rows.applyAnswer([{ ...inactive }]);
    expect(el.rows.items.some((c) => c.id === 'ct-000005')).to.equal(false);
    // An unknown contact that matches: the rows are refetched, never inserted by hand.
    const stored = await adapter.contacts.get('ct-000006');
    expect(stored.status).to.equal('active');
    await el.rows.applyAnswer([stored]);
    expect(el.rows.total).to.equal(total);
    expect(el.rows.items.some((c) => c.id === 'ct-000006')).to.equal(true);
  });
});

describe('<contact-list> — follows the change feed', () => {
  it('shows a contact deleted in another list on the same backend, without refresh()', async () => {
    const { first, second, data } = await mountTwo();
    const total = second.rows.total;
    expect(second.rows.items.some((c) => c.id === 'ct-000006')).to.equal(true);
    await showContact(first, data, 'ct-000006');
    await openMenu(first, 'ct-000006');
    menuItem(first, 'delete').click();
    const d = await dialogOpen(first);
    confirmButton(d).click();
    await dialogClosed(first);
    await waitUntil(() => second.rows.total === total - 1, 'the other list drops it');
    expect(second.rows.items.some((c) => c.id === 'ct-000006')).to.equal(false);
  });

  it('refetches exactly the contacts that changed elsewhere', async () => {
    const { second, b, backend, data } = await mountTwo();
    const calls = counting(b);
    const held = second.rows.items.find((c) => c.id === 'ct-000009')!;
    backend.updateContact(
      data.actors.generalAdmin,
      'ct-000009',
      { jobTitle: 'Juíza' },
      held.version,
    );
    await waitUntil(
      () => second.rows.items.find((c) => c.id === 'ct-000009')?.jobTitle === 'Juíza',
      'the change shows',
    );
    expect(calls).to.deep.equal({ list: 0, get: 1 });
    await expect(second).to.be.accessible();
  });

  it('shows a role changed in <permission-matrix> (another adapter on the same backend)', async () => {
    const w = world({ prepare: pin });
    const listAdapter = w.as('generalAdmin');
    const matrixAdapter = w.as('generalAdmin');
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <contact-list debounce="0" style=${twoOnScreen} .adapter=${listAdapter}></contact-list>
        <permission-matrix .adapter=${matrixAdapter}></permission-matrix>
      </div>`,
    );
    const list = container.querySelector('contact-list') as ContactList;
    const matrix = container.querySelector('permission-matrix') as PermissionMatrix;
    await settled(list);
    await waitUntil(() => matrix.matrix.status === 'ready', 'matrix ready', { timeout: 10000 });
    matrix.view = 'person';
    matrix.contactId = 'ct-000006';
    await waitUntil(() => matrix.matrix.person.contact?.id === 'ct-000006', 'person shown');
    const contact = matrix.matrix.person.contact!;
    // The matrix saves a role change through its controller, as its Save button does.
    const saved = await matrix.matrix.save({
      view: 'person',
      contactId: contact.id,
      access: { role: 'registration-admin', grants: contact.grants, sites: contact.sites },
      summary: [],
    } as never);
    expect(saved).to.equal(true);
    await waitUntil(
      () => list.rows.items.find((c) => c.id === 'ct-000006')?.role === 'registration-admin',
      'the list shows the new role',
    );
    await searchFor(list, 'fernanda.conceicao');
    expect(rowOf(list, 'ct-000006')!.textContent).to.contain('Registration admin');
  });

  it('the matrix shows a role changed elsewhere (its person view reads it again)', async () => {
    const w = world({ prepare: pin });
    const mine = w.as('generalAdmin');
    const matrix = await fixture<PermissionMatrix>(
      html`<permission-matrix
        lang="en"
        view="person"
        contact-id="ct-000006"
        .adapter=${mine}
      ></permission-matrix>`,
    );
    await waitUntil(() => matrix.matrix.person.contact?.id === 'ct-000006', 'person shown', {
      timeout: 10000,
    });
    expect(matrix.matrix.person.contact?.role).to.equal('system-user');
    const other = w.as('generalAdmin');
    const current = await other.contacts.get('ct-000006');
    await other.permissions.setAccess(
      'ct-000006',
      { role: 'registration-admin', grants: current.grants, sites: current.sites },
      { version: current.version },
    );
    await waitUntil(
      () => matrix.matrix.person.contact?.role === 'registration-admin',
      'the matrix reads the person again',
    );
  });

  it('stops following when removed, and catches up with what it missed when attached again', async () => {
    const { second, b, backend, data } = await mountTwo();
    // Count the feed's live subscriptions of this list's adapter.
    let live = 0;
    const feed = b.changes;
    const subscribe = feed.subscribe.bind(feed);
    feed.subscribe = (listener) => {
      live++;
      const stop = subscribe(listener);
      return () => {
        live--;
        stop();
      };
    };
    const parent = second.parentElement!;
    second.remove();
    parent.append(second);
    expect(live).to.equal(1);
    second.remove();
    expect(live).to.equal(0);
    // Written while it was away: nothing told it.
    const held = second.rows.items.find((c) => c.id === 'ct-000009')!;
    backend.updateContact(
      data.actors.generalAdmin,
      'ct-000009',
      { jobTitle: 'Perita' },
      held.version,
    );
    parent.append(second);
    expect(live).to.equal(1);
    await waitUntil(
      () => second.rows.items.find((c) => c.id === 'ct-000009')?.jobTitle === 'Perita',
      'the list catches up on reconnect',
    );
  });
});
