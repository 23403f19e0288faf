import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Contact, Invitation, SaasUser } from '../../src/core/model/index.js';
import { setupUrlToken } from '../../src/core/rules/index.js';
import { verifyPassword } from '../src/password.js';
import { actors, data, dropTemplate, testServer, type TestServer } from './helpers.js';

after(dropTemplate);

/**
 * The seat and invitation writes and the invitee's side, served by calling the decisions of
 * `src/core/rules` (what the contract suite proves of the memory backend, here on the database).
 */

const first = data.companies[0]!.id;
const codeOf = (body: unknown) => (body as { error?: { code?: string } }).error?.code;
const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

function someone(status: Contact['status'], skip: readonly string[] = []): Contact {
  const found = data.contacts.find(
    (c) =>
      c.companyId === first &&
      c.status === status &&
      c.role === 'system-user' &&
      !Object.values(data.actors).includes(c.id) &&
      !skip.includes(c.id),
  );
  assert.ok(found, `the data has a ${status} system user`);
  return found;
}

describe('seats and SaaS users', () => {
  let test: TestServer;
  before(async () => {
    // A clock that moves a second per request, so "newest first" has something to order.
    let tick = 0;
    test = await testServer({ clock: () => new Date(Date.parse(data.now) + 1000 * tick++) });
  });
  after(() => test.close());

  it('creates users while seats are free, refuses no-seats when full, keeps only a scrypt hash', async () => {
    const seats = (await test.call(actors.generalAdmin, 'GET', '/seats')).body as {
      licensed: number;
      used: number;
    };
    const free = seats.licensed - seats.used;
    assert.ok(free > 0, 'the test company has free seats');
    const made: SaasUser[] = [];
    for (let i = 0; i <= free; i++) {
      const answer = await test.call(actors.generalAdmin, 'POST', '/saas-users', {
        body: { name: `Seat User ${i}`, email: `seat.${i}@example.com`, password: 'Senha#Forte12' },
      });
      if (i < free) {
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
        made.push(answer.body as SaasUser);
      } else {
        assert.equal(answer.status, 409);
        assert.equal(codeOf(answer.body), 'no-seats');
      }
    }
    const after = (await test.call(actors.generalAdmin, 'GET', '/seats')).body as {
      used: number;
    };
    assert.equal(after.used, seats.licensed);
    const row = await test.store.db
      .selectFrom('saas_users')
      .select('password_hash')
      .where('id', '=', made[0]!.id)
      .executeTakeFirstOrThrow();
    assert.ok(row.password_hash?.startsWith('scrypt$'));
    assert.ok(await verifyPassword('Senha#Forte12', row.password_hash!));
    const keys = await test.store.db.selectFrom('idempotency_keys').selectAll().execute();
    assert.ok(!JSON.stringify(keys).includes('Senha#Forte12'));

    // Deactivate frees a seat; reactivate takes it again; a second reactivate is refused.
    const user = made[0]!;
    const off = await test.call(actors.generalAdmin, 'POST', `/saas-users/${user.id}/deactivate`, {
      headers: ifMatch(user),
    });
    assert.equal(off.status, 200, JSON.stringify(off.body));
    assert.equal((off.body as SaasUser).status, 'inactive');
    const stale = await test.call(
      actors.generalAdmin,
      'POST',
      `/saas-users/${user.id}/reactivate`,
      {
        headers: ifMatch(user),
      },
    );
    assert.equal(stale.status, 409);
    assert.equal(codeOf(stale.body), 'stale-version');
    const on = await test.call(actors.generalAdmin, 'POST', `/saas-users/${user.id}/reactivate`, {
      headers: ifMatch(off.body as SaasUser),
    });
    assert.equal(on.status, 200, JSON.stringify(on.body));
    assert.equal((on.body as SaasUser).status, 'active');

    const weak = await test.call(actors.generalAdmin, 'PUT', `/saas-users/${user.id}/password`, {
      body: { password: 'abc' },
      headers: ifMatch(on.body as SaasUser),
    });
    assert.equal(weak.status, 422);
    const changed = await test.call(actors.generalAdmin, 'PUT', `/saas-users/${user.id}/password`, {
      body: { password: 'Outra#Senha34' },
      headers: ifMatch(on.body as SaasUser),
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    const rehashed = await test.store.db
      .selectFrom('saas_users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.ok(await verifyPassword('Outra#Senha34', rehashed.password_hash!));

    const denied = await test.call(actors.systemUser, 'POST', '/saas-users', {
      body: { name: 'Nope', email: 'nope@example.com', password: 'Senha#Forte12' },
    });
    assert.equal(denied.status, 403);
  });

  it('records seat requests and lists them newest first to those who manage seats', async () => {
    for (const seats of [2, 5]) {
      const answer = await test.call(actors.generalAdmin, 'POST', '/seats/requests', {
        body: { seats, message: `Need ${seats}` },
      });
      assert.equal(answer.status, 202, JSON.stringify(answer.body));
      assert.match((answer.body as { requestId: string }).requestId, /^req-/);
    }
    const bad = await test.call(actors.generalAdmin, 'POST', '/seats/requests', {
      body: { seats: 0, message: 5 },
    });
    assert.equal(bad.status, 422);
    const page = await test.call(actors.generalAdmin, 'GET', '/seats/requests?limit=1');
    assert.equal(page.status, 200);
    const body = page.body as { items: { seats: number; status: string }[]; total: number };
    assert.equal(body.total, 2);
    assert.deepEqual(
      body.items.map((r) => [r.seats, r.status]),
      [[5, 'pending']],
    );
    const denied = await test.call(actors.systemUser, 'GET', '/seats/requests');
    assert.equal(denied.status, 403);
  });
});

describe('invitations and the invitee’s side', () => {
  let test: TestServer;
  before(async () => {
    test = await testServer({ clock: () => new Date(data.now) });
  });
  after(() => test.close());

  it('sends, refuses a second usable one, resends with a new link, revokes and deletes', async () => {
    const contact = someone('potential');
    const sent = await test.call(actors.generalAdmin, 'POST', '/invitations', {
      body: { contactId: contact.id },
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const invitation = sent.body as Invitation;
    assert.equal(invitation.status, 'pending');
    assert.equal(invitation.sentBy, actors.generalAdmin);
    const again = await test.call(actors.generalAdmin, 'POST', '/invitations', {
      body: { contactId: contact.id },
    });
    assert.equal(again.status, 409);
    assert.equal(codeOf(again.body), 'invitation-pending');
    const invited = await test.call(actors.generalAdmin, 'GET', `/contacts/${contact.id}`);
    assert.equal((invited.body as Contact).status, 'invited');

    // The cooldown (60 s by default) refuses an immediate resend.
    const soon = await test.call(
      actors.generalAdmin,
      'POST',
      `/invitations/${invitation.id}/resend`,
      {
        headers: ifMatch(invitation),
      },
    );
    assert.equal(soon.status, 429, JSON.stringify(soon.body));
    const settings = await test.call(actors.generalAdmin, 'GET', '/invitation-settings');
    const lifted = await test.call(actors.generalAdmin, 'PUT', '/invitation-settings', {
      body: { resendCooldownSeconds: 0 },
      headers: ifMatch(settings.body as { version: number }),
    });
    assert.equal(lifted.status, 200, JSON.stringify(lifted.body));
    const resent = await test.call(
      actors.generalAdmin,
      'POST',
      `/invitations/${invitation.id}/resend`,
      {
        headers: ifMatch(invitation),
      },
    );
    assert.equal(resent.status, 200, JSON.stringify(resent.body));
    const next = resent.body as Invitation;
    assert.equal(next.sendCount, 2);
    assert.notEqual(next.setupUrl, invitation.setupUrl);
    const oldLink = await test.call(
      null,
      'GET',
      `/invitation-links/${setupUrlToken(invitation.setupUrl)}`,
    );
    assert.equal(oldLink.status, 200);
    assert.equal((oldLink.body as { status: string }).status, 'superseded');

    const revoked = await test.call(actors.generalAdmin, 'POST', `/invitations/${next.id}/revoke`, {
      headers: ifMatch(next),
    });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.equal((revoked.body as Invitation).status, 'revoked');
    const removed = await test.call(actors.generalAdmin, 'DELETE', `/invitations/${next.id}`, {
      headers: ifMatch(revoked.body as Invitation),
    });
    assert.equal(removed.status, 204);
    const gone = await test.call(
      actors.generalAdmin,
      'GET',
      `/invitations?contactId=${contact.id}`,
    );
    assert.equal((gone.body as { total: number }).total, 0);
    const mail = await test.store.db
      .selectFrom('outgoing_mail')
      .selectAll()
      .where('contact_id', '=', contact.id)
      .execute();
    assert.equal(mail.length, 2, 'one e-mail per send');
  });

  it('lets the invitee inspect (changing nothing), accept with a password and activate', async () => {
    const contact = someone('site-assigned');
    const sent = await test.call(actors.generalAdmin, 'POST', '/invitations', {
      body: { contactId: contact.id },
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const token = setupUrlToken((sent.body as Invitation).setupUrl)!;
    const audited = async () =>
      (await test.store.db.selectFrom('audit_log').select('id').execute()).length;
    const before = await audited();
    const view = await test.call(null, 'GET', `/invitation-links/${encodeURIComponent(token)}`);
    assert.equal(view.status, 200, JSON.stringify(view.body));
    assert.equal((view.body as { status: string }).status, 'valid');
    assert.equal((view.body as { invitee: { email: string } }).invitee.email, contact.email);
    assert.equal(await audited(), before, 'inspecting writes nothing');
    const unknown = await test.call(null, 'GET', '/invitation-links/not-a-token');
    assert.equal(unknown.status, 404);

    const weak = await test.call(
      null,
      'POST',
      `/invitation-links/${encodeURIComponent(token)}/accept`,
      {
        body: { method: 'password', password: 'abc' },
      },
    );
    assert.equal(weak.status, 422);
    const accepted = await test.call(
      null,
      'POST',
      `/invitation-links/${encodeURIComponent(token)}/accept`,
      { body: { method: 'password', password: 'Senha#Forte12' } },
    );
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal((accepted.body as { status: string }).status, 'activation-sent');
    const activation = await test.store.db
      .selectFrom('access_links')
      .selectAll()
      .where('contact_id', '=', contact.id)
      .where('kind', '=', 'activation')
      .executeTakeFirstOrThrow();
    const active = await test.call(
      null,
      'POST',
      `/activations/${encodeURIComponent(activation.token)}`,
    );
    assert.equal(active.status, 200, JSON.stringify(active.body));
    const now = await test.call(actors.generalAdmin, 'GET', `/contacts/${contact.id}`);
    assert.equal((now.body as Contact).status, 'active');
    const credential = await test.store.db
      .selectFrom('contact_passwords')
      .select('hash')
      .where('contact_id', '=', contact.id)
      .executeTakeFirstOrThrow();
    assert.ok(await verifyPassword('Senha#Forte12', credential.hash));
    const history = await test.call(actors.generalAdmin, 'GET', `/contacts/${contact.id}/history`);
    const events = (history.body as { items: { event: string }[] }).items.map((e) => e.event);
    assert.ok(
      events.includes('invitation-sent') && events.includes('invitation-accepted'),
      events.join(', '),
    );
  });

  it('a seat invitation accepted by a deactivated SaaS user’s e-mail reactivates that user', async () => {
    const contact = someone('site-assigned', [someone('site-assigned').id]);
    const made = await test.call(actors.generalAdmin, 'POST', '/saas-users', {
      body: { name: contact.name, email: contact.email, password: 'Senha#Forte12' },
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const user = made.body as SaasUser;
    const off = await test.call(actors.generalAdmin, 'POST', `/saas-users/${user.id}/deactivate`, {
      headers: ifMatch(user),
    });
    assert.equal(off.status, 200, JSON.stringify(off.body));
    const sent = await test.call(actors.generalAdmin, 'POST', '/invitations', {
      body: { contactId: contact.id, seat: {} },
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const token = setupUrlToken((sent.body as Invitation).setupUrl)!;
    const accepted = await test.call(
      null,
      'POST',
      `/invitation-links/${encodeURIComponent(token)}/accept`,
      { body: { method: 'google' } },
    );
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const rows = await test.store.db
      .selectFrom('saas_users')
      .select(['id', 'status', 'version', 'password_hash'])
      .where('email', '=', contact.email)
      .execute();
    assert.deepEqual(
      rows.map((row) => [row.id, row.status, row.version]),
      [[user.id, 'active', (off.body as SaasUser).version + 1]],
    );
    assert.ok(rows[0]!.password_hash?.startsWith('scrypt$'), 'the user keeps their password');
  });

  it('confirms a contact by hand and sets a password by hand, against the version', async () => {
    const contact = someone('potential', [someone('potential').id]);
    const confirmed = await test.call(
      actors.generalAdmin,
      'POST',
      `/contacts/${contact.id}/confirm`,
      {
        headers: ifMatch(contact),
      },
    );
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal((confirmed.body as Contact).status, 'active');
    const stale = await test.call(actors.generalAdmin, 'PUT', `/contacts/${contact.id}/password`, {
      body: { password: 'Senha#Forte12' },
      headers: ifMatch(contact),
    });
    assert.equal(stale.status, 409);
    const set = await test.call(actors.generalAdmin, 'PUT', `/contacts/${contact.id}/password`, {
      body: { password: 'Senha#Forte12' },
      headers: ifMatch(confirmed.body as Contact),
    });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    const template = await test.call(actors.systemUser, 'PUT', '/invitation-template', {
      body: { subject: 'x', body: '{link}' },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(template.status, 403);
  });
});
