import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type {
  ContactList,
  SelectionChangeDetail,
} from '../../../src/elements/contact-list/contact-list.js';
import { mountList, rowOf, settled } from '../../helpers/contact-list.js';
import { $, button } from '../../helpers/dom.js';

const box = (el: ContactList, id: string) =>
  rowOf(el, id)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;

/** Brings the row at `index` into view (the list renders only the rows in view). */
async function scrollTo(el: ContactList, index: number): Promise<void> {
  const body = $<HTMLElement>(el, '.body')!;
  const height = $<HTMLElement>(el, '[role="row"][data-id]')!.getBoundingClientRect().height;
  body.scrollTop = Math.max(0, index - 2) * height;
  const id = el.rows.items[index]!.id;
  await waitUntil(() => rowOf(el, id), `row ${index} renders`);
  await nextFrame();
  await el.updateComplete;
}

/** Clicks a row's box with the mouse, Shift held when `shift`. */
async function clickBox(el: ContactList, index: number, shift = false): Promise<void> {
  const rect = box(el, el.rows.items[index]!.id).getBoundingClientRect();
  if (shift) await sendKeys({ down: 'Shift' });
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
  if (shift) await sendKeys({ up: 'Shift' });
  await el.updateComplete;
}

/** Space with Shift held, on the focused control. */
async function shiftSpace(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Space' });
  await sendKeys({ up: 'Shift' });
}

const ids = (el: ContactList, from: number, to: number) =>
  el.rows.items.slice(from, to + 1).map((c) => c.id);

