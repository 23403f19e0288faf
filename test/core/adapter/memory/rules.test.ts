import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../../src/core/adapter/memory/index.js';
import { defaultPolicy } from '../../../../src/core/permissions/index.js';
import { newContact, refusal, rejection, state, world } from './helpers.js';

describe('MemoryBackend — tenancy', () => {
  it('lists only the actor’s company', async () => {
    const w = world();
    const page = await w.general.contacts.list({ limit: 500 });
    const home = w.data.contacts.filter((c) => c.companyId === w.home.id);
    expect(page.total).to.equal(home.length);
    expect(page.items.every((c) => c.companyId === w.home.id)).to.equal(true);
    const theirs = await w.otherGeneral.contacts.list({ limit: 500 });
    expect(theirs.items.every((c) => c.companyId === w.other.id)).to.equal(true);
  });

  it('answers another company’s ids as not found, reading or writing, and changes nothing', async () => {
    const w = world();
    const foreign = w.contact(w.otherActors.systemUser);
    const before = state(w.backend);
    await refusal(w.general.contacts.get(foreign.id), 'not-found', 'not-found');
    await refusal(
      w.general.contacts.update(foreign.id, { name: 'Invasor' }, { version: 1 }),
      'not-found',
    );
    await refusal(w.general.contacts.remove(foreign.id, { version: 1 }), 'not-found');
    await refusal(
      w.general.contacts.transition(foreign.id, 'suspend', { version: 1 }),
      'not-found',
    );
    await refusal(w.general.contacts.transferAdministration(foreign.id, {}), 'not-found');
    await refusal(w.general.invitations.send(foreign.id), 'not-found');
    await refusal(
      w.general.permissions.setAccess(
        foreign.id,
        { role: 'system-user', grants: [], sites: [] },
        { version: 1 },
      ),
      'not-found',
    );
    const search = await w.general.contacts.list({ search: foreign.name });
    expect(search.items.some((c) => c.id === foreign.id)).to.equal(false);
    expect(state(w.backend)).to.equal(before);
  });

  it('keeps a session to its own company', async () => {
    const w = world();
    const session = await w.general.session.current();
    expect(session.company.id).to.equal(w.home.id);
    expect(session.actor.id).to.equal(w.data.actors.generalAdmin);
    expect(session.companies.map((c) => c.id)).to.deep.equal([w.home.id]);
    await refusal(w.general.session.switchCompany(w.other.id), 'not-found');
    expect((await w.general.session.switchCompany(w.home.id)).company.id).to.equal(w.home.id);
  });

  it('refuses nobody and people who cannot sign in', async () => {
    const w = world();
    await refusal(w.as('ct-nobody').contacts.list(), 'forbidden', 'unknown-actor');
    const suspended = w.find((c) => c.status === 'suspended');
    await refusal(w.as(suspended.id).contacts.list(), 'forbidden', 'inactive-actor');
  });
});

