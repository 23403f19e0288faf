import { expect } from '@open-wc/testing';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import { createDemoData } from '../../../src/core/demo-data.js';
import { createPermissionEngine, defaultPolicy } from '../../../src/core/permissions/index.js';
import {
  decideCreateSaasUser,
  decideRequestSeats,
  prepareSaasUserInput,
  saasUserActs,
  saasUserLimits,
  type CreateSaasUserFacts,
  type RuleContext,
} from '../../../src/core/rules/index.js';
import { defaultPasswordPolicy } from '../../../src/core/validation/index.js';

const data = createDemoData({ contacts: 30, seed: 17 });
const admin = data.contacts.find((c) => c.id === data.actors.generalAdmin)!;
const context: RuleContext = {
  engine: createPermissionEngine(defaultPolicy),
  actor: admin,
  now: '2026-12-02T12:00:00.000Z',
};
const hash =
  'pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

function facts(over: Partial<CreateSaasUserFacts> = {}): CreateSaasUserFacts {
  return {
    companyId: admin.companyId,
    newId: () => 'su-new',
    usage: { licensed: 5, used: 2, activeUsers: 2, pendingInvitations: 0, available: 3 },
    holdsSeat: false,
    emailTaken: false,
    passwordPolicy: defaultPasswordPolicy,
    passwordHash: hash,
    ...over,
  };
}

function caught(run: () => unknown): AdapterError {
  try {
    run();
  } catch (error) {
    expect(AdapterError.is(error), String(error)).to.equal(true);
    return error as AdapterError;
  }
  return expect.fail('expected a refusal');
}

describe('decideCreateSaasUser', () => {
  it('writes the user and only a hash of its password', () => {
    const input = {
      name: '  Lia   Souza ',
      email: 'Lia.Souza@Horizonte.com.br',
      password: 'Portico#2026',
    };
    const { answer, writes } = decideCreateSaasUser(context, prepareSaasUserInput(input), facts());
    expect(answer).to.include({ id: 'su-new', name: 'Lia Souza', status: 'active', version: 1 });
    expect(answer.email.toLowerCase()).to.equal('lia.souza@horizonte.com.br');
    expect(writes.passwordHashes).to.deep.equal([{ saasUserId: 'su-new', hash }]);
    expect(JSON.stringify(writes)).not.to.contain('Portico#2026');
  });

  it('reports every bad field at once, one entry per unmet password rule', () => {
    const input = {
      name: 'x'.repeat(saasUserLimits.name + 1),
      email: 'not-an-email',
      password: 'abc',
      product: 7,
    };
    const error = caught(() => decideCreateSaasUser(context, prepareSaasUserInput(input), facts()));
    expect(error.kind).to.equal('validation');
    const fields = error.fields.map((f) => `${f.field}:${f.code}`);
    expect(fields).to.include.members([
      'name:too-long',
      'email:email-format',
      'product:invalid-type',
      'password:password-min-length',
      'password:password-upper',
      'password:password-digit',
      'password:password-special',
    ]);
  });

  it('checks the fields before the seat, and the seat only for someone who holds none', () => {
    const full = { licensed: 2, used: 2, activeUsers: 2, pendingInvitations: 0, available: 0 };
    const good = prepareSaasUserInput({
      name: 'Lia Souza',
      email: 'lia@horizonte.com.br',
      password: 'Portico#2026',
    });
    const taken = caught(() =>
      decideCreateSaasUser(context, good, facts({ usage: full, emailTaken: true })),
    );
    expect(taken.fields.map((f) => f.code)).to.deep.equal(['email-taken']);
    const none = caught(() => decideCreateSaasUser(context, good, facts({ usage: full })));
    expect([none.kind, none.code]).to.deep.equal(['conflict', 'no-seats']);
    const invited = decideCreateSaasUser(context, good, facts({ usage: full, holdsSeat: true }));
    expect(invited.answer.status).to.equal('active');
  });

  it('refuses someone without manage-saas-users before reading the input', () => {
    const user = data.contacts.find((c) => c.id === data.actors.systemUser)!;
    const error = caught(() =>
      decideCreateSaasUser({ ...context, actor: user }, prepareSaasUserInput({}), facts()),
    );
    expect(error.kind).to.equal('forbidden');
  });
});

describe('decideRequestSeats and the row acts', () => {
  it('keeps a request pending with who asked, and refuses bad counts', () => {
    const { answer, writes } = decideRequestSeats(
      context,
      { seats: 4, message: '  Equipe nova ', product: 'bi' },
      { companyId: admin.companyId, newId: () => 'req-1' },
    );
    expect(answer).to.deep.equal({ requestId: 'req-1' });
    expect(writes.seatRequests).to.deep.equal([
      {
        id: 'req-1',
        companyId: admin.companyId,
        actorId: admin.id,
        seats: 4,
        message: 'Equipe nova',
        product: 'bi',
        status: 'pending',
        requestedAt: context.now,
      },
    ]);
    for (const seats of [0, 1.5, saasUserLimits.seatsPerRequest + 1, '3']) {
      const error = caught(() =>
        decideRequestSeats(context, { seats, message: '' }, { companyId: 'c', newId: () => 'r' }),
      );
      expect(
        error.fields.map((f) => f.field),
        String(seats),
      ).to.deep.equal(['seats']);
    }
  });

  it('offers change password and deactivate to an active user, reactivate to an inactive one', () => {
    expect(saasUserActs({ status: 'active' })).to.deep.equal(['change-password', 'deactivate']);
    expect(saasUserActs({ status: 'inactive' })).to.deep.equal(['reactivate']);
  });
});
