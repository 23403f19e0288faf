import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as z from 'zod';
import * as checks from '../../../src/core/model/checks.js';
import { approversSchema, contactSchema, policySchema } from '../../../src/core/model/index.js';
import { createDemoData } from '../../../src/core/demo-data.js';
import { defaultPolicy, policyPresets } from '../../../src/core/permissions/index.js';
import { zodArbitrary } from './zod-arbitrary.js';

/** Holds a plain record check to the zod schema of the same name: same verdict, same cleaned data. */
function agrees(name: string, check: checks.RecordCheck<unknown>, schema: z.ZodType): void {
  let valid = 0;
  let runs = 0;
  fc.assert(
    fc.property(zodArbitrary(schema), (value) => {
      runs++;
      const ours = check.safeParse(value);
      const theirs = schema.safeParse(value);
      expect(ours.success, `${name}: ${JSON.stringify(value)}`).to.equal(theirs.success);
      if (ours.success && theirs.success) {
        valid++;
        expect(ours.data).to.deep.equal(theirs.data);
      }
    }),
    { numRuns: 400 },
  );
  // Both verdicts were exercised, or the comparison proves little.
  expect(valid, `${name}: valid records generated`).to.be.within(1, runs - 1);
}

describe('record checks without zod (core/model/checks)', () => {
  it('answer like the model’s contactSchema on generated records', () => {
    agrees('contact', checks.contactSchema, contactSchema);
  });

  it('answer like the model’s policySchema on generated policies', () => {
    agrees('policy', checks.policySchema, policySchema);
  });

  it('answer like the model’s approversSchema on generated approvers', () => {
    agrees('approvers', checks.approversSchema, approversSchema);
  });

  it('accept the real records and drop unknown keys, as zod does', () => {
    const data = createDemoData({ contacts: 30, seed: 3 });
    for (const contact of data.contacts) {
      const parsed = checks.contactSchema.safeParse({ ...contact, extra: 1 });
      expect(parsed).to.deep.equal({ success: true, data: contactSchema.parse(contact) });
    }
    for (const policy of [defaultPolicy, ...Object.values(policyPresets)]) {
      expect(checks.policySchema.safeParse(policy)).to.deep.equal({ success: true, data: policy });
    }
  });

  it('name every bad field in the shared vocabulary', () => {
    const result = checks.policySchema.safeParse({
      id: '',
      version: -1,
      capabilities: [{ id: 'a', group: 'g', scope: 'planet' }],
      roles: [],
      adminRole: 'admin',
      defaultRole: 7,
      grantCapability: 'a',
    });
    expect(result).to.deep.equal({
      success: false,
      errors: [
        { field: 'id', code: 'too-short', params: { min: 1 } },
        { field: 'version', code: 'invalid-type', params: { expected: 'non-negative integer' } },
        {
          field: 'capabilities.0.scope',
          code: 'invalid-value',
          params: { allowed: 'company, site' },
        },
        { field: 'roles', code: 'too-short', params: { min: 1 } },
        { field: 'defaultRole', code: 'invalid-type', params: { expected: 'string' } },
      ],
    });
    expect(checks.approversSchema.safeParse(null)).to.deep.equal({
      success: false,
      errors: [{ field: '', code: 'invalid-type', params: { expected: 'object' } }],
    });
  });
});