describe('MemoryBackend — the role table', () => {
  it('lets a system user edit only their own contact', async () => {
    const w = world();
    const me = w.contact(w.data.actors.systemUser);
    const edited = await w.system.contacts.update(
      me.id,
      { jobTitle: 'Gerente' },
      { version: me.version },
    );
    expect(edited).to.include({ jobTitle: 'Gerente', version: me.version + 1 });
    const other = w.find((c) => c.status === 'active');
    const before = state(w.backend);
    await refusal(
      w.system.contacts.update(other.id, { jobTitle: 'Gerente' }, { version: other.version }),
      'forbidden',
      'own-contact-only',
    );
    expect(state(w.backend)).to.equal(before);
  });

  it('keeps admin acts from a system user', async () => {
    const w = world();
    const target = w.find((c) => c.status === 'active' && c.openTickets === 0);
    const before = state(w.backend);
    await refusal(w.system.contacts.create(newContact()), 'forbidden', 'not-in-role');
    await refusal(
      w.system.contacts.remove(target.id, { version: target.version }),
      'forbidden',
      'not-in-role',
    );
    await refusal(
      w.system.contacts.transition(target.id, 'suspend', { version: target.version }),
      'forbidden',
      'not-in-role',
    );
    await refusal(
      w.system.contacts.transferTickets(target.id, w.data.actors.generalAdmin),
      'forbidden',
    );
    await refusal(
      w.system.seats.create({ name: 'Ana', email: 'ana@x.com.br', password: 'Forte#2026' }),
      'forbidden',
    );
    await refusal(w.system.invitations.send(target.id), 'forbidden');
    expect(state(w.backend)).to.equal(before);
  });

  it('lets a registration admin add, edit and suspend, but not grant or transfer administration', async () => {
    const w = world();
    const created = await w.registration.contacts.create(newContact());
    expect(created).to.include({ role: 'system-user', status: 'potential', version: 1 });
    const suspended = await w.registration.contacts.transition(created.id, 'activate', {
      version: 1,
    });
    expect(suspended.status).to.equal('active');
    const before = state(w.backend);
    await refusal(
      w.registration.permissions.setAccess(
        created.id,
        { role: 'system-user', grants: ['approve-budgets'], sites: [] },
        { version: suspended.version },
      ),
      'forbidden',
      'cannot-grant',
    );
    await refusal(
      w.registration.contacts.transferAdministration(created.id, {}),
      'forbidden',
      'not-in-role',
    );
    await refusal(
      w.registration.contacts.create(
        newContact({ email: 'novo@horizonte.com.br', role: 'general-admin' }),
      ),
      'forbidden',
      'cannot-grant',
    );
    expect(state(w.backend)).to.equal(before);
  });

  it('refuses changing one’s own role', async () => {
    const w = world();
    const me = w.contact(w.data.actors.generalAdmin);
    const error = await refusal(
      w.general.permissions.setAccess(
        me.id,
        { role: 'system-user', grants: [], sites: [] },
        { version: me.version },
      ),
      'forbidden',
      'own-role',
    );
    expect(error.fields.some((f) => f.code === 'own-role')).to.equal(true);
  });

  it('never leaves a company without a general admin', async () => {
    const w = world();
    const admin = w.contact(w.otherActors.generalAdmin);
    const before = state(w.backend);
    for (const action of ['suspend', 'inactivate'] as const) {
      await refusal(
        w.otherRegistration.contacts.transition(admin.id, action, { version: admin.version }),
        'forbidden',
        'last-admin',
      );
    }
    await refusal(
      w.otherRegistration.contacts.remove(admin.id, { version: admin.version }),
      'forbidden',
      'last-admin',
    );
    expect(state(w.backend)).to.equal(before);
  });

  it('lets a general admin grant what they hold', async () => {
    const w = world();
    const target = w.find(
      (c) => c.role === 'system-user' && c.grants.length === 0 && c.status === 'active',
    );
    const site = w.data.sites.find((s) => s.companyId === w.home.id)!;
    const changed = await w.general.permissions.setAccess(
      target.id,
      {
        role: 'registration-admin',
        grants: ['approve-budgets'],
        sites: [{ siteId: site.id, capabilities: [] }],
      },
      { version: target.version },
    );
    expect(changed).to.deep.include({ role: 'registration-admin', grants: ['approve-budgets'] });
    expect(changed.version).to.equal(target.version + 1);
  });

  it('names unknown roles, capabilities and sites in an access change', async () => {
    const w = world();
    const target = w.find((c) => c.status === 'active');
    const error = await refusal(
      w.general.permissions.setAccess(
        target.id,
        { role: 'emperor', grants: ['fly'], sites: [{ siteId: 'nowhere', capabilities: [] }] },
        { version: target.version },
      ),
      'validation',
    );
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).to.have.members([
      'role:unknown-role',
      'grants.0:unknown-capability',
      'sites.0.siteId:unknown-site',
    ]);
  });
});

