import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { AccessChange, Policy } from '../../../src/core/model/index.js';
import {
  diffAccess,
  diffApprovers,
  diffPolicy,
  holdLevel,
  isEmptyAccessDiff,
  isEmptyApproversDiff,
  rebaseAccess,
  rebaseApprovers,
  rebasePolicy,
  setRoleCell,
} from '../../../src/core/permissions/diff.js';

/** A small policy shaped like the default one (seed 000) plus two site-scoped permissions (seed 003). */
const policy: Policy = {
  id: 'test',
  version: 1,
  adminRole: 'general-admin',
  defaultRole: 'system-user',
  grantCapability: 'grant-permissions',
  capabilities: [
    { id: 'grant-permissions', group: 'permissions', scope: 'company' },
    { id: 'open-tickets', group: 'tickets', scope: 'company' },
    { id: 'approve-budgets', group: 'tickets', scope: 'company' },
    { id: 'edit-contacts', group: 'contacts', scope: 'company' },
    { id: 'site-edit', group: 'sites', scope: 'site' },
    { id: 'site-publish', group: 'sites', scope: 'site' },
  ],
  roles: [
    {
      id: 'general-admin',
      capabilities: [
        { capability: 'grant-permissions' },
        { capability: 'open-tickets' },
        { capability: 'approve-budgets' },
        { capability: 'edit-contacts' },
      ],
    },
    {
      id: 'registration-admin',
      capabilities: [
        { capability: 'open-tickets' },
        { capability: 'approve-budgets' },
        { capability: 'edit-contacts' },
      ],
    },
    {
      id: 'system-user',
      capabilities: [
        { capability: 'open-tickets' },
        { capability: 'approve-budgets', when: 'granted' },
        { capability: 'edit-contacts', when: 'own-contact' },
      ],
    },
  ],
};

const user = (patch: Partial<AccessChange> = {}): AccessChange => ({
  role: 'system-user',
  grants: [],
  sites: [],
  ...patch,
});

