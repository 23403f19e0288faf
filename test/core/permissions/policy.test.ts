import { expect } from '@open-wc/testing';
import type { Policy } from '../../../src/core/model/index.js';
import {
  createPermissionEngine,
  defaultPolicy,
  parsePolicy,
  policyPresets,
  selfServicePolicy,
  sitePolicy,
  type Actor,
} from '../../../src/core/permissions/index.js';
import { compilePolicy } from '../../../src/core/permissions/compile.js';
import type { ReasonCode } from '../../../src/core/permissions/types.js';
import { locales } from '../../../src/i18n/locales.js';
import { allLocales, type Messages } from '../../../src/i18n/catalogue.js';
import {
  permissionMessages as permissionTopic,
  type PermissionMessageKey,
} from '../../../src/i18n/messages/permissions.js';

const copy = (policy: Policy): Policy => structuredClone<Policy>(policy);
const system: Actor = { id: 'carla', role: 'system-user', grants: [], sites: [], status: 'active' };

describe('parsePolicy', () => {
  for (const [name, preset] of Object.entries(policyPresets)) {
    it(`accepts the ${name} preset after a JSON round trip`, () => {
      const result = parsePolicy(JSON.parse(JSON.stringify(preset)));
      expect(result.ok).to.equal(true);
      expect(result.policy).to.deep.equal(JSON.parse(JSON.stringify(preset)));
    });
  }

  it('never throws on garbage, and names each bad field', () => {
    for (const input of [undefined, null, 42, 'policy', [], {}]) {
      const result = parsePolicy(input);
      expect(result.ok).to.equal(false);
      expect(result.errors).to.have.length.greaterThan(0);
    }
    expect(parsePolicy(42).errors).to.deep.equal([
      { field: 'policy', code: 'invalid-type', params: { expected: 'object' } },
    ]);
    const result = parsePolicy({
      ...copy(defaultPolicy),
      version: -1,
      roles: [{ id: '', capabilities: 'all' }],
    });
    expect(result.errors?.map((e) => [e.field, e.code])).to.deep.equal([
      ['version', 'invalid-value'],
      ['roles.0.id', 'required'],
      ['roles.0.capabilities', 'invalid-type'],
    ]);
  });

  it('names an unknown condition with the allowed options', () => {
    const policy = copy(defaultPolicy);
    (policy.roles[2]!.capabilities[1] as { when: string }).when = 'on-tuesdays';
    const result = parsePolicy(policy);
    expect(result.errors).to.deep.equal([
      {
        field: 'roles.2.capabilities.1.when',
        code: 'invalid-value',
        params: { allowed: 'own-contact, granted' },
      },
    ]);
  });

  it('finds broken references: unknown or duplicate ids, site capabilities in roles, unknown roles', () => {
    const policy = copy(sitePolicy);
    policy.capabilities.push({ id: 'open-tickets', group: 'tickets', scope: 'company' });
    policy.roles.push({ id: 'system-user', capabilities: [] });
    policy.roles[2]!.capabilities.push(
      { capability: 'launch-rockets' },
      { capability: 'site-view' },
    );
    policy.roles[2]!.capabilities.push({ capability: 'open-tickets', when: 'granted' });
    policy.defaultRole = 'guest';
    const result = parsePolicy(policy);
    expect(result.ok).to.equal(false);
    expect(result.errors).to.deep.equal([
      {
        field: `capabilities.${sitePolicy.capabilities.length}.id`,
        code: 'duplicate-capability',
        params: { capability: 'open-tickets' },
      },
      {
        field: 'roles.2.capabilities.5.capability',
        code: 'unknown-capability',
        params: { role: 'system-user', capability: 'launch-rockets' },
      },
      {
        field: 'roles.2.capabilities.6.capability',
        code: 'site-capability-in-role',
        params: { role: 'system-user', capability: 'site-view' },
      },
      {
        field: 'roles.2.capabilities.7.capability',
        code: 'duplicate-role-capability',
        params: { role: 'system-user', capability: 'open-tickets' },
      },
      { field: 'roles.3.id', code: 'duplicate-role', params: { role: 'system-user' } },
      { field: 'defaultRole', code: 'unknown-role', params: { role: 'guest' } },
    ]);
  });

  it('refuses a grant capability that is unknown, per site, or not held outright by the admin role', () => {
    expect(parsePolicy({ ...copy(defaultPolicy), grantCapability: 'nope' }).errors).to.deep.equal([
      { field: 'grantCapability', code: 'unknown-capability', params: { capability: 'nope' } },
    ]);
    expect(
      parsePolicy({ ...copy(sitePolicy), grantCapability: 'site-manage-users' }).errors?.[0]?.code,
    ).to.equal('site-grant-capability');
    const locked = copy(defaultPolicy);
    locked.roles[0]!.capabilities = locked.roles[0]!.capabilities.filter(
      (c) => c.capability !== 'grant-permissions',
    );
    expect(parsePolicy(locked).errors).to.deep.equal([
      {
        field: 'adminRole',
        code: 'admin-cannot-grant',
        params: { role: 'general-admin', capability: 'grant-permissions' },
      },
    ]);
  });

  it('returns a copy: changing the result leaves the input alone', () => {
    const input = JSON.parse(JSON.stringify(defaultPolicy)) as Policy;
    const result = parsePolicy(input);
    result.policy!.roles[0]!.id = 'changed';
    expect(input.roles[0]!.id).to.equal('general-admin');
  });
});

