import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PolicyEditor } from '../../../src/controllers/permission-matrix/policy-editor.js';
import type { Policy } from '../../../src/core/model/index.js';
import { roleCellState, setRoleCell } from '../../../src/core/permissions/diff.js';
import {
  createPermissionEngine,
  defaultPolicy,
  grantRefusal,
  parsePolicy,
  policyFacts,
  policyFactsFromCounts,
  validatePolicyChange,
  type Actor,
  type PolicyFacts,
} from '../../../src/core/permissions/index.js';
import { actorArb, companyIds, person, policyArb } from '../permissions/arbitraries.js';

const copy = (policy: Policy): Policy => structuredClone(policy);

/** Everyone holds a role: no policy change below is refused for the admin role being empty. */
const everyoneActing = (policy: Policy): PolicyFacts => ({
  roleHolders: Object.fromEntries(policy.roles.map((r) => [r.id, { all: 1, acting: 1 }])),
});

/** `<permission-matrix>`'s role-table editor, as its controller builds it, showing `policy` to `actor`. */
function matrixFor(policy: Policy, actor: Actor): PolicyEditor {
  const engine = createPermissionEngine(policy);
  return new PolicyEditor(
    { actor, engine, policy, grantRefusal: () => grantRefusal(engine, actor) },
    () => undefined,
  );
}

/** The policy a click on a role-table cell stages (what `toggleRoleCell` does with nothing staged). */
const toggled = (policy: Policy, role: string, capability: string): Policy =>
  setRoleCell(
    policy,
    role,
    capability,
    roleCellState(
      policy.roles.find((r) => r.id === role),
      capability,
    ) === 'none'
      ? 'always'
      : 'none',
  );

/** Whether a backend saves `next` for `actor`: the policy is valid and `validatePolicyChange` is empty. */
function backendAccepts(policy: Policy, actor: Actor, next: Policy): boolean {
  const parsed = parsePolicy(next);
  if (!parsed.ok) return false;
  return (
    validatePolicyChange(createPermissionEngine(policy), actor, parsed.policy, everyoneActing(next))
      .length === 0
  );
}

