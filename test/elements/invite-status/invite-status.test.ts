import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { act, confirmDialog, mount, text } from './support.js';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import '../../../src/define/invite-status.js';
import { wrapAdapter } from '../../helpers/adapters.js';
import type { PorticoEvent } from '../../../src/events.js';
import type { InviteStatus } from '../../../src/elements/invite-status/invite-status.js';
import { $, $$, description, until } from '../../helpers/dom.js';
import { pin, world, xssName } from '../../helpers/world.js';

/** A company with one expired invitation (ct-000023), three invited contacts and no others. */
const company = () => world({ prepare: pin });

describe('<invite-status> for one contact', () => {
  it('sends an invitation and shows its expiry as a date and a countdown', async () => {
    const w = company();
    const el = await mount(w.as('generalAdmin'), 'ct-000011');
    expect($(el, 'h2')!.textContent).to.contain('Luciana Monteiro Almeida');
    expect($(el, '.person-head .badge')!.textContent).to.equal('Invited');
    expect($(el, '.invitation')!.textContent).to.contain('No invitation has been sent yet.');
    const send = act(el, 'send');
    expect(send.getAttribute('aria-disabled')).to.equal('false');

    const request = oneEvent(el, 'portico-invitation-request');
    const changed = oneEvent(el, 'portico-invitation-changed');
    send.click();
    expect((await request).detail).to.deep.equal({ act: 'send', contactId: 'ct-000011' });
    const done = (await changed) as PorticoEvent<'portico-invitation-changed'>;
    expect(done.detail.invitation!.status).to.equal('pending');
    await until(el, () => el.invitations.status === 'ready' && act(el, 'resend'));

    expect(text($(el, '[part="expiry"]'))).to.match(/^Expires .+ — expires in 30 days$/);
    expect($(el, '.invitation .badge')!.textContent).to.equal('Pending');
    // Sent moments ago: resending waits for the company's cooldown, and says until when.
    const resend = act(el, 'resend');
    expect(resend.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, resend)).to.match(/^Sent moments ago: it can be sent again at /);
    // The link can be copied; confirming by hand is still possible.
    expect(act(el, 'copy-link').getAttribute('aria-disabled')).to.equal('false');
    expect(act(el, 'confirm').getAttribute('aria-disabled')).to.equal('false');
    // The timeline tells who sent it.
    expect($(el, '.timeline')!.textContent).to.match(/Invitation sent\s+.+by Conceição Fernandes/);
  });

  it('shows no act before the signed-in session is known, then judges each by it', async () => {
    const w = company();
    const inner = w.as('generalAdmin');
    await inner.invitations.send('ct-000014');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The session answers after the invitations: the acts wait for it instead of showing refused.
    const adapter = wrapAdapter(inner, (path, _args, call) =>
      path === 'session.current' ? held.then(call) : call(),
    );
    const el = await fixture<InviteStatus>(
      html`<invite-status .adapter=${adapter} contact-id="ct-000014" lang="en"></invite-status>`,
    );
    try {
      await until(el, () => el.invitations.status === 'ready');
      expect(el.portal.status).to.equal('loading');
      expect($(el, 'button[data-act]')).to.equal(null);
      expect($(el, '[role="status"]')!.textContent).to.contain('Loading');
    } finally {
      release();
    }
    await until(el, () => act(el, 'revoke'));
    expect(act(el, 'revoke').getAttribute('aria-disabled')).to.equal('false');
  });

  it('a host that cancels the request stops the write', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter, 'ct-000011');
    el.addEventListener('portico-invitation-request', (event) => event.preventDefault());
    act(el, 'send').click();
    await until(el, () => el.invitations.busy === undefined);
    const page = await adapter.invitations.list({ filter: { contactId: 'ct-000011' } });
    expect(page.total).to.equal(0);
  });

  it('revokes the pending invitation, and a revoked link cannot be copied', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    await adapter.invitations.send('ct-000014');
    const el = await mount(adapter, 'ct-000014');
    act(el, 'revoke').click();
    await confirmDialog(el);
    await oneEvent(el, 'portico-invitation-changed');
    await until(el, () => el.invitations.status === 'ready' && act(el, 'send'));
    expect($(el, '.invitation .badge')!.textContent).to.equal('Revoked');
    expect($(el, '.timeline')!.textContent).to.contain('Invitation revoked');
  });

  it('an active contact has nothing to be invited to, and says why', async () => {
    const el = await mount(company().as('generalAdmin'), 'ct-000003');
    const send = act(el, 'send');
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, send)).to.contain('has signed in already');
  });

  it('shows a contact named with markup as text', async () => {
    const w = world({
      prepare: (data) => {
        pin(data);
        data.contacts.find((contact) => contact.id === 'ct-000011')!.name = xssName;
      },
    });
    const el = await mount(w.as('generalAdmin'), 'ct-000011');
    expect($(el, 'h2')!.textContent).to.equal(xssName);
    expect($(el, 'img')).to.equal(null);
  });

  it('speaks pt-BR', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    await adapter.invitations.send('ct-000011');
    const el = await mount(adapter, 'ct-000011', 'pt-BR');
    expect(act(el, 'resend').textContent.trim()).to.equal('Reenviar');
    expect(text($(el, '[part="expiry"]'))).to.contain('expira em 30 dias');
  });
});

