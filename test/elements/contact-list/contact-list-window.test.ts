import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { mountList, rowOf, rows, searchFor } from '../../helpers/contact-list.js';
import { $ } from '../../helpers/dom.js';

/** The control that has focus in the list, if any. */
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;

/**
 * The window of rows keeps its rows by place in the list (a keystroke fills them in place rather
 * than removing and cloning them): what a person sees and where focus is must not suffer from it.
 */
describe('<contact-list> — rows kept by place', () => {
  it('fills the rows in place with a new answer, each row showing its own contact', async () => {
    const { el } = await mountList({ contacts: 60 });
    const before = rows(el);
    await searchFor(el, 'a');
    const after = rows(el);
    expect(after.length).to.be.greaterThan(1);
    expect(after[0]).to.equal(before[0]);
    after.forEach((row, i) => {
      const contact = el.rows.items[i]!;
      expect(row.dataset.id).to.equal(contact.id);
      expect(row.querySelector('.cell.name')!.textContent).to.equal(contact.name);
      expect(row.querySelector('.cell.email')!.textContent).to.equal(contact.email);
      expect(row.querySelector('input[type="checkbox"]')!.getAttribute('aria-label')).to.contain(
        contact.name,
      );
    });
  });

  it('keeps focus on its contact when a row above it leaves', async () => {
    const { el, adapter } = await mountList();
    const shown = rows(el);
    // A contact the general admin may delete, with a row below it to hold focus.
    const at = shown.findIndex((row, i) => {
      const contact = el.rows.items.find((c) => c.id === row.dataset.id)!;
      return i + 2 < shown.length && el.acts.verdict('delete', contact).allowed;
    });
    expect(at).to.be.greaterThan(-1);
    const gone = el.rows.items.find((c) => c.id === shown[at]!.dataset.id)!;
    const kept = shown[at + 2]!.dataset.id!;
    shown[at + 2]!.querySelector<HTMLElement>('[part="menu-button"]')!.focus();

    await adapter.contacts.remove(gone.id, { version: gone.version });
    await waitUntil(() => !rowOf(el, gone.id), 'the deleted contact leaves');

    expect(focused(el)?.getAttribute('part')).to.equal('menu-button');
    expect(focused(el)!.closest<HTMLElement>('[role="row"]')!.dataset.id).to.equal(kept);
  });

  it('keeps a focused row, and focus on it, while it is scrolled out of view and back', async () => {
    const { el } = await mountList({ contacts: 400 });
    const body = $<HTMLElement>(el, '.body')!;
    const row = rows(el)[2]!;
    const id = row.dataset.id!;
    row.querySelector<HTMLElement>('[part="menu-button"]')!.focus();

    body.scrollTop = 1500;
    await nextFrame();
    await nextFrame();
    expect(rowOf(el, id), 'still in the DOM out of view').to.equal(row);
    expect(focused(el)!.closest<HTMLElement>('[role="row"]')!.dataset.id).to.equal(id);
    // The rows in view are the ones at this scroll position, the kept row above them out of sight.
    const view = body.getBoundingClientRect();
    const inView = rows(el).filter((r) => {
      const box = r.getBoundingClientRect();
      return box.bottom > view.top && box.top < view.bottom;
    });
    expect(inView.map((r) => r.dataset.id)).not.to.include(id);
    const firstShown = Number(inView[0]!.getAttribute('aria-rowindex')) - 2;
    expect(el.rows.items[firstShown]!.id).to.equal(inView[0]!.dataset.id);

    body.scrollTop = 0;
    await nextFrame();
    await nextFrame();
    expect(rowOf(el, id)).to.equal(row);
    expect(focused(el)!.closest<HTMLElement>('[role="row"]')!.dataset.id).to.equal(id);
    const box = row.getBoundingClientRect();
    expect(box.top).to.be.within(view.top, view.bottom);
  });
});
