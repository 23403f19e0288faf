import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { PortalAdapter } from '../../../src/core/adapter/types.js';
import type { InviteStatus } from '../../../src/elements/invite-status/invite-status.js';
import { deepActiveElement } from '../../../src/elements/internal/dialog.js';
import type { PorticoEvent, PorticoEventName } from '../../../src/events.js';
import { wrapAdapter } from '../../helpers/adapters.js';
import { $, $$, description, until } from '../../helpers/dom.js';
import { pin, world } from '../../helpers/world.js';
import { act, confirmDialog, mount, openDialog, text } from './support.js';

/** A company with one expired invitation (ct-000023), three invited contacts and no others. */
const company = () => world({ prepare: pin });

/** Every detail `name` fires on `el` from now on. */
function record<N extends PorticoEventName>(el: Element, name: N): PorticoEvent<N>['detail'][] {
  const seen: PorticoEvent<N>['detail'][] = [];
  el.addEventListener(name, (event) => seen.push((event as PorticoEvent<N>).detail));
  return seen;
}

/** What a write answers: `undefined` when it worked, else the error. */
const refusal = (write: Promise<unknown>): Promise<unknown> =>
  write.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('<invite-status> acts that ask first', () => {
  it('resend says the earlier link stops working; Cancel writes nothing and focus returns', async () => {
    const adapter = company().as('generalAdmin');
    const el = await mount(adapter, 'ct-000023');
    const requests = record(el, 'portico-invitation-request');
    const sent = el.invitations.items[0]!.sendCount;
    const resend = act(el, 'resend');
    resend.focus();
    resend.click();
    const dialog = await openDialog(el);
    expect(text(dialog.querySelector('h2'))).to.equal('Resend the invitation?');
    expect(text(dialog.querySelector('#dialog-question'))).to.contain(
      'The earlier link stops working at once.',
    );
    [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Cancel')!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActiveElement() === resend, 'focused').to.equal(true);
    expect(requests).to.deep.equal([]);
    const before = await adapter.invitations.list({ filter: { contactId: 'ct-000023' } });
    expect(before.items[0]!.sendCount).to.equal(sent);

    // Confirmed: the request fires, then the new link goes out.
    resend.click();
    await confirmDialog(el);
    await oneEvent(el, 'portico-invitation-changed');
    expect(requests).to.deep.equal([
      { act: 'resend', contactId: 'ct-000023', invitationId: before.items[0]!.id },
    ]);
    await until(el, () => el.invitations.status === 'ready' && el.invitations.busy === undefined);
    expect(deepActiveElement() === act(el, 'resend'), 'focused').to.equal(true);
  });

  it('revoke asks; Escape closes the dialog and focus returns to Revoke', async () => {
    const el = await mount(company().as('generalAdmin'), 'ct-000023');
    const revoke = act(el, 'revoke');
    revoke.focus();
    revoke.click();
    const dialog = await openDialog(el);
    expect(text(dialog.querySelector('h2'))).to.equal('Revoke the invitation?');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialog.open);
    expect(deepActiveElement() === revoke, 'focused').to.equal(true);
    expect(el.acts.dialog).to.equal(undefined);
  });

  it('confirm by hand asks, and a host that cancels the request stops the write', async () => {
    const adapter = company().as('generalAdmin');
    const el = await mount(adapter, 'ct-000011');
    el.addEventListener('portico-invitation-request', (event) => event.preventDefault());
    act(el, 'confirm').click();
    const dialog = await openDialog(el);
    expect(text(dialog.querySelector('h2'))).to.equal('Confirm by hand?');
    await confirmDialog(el);
    await until(el, () => !dialog.open && el.invitations.status === 'ready');
    expect((await adapter.contacts.get('ct-000011')).status).to.equal('invited');
  });
});

