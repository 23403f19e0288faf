import { expect } from '@open-wc/testing';
import { AdapterError, type AdapterErrorKind } from '../../../../src/core/adapter/errors.js';
import { MemoryAdapter, MemoryBackend } from '../../../../src/core/adapter/memory/index.js';
import { createDemoData, type DemoData } from '../../../../src/core/demo-data.js';
import type { Contact, ContactInput } from '../../../../src/core/model/index.js';

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-10T09:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    clock: () => new Date(now),
    advance(days: number) {
      now += days * 86_400_000;
    },
  };
}

/** A small world: two companies, a backend, and a session per named actor. */
export function world(contacts = 60) {
  const data: DemoData = createDemoData({ contacts, seed: 1 });
  const time = manualClock();
  const backend = new MemoryBackend({ data, clock: time.clock });
  const as = (actorId: string) => new MemoryAdapter({ backend, actorId });
  const [home, other] = data.companies;
  const otherActors = data.companyActors[other!.id]!;
  return {
    data,
    backend,
    time,
    as,
    home: home!,
    other: other!,
    general: as(data.actors.generalAdmin),
    registration: as(data.actors.registrationAdmin),
    system: as(data.actors.systemUser),
    otherGeneral: as(otherActors.generalAdmin),
    otherRegistration: as(otherActors.registrationAdmin),
    otherActors,
    contact: (id: string) => data.contacts.find((c) => c.id === id)!,
    /** A contact of the home company matching `test`, other than the named actors. */
    find(test: (c: Contact) => boolean): Contact {
      const actors = Object.values(data.actors);
      const found = data.contacts.find(
        (c) => c.companyId === home!.id && !actors.includes(c.id) && test(c),
      );
      if (!found) throw new Error('no such contact in the demo data');
      return found;
    },
  };
}

/** The backend's whole state, for "nothing was written" (the save time left out). */
export function state(backend: MemoryBackend): string {
  const { savedAt: _savedAt, ...rest } = backend.snapshot();
  return JSON.stringify(rest);
}

/** Awaits a refusal and checks its kind and code. */
export async function refusal(
  promise: Promise<unknown>,
  kind: AdapterErrorKind,
  code?: string,
): Promise<AdapterError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(AdapterError.is(caught), `expected an AdapterError, got ${String(caught)}`).to.equal(true);
  const error = caught as AdapterError;
  expect(error.kind, error.message).to.equal(kind);
  if (code !== undefined) expect(error.code, error.message).to.equal(code);
  return error;
}

/** A valid new contact. */
export function newContact(overrides: Partial<ContactInput> = {}): ContactInput {
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
