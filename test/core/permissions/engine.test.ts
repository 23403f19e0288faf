import { expect } from '@open-wc/testing';
import {
  createPermissionEngine,
  defaultPolicy,
  selfServicePolicy,
  sitePolicy,
} from '../../../src/core/permissions/index.js';
import { person } from './arbitraries.js';

const general = person('ana', 'general-admin');
const registration = person('bruno', 'registration-admin');
const system = person('carla', 'system-user');
const elsewhere = { contactId: 'someone-else' };

describe('permission engine — the default role table (seed 000)', () => {
  const engine = createPermissionEngine(defaultPolicy);

  // The nine rows of DESIGN.md's table, for a target that is not the actor's own contact and no grants.
  const table: [capability: string, general: boolean, registration: boolean, system: boolean][] = [
    ['grant-permissions', true, false, false],
    ['define-approvers', true, false, false],
    ['enable-platforms', true, false, false],
    ['open-tickets', true, true, true],
    ['approve-budgets', true, true, false],
    ['edit-contacts', true, true, false],
    ['activate-contacts', true, true, false],
    ['download-public-files', true, true, true],
    ['download-private-files', true, true, true],
  ];

  for (const [capability, ...expected] of table) {
    [general, registration, system].forEach((actor, column) => {
      it(`${actor.role} ${expected[column] ? 'may' : 'may not'} ${capability}`, () => {
        expect(engine.can(actor, capability, elsewhere)).to.equal(expected[column]);
        const explanation = engine.explain(actor, capability, elsewhere);
        expect(explanation.allowed).to.equal(expected[column]);
        if (expected[column])
          expect(explanation).to.deep.equal({ allowed: true, code: 'role', via: actor.role });
        else expect(explanation.missing).to.equal(capability);
      });
    });
  }

  it('lets a system user edit their own contact, and says so', () => {
    expect(engine.can(system, 'edit-contacts', { contactId: 'carla' })).to.equal(true);
    expect(engine.explain(system, 'edit-contacts', { contactId: 'carla' })).to.deep.equal({
      allowed: true,
      code: 'own-contact',
      via: 'system-user',
    });
  });

  it("refuses a system user another person's contact with own-contact-only", () => {
    expect(engine.can(system, 'edit-contacts', elsewhere)).to.equal(false);
    expect(engine.explain(system, 'edit-contacts', elsewhere)).to.deep.equal({
      allowed: false,
      code: 'own-contact-only',
      missing: 'edit-contacts',
    });
    expect(engine.explain(system, 'edit-contacts').code).to.equal('own-contact-only');
  });

  it('lets a system user approve budgets only once it is granted to them', () => {
    expect(engine.explain(system, 'approve-budgets')).to.deep.equal({
      allowed: false,
      code: 'not-granted',
      missing: 'approve-budgets',
    });
    const granted = { ...system, grants: ['approve-budgets'] };
    expect(engine.can(granted, 'approve-budgets')).to.equal(true);
    expect(engine.explain(granted, 'approve-budgets')).to.deep.equal({
      allowed: true,
      code: 'grant',
      via: 'system-user',
    });
  });

  it('reports an extra grant outside the role as coming from a grant', () => {
    const granted = { ...registration, grants: ['define-approvers'] };
    expect(engine.can(granted, 'define-approvers')).to.equal(true);
    expect(engine.explain(granted, 'define-approvers')).to.deep.equal({
      allowed: true,
      code: 'grant',
      via: 'grant',
    });
    const editor = { ...system, grants: ['edit-contacts'] };
    expect(engine.explain(editor, 'edit-contacts', elsewhere).code).to.equal('grant');
  });

  it('denies what is not in the role with not-in-role and the missing capability', () => {
    expect(engine.explain(registration, 'grant-permissions')).to.deep.equal({
      allowed: false,
      code: 'not-in-role',
      missing: 'grant-permissions',
    });
  });

  const adminActs: [capability: string, general: boolean, registration: boolean][] = [
    ['add-contacts', true, true],
    ['delete-contacts', true, true],
    ['import-contacts', true, true],
    ['transfer-tickets', true, true],
    ['manage-saas-users', true, true],
    ['manage-invitations', true, true],
    ['transfer-administration', true, false],
  ];
  for (const [capability, byGeneral, byRegistration] of adminActs) {
    it(`admin act ${capability}: general ${byGeneral}, registration ${byRegistration}, system user never`, () => {
      expect(engine.can(general, capability)).to.equal(byGeneral);
      expect(engine.can(registration, capability)).to.equal(byRegistration);
      expect(engine.can(system, capability, { contactId: 'carla' })).to.equal(false);
      expect(engine.explain(system, capability).code).to.equal('not-in-role');
    });
  }

  for (const status of ['suspended', 'inactive'] as const) {
    it(`a ${status} general admin can do nothing (inactive-actor)`, () => {
      const actor = { ...general, status };
      for (const capability of engine.policy.capabilities.map((c) => c.id)) {
        expect(engine.can(actor, capability)).to.equal(false);
        expect(engine.explain(actor, capability).code).to.equal('inactive-actor');
      }
      expect(engine.effective(actor).size).to.equal(0);
    });
  }

  it('people not yet active (potential, invited) act by their role', () => {
    expect(engine.can({ ...general, status: 'invited' }, 'grant-permissions')).to.equal(true);
    expect(engine.can({ ...system, status: 'potential' }, 'open-tickets')).to.equal(true);
  });

  it('refuses an unknown capability, and an actor with an unknown role holds nothing from it', () => {
    expect(engine.can(general, 'launch-rockets')).to.equal(false);
    expect(engine.explain(general, 'launch-rockets')).to.deep.equal({
      allowed: false,
      code: 'unknown-capability',
      missing: 'launch-rockets',
    });
    const stranger = person('x', 'no-such-role');
    expect(engine.explain(stranger, 'open-tickets').code).to.equal('not-in-role');
    expect(engine.can({ ...stranger, grants: ['open-tickets'] }, 'open-tickets')).to.equal(true);
  });

  it('lists what a person holds, with where each comes from', () => {
    const held = engine.effective({ ...system, grants: ['approve-budgets'] });
    expect([...held.keys()]).to.deep.equal([
      'open-tickets',
      'approve-budgets',
      'edit-contacts',
      'download-public-files',
      'download-private-files',
    ]);
    expect(held.get('edit-contacts')?.code).to.equal('own-contact');
    expect(held.get('approve-budgets')?.code).to.equal('grant');
    // About someone else's contact, the own-contact capability is not held.
    expect(engine.effective(system, elsewhere).has('edit-contacts')).to.equal(false);
    expect(engine.effective(general).size).to.equal(defaultPolicy.capabilities.length);
  });

  it('filters contacts in one pass: all, only the own one, or none', () => {
    const contacts = ['ana', 'bruno', 'carla', 'davi'].map((id) => ({
      id,
      name: id.toUpperCase(),
    }));
    expect(engine.filter(general, 'edit-contacts', contacts)).to.deep.equal(contacts);
    expect(engine.filter(system, 'edit-contacts', contacts)).to.deep.equal([
      { id: 'carla', name: 'CARLA' },
    ]);
    expect(engine.filter(system, 'activate-contacts', contacts)).to.deep.equal([]);
    expect(
      engine.filter({ ...system, grants: ['edit-contacts'] }, 'edit-contacts', contacts),
    ).to.have.length(4);
    expect(
      engine.filter({ ...general, status: 'suspended' }, 'edit-contacts', contacts),
    ).to.deep.equal([]);
    expect(engine.filter(general, 'launch-rockets', contacts)).to.deep.equal([]);
    const copy = engine.filter(general, 'edit-contacts', contacts);
    expect(copy).not.to.equal(contacts);
  });
});

