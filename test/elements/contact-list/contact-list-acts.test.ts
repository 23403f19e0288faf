import { expect, waitUntil } from '@open-wc/testing';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import {
  dialog,
  dialogClosed,
  dialogOpen,
  menuItem,
  mountList,
  openMenu,
  rowOf,
  settled,
  showContact,
  toastText,
} from '../../helpers/contact-list.js';
import { $, button, description } from '../../helpers/dom.js';
import { type ActorName, xssName } from '../../helpers/world.js';

/** What the menu says about `act` on contact `id`: 'allowed', or the reason it is refused. */
async function actState(
  el: ContactList,
  data: Parameters<typeof showContact>[1],
  id: string,
  act: string,
) {
  await showContact(el, data, id);
  await openMenu(el, id);
  const item = menuItem(el, act);
  const state = item.getAttribute('aria-disabled') === 'true' ? description(el, item) : 'allowed';
  $(el, '[popover]')!.hidePopover();
  await el.updateComplete;
  return state;
}

/** The table of seed 000 / 001 acts, per actor: `allowed` or (part of) the reason shown. */
const expectations: Record<ActorName, [target: string, act: string, expected: string][]> = {
  generalAdmin: [
    ['ct-000006', 'edit', 'allowed'],
    ['ct-000006', 'inactivate', 'allowed'],
    ['ct-000006', 'suspend', 'allowed'],
    ['ct-000018', 'reactivate', 'allowed'],
    ['ct-000005', 'activate', 'allowed'],
    ['ct-000007', 'suspend', 'Only an active contact can have access suspended'],
    ['ct-000011', 'resend-invitation', 'allowed'],
    ['ct-000006', 'resend-invitation', 'no invitation applies'],
    ['ct-000006', 'transfer-admin', 'allowed'],
    ['ct-000004', 'transfer-admin', 'already a general admin'],
    ['ct-000001', 'transfer-admin', 'your own contact'],
    ['ct-000011', 'transfer-admin', 'Only an active contact'],
    ['ct-000027', 'transfer-tickets', 'allowed'],
    ['ct-000006', 'transfer-tickets', 'no tickets in progress'],
    ['ct-000006', 'delete', 'allowed'],
    ['ct-000027', 'delete', 'has 3 tickets in progress'],
  ],
  registrationAdmin: [
    ['ct-000006', 'edit', 'allowed'],
    ['ct-000006', 'inactivate', 'allowed'],
    ['ct-000006', 'suspend', 'allowed'],
    ['ct-000011', 'resend-invitation', 'allowed'],
    ['ct-000006', 'transfer-admin', 'does not include “Transfers the administration”'],
    ['ct-000027', 'transfer-tickets', 'allowed'],
    ['ct-000006', 'delete', 'allowed'],
    ['ct-000027', 'delete', 'has 3 tickets in progress'],
  ],
  systemUser: [
    ['ct-000003', 'edit', 'allowed'],
    ['ct-000006', 'edit', 'only your own contact'],
    ['ct-000006', 'inactivate', 'does not include “Activates or deactivates contacts”'],
    ['ct-000006', 'suspend', 'does not include'],
    ['ct-000011', 'resend-invitation', 'does not include “Manages invitations”'],
    ['ct-000006', 'transfer-admin', 'does not include'],
    ['ct-000027', 'transfer-tickets', 'does not include “Transfers tickets”'],
    ['ct-000006', 'delete', 'does not include “Deletes contacts”'],
  ],
};

