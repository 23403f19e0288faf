import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { mountList, rowOf, rows, searchFor, settled } from '../../helpers/contact-list.js';
import { $ } from '../../helpers/dom.js';

/**
 * The rows as a WAI-ARIA data grid: one tab stop, the arrow, Home/End and Page keys between cells
 * and rows, over a virtualised list (the place is kept by contact and column, not by DOM node).
 */

/** The element that has focus in the list's shadow root. */
const focused = (el: ContactList) => el.shadowRoot!.activeElement as HTMLElement | null;
const grid = (el: ContactList) => $<HTMLElement>(el, '[role="grid"]')!;
const body = (el: ContactList) => $<HTMLElement>(el, '.body')!;

/** The contact of the focused element's row (`undefined`: the header row or outside the rows). */
const focusedId = (el: ContactList) =>
  focused(el)?.closest<HTMLElement>('[role="row"]')?.dataset.id;

/** What the focused stop is: a cell's column class, or the control's part. */
function focusedStop(el: ContactList): string {
  const active = focused(el);
  if (!active) return 'nothing';
  if (active.matches('input[type="checkbox"]')) return 'select';
  const part = active.getAttribute('part');
  if (part === 'edit-button' || part === 'menu-button' || part === 'sort-button') return part;
  return active.classList.contains('cell') ? active.classList[1]! : active.tagName;
}

/** The index among the loaded rows of the focused element's contact. */
const focusedIndex = (el: ContactList) => el.rows.items.findIndex((c) => c.id === focusedId(el));

/** The grid's stops that are in the tab order. */
const tabStops = (el: ContactList) =>
  [...grid(el).querySelectorAll<HTMLElement>('*')].filter((node) => node.tabIndex >= 0);

/** Presses a key, or a chord such as `Control+End` (the modifiers held down around the key). */
async function send(key: string): Promise<void> {
  const parts = key.split('+');
  const last = parts.pop()!;
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: last });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}

async function press(el: ContactList, key: string): Promise<void> {
  await send(key);
  await el.updateComplete;
}

/** Moves with `key` and waits until focus has landed on another contact's row. */
async function pressToRow(el: ContactList, key: string): Promise<void> {
  const from = focusedId(el);
  await send(key);
  await waitUntil(() => focusedId(el) !== from, `${key} moves to another row`);
  await el.updateComplete;
}

/** Whether `row` lies inside the scroller's visible box. */
function inView(el: ContactList, row: Element): boolean {
  const view = body(el).getBoundingClientRect();
  const box = row.getBoundingClientRect();
  return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
}

/** Tabs from the search box until focus is in the grid. */
async function tabIntoGrid(el: ContactList): Promise<HTMLElement> {
  $<HTMLInputElement>(el, '#search')!.focus();
  for (let i = 0; i < 20; i++) {
    await sendKeys({ press: 'Tab' });
    const active = focused(el);
    if (active && grid(el).contains(active)) return active;
  }
  throw new Error('Tab never reached the grid');
}

