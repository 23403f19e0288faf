import { expect, oneEvent } from '@open-wc/testing';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import { formatMailDate } from '../../../src/core/rules/invitation-mail.js';
import '../../../src/define/invite-status.js';
import type { InviteStatus } from '../../../src/elements/invite-status/invite-status.js';
import type { PorticoEvent } from '../../../src/events.js';
import { wrapAdapter } from '../../helpers/adapters.js';
import { $, $$, description, until } from '../../helpers/dom.js';
import { pin, world, xssName } from '../../helpers/world.js';
import { mount, openButton, openTemplate as open, text, type } from './support.js';

/** A company with one expired invitation (ct-000023), three invited contacts and no others. */
const company = () => world({ prepare: pin });

function choose(el: InviteStatus, selector: string, value: string): void {
  const field = $<HTMLSelectElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const save = (el: InviteStatus) => $<HTMLButtonElement>(el, '[part="template-save"]')!;
const previewBody = (el: InviteStatus) => $(el, '[data-preview="body"]')!.textContent ?? '';
const previewSubject = (el: InviteStatus) => $(el, '[data-preview="subject"]')!.textContent ?? '';
const errorOf = (el: InviteStatus, id: string) => text($(el, `#${id}-error`));

/** Waits for the save to be answered. */
const saved = (el: InviteStatus) => until(el, () => !el.templateEditor!.controller.busy);

describe('<invite-status> invitation e-mail', () => {
  it('previews the e-mail as the invitee receives it: their name, company, link and expiry, in the company’s language', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    const sent = await adapter.invitations.send('ct-000011');
    const el = await mount(adapter, 'ct-000011');
    const dialog = await open(el);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('template-title');
    const body = previewBody(el);
    expect(body).to.contain('Luciana Monteiro Almeida');
    expect(body).to.contain(w.data.companies[0]!.name);
    expect(body).to.contain(sent.setupUrl);
    // The company's language is pt-BR: the date as its e-mails write it ("2 de janeiro de 2027").
    expect(body).to.contain(formatMailDate(sent.expiresAt, 'pt-BR'));
    expect(formatMailDate(sent.expiresAt, 'pt-BR')).to.match(/ de /);
    expect(text($(el, '.preview .muted'))).to.equal(
      'As Luciana Monteiro Almeida will receive it, in Portuguese (Brazil)',
    );
    // The preview is what the backend sent: the outbox holds the same text.
    const mail = w.backend.mailbox().find((item) => item.link === sent.setupUrl)!;
    expect(previewSubject(el)).to.equal(mail.subject);
    expect(body).to.equal(mail.body);

    // The language setting changes the preview's date at once, before saving.
    $<HTMLButtonElement>(el, '#template-tab-settings')!.click();
    await el.updateComplete;
    choose(el, '#settings-locale', 'en');
    $<HTMLButtonElement>(el, '#template-tab-mail')!.click();
    await el.updateComplete;
    expect(previewBody(el)).to.contain(formatMailDate(sent.expiresAt, 'en'));
  });

  it('without a pending invitation, previews with a sample person and the expiry a link sent now gets', async () => {
    const w = company();
    const el = await mount(w.as('generalAdmin'), 'ct-000011', 'pt-BR');
    await open(el);
    expect(text($(el, '.preview .muted'))).to.equal(
      'Como Luciana Monteiro Almeida vai receber, em Português (Brasil)',
    );
    const thirty = new Date(Date.now() + 30 * 86_400_000).toISOString();
    expect(previewBody(el)).to.contain(formatMailDate(thirty, 'pt-BR'));
    expect(previewBody(el)).to.contain('https://portal.example.com/setup#sample');
  });

  it('in the company form, writes the preview to a pending invitation’s person', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    const sent = await adapter.invitations.send('ct-000014');
    const el = await mount(adapter);
    await open(el);
    const contact = await adapter.contacts.get('ct-000014');
    expect(previewBody(el)).to.contain(contact.name);
    expect(previewBody(el)).to.contain(sent.setupUrl);
  });

  it('an unknown placeholder is an error at its field, naming it, and nothing is saved', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter);
    await open(el);
    const before = await adapter.invitations.template();
    type(el, '#template-body', 'Olá {nome}, entre em {link}');
    await el.updateComplete;
    // Shown while typing, before any save.
    expect(errorOf(el, 'template-body')).to.equal(
      'Unknown placeholder {nome}. Use {name}, {company}, {link} or {expiresAt}',
    );
    expect($(el, '#template-body')!.getAttribute('aria-invalid')).to.equal('true');
    let asked = false;
    el.addEventListener('portico-invitation-template-request', () => (asked = true));
    save(el).click();
    await el.updateComplete;
    expect(asked).to.equal(false);
    expect(text($(el, '[part="template-banner"]'))).to.equal(
      'Fix the marked fields before saving.',
    );
    expect(await adapter.invitations.template()).to.deep.equal(before);
    // A body without the link is refused the same way.
    type(el, '#template-body', 'Olá {name}');
    await el.updateComplete;
    expect(errorOf(el, 'template-body')).to.contain('{link}');
  });

  it('no markup runs: not from the template, not from a contact’s name', async () => {
    const w = world({
      prepare: (data) => {
        pin(data);
        data.contacts.find((contact) => contact.id === 'ct-000011')!.name = xssName;
      },
    });
    const adapter = w.as('generalAdmin');
    await adapter.invitations.send('ct-000011');
    const el = await mount(adapter, 'ct-000011');
    await open(el);
    const ran = globalThis as { templateRan?: boolean };
    ran.templateRan = false;
    const markup = '<img src=x onerror="globalThis.templateRan=true"><b>bold</b>';
    type(el, '#template-subject', `Hi {name} ${markup}`);
    type(el, '#template-body', `${markup}\n{name}\n{link}`);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(previewBody(el)).to.contain(markup);
    expect(previewBody(el)).to.contain(xssName);
    expect(previewSubject(el)).to.contain(xssName);
    expect($$(el, 'dialog img, dialog b')).to.deep.equal([]);
    expect(ran.templateRan).to.equal(false);
  });

  it('inserts a placeholder at the caret', async () => {
    const el = await mount(company().as('generalAdmin'));
    await open(el);
    type(el, '#template-body', 'Hello , go to {link}');
    await el.updateComplete;
    const body = $<HTMLTextAreaElement>(el, '#template-body')!;
    body.focus();
    body.setSelectionRange(6, 6);
    $<HTMLButtonElement>(el, '[data-placeholder="name"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(body.value).to.equal('Hello {name}, go to {link}');
    expect(el.templateEditor!.controller.body).to.equal('Hello {name}, go to {link}');
    expect(body.selectionStart).to.equal(12);
    // The subject, once focused, is where the next one goes.
    const subject = $<HTMLInputElement>(el, '#template-subject')!;
    subject.focus();
    subject.setSelectionRange(0, 0);
    $<HTMLButtonElement>(el, '[data-placeholder="company"]')!.click();
    await el.updateComplete;
    expect(subject.value.startsWith('{company}')).to.equal(true);
  });

  it('saves through the adapter after a cancelable request, and says so', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter);
    await open(el);
    const before = await adapter.invitations.template();
    type(el, '#template-subject', 'Welcome to {company}');
    await el.updateComplete;
    const request = oneEvent(el, 'portico-invitation-template-request');
    const changed = oneEvent(el, 'portico-invitation-template-changed');
    save(el).click();
    const asked = (await request) as PorticoEvent<'portico-invitation-template-request'>;
    expect(asked.cancelable).to.equal(true);
    expect(asked.detail).to.deep.equal({
      template: { subject: 'Welcome to {company}', body: before.body },
      version: before.version,
    });
    const done = (await changed) as PorticoEvent<'portico-invitation-template-changed'>;
    expect(done.detail.template.subject).to.equal('Welcome to {company}');
    expect(done.detail.template.version).to.equal(before.version + 1);
    await saved(el);
    expect((await adapter.invitations.template()).subject).to.equal('Welcome to {company}');
    await until(el, () => $(el, '[part="toast"]'));
    expect(text($(el, '[part="toast"]'))).to.contain('Invitation e-mail saved.');
  });

  it('a host that cancels the request stops the write', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter);
    await open(el);
    const before = await adapter.invitations.template();
    el.addEventListener('portico-invitation-template-request', (event) => event.preventDefault());
    type(el, '#template-subject', 'Changed {name}');
    await el.updateComplete;
    save(el).click();
    await saved(el);
    expect(await adapter.invitations.template()).to.deep.equal(before);
  });

  it('someone who may not manage invitations has the button disabled with the engine’s reason', async () => {
    const w = company();
    const el = await mount(w.as('systemUser'));
    const button = openButton(el);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, button)).to.not.equal('');
    button.click();
    await el.updateComplete;
    expect($(el, 'dialog.template')).to.equal(null);
    // …and the backend refuses the write the button withholds.
    const refused = await w
      .as('systemUser')
      .invitations.updateTemplate({ subject: 'x', body: '{link}' }, { version: 1 })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(AdapterError.is(refused) && refused.kind).to.equal('forbidden');
  });

  it('a refusal the element did not foresee shows in the dialog, edits kept', async () => {
    const w = company();
    const adapter = wrapAdapter(w.as('generalAdmin'), (path, _args, call) =>
      path === 'invitations.updateTemplate'
        ? Promise.reject(new AdapterError('network', 'offline', { code: 'network' }))
        : call(),
    );
    const el = await mount(adapter);
    await open(el);
    type(el, '#template-subject', 'Offline {name}');
    await el.updateComplete;
    save(el).click();
    await saved(el);
    expect($(el, '[part="template-banner"]')!.getAttribute('role')).to.equal('alert');
    expect(text($(el, '[part="template-banner"]'))).to.match(/^Not saved: /);
    expect($<HTMLInputElement>(el, '#template-subject')!.value).to.equal('Offline {name}');
    expect($<HTMLDialogElement>(el, 'dialog.template')!.open).to.equal(true);
  });

  it('a conflict keeps the edits on top of the version saved meanwhile; saving again replaces it', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter);
    await open(el);
    const first = await adapter.invitations.template();
    // Someone else saves while the dialog is open.
    const other = w.as('generalAdmin');
    await other.invitations.updateTemplate(
      { subject: 'Theirs', body: first.body },
      { version: first.version },
    );
    type(el, '#template-subject', 'Mine {name}');
    await el.updateComplete;
    save(el).click();
    await saved(el);
    expect(text($(el, '[part="template-banner"]'))).to.match(/^Someone saved this in the meantime/);
    expect($<HTMLInputElement>(el, '#template-subject')!.value).to.equal('Mine {name}');
    expect((await adapter.invitations.template()).subject).to.equal('Theirs');
    save(el).click();
    await saved(el);
    expect((await adapter.invitations.template()).subject).to.equal('Mine {name}');
    expect($(el, '[part="template-banner"]')).to.equal(null);
  });

  it('settings: validity out of 1–90 is an error at the field; a valid one is saved and the next link uses it', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter, 'ct-000011');
    await open(el);
    $<HTMLButtonElement>(el, '#template-tab-settings')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#settings-validity')!.value).to.equal('30');
    type(el, '#settings-validity', '91');
    await el.updateComplete;
    expect(errorOf(el, 'settings-validity')).to.equal('Enter a whole number from 1 to 90');
    let asked = false;
    el.addEventListener('portico-invitation-settings-request', () => (asked = true));
    save(el).click();
    await el.updateComplete;
    expect(asked).to.equal(false);
    expect((await adapter.invitations.settings()).validityDays).to.equal(30);

    type(el, '#settings-validity', '45');
    type(el, '#settings-cooldown', '120');
    choose(el, '#settings-auto-send', 'on-create');
    await el.updateComplete;
    expect(errorOf(el, 'settings-validity')).to.equal('');
    const changed = oneEvent(el, 'portico-invitation-settings-changed');
    save(el).click();
    const done = (await changed) as PorticoEvent<'portico-invitation-settings-changed'>;
    expect(done.detail.settings).to.include({
      validityDays: 45,
      resendCooldownSeconds: 120,
      autoSend: 'on-create',
    });
    await saved(el);
    const sent = await adapter.invitations.send('ct-000011');
    const days = (Date.parse(sent.expiresAt) - Date.parse(sent.sentAt)) / 86_400_000;
    expect(days).to.equal(45);
  });

  it('speaks pt-BR', async () => {
    const el = await mount(company().as('generalAdmin'), '', 'pt-BR');
    expect(text(openButton(el))).to.equal('E-mail de convite');
    await open(el);
    expect(text($(el, '#template-title'))).to.equal('E-mail de convite e configurações');
    expect(text(save(el))).to.equal('Salvar e-mail');
  });
});