describe('<invite-status> focus after an act changes the panel', () => {
  it('a revoke takes its button away: focus goes to the invitation heading, which names the new status', async () => {
    const el = await mount(company().as('generalAdmin'), 'ct-000023');
    const revoke = act(el, 'revoke');
    revoke.focus();
    revoke.click();
    await confirmDialog(el);
    await until(el, () => el.invitations.status === 'ready' && act(el, 'send'));
    expect(revoke.isConnected, 'the Revoke button is gone').to.equal(false);
    const heading = $(el, '#invitation-title')!;
    expect(deepActiveElement() === heading, 'focused').to.equal(true);
    expect(text(heading)).to.equal('Invitation Revoked');
    // The next Tab reaches the act that took its place.
    expect(heading.compareDocumentPosition(act(el, 'send'))).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('a send takes its button away: focus goes to the invitation heading, now pending', async () => {
    const el = await mount(company().as('generalAdmin'), 'ct-000011');
    const send = act(el, 'send');
    send.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => el.invitations.status === 'ready' && act(el, 'resend'));
    expect(send.isConnected, 'the Send button is gone').to.equal(false);
    const heading = $(el, '#invitation-title')!;
    expect(deepActiveElement() === heading, 'focused').to.equal(true);
    expect(text(heading)).to.equal('Invitation Pending');
  });

  it('leaves focus where the person moved it while the act ran', async () => {
    const el = await mount(company().as('generalAdmin'), 'ct-000011');
    const elsewhere = document.createElement('input');
    elsewhere.setAttribute('aria-label', 'Elsewhere on the page');
    el.after(elsewhere);
    try {
      const send = act(el, 'send');
      send.focus();
      send.click();
      elsewhere.focus();
      await until(el, () => el.invitations.status === 'ready' && act(el, 'resend'));
      expect(document.activeElement === elsewhere, 'focused').to.equal(true);
    } finally {
      elsewhere.remove();
    }
  });
});

describe('<invite-status> sets a password by hand', () => {
  it('checks the policy live, saves through the adapter, and the password is nowhere after', async () => {
    const adapter = company().as('generalAdmin');
    const el = await mount(adapter, 'ct-000011');
    const requests = record(el, 'portico-invitation-request');
    const changed = record(el, 'portico-invitation-changed');
    const logged: unknown[] = [];
    const originals = {
      log: console.log,
      info: console.info,
      warn: console.warn,
      error: console.error,
    };
    for (const name of Object.keys(originals) as (keyof typeof originals)[]) {
      console[name] = (...args: unknown[]) => logged.push(...args);
    }
    try {
      const button = act(el, 'set-password');
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      button.focus();
      button.click();
      const dialog = await openDialog(el);
      expect(text(dialog.querySelector('h2'))).to.equal(
        'Set a password for Luciana Monteiro Almeida',
      );
      const save = dialog.querySelector<HTMLButtonElement>('[data-confirm]')!;
      expect(save.getAttribute('aria-disabled')).to.equal('true');
      const input = dialog.querySelector<HTMLInputElement>('input#new-password')!;
      input.value = 'short';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect($$(el, '.password-rules li.unmet').length).to.be.greaterThan(0);

      // A weak one is refused by the backend with the rule, shown in the field.
      save.click();
      await until(el, () => $(el, '#new-password-error'));
      expect(text($(el, '#new-password-error'))).to.not.equal('');
      expect(dialog.open).to.equal(true);

      [...dialog.querySelectorAll('button')].find((b) => /Generate/.test(text(b)))!.click();
      await el.updateComplete;
      const password = el.password.value;
      expect(password.length).to.be.greaterThan(7);
      expect($$(el, '.password-rules li.unmet')).to.have.length(0);
      save.click();
      await until(el, () => !dialog.open);
      await until(el, () => el.invitations.status === 'ready');
      expect(deepActiveElement() === act(el, 'set-password'), 'focused').to.equal(true);

      expect(requests.at(-1)).to.deep.equal({ act: 'set-password', contactId: 'ct-000011' });
      expect(changed.at(-1)!.act).to.equal('set-password');
      expect(changed.at(-1)!.contact!.id).to.equal('ct-000011');
      expect(JSON.stringify([requests, changed])).to.not.contain(password);
      expect(el.password.value).to.equal('');
      expect(el.shadowRoot!.innerHTML).to.not.contain(password);
      expect($(el, 'input#new-password') === null, 'input#new-password').to.equal(true);
      expect(JSON.stringify(logged.map(String))).to.not.contain(password);
      expect(text($(el, '.timeline'))).to.contain('Password set by hand');
    } finally {
      Object.assign(console, originals);
    }
  });

  it('an inactive contact cannot be given a password: disabled with the reason, refused by the backend', async () => {
    const adapter = company().as('generalAdmin');
    const el = await mount(adapter, 'ct-000005');
    const button = act(el, 'set-password');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, button)).to.equal('An inactive contact cannot be given a password.');
    button.click();
    await el.updateComplete;
    expect(el.acts.dialog).to.equal(undefined);
    const contact = await adapter.contacts.get('ct-000005');
    const error = await refusal(
      adapter.invitations.setPassword('ct-000005', 'Str0ng-enough-Passw0rd!', {
        version: contact.version,
      }),
    );
    expect(AdapterError.is(error) && error.fields[0]?.code).to.equal('contact-inactive');
  });

  it('the backend refuses it to a system user (who may not see the form)', async () => {
    const w = company();
    const user = w.as('systemUser');
    const contact = await w.as('generalAdmin').contacts.get('ct-000027');
    const error = await refusal(
      user.invitations.setPassword('ct-000027', 'Str0ng-enough-Passw0rd!', {
        version: contact.version,
      }),
    );
    expect(AdapterError.is(error) && error.kind).to.equal('forbidden');
  });
});

