import { expect } from '@open-wc/testing';
import { AdapterError, type AdapterErrorKind } from '../../../src/core/adapter/errors.js';
import type { ContactInput } from '../../../src/core/model/index.js';
import { generateCpf } from '../../../src/core/validation/index.js';

/**
 * What every adapter test shares: awaiting a refusal, and a valid contact to create. The memory tests,
 * the REST adapter tests and the contract suite all use these, so a refusal reads the same everywhere.
 */

/** Awaits `promise` expecting it to reject; answers what it rejected with (fails if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return expect.fail('expected a rejection, but the call succeeded');
}

/** Awaits `promise` expecting an `AdapterError` of `kind` (and `code`, when given); answers it. */
export async function refusal(
  promise: Promise<unknown>,
  kind: AdapterErrorKind,
  code?: string,
): Promise<AdapterError> {
  const caught = await rejection(promise);
  expect(AdapterError.is(caught), `expected an AdapterError, got ${String(caught)}`).to.equal(true);
  const error = caught as AdapterError;
  expect(error.kind, `${error.code}: ${error.message}`).to.equal(kind);
  if (code !== undefined) expect(error.code, error.message).to.equal(code);
  return error;
}

/** A valid CPF of its own for `text` (the same text, the same CPF): a string hash seeds the generator. */
export function cpfFor(text: string): string {
  let state = 2166136261;
  for (let i = 0; i < text.length; i++) state = Math.imul(state ^ text.charCodeAt(i), 16777619);
  return generateCpf(() => {
    state = (Math.imul(state >>> 0, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  });
}

/**
 * A valid new contact (a fixed person: Estêvão Gonçalves, CPF 529.982.247-25), with `overrides`. A
 * CPF is unique in a company, so a contact given another e-mail (another person) and no document gets a
 * CPF of its own, derived from the e-mail.
 */
export function sampleContact(overrides: Partial<ContactInput> = {}): ContactInput {
  const document =
    overrides.email !== undefined
      ? { type: 'cpf' as const, number: cpfFor(overrides.email.toLowerCase()) }
      : { type: 'cpf' as const, number: '529.982.247-25' };
  return {
    name: 'Estêvão Gonçalves',
    email: 'estevao.goncalves@horizonte.com.br',
    country: 'BR',
    document,
    phone: { countryCode: '55', area: '11', number: '987654321' },
    jobTitle: 'Analista de Compras',
    ...overrides,
  };
}