describe('the memory backend refuses the invitation e-mail and settings the dialog marks', () => {
  it('an unknown placeholder, a body without the link, out-of-range settings, a stale version', async () => {
    const w = company();
    const admin = w.as('generalAdmin');
    const template = await admin.invitations.template();
    const fail = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error: unknown) => error as AdapterError,
      );
    const unknown = await fail(
      admin.invitations.updateTemplate(
        { subject: 'Oi {nome}', body: '{link}' },
        { version: template.version },
      ),
    );
    expect(unknown?.kind).to.equal('validation');
    expect(unknown?.fields).to.deep.include({
      field: 'subject',
      code: 'unknown-placeholder',
      params: { placeholder: '{nome}' },
    });
    const noLink = await fail(
      admin.invitations.updateTemplate(
        { subject: 'Oi', body: 'Olá' },
        { version: template.version },
      ),
    );
    expect(noLink?.fields[0]?.code).to.equal('missing-placeholder');
    const settings = await admin.invitations.settings();
    const range = await fail(
      admin.invitations.updateSettings(
        { ...settings, validityDays: 0, resendCooldownSeconds: 90_000 },
        { version: settings.version },
      ),
    );
    expect(range?.fields.map((field) => [field.field, field.code])).to.deep.equal([
      ['validityDays', 'invalid-value'],
      ['resendCooldownSeconds', 'invalid-value'],
    ]);
    const stale = await fail(
      admin.invitations.updateSettings(
        { ...settings, validityDays: 10 },
        { version: settings.version - 1 },
      ),
    );
    expect(stale?.kind).to.equal('conflict');
    expect((await admin.invitations.settings()).validityDays).to.equal(30);
  });
});