describe('diffAccess', () => {
  it('says nothing changed when nothing did', () => {
    const diff = diffAccess(policy, 'c1', user(), user());
    expect(isEmptyAccessDiff(diff)).to.equal(true);
    expect(diff.role).to.equal(undefined);
  });

  it('reads a granted conditional capability as a gain', () => {
    const diff = diffAccess(policy, 'c1', user(), user({ grants: ['approve-budgets'] }));
    expect(diff.gains).to.deep.equal(['approve-budgets']);
    expect(diff.grants.added).to.deep.equal(['approve-budgets']);
    expect(diff.loses).to.deep.equal([]);
  });

  it('reads a promotion as the role change and what it brings', () => {
    const diff = diffAccess(policy, 'c1', user(), user({ role: 'general-admin' }));
    expect(diff.role).to.deep.equal({ from: 'system-user', to: 'general-admin' });
    expect(diff.gains).to.deep.equal(['grant-permissions', 'approve-budgets']);
    expect(diff.widened).to.deep.equal(['edit-contacts']);
  });

  it('reads a demotion to system user as losing and limiting', () => {
    const diff = diffAccess(
      policy,
      'c1',
      user({ role: 'registration-admin' }),
      user({ role: 'system-user' }),
    );
    expect(diff.loses).to.deep.equal(['approve-budgets']);
    expect(diff.limited).to.deep.equal(['edit-contacts']);
  });

  it('does not count a grant the role already gives as a gain', () => {
    const diff = diffAccess(
      policy,
      'c1',
      user({ role: 'general-admin' }),
      user({ role: 'general-admin', grants: ['open-tickets'] }),
    );
    expect(diff.gains).to.deep.equal([]);
    expect(diff.grants.added).to.deep.equal(['open-tickets']);
    expect(isEmptyAccessDiff(diff)).to.equal(false);
  });

  it('keeps grants of capabilities the policy does not name', () => {
    const diff = diffAccess(policy, 'c1', user({ grants: ['legacy'] }), user());
    expect(diff.loses).to.deep.equal(['legacy']);
    expect(diff.grants.removed).to.deep.equal(['legacy']);
  });

  it('lists site assignments, unassignments and per-site changes in policy order', () => {
    const before = user({
      sites: [
        { siteId: 's1', capabilities: ['site-edit'] },
        { siteId: 's2', capabilities: ['site-edit', 'site-publish'] },
      ],
    });
    const after = user({
      sites: [
        { siteId: 's1', capabilities: ['site-publish', 'site-edit'] },
        { siteId: 's3', capabilities: ['site-publish', 'site-edit'] },
      ],
    });
    expect(diffAccess(policy, 'c1', before, after).sites).to.deep.equal([
      { siteId: 's1', change: 'changed', gains: ['site-publish'], loses: [] },
      { siteId: 's3', change: 'assigned', gains: ['site-edit', 'site-publish'], loses: [] },
      { siteId: 's2', change: 'unassigned', gains: [], loses: ['site-edit', 'site-publish'] },
    ]);
  });

  it('treats a role the policy does not know as holding nothing, without throwing', () => {
    const diff = diffAccess(policy, 'c1', user({ role: 'ghost' }), user());
    // From nothing to "own contact only" is a gain; the element says how far it reaches.
    expect(diff.gains).to.deep.equal(['open-tickets', 'edit-contacts']);
    expect(holdLevel(policy, user(), 'edit-contacts')).to.equal('own-contact');
    expect(diff.widened).to.deep.equal([]);
    expect(diff.role).to.deep.equal({ from: 'ghost', to: 'system-user' });
  });

  it('is the inverse of itself when before and after swap (property)', () => {
    const companyCaps = policy.capabilities.filter((c) => c.scope === 'company').map((c) => c.id);
    const access = fc.record({
      role: fc.constantFrom('general-admin', 'registration-admin', 'system-user'),
      grants: fc.uniqueArray(fc.constantFrom(...companyCaps)),
      sites: fc.uniqueArray(
        fc.record({
          siteId: fc.constantFrom('s1', 's2', 's3'),
          capabilities: fc.uniqueArray(fc.constantFrom('site-edit', 'site-publish')),
        }),
        { selector: (s) => s.siteId },
      ),
    });
    fc.assert(
      fc.property(access, access, (a, b) => {
        const forward = diffAccess(policy, 'c', a, b);
        const back = diffAccess(policy, 'c', b, a);
        expect(back.gains).to.deep.equal(forward.loses);
        expect(back.loses).to.deep.equal(forward.gains);
        expect(back.limited).to.deep.equal(forward.widened);
        expect(back.grants.added).to.deep.equal(forward.grants.removed);
        // Every gain is held after and not before, and the reverse for losses.
        for (const id of forward.gains) {
          expect(holdLevel(policy, a, id)).to.equal('none');
          expect(holdLevel(policy, b, id)).to.not.equal('none');
        }
        for (const id of forward.loses) expect(holdLevel(policy, b, id)).to.equal('none');
        expect(isEmptyAccessDiff(forward)).to.equal(isEmptyAccessDiff(back));
      }),
    );
  });
});

describe('diffApprovers', () => {
  it('lists who is added and removed on each list', () => {
    const diff = diffApprovers(
      { budgets: ['a', 'b'], tickets: ['c'] },
      { budgets: ['b', 'd'], tickets: ['c'] },
    );
    expect(diff).to.deep.equal({
      budgets: { added: ['d'], removed: ['a'] },
      tickets: { added: [], removed: [] },
    });
    expect(isEmptyApproversDiff(diff)).to.equal(false);
    expect(
      isEmptyApproversDiff(
        diffApprovers({ budgets: [], tickets: [] }, { budgets: [], tickets: [] }),
      ),
    ).to.equal(true);
  });
});

describe('diffPolicy', () => {
  it('lists each role-table cell that changed, with its condition', () => {
    const after: Policy = structuredClone(policy);
    const systemUser = after.roles.find((r) => r.id === 'system-user')!;
    systemUser.capabilities = systemUser.capabilities.filter(
      (c) => c.capability !== 'open-tickets',
    );
    systemUser.capabilities.push({ capability: 'grant-permissions' });
    const regAdmin = after.roles.find((r) => r.id === 'registration-admin')!;
    regAdmin.capabilities = regAdmin.capabilities.map((c) =>
      c.capability === 'edit-contacts' ? { capability: 'edit-contacts', when: 'own-contact' } : c,
    );
    expect(diffPolicy(policy, after).cells).to.deep.equal([
      { role: 'system-user', capability: 'grant-permissions', from: 'none', to: 'always' },
      { role: 'system-user', capability: 'open-tickets', from: 'always', to: 'none' },
      {
        role: 'registration-admin',
        capability: 'edit-contacts',
        from: 'always',
        to: 'own-contact',
      },
    ]);
  });
});