describe('validatePolicyChange', () => {
  const engine = createPermissionEngine(defaultPolicy);
  const general = person('g', 'general-admin');
  const clerk = person('r', 'registration-admin', { grants: ['grant-permissions'] });
  const facts = policyFacts([general, clerk, person('u', 'system-user')]);

  it('lets a general admin change any cell, and refuses everyone who cannot grant', () => {
    const next = setRoleCell(defaultPolicy, 'system-user', 'approve-budgets', 'always');
    expect(validatePolicyChange(engine, general, next, facts)).to.deep.equal([]);
    expect(
      validatePolicyChange(engine, person('r', 'registration-admin'), next, facts),
    ).to.deep.equal([{ allowed: false, code: 'cannot-grant', missing: 'grant-permissions' }]);
    expect(
      validatePolicyChange(
        engine,
        person('g', 'general-admin', { status: 'suspended' }),
        next,
        facts,
      )[0]?.code,
    ).to.equal('inactive-actor');
  });

  it('refuses a capability the actor does not hold outright, in any role, their own included', () => {
    const own = setRoleCell(
      defaultPolicy,
      'registration-admin',
      'transfer-administration',
      'always',
    );
    expect(validatePolicyChange(engine, clerk, own, facts)).to.deep.equal([
      {
        allowed: false,
        code: 'grant-not-held',
        subject: 'transfer-administration',
        missing: 'transfer-administration',
        role: 'registration-admin',
      },
    ]);
    // Under a condition, or taken away: still a change to what the role does with it.
    const conditioned = setRoleCell(defaultPolicy, 'system-user', 'define-approvers', 'granted');
    expect(validatePolicyChange(engine, clerk, conditioned, facts)[0]?.code).to.equal(
      'grant-not-held',
    );
    const removed = setRoleCell(defaultPolicy, 'general-admin', 'enable-platforms', 'none');
    expect(validatePolicyChange(engine, clerk, removed, facts)[0]?.code).to.equal('grant-not-held');
    // What they hold outright they may move.
    const held = setRoleCell(defaultPolicy, 'system-user', 'delete-contacts', 'always');
    expect(validatePolicyChange(engine, clerk, held, facts)).to.deep.equal([]);
  });

  it('keeps the admin role held by someone who can act', () => {
    const general = defaultPolicy.roles.find((r) => r.id === 'general-admin')!;
    const next: Policy = {
      ...copy(defaultPolicy),
      roles: [...copy(defaultPolicy).roles, { id: 'owner', capabilities: general.capabilities }],
      adminRole: 'owner',
    };
    expect(validatePolicyChange(engine, person('g', 'general-admin'), next, facts)).to.deep.equal([
      { allowed: false, code: 'last-admin', subject: 'owner', role: 'owner' },
    ]);
    const suspendedOwner = policyFacts([
      person('g', 'general-admin'),
      person('o', 'owner', { status: 'suspended' }),
    ]);
    expect(
      validatePolicyChange(engine, person('g', 'general-admin'), next, suspendedOwner)[0]?.code,
    ).to.equal('last-admin');
    const actingOwner = policyFacts([person('g', 'general-admin'), person('o', 'owner')]);
    expect(
      validatePolicyChange(engine, person('g', 'general-admin'), next, actingOwner),
    ).to.deep.equal([]);
  });

  it('guards the grant capability and the fields people edit on their own contact', () => {
    const grant: Policy = { ...copy(defaultPolicy), grantCapability: 'transfer-administration' };
    expect(validatePolicyChange(engine, clerk, grant, facts)).to.deep.include({
      allowed: false,
      code: 'grant-not-held',
      subject: 'transfer-administration',
      missing: 'transfer-administration',
    });
    const fields: Policy = { ...copy(defaultPolicy), selfEditableFields: ['name', 'notes'] };
    expect(validatePolicyChange(engine, general, fields, facts)).to.deep.equal([]);
    const noEdit = createPermissionEngine(
      setRoleCell(defaultPolicy, 'general-admin', 'edit-contacts', 'own-contact'),
    );
    expect(
      validatePolicyChange(
        noEdit,
        general,
        { ...noEdit.policy, selfEditableFields: ['name'] },
        facts,
      ),
    ).to.deep.equal([
      {
        allowed: false,
        code: 'grant-not-held',
        subject: 'edit-contacts',
        missing: 'edit-contacts',
      },
    ]);
    // The same list written out (in another order) is no change.
    const same: Policy = {
      ...copy(defaultPolicy),
      selfEditableFields: ['communication', 'address', 'company', 'jobTitle', 'phone', 'name'],
    };
    expect(
      validatePolicyChange(noEdit, general, { ...same, roles: noEdit.policy.roles }, facts),
    ).to.deep.equal([]);
  });

  it('counts role holders, acting or not', () => {
    expect(
      policyFacts([
        person('a', 'x'),
        person('b', 'x', { status: 'inactive' }),
        person('c', 'y', { status: 'invited' }),
      ]).roleHolders,
    ).to.deep.equal({ x: { all: 2, acting: 1 }, y: { all: 1, acting: 1 } });
  });

  it('counts the same from counts per role and status as from every contact (what a database groups)', () => {
    const statuses = ['potential', 'active', 'suspended', 'inactive', 'invited'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ role: fc.constantFrom('x', 'y', 'z'), status: fc.constantFrom(...statuses) }),
        ),
        (people) => {
          const grouped = new Map<
            string,
            { role: string; status: Actor['status']; count: number }
          >();
          for (const { role, status } of people) {
            const key = `${role}|${status}`;
            const group = grouped.get(key) ?? { role, status, count: 0 };
            group.count++;
            grouped.set(key, group);
          }
          const contacts = people.map((p, i) => person(`p${i}`, p.role, { status: p.status }));
          expect(policyFactsFromCounts(grouped.values())).to.deep.equal(policyFacts(contacts));
        },
      ),
    );
    expect(
      policyFactsFromCounts([
        { role: 'x', status: 'active', count: 3 },
        { role: 'x', status: 'suspended', count: 2 },
      ]).roleHolders,
    ).to.deep.equal({ x: { all: 5, acting: 3 } });
  });
});

