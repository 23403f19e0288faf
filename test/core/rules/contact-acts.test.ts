import { expect } from '@open-wc/testing';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import { createDemoData } from '../../../src/core/demo-data.js';
import type { Contact } from '../../../src/core/model/index.js';
import { setRoleCell } from '../../../src/core/permissions/diff.js';
import { createPermissionEngine, defaultPolicy } from '../../../src/core/permissions/index.js';
import {
  addVerdict,
  editableFields,
  rowActs,
  transitionRefusal,
  undoOf,
  verdict,
  verdictError,
  type ActContext,
  type Verdict,
} from '../../../src/core/rules/index.js';

const data = createDemoData({ contacts: 40, seed: 5 });
const byId = (id: string) => data.contacts.find((c) => c.id === id)!;
const general = byId(data.actors.generalAdmin);
const registrar = byId(data.actors.registrationAdmin);
const user = byId(data.actors.systemUser);
const engine = createPermissionEngine(defaultPolicy);
const as = (actor: Contact, adminCount = 2): ActContext => ({ engine, actor, adminCount });
const other = (overrides: Partial<Contact>): Contact => ({
  ...user,
  id: 'ct-other',
  email: 'outra@exemplo.com.br',
  ...overrides,
});
const state = (outcome: Verdict) =>
  outcome.allowed ? 'allowed' : 'engine' in outcome ? outcome.engine.code : outcome.state;

describe('contact acts — one verdict for the list and the backend', () => {
  it('refuses acting on one’s own contact with one code', () => {
    for (const act of ['delete', 'suspend', 'inactivate', 'transfer-admin'] as const) {
      expect(state(verdict(as(general), act, general)), act).to.equal('self');
    }
    expect(state(verdict(as(registrar), 'suspend', registrar))).to.equal('self');
    // Editing one's own contact and moving one's own tickets are fine.
    expect(state(verdict(as(general), 'edit', general))).to.equal('allowed');
    expect(
      state(verdict(as(general), 'transfer-tickets', { ...general, openTickets: 2 })),
    ).to.equal('allowed');
  });

  it('asks the engine first, so a refusal names the right the actor lacks', () => {
    expect(verdict(as(user), 'delete', user)).to.deep.equal({
      allowed: false,
      engine: { allowed: false, code: 'not-in-role', missing: 'delete-contacts' },
    });
    expect(
      state(verdict({ engine: undefined, actor: general, adminCount: 1 }, 'edit', user)),
    ).to.equal('session');
  });

  it('hands administration only to an active contact who is not a general admin yet, by someone who could give the role', () => {
    expect(
      state(verdict(as(general), 'transfer-admin', other({ role: 'general-admin' }))),
    ).to.equal('already-admin');
    expect(state(verdict(as(general), 'transfer-admin', other({ status: 'invited' })))).to.equal(
      'target-not-active',
    );
    expect(state(verdict(as(general), 'transfer-admin', other({})))).to.equal('allowed');
    // A policy that lets a registration admin transfer administration, but not grant: the engine's
    // grant check refuses, in the list and in the backend alike.
    const loose = createPermissionEngine(
      setRoleCell(defaultPolicy, 'registration-admin', 'transfer-administration', 'always'),
    );
    expect(
      state(
        verdict({ engine: loose, actor: registrar, adminCount: 2 }, 'transfer-admin', other({})),
      ),
    ).to.equal('cannot-grant');
  });

  it('moves tickets only from someone who has some, to another active contact', () => {
    const busy = other({ openTickets: 3 });
    expect(state(verdict(as(general), 'transfer-tickets', other({ openTickets: 0 })))).to.equal(
      'no-tickets',
    );
    expect(state(verdict(as(general), 'transfer-tickets', busy, busy))).to.equal('same-contact');
    expect(
      state(verdict(as(general), 'transfer-tickets', busy, { ...registrar, status: 'suspended' })),
    ).to.equal('target-not-active');
    expect(state(verdict(as(general), 'transfer-tickets', busy, registrar))).to.equal('allowed');
  });

  it('follows the lifecycle table, and keeps the last general admin', () => {
    expect(transitionRefusal('suspend', 'invited')).to.equal('suspend-not-active');
    expect(transitionRefusal('inactivate', 'inactive')).to.equal('already-inactive');
    expect(transitionRefusal('activate', 'active')).to.equal('invalid-transition');
    expect(transitionRefusal('reactivate', 'active')).to.equal('invalid-transition');
    expect(transitionRefusal('reactivate', 'suspended')).to.equal(undefined);
    expect(state(verdict(as(registrar), 'activate', other({ status: 'active' })))).to.equal(
      'invalid-transition',
    );
    const lastAdmin = other({ role: 'general-admin', openTickets: 0 });
    expect(state(verdict(as(registrar, 1), 'suspend', lastAdmin))).to.equal('last-admin');
    expect(state(verdict(as(registrar, 2), 'suspend', lastAdmin))).to.equal('allowed');
    expect(state(verdict(as(registrar, 1), 'delete', lastAdmin))).to.equal('last-admin');
    expect(state(verdict(as(registrar), 'delete', other({ openTickets: 2 })))).to.equal(
      'tickets-in-progress',
    );
    // Every act a row offers gets an answer, never a throw.
    for (const act of rowActs(other({ status: 'suspended' })))
      expect(verdict(as(registrar), act, other({ status: 'suspended' }))).to.have.property(
        'allowed',
      );
  });

  it('lets someone add contacts only when they hold what the default role gives', () => {
    expect(addVerdict(as(registrar))).to.deep.equal({ allowed: true });
    expect(state(addVerdict(as(user)))).to.equal('not-in-role');
    const richDefault = createPermissionEngine(
      setRoleCell(defaultPolicy, 'system-user', 'transfer-administration', 'always'),
    );
    expect(addVerdict({ engine: richDefault, actor: registrar })).to.deep.equal({
      allowed: false,
      engine: {
        allowed: false,
        code: 'grant-not-held',
        subject: 'transfer-administration',
        missing: 'transfer-administration',
      },
    });
    expect(addVerdict({ engine: richDefault, actor: general })).to.deep.equal({ allowed: true });
  });

  it('tells which profile fields a person may change: all on anyone, or the policy’s own on their own contact', () => {
    const own = editableFields(as(user), user);
    expect(own.jobTitle).to.deep.equal({ allowed: true });
    expect(own.communication).to.deep.equal({ allowed: true });
    for (const field of ['consultingAuthorized', 'document', 'country', 'notes'] as const)
      expect(own[field], field).to.deep.equal({ allowed: false, state: 'not-self-editable' });
    expect(state(editableFields(as(user), registrar).name)).to.equal('own-contact-only');
    expect(Object.values(editableFields(as(registrar), user)).every((v) => v.allowed)).to.equal(
      true,
    );
    const custom = createPermissionEngine({ ...defaultPolicy, selfEditableFields: ['notes'] });
    const fields = editableFields({ engine: custom, actor: user }, user);
    expect(fields.notes.allowed).to.equal(true);
    expect(fields.name.allowed).to.equal(false);
  });

  it('answers a refused verdict with the error a backend throws, of the same code', () => {
    const cases: [Verdict, AdapterError['kind'], string][] = [
      [{ allowed: false, state: 'self' }, 'forbidden', 'self'],
      [{ allowed: false, state: 'already-admin' }, 'conflict', 'already-admin'],
      [{ allowed: false, state: 'no-tickets' }, 'conflict', 'no-tickets'],
      [{ allowed: false, state: 'target-not-active' }, 'forbidden', 'target-not-active'],
      [{ allowed: false, state: 'same-contact' }, 'validation', 'same-contact'],
      [
        { allowed: false, state: 'tickets-in-progress', params: { count: 3 } },
        'forbidden',
        'tickets-in-progress',
      ],
      [{ allowed: false, state: 'suspend-not-active' }, 'conflict', 'invalid-transition'],
      [
        { allowed: false, engine: { allowed: false, code: 'last-admin' } },
        'forbidden',
        'last-admin',
      ],
    ];
    for (const [outcome, kind, code] of cases) {
      const error = verdictError(outcome as Exclude<Verdict, { allowed: true }>, user);
      expect(AdapterError.is(error)).to.equal(true);
      expect([error.kind, error.code]).to.deep.equal([kind, code]);
    }
    const transition = verdictError({ allowed: false, state: 'already-inactive' }, user);
    expect(transition.fields).to.deep.equal([{ field: 'action', code: 'already-inactive' }]);
    expect(transition.current).to.deep.equal(user);
    expect(transition.current).not.to.equal(user);
    expect(
      verdictError({ allowed: false, state: 'tickets-in-progress', params: { count: 3 } }).fields,
    ).to.deep.equal([{ field: 'openTickets', code: 'tickets-in-progress', params: { count: 3 } }]);
  });
});