describe('<invite-status> for the company', () => {
  it('lists the invitations with the acts each state allows', async () => {
    const el = await mount(company().as('generalAdmin'));
    const rows = $$(el, 'tbody tr[data-id]');
    expect(rows).to.have.length(1);
    expect(rows[0]!.textContent).to.contain('Expired');
    expect([...rows[0]!.querySelectorAll('button')].map((b) => b.textContent.trim())).to.deep.equal(
      ['Resend', 'Revoke', 'Delete'],
    );
    expect($(el, '[part="total"]')!.textContent).to.equal('1 invitation');
  });

  it('deletes an expired invitation', async () => {
    const w = company();
    const el = await mount(w.as('generalAdmin'));
    act(el, 'remove', 'tr[data-id]').click();
    await oneEvent(el, 'portico-invitation-changed');
    await until(el, () => el.invitations.status === 'ready' && $(el, '[part="empty"]'));
    expect($(el, '[part="total"]')!.textContent).to.equal('0 invitations');
  });

  it('filters by view: expiring within 7 days is its own view', async () => {
    const w = company();
    const adapter = w.as('generalAdmin');
    await adapter.invitations.send('ct-000011');
    const el = await mount(adapter);
    expect($$(el, 'tbody tr[data-id]')).to.have.length(2);
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'expired';
    select.dispatchEvent(new Event('change'));
    await until(el, () => el.invitations.status === 'ready' && el.invitations.view === 'expired');
    expect($$(el, 'tbody tr[data-id]').map((row) => row.dataset.id)).to.deep.equal(['inv-000001']);
    select.value = 'expiring';
    select.dispatchEvent(new Event('change'));
    await until(el, () => el.invitations.status === 'ready' && el.invitations.view === 'expiring');
    // The new invitation expires in 30 days; the expired one is not pending.
    expect($$(el, 'tbody tr[data-id]')).to.have.length(0);
  });

  it('orders by the adapter: e-mail A to Z, sent oldest first, and back to the view’s own', async () => {
    const w = company();
    const inner = w.as('generalAdmin');
    await inner.invitations.send('ct-000011');
    await inner.invitations.send('ct-000014');
    const sorts: unknown[] = [];
    const adapter = wrapAdapter(inner, (path, args, call) => {
      if (path === 'invitations.list') sorts.push((args[0] as { sort?: unknown }).sort);
      return call();
    });
    const el = await mount(adapter);
    const order = $<HTMLSelectElement>(el, '#order')!;
    expect(order.labels?.[0]?.textContent?.trim()).to.equal('Order');
    const choose = async (value: string) => {
      order.value = value;
      order.dispatchEvent(new Event('change'));
      await until(el, () => el.invitations.status === 'ready' && el.invitations.order === value);
      return $$(el, 'tbody tr[data-id]').map((row) => row.querySelector('th')!.textContent.trim());
    };
    const emails = await choose('email');
    expect(emails).to.have.length(3);
    expect(emails).to.deep.equal([...emails].sort((a, b) => a.localeCompare(b)));
    expect(sorts.at(-1)).to.deep.equal({ field: 'email', direction: 'asc' });
    await choose('sent-oldest');
    expect(sorts.at(-1)).to.deep.equal({ field: 'sentAt', direction: 'asc' });
    // The expired invitation was sent first.
    expect($$(el, 'tbody tr[data-id]')[0]!.dataset.id).to.equal('inv-000001');
    await choose('expiry');
    expect(sorts.at(-1)).to.deep.equal({ field: 'expiresAt', direction: 'desc' });
  });

  it('a system user sees every act disabled with the engine’s reason', async () => {
    const el = await mount(company().as('systemUser'));
    for (const control of $$(el, 'tr[data-id] button')) {
      expect(control.getAttribute('aria-disabled')).to.equal('true');
      expect(description(el, control)).to.not.equal('');
    }
  });

  it('a system user who may not read another person’s access sees a plain “not allowed”, not an error', async () => {
    const el = await fixture<InviteStatus>(
      html`<invite-status
        .adapter=${company().as('systemUser')}
        contact-id="ct-000011"
        lang="en"
      ></invite-status>`,
    );
    await until(el, () => el.invitations.status === 'error');
    const state = $(el, '[data-state="forbidden"]')!;
    expect(text(state)).to.match(/^You are not allowed to see these invitations: .+/);
    expect($(el, '[role="alert"]'), 'no alert').to.equal(null);
    expect($(el, 'button'), 'nothing to retry').to.equal(null);
  });

  it('a rate-limited resend says when to try again', async () => {
    const w = company();
    const inner = w.as('generalAdmin');
    const adapter = wrapAdapter(inner, (path, _args, call) =>
      path === 'invitations.resend'
        ? Promise.reject(
            new AdapterError('rate-limited', 'Too many', { code: 'rate-limited', retryAfter: 42 }),
          )
        : call(),
    );
    const el = await mount(adapter);
    act(el, 'resend', 'tr[data-id]').click();
    await confirmDialog(el);
    await until(el, () => $(el, '[part="toast"]'));
    expect($(el, '[part="toast"]')!.textContent).to.contain('try again in 42 seconds');
  });
});

describe('the memory backend refuses what <invite-status> disables', () => {
  it('a resend within the cooldown, a send while one is usable, acts of a system user', async () => {
    const w = company();
    const admin = w.as('generalAdmin');
    const sent = await admin.invitations.send('ct-000011');
    const resend = await admin.invitations.resend(sent.id, { version: sent.version }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(AdapterError.is(resend) && resend.kind).to.equal('rate-limited');
    expect(AdapterError.is(resend) && resend.code).to.equal('resend-cooldown');
    const again = await admin.invitations.send('ct-000011').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(AdapterError.is(again) && again.code).to.equal('invitation-pending');
    const user = w.as('systemUser');
    const forbidden = await user.invitations.revoke(sent.id, { version: sent.version }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(AdapterError.is(forbidden) && forbidden.kind).to.equal('forbidden');
    const active = await admin.invitations.send('ct-000003').then(
      () => undefined,
      (error: unknown) => error,
    );
    // An act from a status it does not apply to: `invalid-transition`, the reason as its field error.
    expect(AdapterError.is(active) && active.fields[0]?.code).to.equal('not-invitable');
  });
});