describe('<contact-list> — every act, as each actor', () => {
  for (const actor of Object.keys(expectations) as ActorName[]) {
    it(`shows each act enabled or disabled with its reason, as the ${actor}`, async () => {
      const { el, data } = await mountList({ as: actor });
      for (const [target, act, expected] of expectations[actor]) {
        const state = await actState(el, data, target, act);
        if (expected === 'allowed') expect(state, `${act} on ${target}`).to.equal('allowed');
        else expect(state, `${act} on ${target}`).to.contain(expected);
      }
    });
  }

  it('gives the reason of a refused row button and of "Add contact", visibly and as a description', async () => {
    const { el, data } = await mountList({ as: 'systemUser' });
    const add = $<HTMLButtonElement>(el, '[part="add-button"]')!;
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, add)).to.contain('does not include “Adds contacts”');
    add.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    const row = await showContact(el, data, 'ct-000006');
    const edit = row.querySelector<HTMLButtonElement>('[part="edit-button"]')!;
    expect(edit.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, edit)).to.equal('You can edit only your own contact');
    edit.focus();
    const tip = el.shadowRoot!.getElementById(edit.getAttribute('aria-describedby')!)!;
    expect(getComputedStyle(tip).visibility).to.equal('visible');
    await expect(el).to.be.accessible();
  });

  it('refuses to suspend, inactivate or delete the last general admin, saying why', async () => {
    const { el, data } = await mountList({
      as: 'registrationAdmin',
      mutate: (d) => {
        d.contacts.find((c) => c.id === 'ct-000004')!.role = 'system-user';
      },
    });
    await waitUntil(() => el.portal.facts.adminCount === 1, 'admins counted');
    for (const act of ['suspend', 'inactivate', 'delete']) {
      expect(await actState(el, data, 'ct-000001', act)).to.equal(
        'The company must keep at least one general admin',
      );
    }
  });

  it('suspends optimistically, reactivates, and fires a cancelable request first', async () => {
    const { el, data, backend } = await mountList();
    const requests: string[] = [];
    el.addEventListener('portico-contact-transition-request', (e) => {
      requests.push((e as CustomEvent<{ action: string }>).detail.action);
    });
    await showContact(el, data, 'ct-000006');
    await openMenu(el, 'ct-000006');
    menuItem(el, 'suspend').click();
    const d = await dialogOpen(el);
    expect(d.textContent).to.contain('will not be able to sign in');
    await expect(el).to.be.accessible();
    button(d, 'Suspend access').click();
    await dialogClosed(el);
    await waitUntil(
      () => rowOf(el, 'ct-000006')!.textContent.includes('Suspended'),
      'shown at once',
    );
    await waitUntil(() => toastText(el).includes('Suspended'), 'toast');
    expect(backend.getContact(data.actors.generalAdmin, 'ct-000006').status).to.equal('suspended');
    expect(requests).to.deep.equal(['suspend']);

    el.addEventListener('portico-contact-transition-request', (e) => e.preventDefault(), {
      once: true,
    });
    await openMenu(el, 'ct-000006');
    menuItem(el, 'reactivate').click();
    await el.updateComplete;
    expect(backend.getContact(data.actors.generalAdmin, 'ct-000006').status).to.equal('suspended');
    await openMenu(el, 'ct-000006');
    menuItem(el, 'reactivate').click();
    await waitUntil(() => rowOf(el, 'ct-000006')!.textContent.includes('Active'), 'reactivated');
    expect(backend.getContact(data.actors.generalAdmin, 'ct-000006').status).to.equal('active');
  });

  it('inactivates after confirmation, then activates again, each through the adapter', async () => {
    const { el, data, backend } = await mountList();
    const requests: string[] = [];
    el.addEventListener('portico-contact-transition-request', (e) => {
      requests.push((e as CustomEvent<{ action: string }>).detail.action);
    });
    const name = data.contacts.find((c) => c.id === 'ct-000006')!.name;
    await showContact(el, data, 'ct-000006');
    await openMenu(el, 'ct-000006');
    menuItem(el, 'inactivate').click();
    const d = await dialogOpen(el);
    expect(d.textContent).to.contain(`${name} will be inactivated.`);
    await expect(el).to.be.accessible();
    button(d, 'Inactivate').click();
    await dialogClosed(el);
    await waitUntil(() => rowOf(el, 'ct-000006')!.textContent.includes('Inactive'), 'inactivated');
    await waitUntil(() => toastText(el).includes(`${name}: Inactive.`), 'toast');
    expect(backend.getContact(data.actors.generalAdmin, 'ct-000006').status).to.equal('inactive');

    // An inactive contact offers "Activate" (no confirmation: nothing is lost by it).
    await openMenu(el, 'ct-000006');
    menuItem(el, 'activate').click();
    await waitUntil(() => rowOf(el, 'ct-000006')!.textContent.includes('Active'), 'activated');
    expect(backend.getContact(data.actors.generalAdmin, 'ct-000006').status).to.equal('active');
    expect(requests).to.deep.equal(['inactivate', 'activate']);
  });

  it('deletes after seed 001’s confirmation, and lets the host veto it', async () => {
    const { el, data, backend } = await mountList({ lang: 'pt-BR' });
    const removed: string[] = [];
    el.addEventListener('portico-contact-removed', (e) =>
      removed.push((e as CustomEvent<{ contact: { id: string } }>).detail.contact.id),
    );
    await showContact(el, data, 'ct-000006');
    await openMenu(el, 'ct-000006');
    el.addEventListener('portico-contact-delete-request', (e) => e.preventDefault(), {
      once: true,
    });
    menuItem(el, 'delete').click();
    let d = await dialogOpen(el);
    expect(d.textContent).to.contain('Tem certeza que deseja excluir este contato?');
    button(d, 'Excluir contato').click();
    await dialogClosed(el);
    expect(rowOf(el, 'ct-000006')).to.exist;

    await openMenu(el, 'ct-000006');
    menuItem(el, 'delete').click();
    d = await dialogOpen(el);
    button(d, 'Excluir contato').click();
    await dialogClosed(el);
    expect(rowOf(el, 'ct-000006')).to.equal(null);
    await waitUntil(() => toastText(el).includes('Registro removido com sucesso!'), 'toast');
    expect(removed).to.deep.equal(['ct-000006']);
    expect(() => backend.getContact(data.actors.generalAdmin, 'ct-000006')).to.throw();
  });

  it('transfers administration after seed 001’s question, and the actor steps down', async () => {
    const { el, data, backend } = await mountList({ lang: 'pt-BR' });
    const requests: unknown[] = [];
    el.addEventListener('portico-contact-transfer-request', (e) =>
      requests.push((e as CustomEvent).detail),
    );
    await showContact(el, data, 'ct-000006');
    await openMenu(el, 'ct-000006');
    menuItem(el, 'transfer-admin').click();
    const d = await dialogOpen(el);
    expect(d.textContent).to.contain(
      'Você tem certeza que deseja transferir a administração para este contato?',
    );
    // Seed 001: transferring means stepping down, and the confirmation says so in plain words.
    // (Role names matched without case: the pt-BR glossary is being settled — issue 8, defect 10.)
    const effect = d.querySelector('[part="dialog-effect"]')!.textContent.replace(/\s+/g, ' ');
    expect(effect).to.match(/Fernanda Gomes Conceição passará a ser Administrador geral\./i);
    expect(effect).to.match(/Você passará a ser Usuário do sistema\./i);
    await expect(el).to.be.accessible();
    button(d, 'Transferir administração').click();
    await dialogClosed(el);
    // The result says what happened to both.
    await waitUntil(() => /agora é Administrador geral\./i.test(toastText(el)), 'toast');
    expect(toastText(el)).to.match(/Você agora é Usuário do sistema\./i);
    expect(backend.getContact('ct-000006', 'ct-000006').role).to.equal('general-admin');
    expect(backend.getContact('ct-000006', 'ct-000001').role).to.equal('system-user');
    expect(requests).to.have.length(1);
    // The actor is now a system user: the list follows the new session.
    await waitUntil(
      () => $(el, '[part="add-button"]')!.getAttribute('aria-disabled') === 'true',
      'rights follow',
    );
  });

  it('transfers tickets to a contact chosen from a searchable list', async () => {
    const { el, data, backend } = await mountList();
    await showContact(el, data, 'ct-000027');
    await openMenu(el, 'ct-000027');
    menuItem(el, 'transfer-tickets').click();
    const d = await dialogOpen(el);
    expect(d.textContent).to.contain('3 tickets in progress');
    const search = d.querySelector<HTMLInputElement>('#transfer-search')!;
    search.value = 'fernanda gomes';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => d.querySelector('input[type="radio"]'), 'candidates');
    await el.updateComplete;
    const labels = [...d.querySelectorAll('.candidate')].map((c) => c.textContent);
    expect(labels.some((l) => l.includes('Fernanda Gomes Conceição'))).to.equal(true);
    expect(labels.every((l) => !l.includes('Márcio Gomes Ferreira'))).to.equal(true);
    await expect(el).to.be.accessible();
    const transfer = button(d, 'Transfer');
    expect(transfer.disabled).to.equal(true);
    d.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await el.updateComplete;
    button(d, 'Transfer').click();
    await dialogClosed(el);
    await waitUntil(() => toastText(el).includes('Tickets transferred successfully!'), 'toast');
    expect(backend.getContact(data.actors.generalAdmin, 'ct-000027').openTickets).to.equal(0);
  });

  it('resends an invitation', async () => {
    const { el, data, backend, adapter } = await mountList();
    const invitationsOf = () =>
      backend.listInvitations(data.actors.generalAdmin, { filter: { contactId: 'ct-000011' } })
        .items;
    // No resend cooldown in this company, so the list may resend at once.
    const { version, passwordPolicy: _policy, ...settings } = await adapter.invitations.settings();
    await adapter.invitations.updateSettings(
      { ...settings, resendCooldownSeconds: 0 },
      { version },
    );
    const before = await adapter.invitations.send('ct-000011');
    await showContact(el, data, 'ct-000011');
    await openMenu(el, 'ct-000011');
    menuItem(el, 'resend-invitation').click();
    await waitUntil(
      () => toastText(el).includes('Invitation sent to luciana_almeida@horizonte.com.br'),
      'toast',
    );
    // The same invitation went out again: no second one was made.
    const after = invitationsOf();
    expect(after).to.have.length(1);
    expect(after[0]!.id).to.equal(before.id);
    expect(after[0]!.sendCount).to.equal(before.sendCount + 1);
  });

  it('sends a first invitation when none is on record', async () => {
    const { el, data, backend } = await mountList();
    await showContact(el, data, 'ct-000011');
    await openMenu(el, 'ct-000011');
    menuItem(el, 'resend-invitation').click();
    await waitUntil(
      () => toastText(el).includes('Invitation sent to luciana_almeida@horizonte.com.br'),
      'toast',
    );
    const sent = backend.listInvitations(data.actors.generalAdmin, {
      filter: { contactId: 'ct-000011' },
    }).items;
    expect(sent).to.have.length(1);
    expect(sent[0]!.sendCount).to.equal(1);
  });

  it('shows a name made of markup as text in the menu, the confirmation and the toast', async () => {
    const { el, data } = await mountList({
      mutate: (d) => {
        d.contacts.find((c) => c.id === 'ct-000006')!.name = xssName;
      },
    });
    await showContact(el, data, 'ct-000006');
    const menu = await openMenu(el, 'ct-000006');
    expect(menu.getAttribute('aria-label')).to.contain(xssName);
    menuItem(el, 'suspend').click();
    const d = await dialogOpen(el);
    expect(d.querySelector('h2')!.textContent).to.contain(xssName);
    expect(d.textContent).to.contain(`${xssName} will not be able to sign in`);
    button(d, 'Suspend access').click();
    await dialogClosed(el);
    await waitUntil(() => toastText(el).includes(`${xssName}: Suspended`), 'toast');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('closes the acts menu and returns focus to its button; arrows move between acts', async () => {
    const { el, data } = await mountList();
    await showContact(el, data, 'ct-000006');
    const menu = await openMenu(el, 'ct-000006');
    const items = [...menu.querySelectorAll<HTMLElement>('.menu-item')];
    expect(el.shadowRoot!.activeElement === items[0], 'first act focused').to.equal(true);
    menu.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
    );
    items[0]!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
    );
    expect(el.shadowRoot!.activeElement === items[1], 'second act focused').to.equal(true);
    await expect(el).to.be.accessible();
    $(el, '[popover]')!.hidePopover();
    await settled(el);
    const trigger = rowOf(el, 'ct-000006')!.querySelector('[part="menu-button"]')!;
    // The popover's `toggle` event comes as a task of its own: wait until the list has heard it.
    await waitUntil(() => trigger.getAttribute('aria-expanded') === 'false', 'menu closed');
    expect(el.shadowRoot!.activeElement === trigger, 'focus back on the trigger').to.equal(true);
  });
});