describe('MemoryBackend — contact invariants', () => {
  it('keeps the e-mail immutable and unique per company', async () => {
    const w = world();
    const target = w.find((c) => c.status === 'active');
    const before = state(w.backend);
    const immutable = await refusal(
      w.general.contacts.update(target.id, { email: 'outro@horizonte.com.br' } as never, {
        version: target.version,
      }),
      'validation',
      'email-immutable',
    );
    expect(immutable.fields).to.deep.include({ field: 'email', code: 'email-immutable' });
    const taken = await refusal(
      w.general.contacts.create(newContact({ email: target.email.toUpperCase() })),
      'validation',
      'email-taken',
    );
    expect(taken.fields).to.deep.include({ field: 'email', code: 'email-taken' });
    expect(state(w.backend)).to.equal(before);
    // The same address in another company is fine.
    const there = await w.otherGeneral.contacts.create(newContact({ email: target.email }));
    expect(there.companyId).to.equal(w.other.id);
    // Sending the unchanged e-mail with an edit is accepted.
    const same = await w.general.contacts.update(
      target.id,
      { email: target.email, jobTitle: 'Diretora' } as never,
      { version: target.version },
    );
    expect(same.email).to.equal(target.email);
  });

  it('refuses to delete a contact with tickets in progress until they are transferred', async () => {
    const w = world();
    const busy = w.find((c) => c.openTickets > 0 && c.role === 'system-user');
    const before = state(w.backend);
    const error = await refusal(
      w.general.contacts.remove(busy.id, { version: busy.version }),
      'forbidden',
      'tickets-in-progress',
    );
    expect(error.fields[0]?.params?.count).to.equal(busy.openTickets);
    expect(state(w.backend)).to.equal(before);
    const receiver = w.contact(w.data.actors.registrationAdmin);
    const moved = await w.general.contacts.transferTickets(busy.id, receiver.id);
    expect(moved.moved).to.equal(busy.openTickets);
    expect(moved.from.openTickets).to.equal(0);
    expect(moved.to.openTickets).to.equal(receiver.openTickets + busy.openTickets);
    await w.general.contacts.remove(busy.id, { version: moved.from.version });
    await refusal(w.general.contacts.get(busy.id), 'not-found');
  });

  it('answers a stale version with the record as it is now and writes nothing', async () => {
    const w = world();
    const target = w.find((c) => c.status === 'active');
    const fresh = await w.general.contacts.update(
      target.id,
      { jobTitle: 'Primeira' },
      { version: target.version },
    );
    const before = state(w.backend);
    const error = await refusal(
      w.registration.contacts.update(
        target.id,
        { jobTitle: 'Segunda' },
        { version: target.version },
      ),
      'conflict',
      'stale-version',
    );
    expect(error.current).to.deep.equal(fresh);
    await refusal(
      w.general.contacts.remove(target.id, { version: target.version }),
      'conflict',
      'stale-version',
    );
    await refusal(
      w.general.contacts.transition(target.id, 'suspend', { version: 0 }),
      'conflict',
      'stale-version',
    );
    expect(state(w.backend)).to.equal(before);
  });

  it('answers unknown ids as not found', async () => {
    const w = world();
    await refusal(w.general.contacts.get('ct-missing'), 'not-found', 'not-found');
    await refusal(w.general.contacts.update('ct-missing', {}, { version: 1 }), 'not-found');
    await refusal(w.general.invitations.resend('inv-missing', { version: 1 }), 'not-found');
    await refusal(w.general.seats.deactivate('su-missing', { version: 1 }), 'not-found');
  });

  it('names every bad field of a create and writes nothing', async () => {
    const w = world();
    const before = state(w.backend);
    const error = await refusal(
      w.general.contacts.create(
        newContact({
          name: '',
          email: 'not-an-email',
          document: { type: 'cpf', number: '111.111.111-11' },
          phone: { countryCode: '55', area: '20', number: '123' },
          jobTitle: '',
        }),
      ),
      'validation',
    );
    const fields = error.fields.map((f) => f.field);
    expect(fields).to.include.members([
      'name',
      'email',
      'document.number',
      'phone.area',
      'phone.number',
      'jobTitle',
    ]);
    expect(state(w.backend)).to.equal(before);
  });

  it('never crashes on input of the wrong shape', async () => {
    const w = world();
    const before = state(w.backend);
    await refusal(w.general.contacts.create(null as never), 'validation');
    await refusal(w.general.contacts.create({ name: 42, sites: 'x' } as never), 'validation');
    const target = w.find((c) => c.status === 'active');
    await refusal(
      w.general.contacts.update(target.id, 'x' as never, { version: target.version }),
      'validation',
    );
    await refusal(
      w.general.permissions.setAccess(target.id, { role: 1 } as never, { version: target.version }),
      'validation',
    );
    await refusal(
      w.general.permissions.setApprovers({ budgets: 'x' } as never, { version: 1 }),
      'validation',
    );
    await refusal(
      w.general.invitations.updateTemplate({ subject: 3 } as never, { version: 1 }),
      'validation',
    );
    await refusal(
      w.general.contacts.list({
        limit: -1,
        sort: { field: 'shoe' as never, direction: 'up' as never },
      }),
      'validation',
    );
    for (const action of ['toString', '__proto__', 'explode']) {
      await refusal(
        w.general.contacts.transition(target.id, action as never, { version: target.version }),
        'validation',
        'invalid-value',
      );
    }
    expect(state(w.backend)).to.equal(before);
  });

  it('makes one record per idempotency key, and refuses the key for another body', async () => {
    const w = world();
    const first = await w.general.contacts.create(newContact(), { idempotencyKey: 'k-1' });
    // A retry from another session on the same backend (a lost response) answers the same record.
    const retry = await w.registration.contacts.create(newContact(), { idempotencyKey: 'k-1' });
    expect(retry).to.deep.equal(first);
    const page = await w.general.contacts.list({ search: 'estevao goncalves' });
    expect(page.total).to.equal(1);
    await refusal(
      w.general.contacts.create(newContact({ name: 'Outra Pessoa' }), { idempotencyKey: 'k-1' }),
      'conflict',
      'idempotency-key-reused',
    );
    const invitation = await w.general.invitations.send(first.id, { idempotencyKey: 'i-1' });
    expect(await w.general.invitations.send(first.id, { idempotencyKey: 'i-1' })).to.deep.equal(
      invitation,
    );
  });

  it('moves through the lifecycle only from sensible states', async () => {
    const w = world();
    const target = w.find((c) => c.status === 'active' && c.role === 'system-user');
    const current = await refusal(
      w.general.contacts.transition(target.id, 'reactivate', { version: target.version }),
      'conflict',
      'invalid-transition',
    );
    expect(current.current).to.deep.include({ id: target.id, status: 'active' });
    const suspended = await w.general.contacts.transition(target.id, 'suspend', {
      version: target.version,
    });
    expect(suspended.status).to.equal('suspended');
    await refusal(
      w.general.contacts.transition(target.id, 'suspend', { version: suspended.version }),
      'conflict',
      'invalid-transition',
    );
    const back = await w.general.contacts.transition(target.id, 'reactivate', {
      version: suspended.version,
    });
    expect(back.status).to.equal('active');
    const off = await w.general.contacts.transition(target.id, 'inactivate', {
      version: back.version,
    });
    expect(off.status).to.equal('inactive');
    const on = await w.general.contacts.transition(target.id, 'activate', { version: off.version });
    expect(on.status).to.equal('active');
  });

  it('transfers administration, stepping the actor down unless asked to keep it', async () => {
    const w = world();
    const heir = w.find((c) => c.status === 'active' && c.role === 'system-user');
    const kept = await w.general.contacts.transferAdministration(heir.id, { keepOwn: true });
    expect(kept.to.role).to.equal('general-admin');
    expect(kept.from.role).to.equal('general-admin');
    const next = w.find(
      (c) => c.status === 'active' && c.role === 'system-user' && c.id !== heir.id,
    );
    const moved = await w.general.contacts.transferAdministration(next.id, {});
    expect(moved.to.role).to.equal('general-admin');
    expect(moved.from.role).to.equal(defaultPolicy.defaultRole);
    const leaving = w.find(
      (c) =>
        c.status === 'active' && c.role === 'system-user' && ![heir.id, next.id].includes(c.id),
    );
    const inactive = await w
      .as(next.id)
      .contacts.transition(leaving.id, 'inactivate', { version: leaving.version });
    await refusal(
      w.as(next.id).contacts.transferAdministration(inactive.id, {}),
      'forbidden',
      'target-not-active',
    );
    await refusal(w.as(next.id).contacts.transferAdministration(next.id, {}), 'forbidden', 'self');
  });

  it('hands out copies and never changes the data it was given', async () => {
    const w = world();
    const before = JSON.stringify(w.data);
    const target = w.find((c) => c.status === 'active');
    const read = await w.general.contacts.get(target.id);
    read.name = 'Mudado';
    read.grants.push('grant-permissions');
    read.phone.area = '00';
    expect(await w.general.contacts.get(target.id)).to.deep.equal(target);
    const policy = await w.general.permissions.policy();
    policy.roles.length = 0;
    expect((await w.general.permissions.policy()).roles.length).to.be.greaterThan(0);
    await w.general.contacts.update(target.id, { name: 'Novo Nome' }, { version: target.version });
    await w.general.permissions.setAccess(
      target.id,
      { role: 'registration-admin', grants: [], sites: [] },
      { version: target.version + 1 },
    );
    expect(JSON.stringify(w.data)).to.equal(before);
  });
});