describe('undoOf', () => {
  it('answers the action that leads back to where the contact was', () => {
    expect(undoOf('suspend', 'active')).to.equal('reactivate');
    expect(undoOf('reactivate', 'suspended')).to.equal('suspend');
    expect(undoOf('inactivate', 'active')).to.equal('activate');
    expect(undoOf('activate', 'inactive')).to.equal('inactivate');
  });

  it('offers no undo when no action leads back to the status before', () => {
    // An invited contact inactivated can be activated, but that does not make it invited again.
    expect(undoOf('inactivate', 'invited')).to.equal(undefined);
    expect(undoOf('inactivate', 'suspended')).to.equal(undefined);
    expect(undoOf('activate', 'potential')).to.equal(undefined);
  });

  it('never answers an action that cannot start from where the first one led', () => {
    for (const action of ['activate', 'inactivate', 'suspend', 'reactivate'] as const) {
      for (const from of [
        'potential',
        'site-assigned',
        'invited',
        'active',
        'suspended',
        'inactive',
      ] as const) {
        const undo = undoOf(action, from);
        if (undo === undefined) continue;
        const reached = {
          activate: 'active',
          inactivate: 'inactive',
          suspend: 'suspended',
          reactivate: 'active',
        }[action];
        expect(transitionRefusal(undo, reached as never), `${action} from ${from}`).to.equal(
          undefined,
        );
      }
    }
  });
});
