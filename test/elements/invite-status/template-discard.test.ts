import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InviteStatus } from '../../../src/elements/invite-status/invite-status.js';
import { deepActiveElement } from '../../../src/elements/internal/dialog.js';
import { button, $, until } from '../../helpers/dom.js';
import { pin, world } from '../../helpers/world.js';
import { mount, openButton, openTemplate, text, type } from './support.js';

/** A company with one expired invitation (ct-000023), three invited contacts and no others. */
const company = () => world({ prepare: pin });

/** "Discard your changes?", while it is asked. */
const question = (el: InviteStatus) => $(el, '[part="template-discard"]');

/** The dialog's own "Close" button, at its foot (the × in its header has the same name). */
const closeButton = (dialog: HTMLDialogElement) =>
  dialog.querySelector<HTMLButtonElement>('.dialog-actions .btn.ghost')!;

describe('<invite-status> invitation e-mail: unsaved edits', () => {
  it('Escape asks before closing with edits; Escape again keeps editing; Discard closes and the edits are gone', async () => {
    const adapter = company().as('generalAdmin');
    const saved = await adapter.invitations.template();
    const el = await mount(adapter, 'ct-000011');
    const dialog = await openTemplate(el);
    type(el, '#template-subject', 'A subject nobody saved');
    await el.updateComplete;
    $(el, '#template-subject')!.focus();

    await sendKeys({ press: 'Escape' });
    await until(el, () => question(el));
    expect(dialog.open, 'still open').to.equal(true);
    expect(text(question(el))).to.contain('Discard your changes?');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Keep editing');
    // While it asks, the edits and the tabs behind the question are out of reach.
    expect($(el, '#template-panel')!.inert).to.equal(true);
    expect($(el, '[role="tablist"]')!.inert).to.equal(true);
    await expect(el).to.be.accessible();

    // Escape again is "Keep editing": the edits stay, and so does the dialog.
    await sendKeys({ press: 'Escape' });
    await until(el, () => !question(el));
    expect(dialog.open, 'still open').to.equal(true);
    expect($<HTMLInputElement>(el, '#template-subject')!.value).to.equal('A subject nobody saved');
    expect(deepActiveElement() === $(el, '#template-subject'), 'back in the form').to.equal(true);

    // The Close button asks too; "Discard changes" closes, and focus goes back to the opener.
    closeButton(dialog).click();
    await until(el, () => question(el));
    button(question(el)!, 'Discard changes').click();
    await until(el, () => !dialog.open);
    expect(deepActiveElement() === openButton(el), 'focus back on the opener').to.equal(true);
    expect((await adapter.invitations.template()).subject).to.equal(saved.subject);

    // Opened again: the template as saved, nothing to lose, so Escape closes at once.
    await openTemplate(el);
    expect($<HTMLInputElement>(el, '#template-subject')!.value).to.equal(saved.subject);
    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialog.open);
    expect(question(el)).to.equal(null);
  });

  it('the × asks about an edited setting; nothing changed, it closes at once', async () => {
    const el = await mount(company().as('generalAdmin'));
    const dialog = await openTemplate(el);
    const cross = () => dialog.querySelector<HTMLButtonElement>('.dialog-header .icon-btn')!;
    cross().click();
    await until(el, () => !dialog.open);
    expect(question(el)).to.equal(null);

    await openTemplate(el);
    button(dialog, 'Settings').click();
    await el.updateComplete;
    type(el, '#settings-validity', '45');
    await el.updateComplete;
    cross().click();
    await until(el, () => question(el));
    expect(dialog.open).to.equal(true);
    button(question(el)!, 'Keep editing').click();
    await until(el, () => !question(el));
    expect(dialog.open).to.equal(true);
    expect($<HTMLInputElement>(el, '#settings-validity')!.value).to.equal('45');
  });

  it('once the edits are saved, closing asks nothing', async () => {
    const adapter = company().as('generalAdmin');
    const el = await mount(adapter);
    const dialog = await openTemplate(el);
    type(el, '#template-subject', 'Welcome to {company}');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="template-save"]')!.click();
    await until(el, () => !el.templateEditor!.controller.busy);
    expect((await adapter.invitations.template()).subject).to.equal('Welcome to {company}');
    closeButton(dialog).click();
    await until(el, () => !dialog.open);
    expect(question(el)).to.equal(null);
  });

  const words = {
    'pt-BR': ['Fechar', 'Descartar as alterações?', 'Continuar editando', 'Descartar alterações'],
    es: ['Cerrar', '¿Descartar los cambios?', 'Seguir editando', 'Descartar cambios'],
  } as const;
  for (const [lang, [close, title, keep, discard]] of Object.entries(words)) {
    it(`asks in ${lang}`, async () => {
      const el = await mount(company().as('generalAdmin'), '', lang);
      const dialog = await openTemplate(el);
      type(el, '#template-body', 'Olá {name}: {link}');
      await el.updateComplete;
      button(dialog.querySelector('.dialog-actions')!, close).click();
      await until(el, () => question(el));
      expect(text(question(el)!.querySelector('#template-discard-title'))).to.equal(title);
      expect(button(question(el)!, keep).hasAttribute('data-keep-editing')).to.equal(true);
      button(question(el)!, discard).click();
      await until(el, () => !dialog.open);
    });
  }
});
