import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { failing } from '../../helpers/adapters.js';
import {
  dialog,
  dialogClosed,
  dialogOpen,
  mountList,
  rowOf,
  showContact,
  toastText,
} from '../../helpers/contact-list.js';
import { $, button } from '../../helpers/dom.js';
import { xssName } from '../../helpers/world.js';

/** The element focused inside the list's shadow root (through the dialog). */
const focused = (el: ContactList) => el.shadowRoot!.activeElement as HTMLElement | null;

async function tabTo(
  el: ContactList,
  test: (active: HTMLElement) => boolean,
  max = 30,
): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const active = focused(el);
    if (active && test(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('Tab never reached the control');
}

const field = (el: ContactList, id: string) =>
  dialog(el).querySelector<HTMLInputElement>(`#cf-${id}`)!;
const errorOf = (el: ContactList, id: string) =>
  dialog(el).querySelector(`#cf-${id}-error`)?.textContent?.trim() ?? '';

async function openAdd(el: ContactList): Promise<HTMLDialogElement> {
  $<HTMLButtonElement>(el, '[part="add-button"]')!.click();
  return dialogOpen(el);
}

describe('<contact-list> — add and edit', () => {
  it('adds a contact with the keyboard alone and says so in the locale', async () => {
    const { el, backend, data } = await mountList({ lang: 'pt-BR' });
    const saved: unknown[] = [];
    el.addEventListener('portico-contact-saved', (e) => saved.push((e as CustomEvent).detail));
    $<HTMLInputElement>(el, '#search')!.focus();
    const add = await tabTo(el, (a) => a.getAttribute('part') === 'add-button');
    await sendKeys({ press: 'Enter' });
    const d = await dialogOpen(el);
    expect(d.querySelector('h2')!.textContent).to.equal('Adicionar contato');
    expect(focused(el)?.id).to.equal('cf-country');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Nova Pessoa' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '529.982.247-25' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '11' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '987654321' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'nova.pessoa@horizonte.com.br' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'nova.pessoa@horizonte.com.br' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Analista' });
    await sendKeys({ press: 'Enter' });
    await dialogClosed(el);
    await waitUntil(() => toastText(el).includes('Registro salvo com sucesso!'), 'toast');
    expect(focused(el) === add, 'focus back on Add').to.equal(true);
    const created = (saved[0] as { contact: { id: string; role: string }; created: boolean })
      .contact;
    expect(saved[0]).to.deep.include({ created: true });
    expect(created.role).to.equal('system-user');
    const stored = backend.getContact(data.actors.generalAdmin, created.id);
    expect(stored.document).to.deep.equal({ type: 'cpf', number: '52998224725' });
    expect(stored.phone).to.deep.include({ countryCode: '55', area: '11', number: '987654321' });
    expect(el.rows.items.some((c) => c.id === created.id)).to.equal(true);
  });

  it('shows a field’s error once it is left, and every error on submit', async () => {
    const { el } = await mountList();
    await openAdd(el);
    expect(errorOf(el, 'name')).to.equal('');
    field(el, 'name').focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(errorOf(el, 'name')).to.equal('Required');
    expect(field(el, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(el, 'email')).to.equal('');
    field(el, 'email').focus();
    await sendKeys({ type: 'not-an-email' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(errorOf(el, 'email')).to.contain('valid e-mail');
    await sendKeys({ type: 'other@x.com' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(errorOf(el, 'emailConfirmation')).to.equal('The two e-mails differ.');
    button(dialog(el), 'Add contact').click();
    await el.updateComplete;
    expect(dialog(el).querySelector('[role="alert"]')!.textContent).to.match(
      /Check the \d+ fields marked below/,
    );
    expect(errorOf(el, 'jobTitle')).to.equal('Required');
    expect(focused(el)!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('offers the CPF without its Excel-stripped zero as a one-click fix, never applying it silently', async () => {
    const { el } = await mountList();
    await openAdd(el);
    // 012.345.678-90 is valid; Excel saves it as 1234567890.
    field(el, 'cpf').focus();
    await sendKeys({ type: '1234567890' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(field(el, 'cpf').value).to.equal('1234567890');
    const fix = button(dialog(el), 'Use 012.345.678-90');
    fix.click();
    await el.updateComplete;
    expect(field(el, 'cpf').value).to.equal('012.345.678-90');
    expect(errorOf(el, 'cpf')).to.equal('');
  });

  it('asks for another document outside Brazil', async () => {
    const { el } = await mountList();
    await openAdd(el);
    const country = dialog(el).querySelector<HTMLSelectElement>('#cf-country')!;
    country.value = 'PT';
    country.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(dialog(el).querySelector('#cf-cpf')).to.equal(null);
    expect(dialog(el).querySelector('#cf-documentType')).to.exist;
    expect(dialog(el).querySelector('label[for="cf-documentNumber"]')!.textContent).to.contain(
      'Document number',
    );
  });

  it('maps the adapter’s validation errors onto the fields', async () => {
    const { el, data } = await mountList();
    await openAdd(el);
    const taken = data.contacts.find((c) => c.id === 'ct-000006')!.email;
    const fill: [string, string][] = [
      ['name', 'Pessoa Repetida'],
      ['cpf', '52998224725'],
      ['phoneArea', '11'],
      ['phoneNumber', '987654321'],
      ['email', taken],
      ['emailConfirmation', taken],
      ['jobTitle', 'Analista'],
    ];
    for (const [id, value] of fill) {
      field(el, id).value = value;
      field(el, id).dispatchEvent(new Event('input'));
    }
    button(dialog(el), 'Add contact').click();
    await waitUntil(() => errorOf(el, 'email') !== '', 'adapter error shown');
    expect(errorOf(el, 'email')).to.equal(
      'This e-mail is already used by another contact of this company',
    );
    expect(dialog(el).open).to.equal(true);
    expect(field(el, 'name').value).to.equal('Pessoa Repetida');
  });

  it('offers a registration admin only the roles they may give, and says why', async () => {
    const { el } = await mountList({ as: 'registrationAdmin' });
    await openAdd(el);
    const role = dialog(el).querySelector<HTMLSelectElement>('#cf-role')!;
    expect([...role.options].map((o) => o.value)).to.deep.equal(['system-user']);
    expect(dialog(el).querySelector('#cf-role-hint')!.textContent).to.contain(
      'Only a general admin can grant permissions',
    );
    dialog(el).querySelector<HTMLButtonElement>('.dialog-header button')!.click();
    await dialogClosed(el);
  });

  it('offers a general admin every role', async () => {
    const { el: admin } = await mountList({ as: 'generalAdmin' });
    await openAdd(admin);
    const roles = [...dialog(admin).querySelector<HTMLSelectElement>('#cf-role')!.options].map(
      (o) => o.value,
    );
    expect(roles).to.have.members(['general-admin', 'registration-admin', 'system-user']);
  });

  it('edits with the keyboard alone; the e-mail is read-only with its reason', async () => {
    const { el, data, backend } = await mountList();
    const row = await showContact(el, data, 'ct-000006');
    row.querySelector<HTMLButtonElement>('[part="edit-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const d = await dialogOpen(el);
    expect(d.querySelector('h2')!.textContent).to.contain('Edit contact: Fernanda Gomes Conceição');
    const email = field(el, 'email');
    expect(email.readOnly).to.equal(true);
    expect(
      dialog(el).querySelector(`#${email.getAttribute('aria-describedby')!}`)!.textContent,
    ).to.contain('cannot be changed after creation');
    expect(dialog(el).querySelector('#cf-emailConfirmation')).to.equal(null);
    await expect(el).to.be.accessible();
    await tabTo(el, (a) => a.id === 'cf-jobTitle');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Sênior' });
    await sendKeys({ press: 'Enter' });
    await dialogClosed(el);
    await waitUntil(() => toastText(el).includes('Record saved successfully!'), 'toast');
    expect(backend.getContact(data.actors.generalAdmin, 'ct-000006').jobTitle).to.equal(
      'Contadora Sênior',
    );
    expect(rowOf(el, 'ct-000006')!.textContent).to.contain('Contadora Sênior');
  });

  it('lets a system user edit their own contact', async () => {
    const { el, data, backend } = await mountList({ as: 'systemUser' });
    const row = await showContact(el, data, 'ct-000003');
    row.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await dialogOpen(el);
    field(el, 'company').value = 'Horizonte';
    field(el, 'company').dispatchEvent(new Event('input'));
    button(dialog(el), 'Save changes').click();
    await dialogClosed(el);
    await waitUntil(() => toastText(el).includes('Record saved successfully!'), 'toast');
    expect(backend.getContact('ct-000003', 'ct-000003').company).to.equal('Horizonte');
  });

  it('on a conflict, reopens the form with the current values and the user’s edits', async () => {
    const { el, data, backend } = await mountList();
    const row = await showContact(el, data, 'ct-000006');
    row.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await dialogOpen(el);
    // Someone else saves the same contact meanwhile.
    const before = backend.getContact(data.actors.generalAdmin, 'ct-000006');
    backend.updateContact(
      data.actors.registrationAdmin,
      'ct-000006',
      { address: 'Rua Nova, 10' },
      before.version,
    );
    field(el, 'jobTitle').value = 'Controller';
    field(el, 'jobTitle').dispatchEvent(new Event('input'));
    button(dialog(el), 'Save changes').click();
    await waitUntil(
      () => dialog(el).open && dialog(el).textContent.includes('Someone else changed this contact'),
      'reopened',
    );
    expect(field(el, 'jobTitle').value).to.equal('Controller');
    expect(field(el, 'address').value).to.equal('Rua Nova, 10');
    await expect(el).to.be.accessible();
    button(dialog(el), 'Save changes').click();
    await dialogClosed(el);
    await waitUntil(() => toastText(el).includes('Record saved successfully!'), 'toast');
    const after = backend.getContact(data.actors.generalAdmin, 'ct-000006');
    expect(after.jobTitle).to.equal('Controller');
    expect(after.address).to.equal('Rua Nova, 10');
  });

  it('rolls an optimistic edit back and reopens the form with the user’s values when the adapter fails', async () => {
    const { el, data } = await mountList({
      wrap: (memory) => failing(memory, { update: () => new AdapterError('network', 'offline') }),
    });
    const row = await showContact(el, data, 'ct-000006');
    row.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await dialogOpen(el);
    field(el, 'name').value = `${xssName} Fernanda`;
    field(el, 'name').dispatchEvent(new Event('input'));
    button(dialog(el), 'Save changes').click();
    await waitUntil(
      () => dialog(el).open && dialog(el).textContent.includes('The server could not be reached'),
      'reopened',
    );
    expect(field(el, 'name').value).to.equal(`${xssName} Fernanda`);
    expect(dialog(el).querySelector('h2')!.textContent).to.contain('Fernanda Gomes Conceição');
    expect(rowOf(el, 'ct-000006')!.textContent).to.contain('Fernanda Gomes Conceição');
    expect(rowOf(el, 'ct-000006')!.textContent).not.to.contain(xssName);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('deletes with the keyboard alone', async () => {
    const { el, data, backend } = await mountList();
    const row = await showContact(el, data, 'ct-000009');
    row.querySelector<HTMLButtonElement>('[part="menu-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.classList.contains('menu-item'), 'menu focused');
    await sendKeys({ press: 'End' });
    expect(focused(el)!.dataset.act).to.equal('delete');
    await sendKeys({ press: 'Enter' });
    const d = await dialogOpen(el);
    expect(focused(el)!.textContent.trim()).to.equal('Cancel');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.textContent.trim()).to.equal('Delete contact');
    await sendKeys({ press: 'Enter' });
    await dialogClosed(el);
    await waitUntil(() => toastText(el).includes('Record removed successfully!'), 'toast');
    expect(() => backend.getContact(data.actors.generalAdmin, 'ct-000009')).to.throw();
    expect(d.open).to.equal(false);
  });

  it('closes the acts menu with Escape, back on its button', async () => {
    const { el, data } = await mountList();
    const row = await showContact(el, data, 'ct-000009');
    const trigger = row.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.classList.contains('menu-item'), 'menu focused');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused(el) === trigger, 'focus back on the trigger');
    expect($(el, '#row-menu')!.matches(':popover-open')).to.equal(false);
  });
});
