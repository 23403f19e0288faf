import { expect } from '@open-wc/testing';
import { MemoryBackend } from '../../../src/core/adapter/memory/index.js';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import { createDemoData } from '../../../src/core/demo-data.js';
import {
  contactMatch,
  decideSignIn,
  matchesFilter,
  maySignIn,
} from '../../../src/core/rules/index.js';

const now = new Date('2026-12-03T09:30:00.000Z');

function refusedCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (AdapterError.is(error)) return `${error.kind}:${error.code ?? ''}`;
    throw error;
  }
  return undefined;
}

describe('signing in (decideSignIn, MemoryBackend.signIn)', () => {
  it('records the time on the contact, keeps its version, and writes no history', () => {
    const data = createDemoData({ contacts: 40, seed: 3 });
    const backend = new MemoryBackend({ data, clock: () => now });
    const admin = data.actors.generalAdmin;
    const before = backend.getContact(admin, admin);
    const history = backend.contactHistory(admin, admin).total;
    const after = backend.signIn(admin);
    expect(after.lastSignInAt).to.equal(now.toISOString());
    expect(after.version).to.equal(before.version);
    expect(backend.getContact(admin, admin)).to.deep.equal(after);
    expect(backend.contactHistory(admin, admin).total).to.equal(history);
    // The list's filter sees it at once: signed in today, inside a range from today on.
    const listed = backend.listContacts(admin, {
      filter: { signedIn: 'ever', lastSignInFrom: '2026-12-03' },
      limit: 500,
    });
    expect(listed.items.map((c) => c.id)).to.include(admin);
  });

  it('refuses someone who is not active, and no one unknown', () => {
    const data = createDemoData({ contacts: 60, seed: 3 });
    const backend = new MemoryBackend({ data, clock: () => now });
    const company = data.contacts.find((c) => c.id === data.actors.generalAdmin)!.companyId;
    const ofCompany = data.contacts.filter((c) => c.companyId === company);
    const suspended = ofCompany.find((c) => c.status === 'suspended' || c.status === 'inactive')!;
    const invited = ofCompany.find((c) => c.status === 'invited' || c.status === 'potential')!;
    expect(refusedCode(() => backend.signIn(suspended.id))).to.equal('forbidden:inactive-actor');
    expect(refusedCode(() => backend.signIn(invited.id))).to.equal('forbidden:inactive-actor');
    expect(refusedCode(() => backend.signIn('ct-nobody'))).to.equal('forbidden:unknown-actor');
    expect(backend.getContact(data.actors.generalAdmin, invited.id).lastSignInAt).to.equal(
      invited.lastSignInAt,
    );
    expect(maySignIn('active')).to.equal(true);
    expect(refusedCode(() => decideSignIn(invited, now.toISOString()))).to.equal(
      'forbidden:inactive-actor',
    );
  });

  it('matches never-signed-in contacts to "never" and to no range', () => {
    const data = createDemoData({ contacts: 30, seed: 2 });
    const never = data.contacts.find((c) => !c.lastSignInAt)!;
    const ever = data.contacts.find((c) => c.lastSignInAt)!;
    const match = (filter: unknown) => contactMatch(filter, []);
    expect(matchesFilter(never, match({ signedIn: 'never' }))).to.equal(true);
    expect(matchesFilter(ever, match({ signedIn: 'never' }))).to.equal(false);
    expect(matchesFilter(ever, match({ signedIn: 'ever' }))).to.equal(true);
    expect(matchesFilter(never, match({ lastSignInBefore: '2999-01-01' }))).to.equal(false);
    expect(matchesFilter(ever, match({ lastSignInBefore: '2999-01-01' }))).to.equal(true);
    const errors: { field: string }[] = [];
    contactMatch({ signedIn: 'often', lastSignInFrom: 'soon' }, errors as never);
    expect(errors.map((e) => e.field).sort()).to.deep.equal([
      'filter.lastSignInFrom',
      'filter.signedIn',
    ]);
  });
});