describe('<invite-status> suspends and reactivates the access', () => {
  it('suspend asks, fires the contact transition request, and reactivate brings it back', async () => {
    const adapter = company().as('generalAdmin');
    const el = await mount(adapter, 'ct-000003');
    const requests = record(el, 'portico-contact-transition-request');
    const suspend = act(el, 'suspend');
    expect(suspend.getAttribute('aria-disabled')).to.equal('false');
    suspend.click();
    const dialog = await openDialog(el);
    expect(text(dialog.querySelector('h2'))).to.equal('Suspend access?');
    await confirmDialog(el);
    await until(el, () => el.invitations.status === 'ready' && act(el, 'reactivate'));
    expect(requests.map((r) => [r.contact.id, r.action])).to.deep.equal([['ct-000003', 'suspend']]);
    expect(text($(el, '.person-head .badge'))).to.equal('Suspended');
    expect((await adapter.contacts.get('ct-000003')).status).to.equal('suspended');

    act(el, 'reactivate').click();
    await until(el, () => el.invitations.status === 'ready' && act(el, 'suspend'));
    expect(requests.map((r) => r.action)).to.deep.equal(['suspend', 'reactivate']);
    expect((await adapter.contacts.get('ct-000003')).status).to.equal('active');
  });

  it('a host that cancels the transition request keeps the status', async () => {
    const adapter = company().as('generalAdmin');
    const el = await mount(adapter, 'ct-000018');
    const requests = record(el, 'portico-contact-transition-request');
    el.addEventListener('portico-contact-transition-request', (event) => event.preventDefault());
    act(el, 'reactivate').click();
    await until(el, () => requests.length === 1);
    await until(el, () => el.invitations.status === 'ready');
    expect((await adapter.contacts.get('ct-000018')).status).to.equal('suspended');
  });

  it('an invited contact cannot be suspended: disabled with the reason, refused by the backend', async () => {
    const adapter = company().as('generalAdmin');
    const el = await mount(adapter, 'ct-000011');
    const suspend = act(el, 'suspend');
    expect(suspend.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, suspend)).to.equal('Only an active contact can have access suspended.');
    const contact = await adapter.contacts.get('ct-000011');
    const error = await refusal(
      adapter.contacts.transition('ct-000011', 'suspend', { version: contact.version }),
    );
    expect(AdapterError.is(error) && error.fields[0]?.code).to.equal('suspend-not-active');
  });

  it('nobody suspends their own access', async () => {
    const el = await mount(company().as('generalAdmin'), 'ct-000001');
    expect(description(el, act(el, 'suspend'))).to.equal('You cannot do this to your own contact.');
  });
});