describe('<permission-matrix> and the backend agree on every role-table cell', () => {
  it('a cell is editable in the matrix exactly when a backend would save the edit', () => {
    let editable = 0;
    let locked = 0;
    fc.assert(
      fc.property(
        policyArb.chain((policy) => fc.tuple(fc.constant(policy), actorArb(policy))),
        ([policy, actor]) => {
          const matrix = matrixFor(policy, actor);
          for (const role of policy.roles) {
            for (const capability of companyIds(policy)) {
              const matrixAllows = matrix.refusal(role.id, capability) === undefined;
              const next = toggled(policy, role.id, capability);
              expect(
                backendAccepts(policy, actor, next),
                `${actor.role} toggling ${role.id} × ${capability}`,
              ).to.equal(matrixAllows);
              if (matrixAllows) editable++;
              else locked++;
            }
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(editable, 'cells the matrix lets someone edit').to.be.greaterThan(50);
    expect(locked, 'cells the matrix refuses').to.be.greaterThan(50);
  });

  it('the default policy: a general admin edits every cell but the admin role’s grant; a clerk with the grant only what they hold', () => {
    const general = matrixFor(defaultPolicy, person('g', 'general-admin'));
    expect(general.refusal('general-admin', 'grant-permissions')?.kind).to.equal('locked');
    expect(
      backendAccepts(
        defaultPolicy,
        person('g', 'general-admin'),
        toggled(defaultPolicy, 'general-admin', 'grant-permissions'),
      ),
    ).to.equal(false);
    const clerk = person('r', 'registration-admin', { grants: ['grant-permissions'] });
    const matrix = matrixFor(defaultPolicy, clerk);
    expect(matrix.refusal('registration-admin', 'transfer-administration')).to.deep.include({
      kind: 'engine',
    });
    expect(
      backendAccepts(
        defaultPolicy,
        clerk,
        toggled(defaultPolicy, 'registration-admin', 'transfer-administration'),
      ),
    ).to.equal(false);
    expect(matrix.refusal('system-user', 'delete-contacts')).to.equal(undefined);
    expect(
      backendAccepts(
        defaultPolicy,
        clerk,
        toggled(defaultPolicy, 'system-user', 'delete-contacts'),
      ),
    ).to.equal(true);
  });
});

describe('validatePolicyChange — the capabilities are the vendor’s', () => {
  const engine = createPermissionEngine(defaultPolicy);
  const general = person('g', 'general-admin');
  const facts = policyFacts([general]);

  it('refuses adding, removing or re-scoping a capability, and lets its group change', () => {
    const added: Policy = {
      ...copy(defaultPolicy),
      capabilities: [...defaultPolicy.capabilities, { id: 'fly', group: 'x', scope: 'company' }],
    };
    expect(validatePolicyChange(engine, general, added, facts)).to.deep.equal([
      { allowed: false, code: 'capabilities-fixed', subject: 'fly' },
    ]);
    const rescoped: Policy = {
      ...copy(defaultPolicy),
      capabilities: defaultPolicy.capabilities.map((c) =>
        c.id === 'download-public-files' ? { ...c, scope: 'site' as const } : c,
      ),
      roles: defaultPolicy.roles.map((r) => ({
        ...r,
        capabilities: r.capabilities.filter((e) => e.capability !== 'download-public-files'),
      })),
    };
    expect(validatePolicyChange(engine, general, rescoped, facts).map((e) => e.code)).to.include(
      'capabilities-fixed',
    );
    const regrouped: Policy = {
      ...copy(defaultPolicy),
      capabilities: defaultPolicy.capabilities.map((c) => ({ ...c, group: 'all' })),
    };
    expect(validatePolicyChange(engine, general, regrouped, facts)).to.deep.equal([]);
  });
});