describe('permission engine — seed 001 self-service preset', () => {
  const engine = createPermissionEngine(selfServicePolicy);
  const named = [
    'self-service-portal',
    'corporate-education-manager',
    'corporate-education-manager-franchise',
    'bpo-tickets-full',
    'tickets-restricted',
    'cloud-control-centre',
    'it-admins',
  ];

  it('keeps the default table', () => {
    expect(engine.can(registration, 'approve-budgets')).to.equal(true);
    expect(engine.explain(system, 'edit-contacts', elsewhere).code).to.equal('own-contact-only');
  });

  for (const capability of named) {
    it(`${capability} is held by general admins and reaches others only as a personal grant`, () => {
      expect(engine.explain(general, capability).code).to.equal('role');
      expect(engine.explain(registration, capability).code).to.equal('not-in-role');
      expect(engine.explain(system, capability).code).to.equal('not-in-role');
      const granted = { ...system, grants: [capability] };
      expect(engine.explain(granted, capability)).to.deep.equal({
        allowed: true,
        code: 'grant',
        via: 'grant',
      });
    });
  }

  it('lets a general admin grant them, and nobody else', () => {
    const change = {
      role: 'system-user',
      grants: ['it-admins', 'cloud-control-centre'],
      sites: [],
    };
    expect(engine.validateChange(general, system, change, { adminCount: 1 })).to.deep.equal([]);
    expect(
      engine.validateChange(registration, system, change, { adminCount: 1 })[0]?.code,
    ).to.equal('cannot-grant');
  });
});

