import { expect } from '@open-wc/testing';
import { contactStatuses, type AccessChange, type Policy } from '../../../src/core/model/index.js';
import {
  adminFilter,
  checkAccessChange,
  companyFacts,
  countsAsAdmin,
  createPermissionEngine,
  defaultPolicy,
  sitePolicy,
  type Actor,
} from '../../../src/core/permissions/index.js';
import { person } from './arbitraries.js';

/** The change that keeps `target` as it is, with some fields replaced. */
const changeOf = (target: Actor, extra: Partial<AccessChange> = {}): AccessChange => ({
  role: target.role,
  grants: [...target.grants],
  sites: target.sites.map((s) => ({ siteId: s.siteId, capabilities: [...s.capabilities] })),
  ...extra,
});

const ana = person('ana', 'general-admin');
const bia = person('bia', 'general-admin');
const bruno = person('bruno', 'registration-admin');
const carla = person('carla', 'system-user');
const two = { adminCount: 2 };
const one = { adminCount: 1 };

describe('grant checks — who may change access', () => {
  const engine = createPermissionEngine(defaultPolicy);

  it('lets a general admin promote a system user and grant approve-budgets', () => {
    const change = changeOf(carla, { role: 'registration-admin' });
    expect(engine.validateChange(ana, carla, change, one)).to.deep.equal([]);
    expect(engine.canGrant(ana, carla, change, one)).to.deep.equal({
      allowed: true,
      code: 'role',
      via: 'general-admin',
    });
    const grant = changeOf(carla, { grants: ['approve-budgets'] });
    expect(engine.validateChange(ana, carla, grant, one)).to.deep.equal([]);
  });

  it('refuses anyone without the grant capability (cannot-grant), even a no-op', () => {
    for (const actor of [bruno, carla]) {
      const refusals = engine.validateChange(actor, carla, changeOf(carla), two);
      expect(refusals).to.deep.equal([
        { allowed: false, code: 'cannot-grant', missing: 'grant-permissions' },
      ]);
      expect(engine.canGrant(actor, carla, changeOf(carla), two).code).to.equal('cannot-grant');
    }
  });

  it('refuses a suspended general admin (inactive-actor)', () => {
    const suspended = { ...ana, status: 'suspended' as const };
    expect(
      engine.canGrant(suspended, carla, changeOf(carla, { role: 'general-admin' }), two).code,
    ).to.equal('inactive-actor');
  });

  it('accepts the grant capability when it was itself granted to a registration admin', () => {
    const deputy = { ...bruno, grants: ['grant-permissions'] };
    // Carla may receive what Bruno holds outright…
    expect(
      engine.validateChange(deputy, carla, changeOf(carla, { grants: ['approve-budgets'] }), one),
    ).to.deep.equal([]);
    // …but not what he lacks (escalation), nor the general admin role, whose capabilities exceed his.
    expect(
      engine.validateChange(deputy, carla, changeOf(carla, { grants: ['define-approvers'] }), one),
    ).to.deep.equal([
      {
        allowed: false,
        code: 'grant-not-held',
        subject: 'define-approvers',
        missing: 'define-approvers',
      },
    ]);
    const promote = engine.validateChange(
      deputy,
      carla,
      changeOf(carla, { role: 'general-admin' }),
      one,
    );
    expect(promote.map((r) => r.subject)).to.deep.equal([
      'define-approvers',
      'enable-platforms',
      'transfer-administration',
    ]);
    expect(promote.every((r) => r.code === 'grant-not-held' && !r.allowed)).to.equal(true);
  });

  it('refuses changing one’s own role (own-role), whatever the role', () => {
    const refusals = engine.validateChange(
      ana,
      ana,
      changeOf(ana, { role: 'registration-admin' }),
      two,
    );
    expect(refusals).to.deep.equal([
      { allowed: false, code: 'own-role', subject: 'registration-admin' },
    ]);
  });

  it('lets a general admin keep their own role while editing their own grants', () => {
    expect(
      engine.validateChange(ana, ana, changeOf(ana, { grants: ['approve-budgets'] }), one),
    ).to.deep.equal([]);
  });

  it('refuses an unknown role and unknown or site-scoped grants, naming each', () => {
    const refusals = engine.validateChange(
      ana,
      carla,
      {
        role: 'overlord',
        grants: ['launch-rockets'],
        sites: [{ siteId: 'loja', capabilities: ['open-tickets'] }],
      },
      two,
    );
    expect(refusals).to.deep.equal([
      { allowed: false, code: 'unknown-role', subject: 'overlord' },
      { allowed: false, code: 'unknown-capability', subject: 'launch-rockets' },
      { allowed: false, code: 'wrong-scope', subject: 'open-tickets', siteId: 'loja' },
    ]);
  });

  it('lets the grant capability remove grants the actor does not hold', () => {
    const customPolicy: Policy = structuredClone<Policy>(defaultPolicy);
    customPolicy.roles[1]!.capabilities.push({ capability: 'grant-permissions' });
    const custom = createPermissionEngine(customPolicy);
    const holder = { ...carla, grants: ['define-approvers'] };
    // Bruno (registration admin who may grant here) lacks define-approvers, yet may take it away…
    expect(
      custom.validateChange(bruno, holder, changeOf(holder, { grants: [] }), one),
    ).to.deep.equal([]);
    // …and keeping what the target already holds is not a new grant.
    expect(custom.validateChange(bruno, holder, changeOf(holder), one)).to.deep.equal([]);
  });

  it('checkAccessChange answers exactly as validateChange', () => {
    const change = changeOf(carla, { role: 'general-admin', grants: ['x'] });
    expect(checkAccessChange(engine, bruno, carla, change, one)).to.deep.equal(
      engine.validateChange(bruno, carla, change, one),
    );
  });
});

