import { MemoryAdapter, MemoryBackend } from '../../../../src/core/adapter/memory/index.js';
import { createDemoData, type DemoData } from '../../../../src/core/demo-data.js';
import type { Contact } from '../../../../src/core/model/index.js';

/** The refusal checks and the sample contact every adapter test shares. */
export { refusal, rejection, sampleContact as newContact } from '../support.js';

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