describe('permission engine — seed 003 per-site preset', () => {
  const engine = createPermissionEngine(sitePolicy);
  const editor = person('edu', 'system-user', {
    sites: [
      { siteId: 'loja', capabilities: ['site-view', 'site-edit'] },
      { siteId: 'blog', capabilities: ['site-view'] },
    ],
  });

  it('allows a site permission only on a site that lists it, via that site', () => {
    expect(engine.explain(editor, 'site-edit', { siteId: 'loja' })).to.deep.equal({
      allowed: true,
      code: 'site',
      via: 'loja',
    });
    expect(engine.can(editor, 'site-edit', { siteId: 'loja' })).to.equal(true);
    expect(engine.explain(editor, 'site-edit', { siteId: 'blog' })).to.deep.equal({
      allowed: false,
      code: 'not-granted-for-site',
      missing: 'site-edit',
      subject: 'blog',
    });
    expect(engine.can(editor, 'site-view', { siteId: 'blog' })).to.equal(true);
  });

  it('asks for a site when none is given', () => {
    expect(engine.can(editor, 'site-view')).to.equal(false);
    expect(engine.explain(editor, 'site-view', { contactId: 'edu' }).code).to.equal(
      'site-required',
    );
  });

  it('gives site permissions through nothing but contact.sites, not even the general admin role or a grant', () => {
    expect(engine.explain(general, 'site-publish', { siteId: 'loja' }).code).to.equal(
      'not-granted-for-site',
    );
    const granted = { ...general, grants: ['site-publish'] };
    expect(engine.can(granted, 'site-publish', { siteId: 'loja' })).to.equal(false);
  });

  it('keeps the company-wide table beside the sites', () => {
    expect(engine.can(editor, 'open-tickets')).to.equal(true);
    expect(engine.can(editor, 'grant-permissions')).to.equal(false);
  });

  it('filters sites by a site permission, treating ids as site ids', () => {
    const sites = [{ id: 'loja' }, { id: 'blog' }, { id: 'intranet' }];
    expect(engine.filter(editor, 'site-view', sites)).to.deep.equal([
      { id: 'loja' },
      { id: 'blog' },
    ]);
    expect(engine.filter(editor, 'site-edit', sites)).to.deep.equal([{ id: 'loja' }]);
  });

  it('lists site permissions in effective() only for the site asked about', () => {
    expect(engine.effective(editor).has('site-view')).to.equal(false);
    const onLoja = engine.effective(editor, { siteId: 'loja' });
    expect(onLoja.get('site-edit')).to.deep.equal({ allowed: true, code: 'site', via: 'loja' });
    expect(onLoja.get('edit-contacts')?.code).to.equal('own-contact');
  });
});
