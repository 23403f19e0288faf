import { expect } from '@open-wc/testing';
import type { PortalAdapter } from '../../../../src/core/adapter/types.js';
import { createDemoData, type DemoData } from '../../../../src/core/demo-data.js';
import type { Contact, Invitation } from '../../../../src/core/model/index.js';
import { refusal, sampleContact } from '../support.js';
import type { AdapterFixture, MakeAdapters } from './contract-suite.js';

/** Lets an invitation be sent again at once (the company's cooldown is 0 s). */
export async function noCooldown(adapter: PortalAdapter): Promise<void> {
  const settings = await adapter.invitations.settings();
  await adapter.invitations.updateSettings(
    {
      validityDays: settings.validityDays,
      autoSend: settings.autoSend,
      locale: settings.locale,
      resendCooldownSeconds: 0,
    },
    { version: settings.version },
  );
}

/** The token a setup URL carries (its `token` parameter, else its last path segment), read here. */
function tokenOf(url: string): string {
  const parsed = new URL(url, 'https://x.invalid/');
  const named = parsed.searchParams.get('token');
  if (named) return named;
  return decodeURIComponent(parsed.pathname.split('/').filter(Boolean).pop() ?? '');
}

const strongPassword = 'Convite!2026ok';
let serial = 0;

/**
 * Invitations and first access (seeds 002–004): the admin's acts and their refusals, the company's
 * settings and e-mail, the lifecycle they share with the contact acts, and the invitee's side — a
 * link opened (which changes nothing), accepted by each method, refused for each reason.
 */