describe('grant checks — per-site permissions (seed 003)', () => {
  const engine = createPermissionEngine(sitePolicy);
  const admin = person('ana', 'general-admin', {
    sites: [{ siteId: 'loja', capabilities: ['site-view', 'site-edit', 'site-publish'] }],
  });
  const client = person('davi', 'system-user', {
    sites: [{ siteId: 'loja', capabilities: ['site-view'] }],
  });

  it('lets an admin give a site permission they hold on that site', () => {
    const change = changeOf(client, {
      sites: [{ siteId: 'loja', capabilities: ['site-view', 'site-publish'] }],
    });
    expect(engine.validateChange(admin, client, change, one)).to.deep.equal([]);
  });

  it('refuses giving a site permission the admin lacks on that site, naming site and capability', () => {
    const change = changeOf(client, {
      sites: [
        { siteId: 'loja', capabilities: ['site-view', 'site-manage-users'] },
        { siteId: 'blog', capabilities: ['site-view'] },
      ],
    });
    expect(engine.validateChange(admin, client, change, one)).to.deep.equal([
      {
        allowed: false,
        code: 'grant-not-held',
        subject: 'site-manage-users',
        missing: 'site-manage-users',
        siteId: 'loja',
      },
      {
        allowed: false,
        code: 'grant-not-held',
        subject: 'site-view',
        missing: 'site-view',
        siteId: 'blog',
      },
    ]);
  });

  it('refuses a site permission given as a company-wide grant (wrong-scope)', () => {
    const change = changeOf(client, { grants: ['site-edit'] });
    expect(engine.validateChange(admin, client, change, one)).to.deep.equal([
      { allowed: false, code: 'wrong-scope', subject: 'site-edit' },
    ]);
  });

  it('lets an admin unassign a site entirely', () => {
    expect(
      engine.validateChange(admin, client, changeOf(client, { sites: [] }), one),
    ).to.deep.equal([]);
  });
});

describe('the last-admin rule', () => {
  const engine = createPermissionEngine(defaultPolicy);
  const demote = changeOf(bia, { role: 'system-user' });

  it('refuses demoting the last general admin, and allows it when another remains', () => {
    expect(engine.validateChange(ana, bia, demote, one)).to.deep.equal([
      { allowed: false, code: 'last-admin', subject: 'general-admin' },
    ]);
    expect(engine.canGrant(ana, bia, demote, one).code).to.equal('last-admin');
    expect(engine.validateChange(ana, bia, demote, two)).to.deep.equal([]);
  });

  for (const change of ['suspend', 'inactivate', 'delete'] as const) {
    it(`refuses to ${change} the last general admin, and allows it when another remains`, () => {
      expect(engine.canChangeStatus(bia, change, one)).to.deep.equal({
        allowed: false,
        code: 'last-admin',
        subject: 'general-admin',
      });
      expect(engine.canChangeStatus(bia, change, two)).to.deep.equal({ allowed: true, code: 'ok' });
      expect(engine.canChangeStatus(carla, change, one)).to.deep.equal({
        allowed: true,
        code: 'ok',
      });
    });
  }

  it('gives a list filter that selects exactly the contacts counted as admins', () => {
    const filter = adminFilter(defaultPolicy);
    for (const role of defaultPolicy.roles.map((r) => r.id)) {
      for (const status of contactStatuses) {
        const selected = filter.role!.includes(role) && filter.status!.includes(status);
        expect(selected, `${role} / ${status}`).to.equal(
          countsAsAdmin(defaultPolicy, { role, status }),
        );
      }
    }
  });

  it('does not count a suspended or inactive general admin', () => {
    const suspended = { ...bia, status: 'suspended' as const };
    expect(countsAsAdmin(defaultPolicy, suspended)).to.equal(false);
    expect(engine.canChangeStatus(suspended, 'delete', one).allowed).to.equal(true);
    const facts = companyFacts(defaultPolicy, [
      ana,
      suspended,
      { ...bia, status: 'inactive' },
      bruno,
      carla,
    ]);
    expect(facts).to.deep.equal({ adminCount: 1 });
  });
});