describe('rebase after a conflict', () => {
  it('keeps the staged access edits on top of the current record', () => {
    const base = user({ grants: ['x'], sites: [{ siteId: 's1', capabilities: ['site-edit'] }] });
    const staged = user({
      role: 'registration-admin',
      grants: ['x', 'approve-budgets'],
      sites: [
        { siteId: 's1', capabilities: ['site-edit', 'site-publish'] },
        { siteId: 's2', capabilities: ['site-edit'] },
      ],
    });
    // Meanwhile someone removed grant x, added grant y and a site s3.
    const current = user({
      grants: ['y'],
      sites: [
        { siteId: 's1', capabilities: ['site-edit'] },
        { siteId: 's3', capabilities: ['site-publish'] },
      ],
    });
    expect(rebaseAccess(base, staged, current)).to.deep.equal({
      role: 'registration-admin',
      grants: ['y', 'approve-budgets'],
      sites: [
        { siteId: 's1', capabilities: ['site-edit', 'site-publish'] },
        { siteId: 's3', capabilities: ['site-publish'] },
        { siteId: 's2', capabilities: ['site-edit'] },
      ],
    });
  });

  it('takes the current role when the person did not change it, and drops a site they unassigned', () => {
    const base = user({ sites: [{ siteId: 's1', capabilities: [] }] });
    const current = user({
      role: 'general-admin',
      sites: [{ siteId: 's1', capabilities: ['site-edit'] }],
    });
    expect(rebaseAccess(base, user(), current)).to.deep.equal(user({ role: 'general-admin' }));
  });

  it('rebasing nothing staged gives the current record (property)', () => {
    const access = fc.record({
      role: fc.constantFrom('general-admin', 'system-user'),
      grants: fc.uniqueArray(fc.constantFrom('a', 'b', 'c')),
      sites: fc.uniqueArray(
        fc.record({
          siteId: fc.constantFrom('s1', 's2'),
          capabilities: fc.uniqueArray(fc.constantFrom('site-edit', 'site-publish')),
        }),
        { selector: (s) => s.siteId },
      ),
    });
    fc.assert(
      fc.property(access, access, (base, current) => {
        const result = rebaseAccess(base, base, current);
        expect(result.role).to.equal(current.role);
        expect(new Set(result.grants)).to.deep.equal(new Set(current.grants));
        expect(result.sites).to.deep.equal(current.sites);
      }),
    );
  });

  it('keeps approver edits and policy cells', () => {
    expect(
      rebaseApprovers(
        { budgets: ['a'], tickets: [] },
        { budgets: ['b'], tickets: ['c'] },
        { budgets: ['a', 'z'], tickets: [] },
      ),
    ).to.deep.equal({ budgets: ['z', 'b'], tickets: ['c'] });

    const staged = setRoleCell(policy, 'system-user', 'grant-permissions', 'always');
    const current = {
      ...setRoleCell(policy, 'registration-admin', 'open-tickets', 'none'),
      version: 2,
    };
    const rebased = rebasePolicy(policy, staged, current);
    expect(rebased.version).to.equal(2);
    expect(diffPolicy(current, rebased).cells).to.deep.equal([
      { role: 'system-user', capability: 'grant-permissions', from: 'none', to: 'always' },
    ]);
    // setRoleCell keeps a cell's place in the role and never changes its input.
    const conditional = setRoleCell(policy, 'system-user', 'open-tickets', 'own-contact');
    expect(conditional.roles[2]!.capabilities[0]).to.deep.equal({
      capability: 'open-tickets',
      when: 'own-contact',
    });
    expect(policy.roles[2]!.capabilities[0]).to.deep.equal({ capability: 'open-tickets' });
  });
});