describe('<invite-status> bulk resend and revoke', () => {
  /** The expired invitation, and a fresh one (its resend waits for the cooldown). */
  async function two(): Promise<{ adapter: PortalAdapter; el: InviteStatus }> {
    const adapter = company().as('generalAdmin');
    await adapter.invitations.send('ct-000011');
    return { adapter, el: await mount(adapter) };
  }

  it('selects rows by keyboard, resends each through its verdict, and reports each item', async () => {
    const { el } = await two();
    const requests = record(el, 'portico-invitation-request');
    const boxes = $$<HTMLInputElement>(el, 'tbody input[type="checkbox"]');
    expect(boxes).to.have.length(2);
    expect($(el, '[part="bulk-bar"]') === null, '[part="bulk-bar"]').to.equal(true);
    boxes[0]!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(text($(el, '[part="bulk-bar"] [role="status"]'))).to.equal('1 selected');
    const all = $<HTMLInputElement>(el, '#select-all')!;
    expect(all.indeterminate).to.equal(true);
    all.click();
    await el.updateComplete;
    expect(text($(el, '[part="bulk-bar"] [role="status"]'))).to.equal('2 selected');

    const bulk = $<HTMLButtonElement>(el, 'button[data-bulk="resend"]')!;
    bulk.click();
    const dialog = await openDialog(el);
    expect(text(dialog.querySelector('h2'))).to.equal('Resend 2 invitations?');
    await confirmDialog(el);
    await until(el, () => $(el, 'dialog [part="bulk-summary"]'));
    expect(text($(el, '[part="bulk-summary"]'))).to.equal('1 done, 1 not done.');
    const refused = text($(el, '[part="bulk-refusals"]'));
    expect(refused).to.contain('luciana_almeida@horizonte.com.br');
    expect(refused).to.match(/Sent moments ago/);
    // Only the item its verdict allowed was asked for.
    expect(requests.map((r) => r.act)).to.deep.equal(['resend']);
    expect($(el, '[part="bulk-bar"]') === null, '[part="bulk-bar"]').to.equal(true);

    // The bar is gone with the selection: closing the result focuses the select-all box.
    $<HTMLButtonElement>(el, 'dialog .dialog-actions .btn.primary')!.click();
    await until(el, () => !dialog.open);
    expect(deepActiveElement() === $(el, '#select-all'), 'focused').to.equal(true);
  });

  it('revokes the selection; an item a host cancels is reported, not written', async () => {
    const { adapter, el } = await two();
    let first = true;
    el.addEventListener('portico-invitation-request', (event) => {
      if (first) event.preventDefault();
      first = false;
    });
    $<HTMLInputElement>(el, '#select-all')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[data-bulk="revoke"]')!.click();
    await confirmDialog(el);
    await until(el, () => $(el, 'dialog [part="bulk-summary"]'));
    expect(text($(el, '[part="bulk-summary"]'))).to.equal('1 done, 1 not done.');
    expect(text($(el, '[part="bulk-refusals"]'))).to.contain('Stopped by the page.');
    const page = await adapter.invitations.list({ filter: { status: ['revoked'] } });
    expect(page.total).to.equal(1);
  });

  it('a system user sees the bulk acts disabled by the engine, and the backend refuses each item', async () => {
    const w = company();
    const user = w.as('systemUser');
    const el = await mount(user);
    $<HTMLInputElement>(el, '#select-all')!.click();
    await el.updateComplete;
    const bulk = $<HTMLButtonElement>(el, 'button[data-bulk="revoke"]')!;
    expect(bulk.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, bulk)).to.not.equal('');
    bulk.click();
    await el.updateComplete;
    expect(el.acts.dialog).to.equal(undefined);
    const [invitation] = (await user.invitations.list({})).items;
    const error = await refusal(
      user.invitations.revoke(invitation!.id, { version: invitation!.version }),
    );
    expect(AdapterError.is(error) && error.kind).to.equal('forbidden');
  });

  it('a rate-limited item says when it can be tried again', async () => {
    const inner = company().as('generalAdmin');
    const adapter = wrapAdapter(inner, (path, _args, call) =>
      path === 'invitations.resend'
        ? Promise.reject(
            new AdapterError('rate-limited', 'Too many', { code: 'rate-limited', retryAfter: 7 }),
          )
        : call(),
    );
    const el = await mount(adapter);
    $<HTMLInputElement>(el, '#select-all')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[data-bulk="resend"]')!.click();
    await confirmDialog(el);
    await until(el, () => $(el, 'dialog [part="bulk-refusals"]'));
    expect(text($(el, '[part="bulk-refusals"]'))).to.contain('try again in 7 seconds');
  });
});
