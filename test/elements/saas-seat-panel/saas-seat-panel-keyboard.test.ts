/**
 * `<saas-seat-panel>` by keyboard alone (docs/accessibility.md, SP: 2.1.1, 2.1.2, 2.4.3): the Tab order
 * through the meter's acts, the filters, the bulk bar and each row's acts; each dialog opens on its
 * first field, keeps Tab inside it and gives focus back to the control that opened it; an act that
 * takes its own button away leaves focus at the next logical place, never on the page.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SaasSeatPanel } from '../../../src/elements/saas-seat-panel/saas-seat-panel.js';
import { deepActiveElement } from '../../../src/elements/internal/dialog.js';
import { $, $$, until } from '../../helpers/dom.js';
import { company, mount, row, text } from './support.js';

/** The focused control as a person hears it: its label, its own name or its text ("(page)": none). */
function focused(): string {
  const active = deepActiveElement();
  if (!active || active === document.body) return '(page)';
  const labelledBy = active.getAttribute('aria-labelledby');
  const root = active.getRootNode() as ShadowRoot;
  const named =
    (labelledBy ? root.getElementById(labelledBy)?.textContent : undefined) ??
    active.getAttribute('aria-label') ??
    (active as HTMLInputElement).labels?.[0]?.textContent ??
    active.textContent;
  return (named ?? '').replace(/\s+/g, ' ').replace(/\*$/, '').trim();
}

async function tab(times = 1, shift = false): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < times; i++) {
    if (shift) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (shift) await sendKeys({ up: 'Shift' });
    seen.push(focused());
  }
  return seen;
}

const dialogOf = (el: SaasSeatPanel) => $<HTMLDialogElement>(el, 'dialog')!;

/** Presses Enter on `control` (focused first), as a keyboard user does. */
async function enter(el: SaasSeatPanel, control: HTMLElement): Promise<void> {
  control.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<saas-seat-panel> by keyboard alone', () => {
  it('Tab goes through the meter’s acts, the filters, the bulk bar and each row’s acts, in reading order', async () => {
    const el = await mount(company(10, 3).as('generalAdmin'));
    $(el, '[data-act="add"]')!.focus();
    // "Deactivate selected" is disabled while nothing is selected: no stop of its own.
    const head = [
      'Ask for more seats',
      'Search',
      'Status',
      'Order',
      'Export CSV',
      'Select every active SaaS user shown',
    ];
    // Each row in the order shown: an active one is selectable and has two acts; an inactive one, one.
    const rows = el.seats.items.flatMap((user) =>
      user.status === 'active'
        ? [`Select ${user.name}`, 'Change password', 'Deactivate']
        : ['Reactivate'],
    );
    expect(rows).to.include('Deactivate');
    const expected = [...head, ...rows];
    expect(await tab(expected.length)).to.deep.equal(expected);
    // Shift+Tab walks the same path back.
    expect(await tab(4, true)).to.deep.equal(expected.slice(-5, -1).reverse());
  });

  it('each dialog opens on its first field, keeps Tab inside it, and gives focus back to its opener', async () => {
    const el = await mount(company(10, 3).as('generalAdmin'));
    const dialog = dialogOf(el);

    // Add: Enter opens it on the name; Tab never reaches the page behind; Escape gives focus back.
    const add = $(el, '[data-act="add"]')!;
    await enter(el, add);
    await until(el, () => dialog.open);
    expect(focused()).to.equal('Name');
    // Tab goes through the dialog's controls to its last, Save; the page behind is inert (a modal
    // dialog): none of its controls takes focus, not even from a script. (Tab past Save would leave
    // the document for the browser's own controls: not pressed here, the next test page needs focus.)
    const stops = await tab(6);
    expect(stops).to.deep.equal([
      'E-mail',
      'Password',
      'Show password',
      'Generate a strong password',
      'Cancel',
      'Save',
    ]);
    const save = deepActiveElement();
    expect(dialog.contains(save)).to.equal(true);
    add.focus();
    expect(deepActiveElement() === save, 'the page behind takes no focus').to.equal(true);
    expect(await tab(1, true)).to.deep.equal(['Cancel']);
    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialog.open);
    expect(deepActiveElement() === add, 'focus back on Add').to.equal(true);

    // Ask for more seats: opens on its count; Escape gives focus back.
    const ask = $(el, '[data-act="ask-more"]')!;
    await enter(el, ask);
    await until(el, () => dialog.open);
    expect(focused()).to.equal('How many more seats');
    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialog.open);
    expect(deepActiveElement() === ask, 'focus back on Ask for more seats').to.equal(true);

    // A row's Change password: opens on the new password; Cancel by keyboard gives focus back.
    const user = el.seats.items.find((u) => u.status === 'active')!;
    const change = row(el, user.name).querySelector<HTMLElement>('[data-act="change-password"]')!;
    await enter(el, change);
    await until(el, () => dialog.open);
    expect(focused()).to.equal('New password');
    const cancel = [...dialog.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => text(b) === 'Cancel',
    )!;
    await enter(el, cancel);
    await until(el, () => !dialog.open);
    expect(deepActiveElement() === change, 'focus back on the row’s Change password').to.equal(
      true,
    );
  });

  it('an act that takes its own button away leaves focus at the next logical place, not the page', async () => {
    const el = await mount(company(10, 3).as('generalAdmin'));
    const [first, second] = el.seats.items.filter((u) => u.status === 'active');

    // Deactivate: the row's Reactivate takes its place, and the focus.
    await enter(el, row(el, first!.name).querySelector<HTMLElement>('[data-act="deactivate"]')!);
    await until(
      el,
      () => !el.seats.busy && row(el, first!.name).querySelector('[data-act="reactivate"]'),
    );
    expect(focused()).to.equal('Reactivate');
    expect(row(el, first!.name).contains(deepActiveElement())).to.equal(true);

    // Deactivate selected: the selection is gone, so is the button; focus goes to the results.
    row(el, second!.name).querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ press: 'Space' });
    await until(el, () => el.seats.selected.size === 1);
    await enter(el, $(el, '[part="bulk-button"]')!);
    await until(el, () => el.seats.bulkResults !== undefined && !el.seats.busy);
    expect(
      deepActiveElement() === $(el, '#results-title'),
      `on the results, not ${focused()}`,
    ).to.equal(true);
    expect(text($(el, '[part="bulk-results"]'))).to.contain(second!.name);

    // Closing the results: focus goes to the table's "select all" box, after where they stood.
    await enter(el, $(el, '[part="bulk-results"] button')!);
    await until(el, () => el.seats.bulkResults === undefined);
    expect(focused()).to.equal('Select every active SaaS user shown');
    expect($$(el, '[part="bulk-results"]')).to.have.length(0);
  });
});
