/**
 * What an admin expects of the acts of `<contact-list>` (issue 8): per-contact edit names, the detail
 * view with its history, counted bulk acts with a typed confirmation, undo, e-mail typo hints, the
 * fields core's `editableFields` locks, and the ticket transfer's receivers judged by core.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import {
  dialog,
  dialogClosed,
  dialogOpen,
  menuItem,
  mountList,
  openMenu,
  rows,
  showContact,
  toastText,
} from '../../helpers/contact-list.js';
import { $, button } from '../../helpers/dom.js';

const field = (el: ContactList, id: string) =>
  dialog(el).querySelector<HTMLInputElement>(`#cf-${id}`)!;

async function counted(d: HTMLDialogElement): Promise<void> {
  await waitUntil(() => !d.querySelector('[part="bulk-applies"] .spinner'), 'counted');
}

describe('<contact-list> — the acts’ dialogs', () => {
  it('names each edit button after its contact', async () => {
    const { el } = await mountList();
    const row = rows(el)[0]!;
    const contact = el.rows.items.find((c) => c.id === row.dataset.id)!;
    const edit = row.querySelector('[part="edit-button"]')!;
    expect(edit.getAttribute('aria-label')).to.equal(`Edit contact: ${contact.name}`);
    // The visible words are part of the name (WCAG 2.5.3).
    expect(edit.getAttribute('aria-label')).to.contain(edit.textContent.trim());
  });

  it('shows a contact’s details and history without the edit form', async () => {
    const { el, data } = await mountList();
    await showContact(el, data, 'ct-000006');
    await openMenu(el, 'ct-000006');
    menuItem(el, 'suspend').click();
    let d = await dialogOpen(el);
    button(d, 'Suspend access').click();
    await dialogClosed(el);
    await waitUntil(() => toastText(el).includes(': Suspended.'), 'suspended');

    await openMenu(el, 'ct-000006');
    menuItem(el, 'details').click();
    d = await dialogOpen(el);
    const contact = data.contacts.find((c) => c.id === 'ct-000006')!;
    expect(d.querySelector('h2')!.textContent).to.contain(contact.name);
    expect(d.querySelector('[part="detail"]')!.textContent).to.contain(contact.email);
    await waitUntil(() => d.querySelector('[part="history"]'), 'history loads');
    const history = d.querySelector('[part="history"]')!.textContent.replace(/\s+/g, ' ');
    expect(history).to.contain('Status changed');
    expect(d.querySelector('#cf-name')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says how many of the selection a bulk act applies to, and asks to type the count above five', async () => {
    const { el, backend } = await mountList();
    $<HTMLInputElement>(el, '[role="columnheader"] input[type="checkbox"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-bulk="delete"]')!.click();
    const d = await dialogOpen(el);
    await counted(d);
    const selected = el.selection.count;
    const deletable = el.rows.items.filter((c) => el.acts.verdict('delete', c).allowed);
    const applicable = deletable.length;
    expect(applicable).to.be.greaterThan(5);
    expect(d.querySelector('[part="bulk-applies"]')!.textContent.trim()).to.equal(
      `${applicable} of ${selected} can be deleted.`,
    );
    const yes = button(d, 'Delete selected');
    expect(yes.disabled).to.equal(true);
    const typed = d.querySelector<HTMLInputElement>('[part="bulk-typed"]')!;
    typed.focus();
    await sendKeys({ type: String(applicable - 1) });
    await el.updateComplete;
    expect(yes.disabled).to.equal(true);
    typed.select();
    await sendKeys({ type: String(applicable) });
    await el.updateComplete;
    expect(button(d, 'Delete selected').disabled).to.equal(false);
    // The enabled button eases its colours in (120 ms): let them land before a contrast check.
    await aTimeout(200);
    await expect(el).to.be.accessible();
    button(d, 'Delete selected').click();
    await waitUntil(() => d.querySelector('[part="bulk-summary"]'), 'summary');
    expect(d.querySelector('[part="bulk-summary"]')!.textContent).to.contain(`${applicable} done`);
    for (const contact of deletable)
      expect(() => backend.getContact('ct-000001', contact.id)).to.throw();
  });

  it('offers to undo a suspension in its toast', async () => {
    const { el, data, backend } = await mountList();
    await showContact(el, data, 'ct-000006');
    await openMenu(el, 'ct-000006');
    menuItem(el, 'suspend').click();
    const d = await dialogOpen(el);
    button(d, 'Suspend access').click();
    await dialogClosed(el);
    await waitUntil(() => $(el, '[part="toast-action"]'), 'undo offered');
    expect(backend.getContact('ct-000001', 'ct-000006').status).to.equal('suspended');
    $<HTMLButtonElement>(el, '[part="toast-action"]')!.click();
    await waitUntil(() => toastText(el).includes('Undone'), 'undone');
    expect(backend.getContact('ct-000001', 'ct-000006').status).to.equal('active');
    // The toast that held focus is gone: focus stays in the list.
    expect(document.activeElement).to.equal(el);
  });

  it('hints at a typo in a common e-mail domain, and takes the fix on request', async () => {
    const { el } = await mountList();
    $<HTMLButtonElement>(el, '[part="add-button"]')!.click();
    await dialogOpen(el);
    field(el, 'email').focus();
    await sendKeys({ type: 'ana@gmial.com' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await waitUntil(() => dialog(el).querySelector('[part="email-suggestion"]'), 'suggestion');
    expect(dialog(el).querySelector('[part="email-suggestion"]')!.textContent).to.contain(
      'Did you mean ana@gmail.com?',
    );
    expect(field(el, 'email').value).to.equal('ana@gmial.com');
    button(dialog(el), 'Use ana@gmail.com').click();
    await waitUntil(() => field(el, 'email').value === 'ana@gmail.com', 'taken');
    await el.updateComplete;
    expect(dialog(el).querySelector('[part="email-suggestion"]')).to.equal(null);
  });

  it('shows the fields a system user may not change on their own contact as read-only, with why', async () => {
    const { el, data } = await mountList({ as: 'systemUser' });
    const row = await showContact(el, data, 'ct-000003');
    row.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await dialogOpen(el);
    expect(field(el, 'cpf').readOnly).to.equal(true);
    expect(field(el, 'name').readOnly).to.equal(false);
    const why = (field(el, 'cpf').getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(why).to.contain('An admin sets this');
    await expect(el).to.be.accessible();
  });

  it('lists the ticket transfer’s receivers with core’s verdict, refused ones disabled with why', async () => {
    const { el, data } = await mountList();
    await showContact(el, data, 'ct-000027');
    await openMenu(el, 'ct-000027');
    menuItem(el, 'transfer-tickets').click();
    const d = await dialogOpen(el);
    await waitUntil(() => d.querySelectorAll('input[name="transfer-to"]').length > 0, 'receivers');
    const inactive = data.contacts.find((c) => c.id !== 'ct-000027' && c.status !== 'active')!;
    const search = d.querySelector<HTMLInputElement>('#transfer-search')!;
    search.focus();
    await sendKeys({ type: inactive.email });
    await waitUntil(
      () => d.querySelector(`input[name="transfer-to"][id$="${inactive.id}"]`),
      'the inactive contact is listed',
    );
    const radio = d.querySelector<HTMLInputElement>(
      `input[name="transfer-to"][id$="${inactive.id}"]`,
    )!;
    expect(radio.disabled).to.equal(true);
    const why = el.shadowRoot!.getElementById(radio.getAttribute('aria-describedby')!)!;
    expect(why.textContent).to.match(/active/i);
    await expect(el).to.be.accessible();
  });
});
