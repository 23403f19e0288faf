import { expect } from '@open-wc/testing';
import { AdapterError, type AdapterErrorKind } from '../../../src/core/adapter/errors.js';
import type { ContactInput } from '../../../src/core/model/index.js';

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

/** A valid new contact (a fixed person: Estêvão Gonçalves, CPF 529.982.247-25), with `overrides`. */
export function sampleContact(overrides: Partial<ContactInput> = {}): ContactInput {
  return {
    name: 'Estêvão Gonçalves',
    email: 'estevao.goncalves@horizonte.com.br',
    country: 'BR',
    document: { type: 'cpf', number: '529.982.247-25' },
    phone: { countryCode: '55', area: '11', number: '987654321' },
    jobTitle: 'Analista de Compras',
    ...overrides,
  };
}