describe('MemoryBackend — invitations', () => {
  it('sends, refuses a second pending one, resends for 30 more days, revokes', async () => {
    const w = world();
    const created = await w.general.contacts.create(newContact());
    const sent = await w.general.invitations.send(created.id);
    expect(sent).to.include({
      status: 'pending',
      sendCount: 1,
      email: created.email,
      contactId: created.id,
    });
    expect(new Date(sent.expiresAt).getTime() - new Date(sent.sentAt).getTime()).to.equal(
      30 * 86_400_000,
    );
    expect((await w.general.contacts.get(created.id)).status).to.equal('invited');
    await refusal(w.general.invitations.send(created.id), 'conflict', 'invitation-pending');

    w.time.advance(31);
    const listed = await w.general.invitations.list({
      filter: { status: ['expired'] },
      limit: 500,
    });
    expect(listed.items.map((i) => i.id)).to.include(sent.id);
    const resent = await w.general.invitations.resend(sent.id, { version: sent.version });
    expect(resent).to.include({
      status: 'pending',
      sendCount: 2,
      sentAt: w.time.clock().toISOString(),
    });
    expect(new Date(resent.expiresAt).getTime()).to.equal(
      w.time.clock().getTime() + 30 * 86_400_000,
    );

    const revoked = await w.general.invitations.revoke(sent.id, { version: resent.version });
    expect(revoked.status).to.equal('revoked');
    expect((await w.general.contacts.get(created.id)).status).to.equal('potential');
    await refusal(
      w.general.invitations.resend(sent.id, { version: revoked.version }),
      'conflict',
      'invalid-transition',
    );
  });

  it('does not invite someone who already signs in', async () => {
    const w = world();
    const active = w.find((c) => c.status === 'active');
    await refusal(w.general.invitations.send(active.id), 'conflict', 'invalid-transition');
  });

  it('confirms by hand and sets a password by hand, naming each unmet rule', async () => {
    const w = world();
    const invited = w.find((c) => c.status === 'invited');
    const error = await refusal(
      w.registration.invitations.setPassword(invited.id, 'abc', { version: invited.version }),
      'validation',
    );
    expect(error.fields.every((f) => f.field === 'password')).to.equal(true);
    expect(error.fields.map((f) => f.code)).to.include.members([
      'password-min-length',
      'password-upper',
      'password-digit',
      'password-special',
    ]);
    const withPassword = await w.registration.invitations.setPassword(invited.id, 'Portico#2026', {
      version: invited.version,
    });
    const confirmed = await w.registration.invitations.confirm(invited.id, {
      version: withPassword.version,
    });
    expect(confirmed.status).to.equal('active');
    const invitations = await w.general.invitations.list({ search: invited.email, limit: 500 });
    expect(
      invitations.items
        .filter((i) => i.contactId === invited.id)
        .every((i) => i.status !== 'pending'),
    ).to.equal(true);
  });

  it('checks the invitation e-mail’s placeholders', async () => {
    const w = world();
    const template = await w.general.invitations.template();
    const error = await refusal(
      w.general.invitations.updateTemplate(
        { subject: 'Oi {nome}', body: 'Sem link' },
        { version: template.version },
      ),
      'validation',
    );
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).to.have.members([
      'subject:unknown-placeholder',
      'body:missing-placeholder',
    ]);
    const saved = await w.general.invitations.updateTemplate(
      { subject: 'Bem-vindo, {name}', body: 'Acesse {setupUrl}' },
      { version: template.version },
    );
    expect(saved.version).to.equal(template.version + 1);
  });
});