export function describeInvitationCases(makeAdapters: MakeAdapters): void {
  describe('invitations and first access', () => {
    let data: DemoData;
    let fixture: AdapterFixture;
    let admin: PortalAdapter;
    let invitee: PortalAdapter;

    beforeEach(async () => {
      // Invitations fresh today (some still valid, some past their 30 days).
      data = createDemoData({ contacts: 40, seed: 17, now: new Date() });
      // One invitation lapsed: sent 40 days ago, past its 30.
      const lapsed = data.invitations.find(
        (i) => i.companyId === data.companies[0]!.id && i.status === 'pending',
      )!;
      lapsed.sentAt = new Date(Date.now() - 40 * 86_400_000).toISOString();
      lapsed.expiresAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
      fixture = await makeAdapters(data);
      admin = fixture.as(data.actors.generalAdmin);
      invitee = fixture.anonymous?.() ?? fixture.as('');
    });

    afterEach(async () => {
      await fixture?.cleanup();
    });

    async function newcomer(): Promise<Contact> {
      serial += 1;
      return admin.contacts.create(
        sampleContact({
          name: `Benedita Convidada ${serial}`,
          email: `benedita.convite.${serial}.${Date.now()}@exemplo.com.br`,
        }),
      );
    }

    async function invited(): Promise<{ contact: Contact; invitation: Invitation }> {
      const contact = await newcomer();
      const invitation = await admin.invitations.send(contact.id);
      return { contact: await admin.contacts.get(contact.id), invitation };
    }

    it('keeps one usable invitation per contact, and refuses to invite someone who signed in', async () => {
      const { contact, invitation } = await invited();
      const twice = await refusal(
        admin.invitations.send(contact.id),
        'conflict',
        'invitation-pending',
      );
      expect((twice.current as Invitation).id).to.equal(invitation.id);
      const active = (await admin.contacts.list({ filter: { status: ['active'] }, limit: 1 }))
        .items[0]!;
      const refused = await refusal(
        admin.invitations.send(active.id),
        'conflict',
        'invalid-transition',
      );
      expect(refused.fields).to.deep.equal([{ field: 'status', code: 'not-invitable' }]);
      const user = fixture.as(data.actors.systemUser);
      await refusal(user.invitations.send((await newcomer()).id), 'forbidden', 'not-in-role');
    });

    it('opens a link without changing anything, then accepts it with Google: the contact is active', async () => {
      const { contact, invitation } = await invited();
      const token = tokenOf(invitation.setupUrl);
      const first = await invitee.invitations.inspect(token);
      const second = await invitee.invitations.inspect(token);
      expect(second).to.deep.equal(first);
      expect(first.status).to.equal('valid');
      expect(first.company.name).to.equal(data.companies[0]!.name);
      expect(first.invitee).to.deep.equal({ name: contact.name, email: contact.email });
      expect(first.expiresAt).to.equal(invitation.expiresAt);
      expect(first.methods).to.have.members(['google', 'microsoft', 'password']);
      expect(first.passwordPolicy?.minLength).to.be.a('number');
      expect(await admin.contacts.get(contact.id)).to.deep.equal(contact);
      expect(
        (await admin.invitations.list({ filter: { contactId: contact.id } })).items,
      ).to.deep.equal([invitation]);

      const accepted = await invitee.invitations.accept(token, 'google');
      expect(accepted).to.deep.equal({
        status: 'active',
        method: 'google',
        email: contact.email,
        company: { name: data.companies[0]!.name },
      });
      expect(contact.lastSignInAt, 'an invitee has never signed in').to.equal(undefined);
      const signedIn = await admin.contacts.get(contact.id);
      expect(signedIn.status).to.equal('active');
      expect(signedIn.lastSignInAt, 'accepting with Google signs the person in').to.be.a('string');
      expect(Number.isNaN(Date.parse(signedIn.lastSignInAt!))).to.equal(false);
      expect(signedIn.version, 'the accepting write, not a second one').to.equal(
        contact.version + 1,
      );
      const [stored] = (await admin.invitations.list({ filter: { contactId: contact.id } })).items;
      expect(stored).to.deep.include({ status: 'accepted', method: 'google' });
      expect((await invitee.invitations.inspect(token)).status).to.equal('used');
      await refusal(invitee.invitations.accept(token, 'microsoft'), 'conflict', 'invitation-used');
      const history = (await admin.contacts.history(contact.id)).items;
      expect(history.find((entry) => entry.event === 'invitation-accepted')).to.deep.include({
        method: 'google',
        actorId: null,
        invitationId: invitation.id,
      });
      expect(history.find((entry) => entry.event === 'invitation-sent')).to.deep.include({
        actorId: data.actors.generalAdmin,
      });
    });

    it('accepts with a password only when it meets the policy; the account waits for activation', async () => {
      const { contact, invitation } = await invited();
      const token = tokenOf(invitation.setupUrl);
      const weak = await refusal(
        invitee.invitations.accept(token, 'password', 'abc'),
        'validation',
      );
      expect(weak.fields.length).to.be.greaterThan(1);
      expect(weak.fields.every((field) => field.field === 'password')).to.equal(true);
      expect((await invitee.invitations.inspect(token)).status, 'a refusal uses nothing').to.equal(
        'valid',
      );
      const accepted = await invitee.invitations.accept(token, 'password', strongPassword);
      expect(accepted.status).to.equal('activation-sent');
      const waiting = await admin.contacts.get(contact.id);
      expect(waiting.status).to.equal('invited');
      expect(waiting.lastSignInAt, 'not signed in before the activation').to.equal(undefined);
      expect((await invitee.invitations.inspect(token)).status).to.equal('used');
      const everything = JSON.stringify([
        await admin.contacts.get(contact.id),
        await admin.invitations.list({ filter: { contactId: contact.id } }),
        await admin.contacts.history(contact.id),
      ]);
      expect(everything, 'the password is in no answer').to.not.include(strongPassword);
      await refusal(invitee.invitations.activate('no-such-activation'), 'not-found');
    });

    it('answers each link that no longer works with its own reason', async () => {
      await refusal(invitee.invitations.inspect('no-such-token-at-all'), 'not-found');
      await refusal(invitee.invitations.accept('no-such-token-at-all', 'google'), 'not-found');

      const { invitation } = await invited();
      await admin.invitations.revoke(invitation.id, { version: invitation.version });
      const revoked = tokenOf(invitation.setupUrl);
      const view = await invitee.invitations.inspect(revoked);
      expect(view.status).to.equal('revoked');
      expect(view.invitee, 'a dead link tells no one’s name').to.equal(undefined);
      await refusal(
        invitee.invitations.accept(revoked, 'google'),
        'conflict',
        'invitation-revoked',
      );

      const now = Date.now();
      const lapsed = data.invitations.find(
        (i) =>
          i.companyId === data.companies[0]!.id &&
          i.status === 'pending' &&
          Date.parse(i.expiresAt) < now,
      )!;
      expect(lapsed, 'the demo data has an expired invitation').to.not.equal(undefined);
      const expired = tokenOf(lapsed.setupUrl);
      expect((await invitee.invitations.inspect(expired)).status).to.equal('expired');
      await refusal(
        invitee.invitations.accept(expired, 'google'),
        'conflict',
        'invitation-expired',
      );

      // A resend sends a new link; the old one is replaced for good.
      const [current] = (
        await admin.invitations.list({ filter: { contactId: lapsed.contactId } })
      ).items.filter((i) => i.id === lapsed.id);
      const resent = await admin.invitations.resend(lapsed.id, { version: current!.version });
      expect(resent.status).to.equal('pending');
      expect(resent.sendCount).to.equal(lapsed.sendCount + 1);
      expect(Date.parse(resent.expiresAt)).to.be.greaterThan(now);
      expect((await invitee.invitations.inspect(expired)).status).to.equal('superseded');
      await refusal(
        invitee.invitations.accept(expired, 'google'),
        'conflict',
        'invitation-superseded',
      );
      expect((await invitee.invitations.inspect(tokenOf(resent.setupUrl))).status).to.equal(
        'valid',
      );
    });

    it('deletes only expired or revoked invitations; an invited contact goes back', async () => {
      const { contact, invitation } = await invited();
      await refusal(
        admin.invitations.remove(invitation.id, { version: invitation.version }),
        'conflict',
        'invalid-transition',
      );
      const revoked = await admin.invitations.revoke(invitation.id, {
        version: invitation.version,
      });
      expect((await admin.contacts.get(contact.id)).status).to.equal('potential');
      await admin.invitations.remove(revoked.id, { version: revoked.version });
      expect((await admin.invitations.list({ filter: { contactId: contact.id } })).total).to.equal(
        0,
      );
      await refusal(
        admin.invitations.remove(revoked.id, { version: revoked.version }),
        'not-found',
      );
    });

    it('keeps the company’s settings: link validity, automatic sending, each bad value named', async () => {
      const settings = await admin.invitations.settings();
      expect(settings).to.deep.include({ validityDays: 30, autoSend: 'manual' });
      const bad = await refusal(
        admin.invitations.updateSettings(
          {
            validityDays: 0,
            autoSend: 'always' as 'manual',
            resendCooldownSeconds: -1,
            locale: 'fr' as 'en',
          },
          { version: settings.version },
        ),
        'validation',
      );
      expect(bad.fields.map((f) => f.field)).to.have.members([
        'validityDays',
        'autoSend',
        'resendCooldownSeconds',
        'locale',
      ]);
      const user = fixture.as(data.actors.systemUser);
      await refusal(
        user.invitations.updateSettings(
          { validityDays: 7, autoSend: 'manual', resendCooldownSeconds: 0, locale: 'en' },
          { version: settings.version },
        ),
        'forbidden',
      );
      const saved = await admin.invitations.updateSettings(
        { validityDays: 7, autoSend: 'on-create', resendCooldownSeconds: 0, locale: 'en' },
        { version: settings.version },
      );
      expect(saved).to.deep.include({ validityDays: 7, autoSend: 'on-create', locale: 'en' });
      await refusal(
        admin.invitations.updateSettings(
          { validityDays: 9, autoSend: 'manual', resendCooldownSeconds: 0, locale: 'en' },
          { version: settings.version },
        ),
        'conflict',
        'stale-version',
      );

      // Seed 004: a new contact is invited as it is created, with the company's validity.
      const created = await newcomer();
      expect(created.status).to.equal('invited');
      const [auto] = (await admin.invitations.list({ filter: { contactId: created.id } })).items;
      expect(auto!.status).to.equal('pending');
      expect(auto!.sentBy, 'nobody sent it: the policy did').to.equal(undefined);
      const days = (Date.parse(auto!.expiresAt) - Date.parse(auto!.sentAt)) / 86_400_000;
      expect(days).to.equal(7);
    });

    it('checks the invitation e-mail before saving it: placeholders, the link, one-line subject', async () => {
      const template = await admin.invitations.template();
      const bad = await refusal(
        admin.invitations.updateTemplate(
          { subject: 'Olá\n{nome}', body: 'Bem-vindo, {name}. {senha}' },
          { version: template.version },
        ),
        'validation',
      );
      expect(bad.fields).to.deep.include.members([
        { field: 'subject', code: 'single-line' },
        { field: 'subject', code: 'unknown-placeholder', params: { placeholder: '{nome}' } },
        { field: 'body', code: 'unknown-placeholder', params: { placeholder: '{senha}' } },
        { field: 'body', code: 'missing-placeholder', params: { placeholder: '{link}' } },
      ]);
      expect(await admin.invitations.template()).to.deep.equal(template);
      const saved = await admin.invitations.updateTemplate(
        { subject: 'Convite — {company}', body: 'Olá, {name}: {link} (até {expiresAt})' },
        { version: template.version },
      );
      expect(saved.body).to.equal('Olá, {name}: {link} (até {expiresAt})');
    });

    it('confirms by hand and sets a password by hand, never answering the password', async () => {
      const { contact, invitation } = await invited();
      const withPassword = await admin.invitations.setPassword(contact.id, strongPassword, {
        version: contact.version,
      });
      expect(withPassword.version).to.be.greaterThan(contact.version);
      expect(JSON.stringify(withPassword)).to.not.include(strongPassword);
      const confirmed = await admin.invitations.confirm(contact.id, {
        version: withPassword.version,
      });
      expect(confirmed.status).to.equal('active');
      const [stored] = (await admin.invitations.list({ filter: { contactId: contact.id } })).items;
      expect(stored!.status).to.equal('accepted');
      expect((await invitee.invitations.inspect(tokenOf(invitation.setupUrl))).status).to.equal(
        'used',
      );
      const events = (await admin.contacts.history(contact.id)).items.map((entry) => entry.event);
      expect(events).to.include.members(['password-set', 'confirmed', 'invitation-sent']);
      expect(JSON.stringify(await admin.contacts.history(contact.id))).to.not.include(
        strongPassword,
      );
      await refusal(
        admin.invitations.confirm(contact.id, { version: confirmed.version }),
        'conflict',
        'invalid-transition',
      );
    });

    it('settles an invitation when the contact list activates or inactivates its contact', async () => {
      const one = await invited();
      const active = await admin.contacts.transition(one.contact.id, 'activate', {
        version: one.contact.version,
      });
      expect(active.status).to.equal('active');
      expect((await invitee.invitations.inspect(tokenOf(one.invitation.setupUrl))).status).to.equal(
        'used',
      );
      const two = await invited();
      await admin.contacts.transition(two.contact.id, 'inactivate', {
        version: two.contact.version,
      });
      const link = tokenOf(two.invitation.setupUrl);
      expect((await invitee.invitations.inspect(link)).status).to.equal('revoked');
      await refusal(invitee.invitations.accept(link, 'google'), 'conflict', 'invitation-revoked');
    });

    it('lists the invitations expiring within a week', async () => {
      const now = Date.now();
      const week = new Date(now + 7 * 86_400_000).toISOString();
      const soon = await admin.invitations.list({
        filter: { status: ['pending'], expiresBefore: week },
        limit: 500,
      });
      const expected = data.invitations.filter(
        (i) =>
          i.companyId === data.companies[0]!.id &&
          i.status === 'pending' &&
          Date.parse(i.expiresAt) > now &&
          Date.parse(i.expiresAt) < Date.parse(week),
      );
      expect(soon.items.map((i) => i.id)).to.have.members(expected.map((i) => i.id));
      await refusal(
        admin.invitations.list({ filter: { expiresBefore: 'next tuesday' } }),
        'validation',
      );
    });

    it('holds a seat while a seat invitation is usable, and turns it into a SaaS user on acceptance', async () => {
      const before = await admin.seats.summary();
      const contact = await newcomer();
      if (before.used >= before.licensed) {
        await refusal(admin.invitations.send(contact.id, { seat: {} }), 'conflict', 'no-seats');
        return;
      }
      const invitation = await admin.invitations.send(contact.id, { seat: {} });
      expect(invitation.seat).to.deep.equal({});
      expect((await admin.seats.summary()).used).to.equal(before.used + 1);
      await invitee.invitations.accept(tokenOf(invitation.setupUrl), 'microsoft');
      expect((await admin.seats.summary()).used).to.equal(before.used + 1);
      const users = await admin.seats.list({ search: contact.email });
      expect(users.items.map((u) => [u.email, u.status])).to.deep.equal([
        [contact.email, 'active'],
      ]);
    });
  });
}