describe('presets', () => {
  it('are frozen, so no caller can change what everybody shares', () => {
    for (const preset of [defaultPolicy, selfServicePolicy, sitePolicy]) {
      expect(Object.isFrozen(preset)).to.equal(true);
      expect(Object.isFrozen(preset.roles[0]!.capabilities)).to.equal(true);
      expect(Object.isFrozen(preset.capabilities[0])).to.equal(true);
    }
  });

  it('name the admin, default role and grant capability of common.md', () => {
    for (const preset of [defaultPolicy, selfServicePolicy, sitePolicy]) {
      expect([preset.adminRole, preset.defaultRole, preset.grantCapability]).to.deep.equal([
        'general-admin',
        'system-user',
        'grant-permissions',
      ]);
    }
  });
});

describe('withPolicy', () => {
  it('answers for the new policy and leaves the old engine as it was', () => {
    const before = createPermissionEngine(defaultPolicy);
    const changed = copy(defaultPolicy);
    changed.version = 2;
    changed.roles[2]!.capabilities.push({ capability: 'activate-contacts' });
    const after = before.withPolicy(changed);
    expect(after.policy).to.equal(changed);
    expect(after.can(system, 'activate-contacts')).to.equal(true);
    expect(before.can(system, 'activate-contacts')).to.equal(false);
    // Unchanged roles answer as before.
    const admin = { ...system, id: 'ana', role: 'general-admin' };
    expect(after.explain(admin, 'grant-permissions')).to.deep.equal(
      before.explain(admin, 'grant-permissions'),
    );
  });

  it('follows a change in the capability list (new capability, new scope)', () => {
    const before = createPermissionEngine(defaultPolicy);
    const changed = copy(defaultPolicy);
    changed.capabilities.unshift({ id: 'view-reports', group: 'reports', scope: 'company' });
    changed.roles[2]!.capabilities.push({ capability: 'view-reports' });
    const after = before.withPolicy(changed);
    expect(after.explain(system, 'view-reports')).to.deep.equal({
      allowed: true,
      code: 'role',
      via: 'system-user',
    });
    expect(after.explain(system, 'edit-contacts', { contactId: 'carla' }).code).to.equal(
      'own-contact',
    );
    expect(after.can(system, 'grant-permissions')).to.equal(false);
    expect(before.explain(system, 'view-reports').code).to.equal('unknown-capability');
  });

  it('reuses the compiled tables of unchanged roles, and rebuilds the changed one', () => {
    const before = compilePolicy(defaultPolicy);
    const changed = copy(defaultPolicy);
    changed.roles[2]!.capabilities.push({ capability: 'activate-contacts' });
    const after = compilePolicy(changed, before);
    expect(after.index).to.equal(before.index);
    expect(after.roles.get('general-admin')).to.equal(before.roles.get('general-admin'));
    expect(after.roles.get('registration-admin')).to.equal(before.roles.get('registration-admin'));
    expect(after.roles.get('system-user')).not.to.equal(before.roles.get('system-user'));
    // A new capability list moves positions, so every table is rebuilt.
    changed.capabilities.push({ id: 'view-reports', group: 'reports', scope: 'company' });
    const moved = compilePolicy(changed, after);
    expect(moved.index).not.to.equal(after.index);
    expect(moved.roles.get('general-admin')).not.to.equal(after.roles.get('general-admin'));
  });

  it('returns the same engine for the same policy object', () => {
    const engine = createPermissionEngine(defaultPolicy);
    expect(engine.withPolicy(defaultPolicy)).to.equal(engine);
  });
});

describe('permission messages', () => {
  // The catalogue loads one locale at a time in the elements; here every locale at once.
  let permissionMessages: Messages<PermissionMessageKey>;
  before(async () => {
    permissionMessages = await allLocales(permissionTopic);
  });

  const reasonCodes: ReasonCode[] = [
    'ok',
    'role',
    'grant',
    'own-contact',
    'site',
    'not-in-role',
    'own-contact-only',
    'not-granted',
    'not-granted-for-site',
    'site-required',
    'unknown-capability',
    'inactive-actor',
    'cannot-grant',
    'grant-not-held',
    'own-role',
    'last-admin',
    'unknown-role',
    'wrong-scope',
    'capabilities-fixed',
  ];

  for (const locale of locales) {
    it(`${locale} names every capability, group and role of every preset, and every reason`, () => {
      const catalogue = permissionMessages[locale] as Record<string, unknown>;
      const needed = new Set<string>();
      for (const preset of Object.values(policyPresets)) {
        for (const c of preset.capabilities)
          needed.add(`capability.${c.id}`).add(`capability-group.${c.group}`);
        for (const r of preset.roles) needed.add(`role.${r.id}`);
      }
      for (const code of reasonCodes) needed.add(`reason.${code}`);
      const missing = [...needed].filter(
        (key) => typeof catalogue[key] !== 'string' || catalogue[key] === '',
      );
      expect(missing).to.deep.equal([]);
      expect(Object.keys(catalogue).sort()).to.deep.equal(
        Object.keys(permissionMessages.en).sort(),
      );
    });
  }

  it('reads the seed’s own words in pt-BR', () => {
    expect(permissionMessages['pt-BR']['capability.grant-permissions']).to.equal(
      'Concede permissões aos usuários',
    );
    expect(permissionMessages['pt-BR']['capability.approve-budgets']).to.equal('Aprova orçamentos');
    expect(permissionMessages.en['reason.not-granted-for-site']).to.equal(
      'Not granted for site {site}',
    );
  });
});