describe('MemoryBackend — seats, approvers, policy', () => {
  it('refuses a SaaS user when every seat is used, and a deactivation frees one', async () => {
    const w = world();
    const summary = await w.general.seats.summary();
    expect(summary).to.deep.equal({
      licensed: 25,
      used: 20,
      activeUsers: 20,
      pendingInvitations: 0,
    });
    const weak = await refusal(
      w.general.seats.create({
        name: 'Ana Lúcia',
        email: 'ana.lucia@horizonte.com.br',
        password: 'fraca',
      }),
      'validation',
    );
    expect(weak.fields.every((f) => f.field === 'password')).to.equal(true);
    for (let i = 0; i < 5; i++) {
      await w.general.seats.create({
        name: `Pessoa ${i}`,
        email: `pessoa${i}@horizonte.com.br`,
        password: 'Portico#2026',
      });
    }
    const before = state(w.backend);
    await refusal(
      w.general.seats.create({
        name: 'Sobra',
        email: 'sobra@horizonte.com.br',
        password: 'Portico#2026',
      }),
      'conflict',
      'no-seats',
    );
    expect(state(w.backend)).to.equal(before);
    const users = await w.general.seats.list({ filter: { status: ['active'] }, limit: 1 });
    const user = users.items[0]!;
    await w.general.seats.deactivate(user.id, { version: user.version });
    expect((await w.general.seats.summary()).used).to.equal(24);
    const last = await w.general.seats.create({
      name: 'Sobra',
      email: 'sobra@horizonte.com.br',
      password: 'Portico#2026',
    });
    expect(last.status).to.equal('active');
    await refusal(
      w.general.seats.deactivate(user.id, { version: user.version + 1 }),
      'conflict',
      'invalid-transition',
    );
    expect((await w.general.seats.requestMore(10, 'Precisamos de mais')).requestId).to.be.a(
      'string',
    );
  });

  it('takes approvers only from a general admin, each holding what they approve', async () => {
    const w = world();
    const approvers = await w.general.permissions.approvers();
    const plain = w.find(
      (c) => c.role === 'system-user' && c.status === 'active' && c.grants.length === 0,
    );
    const error = await refusal(
      w.general.permissions.setApprovers(
        { budgets: [plain.id, 'ct-ghost'], tickets: [] },
        { version: approvers.version },
      ),
      'validation',
    );
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).to.deep.equal([
      'budgets.0:approver-lacks-capability',
      'budgets.1:unknown-contact',
    ]);
    await refusal(
      w.registration.permissions.setApprovers(
        { budgets: [], tickets: [] },
        { version: approvers.version },
      ),
      'forbidden',
      'not-in-role',
    );
    const granted = await w.general.permissions.setAccess(
      plain.id,
      { role: plain.role, grants: ['approve-budgets'], sites: [] },
      { version: plain.version },
    );
    const saved = await w.general.permissions.setApprovers(
      { budgets: [granted.id], tickets: [granted.id] },
      { version: approvers.version },
    );
    expect(saved).to.deep.equal({
      budgets: [granted.id],
      tickets: [granted.id],
      version: approvers.version + 1,
    });
  });

  it('updates the policy only with the grant capability, valid, and keeping roles in use', async () => {
    const w = world();
    const policy = await w.general.permissions.policy();
    await refusal(
      w.registration.permissions.updatePolicy(policy, { version: policy.version }),
      'forbidden',
    );
    await refusal(
      w.general.permissions.updatePolicy({ ...policy, roles: [] }, { version: policy.version }),
      'validation',
    );
    const withoutRegistration = {
      ...policy,
      roles: policy.roles.filter((r) => r.id !== 'registration-admin'),
    };
    const inUse = await refusal(
      w.general.permissions.updatePolicy(withoutRegistration, { version: policy.version }),
      'validation',
      'role-in-use',
    );
    expect(inUse.fields[0]?.params?.role).to.equal('registration-admin');
    const saved = await w.general.permissions.updatePolicy(policy, { version: policy.version });
    expect(saved.version).to.equal(policy.version + 1);
    await refusal(
      w.general.permissions.updatePolicy(policy, { version: policy.version }),
      'conflict',
      'stale-version',
    );
  });
});

describe('MemoryAdapter', () => {
  it('acts as the general admin by default and shares a backend between sessions', async () => {
    const w = world();
    const adapter = new MemoryAdapter({ data: w.data });
    expect((await adapter.session.current()).actor.id).to.equal(w.data.actors.generalAdmin);
    const viewAs = w.general.as(w.data.actors.systemUser);
    expect((await viewAs.session.current()).actor.role).to.equal('system-user');
    const created = await w.general.contacts.create(newContact());
    expect((await viewAs.contacts.get(created.id)).id).to.equal(created.id);
  });

  it('honours an abort before the simulated latency is over, writing nothing', async () => {
    const w = world();
    const slow = new MemoryAdapter({ backend: w.backend, latency: 30 });
    const before = state(w.backend);
    const controller = new AbortController();
    const pending = slow.contacts.create(newContact(), { signal: controller.signal });
    controller.abort();
    const caught = await rejection(pending);
    expect((caught as Error).name).to.equal('AbortError');
    expect(state(w.backend)).to.equal(before);
    const page = await slow.contacts.list({ limit: 5 });
    expect(page.items).to.have.length(5);
  });
});
