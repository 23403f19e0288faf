import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { PortalAdapter } from '../../../src/core/adapter/types.js';
import { setupUrlToken } from '../../../src/core/rules/invitation-links.js';
import '../../../src/define/invite-accept.js';
import type { InviteAccept } from '../../../src/elements/invite-accept/invite-accept.js';
import type { PorticoEvent } from '../../../src/events.js';
import { intercept, offline, wrapAdapter } from '../../helpers/adapters.js';
import { $, $$, button, description, until } from '../../helpers/dom.js';
import { invitee, inviteeId } from '../../helpers/invitee.js';

async function mount(
  adapter: PortalAdapter,
  token: string,
  options: { lang?: string; kind?: string } = {},
): Promise<InviteAccept> {
  const el = await fixture<InviteAccept>(
    html`<invite-accept
      .adapter=${adapter}
      token=${token}
      kind=${options.kind ?? 'invitation'}
      lang=${options.lang ?? 'en'}
      sign-in-url="https://portal.example.com/"
    ></invite-accept>`,
  );
  await until(el, () => !['idle', 'loading'].includes(el.flow.phase.kind));
  return el;
}

/** An element's text with its white space collapsed. */
const text = (node: Element | null): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const heading = (el: InviteAccept): string => text($(el, 'h2'));

const type = async (el: InviteAccept, selector: string, value: string): Promise<void> => {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};

/** The backend's whole state (without the moment of the snapshot). */
const stateOf = (i: ReturnType<typeof invitee>): string => {
  const { savedAt: _, ...held } = i.world.backend.snapshot();
  return JSON.stringify(held);
};

const statusOf = async (i: ReturnType<typeof invitee>) =>
  (await i.world.as('generalAdmin').contacts.get(inviteeId)).status;

