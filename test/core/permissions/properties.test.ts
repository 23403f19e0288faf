import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createPermissionEngine, parsePolicy } from '../../../src/core/permissions/index.js';
import { PEOPLE, SITES, checkArb, policyArb, siteIds } from './arbitraries.js';

/* Properties over random policies, people and targets (generators in `arbitraries.ts`). */

describe('permission engine — properties', () => {
  it('can and explain never disagree, and filter keeps exactly what can allows', () => {
    fc.assert(
      fc.property(checkArb, ([policy, checks]) => {
        const engine = createPermissionEngine(policy);
        const items = PEOPLE.map((id) => ({ id }));
        const siteItems = [...SITES, 's-other'].map((id) => ({ id }));
        const siteScoped = new Set(siteIds(policy));
        for (const [actor, capability, target] of checks) {
          const explanation = engine.explain(actor, capability, target);
          expect(engine.can(actor, capability, target)).to.equal(explanation.allowed);
          if (!explanation.allowed) expect(explanation.code).to.be.a('string');
          const list = siteScoped.has(capability) ? siteItems : items;
          const expected = list.filter((item) =>
            engine.can(
              actor,
              capability,
              siteScoped.has(capability) ? { siteId: item.id } : { contactId: item.id },
            ),
          );
          expect(engine.filter(actor, capability, list)).to.deep.equal(expected);
        }
      }),
    );
  });

  it('a policy serialised as JSON and reloaded through parsePolicy answers exactly as the original', () => {
    fc.assert(
      fc.property(checkArb, ([policy, checks]) => {
        const reloaded = parsePolicy(JSON.parse(JSON.stringify(policy)));
        expect(reloaded.errors).to.equal(undefined);
        const original = createPermissionEngine(policy);
        const copy = createPermissionEngine(reloaded.policy!);
        for (const [actor, capability, target] of checks) {
          expect(copy.explain(actor, capability, target)).to.deep.equal(
            original.explain(actor, capability, target),
          );
          expect(copy.effective(actor, target)).to.deep.equal(original.effective(actor, target));
        }
      }),
    );
  });

  it('withPolicy answers exactly as an engine built from scratch', () => {
    fc.assert(
      fc.property(policyArb, checkArb, (first, [second, checks]) => {
        const evolved = createPermissionEngine(first).withPolicy(second);
        const fresh = createPermissionEngine(second);
        for (const [actor, capability, target] of checks) {
          expect(evolved.explain(actor, capability, target)).to.deep.equal(
            fresh.explain(actor, capability, target),
          );
        }
      }),
    );
  });
});
