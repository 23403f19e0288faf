import { expect } from '@open-wc/testing';
import * as z from 'zod';
import { issuesToFieldErrors } from '../../../src/core/adapter/field-errors.js';

const schema = z
  .object({
    name: z.string().min(2).max(5),
    kind: z.enum(['cpf', 'passport']),
    tags: z.array(z.string()).min(1).max(2),
    seats: z.number().int().min(1).max(10),
    email: z.email(),
    nested: z.object({ flag: z.boolean() }),
  })
  .strict();

const errorsOf = (input: unknown, whole?: string) => {
  const result = schema.safeParse(input);
  expect(result.success).to.equal(false);
  return issuesToFieldErrors(result.error!.issues, input, whole);
};

describe('issuesToFieldErrors — one vocabulary for every zod schema', () => {
  it('names a missing field required and a wrong type invalid-type, with what was expected', () => {
    expect(
      errorsOf({ name: 42, kind: 'cpf', tags: ['a'], seats: 1, email: 'a@b.co', nested: {} }),
    ).to.deep.equal([
      { field: 'name', code: 'invalid-type', params: { expected: 'string' } },
      { field: 'nested.flag', code: 'required' },
    ]);
    expect(errorsOf(null, 'body')).to.deep.equal([
      { field: 'body', code: 'invalid-type', params: { expected: 'object' } },
    ]);
  });

  it('says which values are allowed, how long or short a text or list may be, and each unknown key', () => {
    expect(
      errorsOf({
        name: 'Sebastião',
        kind: 'rg',
        tags: [],
        seats: 11,
        email: 'nope',
        nested: { flag: true },
        role: 'admin',
        extra: 1,
      }),
    ).to.deep.equal([
      { field: 'name', code: 'too-long', params: { max: 5 } },
      { field: 'kind', code: 'invalid-value', params: { allowed: 'cpf, passport' } },
      { field: 'tags', code: 'too-short', params: { min: 1 } },
      { field: 'seats', code: 'invalid-value', params: { max: 10 } },
      { field: 'email', code: 'invalid-value', params: { format: 'email' } },
      { field: 'role', code: 'not-allowed' },
      { field: 'extra', code: 'not-allowed' },
    ]);
  });

  it('calls an empty text required, a too short one too-short, a missing enum required', () => {
    expect(
      errorsOf({
        name: '',
        tags: ['a', 'b', 'c'],
        seats: 0.5,
        email: 'a@b.co',
        nested: { flag: 1 },
      }),
    ).to.deep.equal([
      { field: 'name', code: 'required' },
      { field: 'kind', code: 'required' },
      { field: 'tags', code: 'too-long', params: { max: 2 } },
      { field: 'seats', code: 'invalid-type', params: { expected: 'int' } },
      { field: 'nested.flag', code: 'invalid-type', params: { expected: 'boolean' } },
    ]);
    expect(
      errorsOf({
        name: 'A',
        kind: 'cpf',
        tags: ['a'],
        seats: 0,
        email: 'a@b.co',
        nested: { flag: true },
      }),
    ).to.deep.equal([
      { field: 'name', code: 'too-short', params: { min: 2 } },
      { field: 'seats', code: 'invalid-value', params: { min: 1 } },
    ]);
  });

  it('keeps a custom issue’s own domain code', () => {
    const custom = z.string().superRefine((value, ctx) => {
      if (value.includes(' '))
        ctx.addIssue({
          code: 'custom',
          message: 'spaces',
          params: { code: 'email-format', at: 3 },
        });
    });
    const result = custom.safeParse('a b');
    expect(issuesToFieldErrors(result.error!.issues, 'a b', 'email')).to.deep.equal([
      { field: 'email', code: 'email-format', params: { at: 3 } },
    ]);
  });
});