describe('<invite-accept> on a valid link', () => {
  it('shows who invited whom to which company and until when, and changes nothing', async () => {
    const i = invitee();
    const before = stateOf(i);
    const el = await mount(i.adapter(), i.token);
    expect(heading(el)).to.match(/^Join .+/);
    expect(text($(el, '[part="invitation"]'))).to.match(
      /^Conceição Fernandes invited you, Luciana Monteiro Almeida \(luciana_almeida@horizonte\.com\.br\), to the .+ client portal\.$/,
    );
    expect(text($(el, '[part="expiry"]'))).to.match(/^This invitation is valid until .+\.$/);
    expect(button(el, 'Continue with Google')).to.exist;
    expect(button(el, 'Continue with Microsoft')).to.exist;
    expect(button(el, 'Create a password').getAttribute('aria-expanded')).to.equal('false');
    // Reading the link (twice: a mail scanner, then the person) wrote nothing.
    await el.refresh();
    expect(stateOf(i) === before, 'the backend is unchanged').to.equal(true);
    expect(await statusOf(i)).to.equal('invited');
  });

  it('reads the token from the page URL when the attribute is empty (?token=, or #…?token=)', async () => {
    const i = invitee('tok-from-url');
    const page = location.href;
    try {
      history.replaceState(null, '', `?token=${i.token}`);
      const el = await mount(i.adapter(), '');
      expect(el.flow.phase.kind).to.equal('link');
      history.replaceState(null, '', `${location.pathname}#/setup?token=${i.token}`);
      const other = await mount(i.adapter(), '');
      expect(other.flow.link?.status).to.equal('valid');
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('accepts with Google: fires the provider request, then the contact is active', async () => {
    const i = invitee();
    const el = await mount(i.adapter(), i.token);
    const request = oneEvent(el, 'portico-signin-provider-request');
    const accepted = oneEvent(el, 'portico-invitation-accepted');
    button(el, 'Continue with Google').click();
    const asked = (await request) as PorticoEvent<'portico-signin-provider-request'>;
    expect(asked.detail).to.deep.equal({
      provider: 'google',
      token: i.token,
      email: 'luciana_almeida@horizonte.com.br',
    });
    expect(asked.cancelable).to.equal(true);
    const done = (await accepted) as PorticoEvent<'portico-invitation-accepted'>;
    expect(done.detail.acceptance).to.include({ status: 'active', method: 'google' });
    await until(el, () => el.flow.phase.kind === 'accepted');
    expect(heading(el)).to.match(/^Welcome to /);
    expect(text($(el, '.page p'))).to.equal(
      'Your account luciana_almeida@horizonte.com.br is ready. Sign in with Google.',
    );
    expect($<HTMLAnchorElement>(el, 'a[part="action"]')!.href).to.equal(
      'https://portal.example.com/',
    );
    expect(await statusOf(i)).to.equal('active');
    const [invitation] = (
      await i.world.as('generalAdmin').invitations.list({ filter: { contactId: inviteeId } })
    ).items;
    expect(invitation).to.include({ status: 'accepted', method: 'google' });
    expect(i.world.backend.mailbox().at(-1)!.kind).to.equal('welcome');
  });

  it('lets a vendor that runs OAuth take over Microsoft, and accept when it is done', async () => {
    const i = invitee();
    const el = await mount(i.adapter(), i.token);
    el.addEventListener('portico-signin-provider-request', (event) => event.preventDefault());
    button(el, 'Continue with Microsoft').click();
    await el.updateComplete;
    expect(el.flow.phase.kind).to.equal('link');
    expect(await statusOf(i)).to.equal('invited');
    await el.accept('microsoft', 'id-token-from-the-vendor');
    expect(el.flow.phase.kind).to.equal('accepted');
    expect(await statusOf(i)).to.equal('active');
    expect(text($(el, '.page p'))).to.contain('Sign in with Microsoft.');
  });

  it('with a password: live checklist, confirmation, refusals on the field, then seed 002’s activation', async () => {
    const i = invitee();
    const el = await mount(i.adapter(), i.token);
    button(el, 'Create a password').click();
    await el.updateComplete;
    expect(button(el, 'Create a password').getAttribute('aria-expanded')).to.equal('true');
    const password = $<HTMLInputElement>(el, '#pw')!;
    expect(password.type).to.equal('password');
    expect(password.autocomplete).to.equal('new-password');
    const rules = () => $$(el, '.password-rules li').map((li) => li.className);
    expect(rules()).to.deep.equal(['unmet', 'unmet', 'unmet', 'unmet', 'unmet']);
    expect(description(el, password)).to.contain('At least 8 characters');

    await type(el, '#pw', 'abc');
    expect(rules()).to.deep.equal(['unmet', 'unmet', 'met', 'unmet', 'unmet']);
    expect(text($(el, '.password-rules li.met .visually-hidden'))).to.equal(
      'A lower-case letter: met',
    );
    const before = stateOf(i);
    button(el, 'Accept the invitation').click();
    await el.updateComplete;
    expect(text($(el, '#pw-error'))).to.equal('The password does not meet every rule yet.');
    expect(password.getAttribute('aria-invalid')).to.equal('true');

    await type(el, '#pw', 'Sol&Mar2026');
    expect(rules().every((state) => state === 'met')).to.equal(true);
    await type(el, '#pw-confirm', 'Sol&Mar2025');
    expect(text($(el, '#pw-confirm-error'))).to.equal('The two passwords do not match.');
    button(el, 'Accept the invitation').click();
    await el.updateComplete;
    expect(stateOf(i) === before, 'nothing sent yet').to.equal(true);

    button(el, 'Show password').click();
    await el.updateComplete;
    expect(password.type, 'shown').to.equal('text');
    expect($<HTMLInputElement>(el, '#pw-confirm')!.type, 'the confirmation too').to.equal('text');

    await type(el, '#pw-confirm', 'Sol&Mar2026');
    const accepted = oneEvent(el, 'portico-invitation-accepted');
    button(el, 'Accept the invitation').click();
    const done = (await accepted) as PorticoEvent<'portico-invitation-accepted'>;
    expect(done.detail.acceptance).to.include({ status: 'activation-sent', method: 'password' });
    await until(el, () => el.flow.phase.kind === 'accepted');
    expect(heading(el)).to.equal('Check your e-mail');
    expect(el.flow.form.password, 'forgotten once accepted').to.equal('');
    expect(await statusOf(i), 'active only once activated').to.equal('invited');

    const mail = i.world.backend.mailbox().at(-1)!;
    expect(mail.kind).to.equal('activation');
    const activation = await mount(i.adapter(), setupUrlToken(mail.link)!, { kind: 'activation' });
    expect(heading(activation)).to.equal('Activate your account');
    expect(await statusOf(i), 'opening the activation page changes nothing').to.equal('invited');
    const activated = oneEvent(activation, 'portico-account-activated');
    button(activation, 'Activate my account').click();
    await activated;
    await until(activation, () => activation.flow.phase.kind === 'activated');
    expect(heading(activation)).to.equal('Your account is active');
    expect(await statusOf(i)).to.equal('active');

    const again = await mount(i.adapter(), setupUrlToken(mail.link)!, { kind: 'activation' });
    button(again, 'Activate my account').click();
    await until(again, () => again.flow.phase.kind === 'activation-closed');
    expect(heading(again)).to.equal('This account is active already');
  });

  it('generates a strong password that meets the policy, shown, for the person to copy', async () => {
    const i = invitee();
    const el = await mount(i.adapter(), i.token);
    button(el, 'Create a password').click();
    await el.updateComplete;
    button(el, 'Generate a strong password').click();
    await el.updateComplete;
    const password = $<HTMLInputElement>(el, '#pw')!;
    expect(password.type).to.equal('text');
    expect(password.value.length).to.be.at.least(8);
    expect($$(el, '.password-rules li.unmet')).to.have.length(0);
    expect(el.flow.form.password).to.equal(password.value);
  });

  it('shows the backend’s refusal of a password on the field', async () => {
    const i = invitee();
    const refusing = wrapAdapter(i.adapter(), (path, _args, call) =>
      path === 'invitations.accept'
        ? Promise.reject(
            new AdapterError('validation', 'bad', {
              fields: [{ field: 'password', code: 'password-common' }],
            }),
          )
        : call(),
    );
    const el = await mount(refusing, i.token);
    button(el, 'Create a password').click();
    await el.updateComplete;
    await type(el, '#pw', 'Sol&Mar2026');
    await type(el, '#pw-confirm', 'Sol&Mar2026');
    button(el, 'Accept the invitation').click();
    await until(el, () => el.flow.busy === undefined && el.flow.form.refused.length > 0);
    expect(text($(el, '#pw-error'))).to.equal('This password is too common; choose another one');
  });

  it('is used by keyboard alone', async () => {
    const i = invitee();
    const el = await mount(i.adapter(), i.token);
    button(el, 'Continue with Google').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Create a password');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('pw');
    await sendKeys({ type: 'Sol&Mar2026' });
    // Show, generate and copy come after the field, then the confirmation.
    for (let n = 0; n < 4; n++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('pw-confirm');
    await sendKeys({ type: 'Sol&Mar2026' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => el.flow.phase.kind === 'accepted');
    // The new page takes the focus to its heading, so a screen reader reads it.
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H2');
  });

  it('speaks pt-BR', async () => {
    const i = invitee();
    const el = await mount(i.adapter(), i.token, { lang: 'pt-BR' });
    expect(heading(el)).to.match(/^Entre na /);
    expect(button(el, 'Continuar com o Google')).to.exist;
    expect(text($(el, '[part="expiry"]'))).to.match(/^Este convite vale até .+\.$/);
  });
});

describe('<invite-accept> on a link that no longer works', () => {
  it('an expired link: its own page, with what to do next', async () => {
    const i = invitee('tok-expired', {
      sentAt: '2026-01-01T10:00:00.000Z',
      expiresAt: '2026-01-31T10:00:00.000Z',
    });
    const el = await mount(i.adapter(), i.token);
    expect(heading(el)).to.equal('This invitation has expired');
    expect(text($(el, '.page p'))).to.match(
      /^The invitation to .+ was valid until .+\. Ask your company’s admin to send you a new invitation\.$/,
    );
    expect($(el, 'button, input')).to.equal(null);
  });

  it('a revoked link', async () => {
    const i = invitee('tok-revoked', { status: 'revoked', revokedAt: new Date().toISOString() });
    const el = await mount(i.adapter(), i.token);
    expect(heading(el)).to.equal('This invitation was withdrawn');
    expect(text($(el, '.page p'))).to.contain('ask your company’s admin for a new invitation');
  });

  it('a used link, with the way to sign in', async () => {
    const i = invitee();
    await i.adapter().invitations.accept(i.token, 'google');
    const el = await mount(i.adapter(), i.token);
    expect(heading(el)).to.equal('This invitation was used already');
    expect(text($(el, '.page p'))).to.contain('luciana_almeida@horizonte.com.br');
    expect(text($(el, 'a[part="action"]'))).to.equal('Go to the sign-in page');
  });

  it('a link a resend replaced', async () => {
    const i = invitee('tok-old', { sentAt: '2026-01-01T10:00:00.000Z' });
    const admin = i.world.as('generalAdmin');
    const [invitation] = (await admin.invitations.list({ filter: { contactId: inviteeId } })).items;
    await admin.invitations.resend(invitation!.id, { version: invitation!.version });
    const el = await mount(i.adapter(), i.token);
    expect(heading(el)).to.equal('A newer invitation replaced this link');
  });

  it('an unknown link, and no token at all', async () => {
    const i = invitee();
    const el = await mount(i.adapter(), 'no-such-token');
    expect(heading(el)).to.equal('This invitation link is not valid');
    expect(text($(el, '.page p'))).to.contain('Copy the whole link from the e-mail');
    const none = await mount(i.adapter(), '');
    expect(heading(none)).to.equal('This invitation link is not valid');
  });

  it('a link revoked between opening and accepting shows the revoked page', async () => {
    const i = invitee();
    const el = await mount(i.adapter(), i.token);
    const admin = i.world.as('generalAdmin');
    const [invitation] = (await admin.invitations.list({ filter: { contactId: inviteeId } })).items;
    await admin.invitations.revoke(invitation!.id, { version: invitation!.version });
    button(el, 'Continue with Google').click();
    await until(el, () => el.flow.link?.status === 'revoked');
    expect(heading(el)).to.equal('This invitation was withdrawn');
  });

  it('a network failure: an error page whose retry reads the link again', async () => {
    const i = invitee();
    let down = true;
    const flaky = intercept(
      i.adapter(),
      () => down,
      () => Promise.reject(new AdapterError('network', 'offline')),
    );
    const el = await mount(flaky, i.token);
    expect(heading(el)).to.equal('Your invitation could not be opened');
    expect($(el, '[part="action"]')!.textContent).to.contain('Try again');
    down = false;
    button(el, 'Try again').click();
    await until(el, () => el.flow.link?.status === 'valid');
    expect(heading(el)).to.match(/^Join /);
  });

  it('shows no adapter plainly', async () => {
    const el = await fixture<InviteAccept>(html`<invite-accept lang="en"></invite-accept>`);
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).to.equal('This page has no data source yet.');
    const i = invitee();
    const offlineEl = await mount(offline(i.adapter()), i.token);
    expect(offlineEl.flow.phase.kind).to.equal('error');
  });
});