describe('<contact-list> — Shift range selection', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('Shift-click ticks every row from the last clicked box, rows out of view included', async () => {
    const { el } = await mountList({ contacts: 120 });
    const events: SelectionChangeDetail[] = [];
    el.addEventListener('portico-selection-change', (e) =>
      events.push((e as CustomEvent<SelectionChangeDetail>).detail),
    );
    await clickBox(el, 0);
    await scrollTo(el, 45);
    // The rows between are not in the DOM: the range comes from the list's data.
    expect(rowOf(el, el.rows.items[20]!.id)).to.equal(null);
    await clickBox(el, 45, true);

    expect(events.at(-1)!.ids).to.deep.equal(ids(el, 0, 45));
    expect(events.at(-1)!.count).to.equal(46);
    expect($(el, '[part="bulk-bar"]')!.textContent).to.contain('46 selected');
    expect(box(el, el.rows.items[45]!.id).checked).to.equal(true);
    expect(rowOf(el, el.rows.items[46]!.id)!.getAttribute('aria-selected')).to.equal('false');
    await scrollTo(el, 20);
    expect(rowOf(el, el.rows.items[20]!.id)!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('Shift-click on a ticked box clears the range; Shift+Space on a box does the same', async () => {
    const { el } = await mountList({ contacts: 120 });
    await clickBox(el, 2);
    await scrollTo(el, 30);
    await clickBox(el, 30, true);
    expect(el.selectionCount).to.equal(29);

    // Unticking row 30 makes it the start; Shift on row 10 (ticked) unticks 10–30.
    await clickBox(el, 30);
    await scrollTo(el, 10);
    await clickBox(el, 10, true);
    expect(el.selectionCount).to.equal(8);
    expect([...el.selection.selected.keys()]).to.deep.equal(ids(el, 2, 9));
    expect($(el, '[part="bulk-bar"]')!.textContent).to.contain('8 selected');

    // Shift+Space on row 5's box (ticked): 5–10 cleared, from the box clicked last.
    await scrollTo(el, 5);
    box(el, el.rows.items[5]!.id).focus();
    await shiftSpace();
    await el.updateComplete;
    expect([...el.selection.selected.keys()]).to.deep.equal(ids(el, 2, 4));
    // Shift+Space on an unticked box ticks the range from row 5 down to it.
    await scrollTo(el, 12);
    box(el, el.rows.items[12]!.id).focus();
    await shiftSpace();
    await el.updateComplete;
    expect(el.selectionCount).to.equal(3 + 8);
    expect(el.selection.isSelected(el.rows.items[12]!)).to.equal(true);
    expect(el.selection.isSelected(el.rows.items[5]!)).to.equal(true);
  });

  it('with "all matching the filter", a Shift range of unticks leaves those rows out', async () => {
    const { el } = await mountList({ contacts: 120 });
    await clickBox(el, 0);
    button($(el, '[part="bulk-bar"]')!, /Select all 120 contacts/).click();
    await el.updateComplete;
    await clickBox(el, 1);
    await scrollTo(el, 40);
    await clickBox(el, 40, true);
    expect(el.selection.allMatching).to.equal(true);
    expect([...el.selection.excluded]).to.have.members(ids(el, 1, 40));
    expect(el.selectionCount).to.equal(120 - 40);
    expect($(el, '[part="bulk-bar"]')!.textContent).to.contain('80 selected');
  });

  it('without a box clicked before, Shift-click ticks that row alone', async () => {
    const { el } = await mountList({ contacts: 60 });
    await clickBox(el, 4, true);
    expect([...el.selection.selected.keys()]).to.deep.equal(ids(el, 4, 4));
  });
});

describe('<contact-list> — a row box shows its contact', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('a row reused for another contact shows that contact’s state, not the box a click left', async () => {
    const { el } = await mountList({ contacts: 40 });
    // The host takes the person's tick back at once: the contact stays unselected, the row is not
    // rendered again, and the box the click ticked is left ticked in the DOM.
    el.addEventListener('portico-selection-change', () => el.clearSelection());
    const first = el.rows.items[0]!;
    await clickBox(el, 0);
    expect(el.selectionCount).to.equal(0);

    // (Focus left in the row would keep its contact in view, at the end of the new order.)
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    // A new order puts another (unselected) contact in the first row's place: its box is not ticked.
    $<HTMLButtonElement>(el, '.row.head .name .sort')!.click();
    await settled(el);
    const now = el.rows.items[0]!;
    expect(now.id).not.to.equal(first.id);
    await waitUntil(() => rowOf(el, now.id), 'the new first row renders');
    const row = rowOf(el, now.id)!;
    expect(row.getAttribute('aria-rowindex')).to.equal('2');
    expect(row.getAttribute('aria-selected')).to.equal('false');
    expect(row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(false);
  });
});

describe('<contact-list> — a host that undoes a change', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('shows the box as the selection is after the host answered portico-selection-change', async () => {
    const { el } = await mountList({ contacts: 20 });
    const first = el.rows.items[0]!.id;
    // A host that allows no selection: it clears every change as it hears of it.
    const undo = () => el.clearSelection();
    el.addEventListener('portico-selection-change', undo);
    await clickBox(el, 0);
    await nextFrame();
    expect(el.selectionCount).to.equal(0);
    expect(box(el, first).checked, 'the clicked box').to.equal(false);
    expect(rowOf(el, first)!.getAttribute('aria-selected')).to.equal('false');

    // Without the host's answer the click ticks the box, as always.
    el.removeEventListener('portico-selection-change', undo);
    await clickBox(el, 0);
    expect(el.selectionCount).to.equal(1);
    expect(box(el, first).checked).to.equal(true);
  });
});

describe('<contact-list> — a host that undoes select-all-loaded', () => {
  it('shows the header box unticked when the host clears what it ticked', async () => {
    const { el } = await mountList({ contacts: 20 });
    el.addEventListener('portico-selection-change', () => el.clearSelection());
    const all = $<HTMLInputElement>(el, '[role="columnheader"] input[type="checkbox"]')!;
    all.click();
    await el.updateComplete;
    expect(el.selectionCount).to.equal(0);
    expect(all.checked).to.equal(false);
    expect(all.indeterminate).to.equal(false);
    expect(box(el, el.rows.items[0]!.id).checked).to.equal(false);
  });
});
