import { expect } from '@open-wc/testing';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { Policy } from '../../../src/core/model/index.js';
import { setRoleCell, type HoldState } from '../../../src/core/permissions/diff.js';
import {
  createPermissionEngine,
  defaultPolicy,
  policyFacts,
  roleCellRefusal,
} from '../../../src/core/permissions/index.js';
import { decidePolicyUpdate } from '../../../src/core/rules/index.js';
import { world } from '../../helpers/world.js';

const states: HoldState[] = ['always', 'granted', 'own-contact', 'none'];

/** The default policy, except that general admins hold "Enables use of platforms" only on their own contact. */
function policyWithAGap(): Policy {
  const policy = structuredClone(defaultPolicy);
  const admin = policy.roles.find((role) => role.id === 'general-admin')!;
  admin.capabilities = admin.capabilities.map((entry) =>
    entry.capability === 'enable-platforms' ? { ...entry, when: 'own-contact' } : entry,
  );
  return policy;
}

describe('roleCellRefusal: the state a role-table cell may take', () => {
  it('refuses every state but “always” for the admin role’s grant capability (admin-cannot-grant)', () => {
    const engine = createPermissionEngine(defaultPolicy);
    const actor = {
      id: 'a',
      role: 'general-admin',
      grants: [],
      sites: [],
      status: 'active' as const,
    };
    for (const state of ['granted', 'own-contact', 'none'] as const) {
      const refusal = roleCellRefusal(engine, actor, 'general-admin', 'grant-permissions', state);
      expect(refusal?.kind, state).to.equal('invalid');
      expect(refusal?.kind === 'invalid' && refusal.error.code, state).to.equal(
        'admin-cannot-grant',
      );
    }
    expect(roleCellRefusal(engine, actor, 'general-admin', 'grant-permissions', 'always')).to.equal(
      undefined,
    );
    // Any state of an ordinary cell, conditions included.
    for (const state of states) {
      expect(
        roleCellRefusal(engine, actor, 'system-user', 'approve-budgets', state),
        state,
      ).to.equal(undefined);
    }
  });

  it('refuses a capability the actor does not hold outright, and anything to a non-granter', () => {
    const engine = createPermissionEngine(policyWithAGap());
    const admin = {
      id: 'a',
      role: 'general-admin',
      grants: [],
      sites: [],
      status: 'active' as const,
    };
    const refusal = roleCellRefusal(engine, admin, 'system-user', 'enable-platforms', 'always');
    expect(refusal?.kind === 'refused' && refusal.explanation.code).to.equal('grant-not-held');
    const registrar = { ...admin, role: 'registration-admin' };
    const gate = roleCellRefusal(engine, registrar, 'system-user', 'open-tickets', 'none');
    expect(gate?.kind === 'refused' && gate.explanation.code).to.equal('cannot-grant');
  });

  it('refuses exactly what the backend refuses, cell by cell and state by state', async () => {
    const w = world({ policy: policyWithAGap(), contacts: 12 });
    const everyone = (await w.as('generalAdmin').contacts.list({ limit: 100 })).items;
    for (const who of ['generalAdmin', 'registrationAdmin'] as const) {
      const adapter = w.as(who);
      const actor = await adapter.contacts.get(w.data.actors[who]);
      const saved = await adapter.permissions.policy();
      const engine = createPermissionEngine(saved);
      const facts = {
        ...policyFacts(everyone),
        approvers: await adapter.permissions.approvers(),
        approverContacts: [],
      };
      const cells = saved.capabilities
        .filter((capability) => capability.scope === 'company')
        .flatMap((capability) => saved.roles.map((role) => [role.id, capability.id] as const));
      for (const [role, capability] of cells) {
        for (const state of states) {
          const where = `${who} ${capability}@${role} → ${state}`;
          const next = setRoleCell(saved, role, capability, state);
          const ui = roleCellRefusal(engine, actor, role, capability, state);
          if (ui) {
            // Refused: the memory backend refuses the write too (and so writes nothing).
            const error = await adapter.permissions
              .updatePolicy(next, { version: saved.version })
              .then(
                () => undefined,
                (e: unknown) => e,
              );
            expect(AdapterError.is(error), where).to.equal(true);
          } else {
            // Allowed: the decision every backend runs on this write lets it through.
            const context = { engine, actor, now: '2026-11-01T12:00:00Z' };
            expect(
              () => decidePolicyUpdate(context, saved, next, saved.version, facts),
              where,
            ).to.not.throw();
          }
        }
      }
    }
    // And one allowed write, end to end.
    const adapter = w.as('generalAdmin');
    const saved = await adapter.permissions.policy();
    const written = await adapter.permissions.updatePolicy(
      setRoleCell(saved, 'system-user', 'approve-budgets', 'always'),
      { version: saved.version },
    );
    const systemUser = written.roles.find((role) => role.id === 'system-user')!;
    expect(systemUser.capabilities.find((c) => c.capability === 'approve-budgets')).to.deep.equal({
      capability: 'approve-budgets',
    });
  });
});