describe('<contact-list> — the rows as a data grid', () => {
  it('is a grid of one tab stop: Tab lands on one cell, Tab again leaves the list', async () => {
    const { el } = await mountList();
    expect(grid(el).getAttribute('aria-rowcount')).to.equal(String(el.rows.total + 1));
    expect(tabStops(el)).to.have.length(1);
    const first = await tabIntoGrid(el);
    // The first contact's name, the first cell that says who the row is.
    expect(focusedId(el)).to.equal(el.rows.items[0]!.id);
    expect(focusedStop(el)).to.equal('name');
    expect(first.getAttribute('role')).to.equal('gridcell');
    expect(tabStops(el)).to.deep.equal([first]);
    await expect(el).to.be.accessible();

    // What follows the list in the page (Tab past the page's end would leave the browser's page).
    const next = document.createElement('button');
    next.textContent = 'After the list';
    el.after(next);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'Tab leaves the list').to.equal(next);
    await send('Shift+Tab');
    expect(focused(el)).to.equal(first);
    next.remove();
  });

  it('moves between cells with ←/→ and Home/End, each control focused in its cell', async () => {
    const { el } = await mountList();
    await tabIntoGrid(el);
    const id = focusedId(el);
    await press(el, 'ArrowRight');
    expect(focusedStop(el)).to.equal('email');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(focusedStop(el)).to.equal('select');
    await press(el, 'ArrowLeft');
    expect(focusedStop(el), 'stays at the first cell').to.equal('select');
    await press(el, 'End');
    expect(focusedStop(el)).to.equal('menu-button');
    await press(el, 'ArrowLeft');
    expect(focusedStop(el)).to.equal('edit-button');
    await press(el, 'ArrowLeft');
    expect(focusedStop(el)).to.equal('lastSignInAt');
    await press(el, 'Home');
    expect(focusedStop(el)).to.equal('select');
    expect(focusedId(el)).to.equal(id);
    // The tab stop followed every move.
    expect(tabStops(el)).to.deep.equal([focused(el)]);
  });

  it('moves between rows with ↑/↓, up to the header’s sort buttons', async () => {
    const { el } = await mountList();
    await tabIntoGrid(el);
    await press(el, 'ArrowRight');
    await pressToRow(el, 'ArrowDown');
    expect(focusedIndex(el)).to.equal(1);
    expect(focusedStop(el)).to.equal('email');
    expect(focused(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('3');
    await pressToRow(el, 'ArrowUp');
    expect(focusedIndex(el)).to.equal(0);
    await pressToRow(el, 'ArrowUp');
    expect(focusedStop(el)).to.equal('sort-button');
    expect(focused(el)!.textContent).to.contain('E-mail');
    await press(el, 'ArrowUp');
    expect(focusedStop(el), 'the header is the first row').to.equal('sort-button');
    await pressToRow(el, 'ArrowDown');
    expect(focusedIndex(el)).to.equal(0);
    expect(focusedStop(el)).to.equal('email');
  });

  it('goes to the first and last loaded rows with Ctrl+Home / Ctrl+End, scrolled into view', async () => {
    const { el } = await mountList({ contacts: 400 });
    const count = el.rows.items.length;
    expect(count).to.be.greaterThan(40);
    const last = el.rows.items[count - 1]!.id;
    expect(rowOf(el, last), 'the last loaded row is not rendered yet').to.equal(null);
    await tabIntoGrid(el);
    await pressToRow(el, 'Control+End');
    expect(focusedId(el)).to.equal(last);
    expect(focusedStop(el)).to.equal('menu-button');
    await nextFrame();
    expect(inView(el, rowOf(el, last)!)).to.equal(true);
    await pressToRow(el, 'Control+Home');
    expect(focusedIndex(el)).to.equal(0);
    expect(focusedStop(el)).to.equal('select');
    await nextFrame();
    expect(inView(el, rowOf(el, el.rows.items[0]!.id)!)).to.equal(true);
  });

  it('moves by the rows in view with PageDown / PageUp', async () => {
    const { el } = await mountList({ contacts: 400 });
    const rowHeight = rows(el)[0]!.getBoundingClientRect().height;
    const page = Math.floor(body(el).clientHeight / rowHeight);
    expect(page).to.be.greaterThan(2);
    await tabIntoGrid(el);
    await pressToRow(el, 'PageDown');
    expect(focusedIndex(el)).to.equal(page);
    expect(focusedStop(el)).to.equal('name');
    await pressToRow(el, 'PageDown');
    expect(focusedIndex(el)).to.equal(2 * page);
    await nextFrame();
    expect(inView(el, focused(el)!.closest('[role="row"]')!)).to.equal(true);
    await pressToRow(el, 'PageUp');
    expect(focusedIndex(el)).to.equal(page);
  });

  it('reaches rows that are not rendered, past 100 contacts, loading the next pages on the way', async () => {
    const { el } = await mountList({ contacts: 400 });
    expect(el.rows.total).to.be.greaterThan(150);
    await tabIntoGrid(el);
    await press(el, 'ArrowRight');
    // Each Ctrl+End goes to the last row loaded, never rendered before; near it the next page loads.
    while (focusedIndex(el) < 120) {
      const from = focusedIndex(el);
      await waitUntil(() => el.rows.items.length - 1 > from && !el.rows.loadingMore, 'next page');
      const last = el.rows.items.at(-1)!.id;
      expect(rowOf(el, last), 'not rendered before focus goes there').to.equal(null);
      await pressToRow(el, 'Control+End');
      expect(focusedId(el)).to.equal(last);
      await nextFrame();
      expect(inView(el, rowOf(el, last)!)).to.equal(true);
    }
    await pressToRow(el, 'ArrowUp');
    const row = focused(el)!.closest<HTMLElement>('[role="row"]')!;
    expect(row.getAttribute('aria-rowindex')).to.equal(String(focusedIndex(el) + 2));
    expect(focusedStop(el)).to.equal('menu-button');
    // Far from the first rows, only the rows near the view are in the DOM.
    expect(rowOf(el, el.rows.items[0]!.id)).to.equal(null);
    expect(tabStops(el)).to.deep.equal([focused(el)]);
  });

  it('keeps the tab stop on its contact while scrolled away, and Tab comes back to it', async () => {
    const { el } = await mountList({ contacts: 400 });
    await tabIntoGrid(el);
    await pressToRow(el, 'ArrowDown');
    await press(el, 'ArrowRight');
    const id = focusedId(el)!;
    $<HTMLInputElement>(el, '#search')!.focus();
    body(el).scrollTop = 3000;
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    const kept = rowOf(el, id);
    expect(kept, 'the tab stop’s row stays rendered').to.exist;
    expect(inView(el, kept!)).to.equal(false);
    expect(tabStops(el)).to.have.length(1);
    const back = await tabIntoGrid(el);
    expect(focusedId(el)).to.equal(id);
    expect(focusedStop(el)).to.equal('email');
    await nextFrame();
    expect(inView(el, back.closest('[role="row"]')!)).to.equal(true);
  });

  it('keeps focus on its contact and column through a refetch and a new sort', async () => {
    const { el } = await mountList();
    await tabIntoGrid(el);
    await pressToRow(el, 'ArrowDown');
    await pressToRow(el, 'ArrowDown');
    await press(el, 'ArrowRight');
    const id = focusedId(el)!;
    await el.refresh();
    await el.updateComplete;
    expect(focusedId(el)).to.equal(id);
    expect(focusedStop(el)).to.equal('email');

    // Z to A: the contact moves to another place of the list, and another row node.
    el.sort = 'name';
    el.sortDirection = 'desc';
    await settled(el);
    await waitUntil(() => el.rows.items[0]!.id !== id && focusedId(el) === id, 'focus follows');
    expect(focusedStop(el)).to.equal('email');
    expect(tabStops(el)).to.deep.equal([focused(el)]);
    await nextFrame();
    expect(inView(el, rowOf(el, id)!)).to.equal(true);
  });

  it('moves the tab stop to the first row in view when its contact leaves the list', async () => {
    const { el, data } = await mountList();
    await tabIntoGrid(el);
    await pressToRow(el, 'ArrowDown');
    const gone = focusedId(el)!;
    const other = data.contacts.find((c) => c.id === 'ct-000009')!;
    await searchFor(el, other.email);
    await waitUntil(() => rowOf(el, 'ct-000009'), 'the search’s row');
    expect(rowOf(el, gone)).to.equal(null);
    const stops = tabStops(el);
    expect(stops).to.have.length(1);
    expect(stops[0]!.closest<HTMLElement>('[role="row"]')!.dataset.id).to.equal('ct-000009');
  });

  it('activates controls as before: Enter and F2 on a button, Space on the checkbox', async () => {
    const { el } = await mountList();
    await tabIntoGrid(el);
    const id = focusedId(el)!;
    // Space on a cell does not scroll the rows away from it (its default, a page down, is stopped).
    let scrolls: boolean | undefined;
    const watch = (event: KeyboardEvent) => (scrolls = !event.defaultPrevented);
    el.addEventListener('keydown', watch);
    await press(el, 'Space');
    el.removeEventListener('keydown', watch);
    expect(scrolls).to.equal(false);
    expect(el.selectionCount).to.equal(0);
    await press(el, 'Home');
    await press(el, 'Space');
    await waitUntil(() => el.selectionCount === 1, 'Space selects the row');
    expect(rowOf(el, id)!.getAttribute('aria-selected')).to.equal('true');

    await press(el, 'End');
    await sendKeys({ press: 'F2' });
    await waitUntil(() => $(el, '[popover]')!.matches(':popover-open'), 'F2 opens the acts');
    await waitUntil(() => focused(el)?.classList.contains('menu-item'), 'on the first act');
    // The menu's own keys are its own.
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)!.classList.contains('menu-item')).to.equal(true);
    expect(focused(el)!.dataset.act).not.to.equal('details');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focusedStop(el) === 'menu-button', 'Escape: back on its cell');
    expect(focusedId(el)).to.equal(id);

    await press(el, 'ArrowLeft');
    expect(focusedStop(el)).to.equal('edit-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'Enter edits');
  });

  it('keeps a refused act focusable in its cell, its reason shown', async () => {
    const { el } = await mountList({ as: 'systemUser' });
    await tabIntoGrid(el);
    await press(el, 'End');
    await press(el, 'ArrowLeft');
    const edit = focused(el)!;
    expect(focusedStop(el)).to.equal('edit-button');
    expect(edit.getAttribute('aria-disabled')).to.equal('true');
    const tip = el.shadowRoot!.getElementById(edit.getAttribute('aria-describedby')!)!;
    await nextFrame();
    expect(tip.checkVisibility()).to.equal(true);
    expect(tip.textContent.trim()).not.to.equal('');
    await expect(el).to.be.accessible();
  });

  it('moves to the search box with `/` from a cell', async () => {
    const { el } = await mountList();
    await tabIntoGrid(el);
    await press(el, 'ArrowRight');
    await sendKeys({ press: '/' });
    expect(focused(el)?.id).to.equal('search');
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
  });

  it('works on cards (390px): ↑/↓ between cards, ←/→ through a card', async () => {
    const { el } = await mountList({ width: 390 });
    expect(rows(el)[0]!.getBoundingClientRect().height).to.be.greaterThan(120);
    await tabIntoGrid(el);
    expect(focusedStop(el)).to.equal('name');
    expect(tabStops(el)).to.have.length(1);
    await pressToRow(el, 'ArrowDown');
    expect(focusedIndex(el)).to.equal(1);
    expect(focusedStop(el)).to.equal('name');
    await press(el, 'End');
    expect(focusedStop(el)).to.equal('menu-button');
    // Up from the acts to the header, whose "Actions" is hidden on cards: its last sort button.
    await pressToRow(el, 'ArrowUp');
    await pressToRow(el, 'ArrowUp');
    expect(focusedStop(el)).to.equal('sort-button');
    expect(focused(el)!.textContent).to.contain('Last sign-in');
    await expect(el).to.be.accessible();
  });
});
