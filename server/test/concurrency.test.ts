import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { after, describe, it } from 'node:test';
import type { Contact, ContactInput, Policy } from '../../src/core/model/index.js';
import { countsAsAdmin } from '../../src/core/permissions/index.js';
import { generateCpf } from '../../src/core/validation/index.js';
import { signToken } from '../src/auth.js';
import { invariantViolations } from '../src/db/invariants.js';
import {
  actors,
  data,
  dropTemplate,
  freshPostgresDatabase,
  onPostgres,
  secret,
  testServer,
  type TestServer,
} from './helpers.js';

/**
 * Invariants when requests race. On PostgreSQL the requests really run at once (the writes lock the
 * rows their facts come from, `server/src/db/facts.ts`); on PGlite they queue in front of its one
 * connection. Either way every answer must be a definite one (no 5xx) and the rows must keep every
 * invariant (`invariantViolations`) afterwards.
 */

after(dropTemplate);

const first = data.companies[0]!.id;
const contactPath = (id: string) => `/contacts/${encodeURIComponent(id)}`;

/**
 * Opens the server's database connections before a race (a pool opens them on demand, one after the
 * other, which would spread the racing requests over a second and let them run one by one).
 */
async function raceServer(): Promise<TestServer> {
  const test = await testServer();
  await Promise.all(
    Array.from({ length: 24 }, () => test.call(actors.generalAdmin, 'GET', '/seats')),
  );
  return test;
}
const codeOf = (body: unknown) => (body as { error?: { code?: string } }).error?.code;
const fieldCodes = (body: unknown) =>
  ((body as { error?: { fields?: { field: string; code: string }[] } }).error?.fields ?? []).map(
    (f) => `${f.field}:${f.code}`,
  );
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

type Answer = Awaited<ReturnType<TestServer['call']>>;

/** Counts answers by status: `{ 200: 1, 409: 19 }`. */
function statuses(answers: readonly Answer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
}

async function contact(test: TestServer, id: string): Promise<Contact> {
  const answer = await test.call(actors.generalAdmin, 'GET', contactPath(id));
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body as Contact;
}

async function policyOf(test: TestServer, reader = actors.generalAdmin): Promise<Policy> {
  const answer = await test.call(reader, 'GET', '/policy');
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body as Policy;
}

/**
 * The company's contacts that count as general admins, read from the database by `reader` (after a
 * race that may suspend the named general admin, read as someone the race cannot touch).
 */
async function admins(
  test: TestServer,
  reader = actors.generalAdmin,
  companyId = first,
): Promise<Contact[]> {
  const policy = await policyOf(test, reader);
  const page = await test.call(reader, 'GET', '/contacts?limit=500');
  assert.equal(page.status, 200, JSON.stringify(page.body));
  assert.equal(companyId, first);
  return (page.body as { items: Contact[] }).items.filter((c) => countsAsAdmin(policy, c));
}

/** An active registration admin of the first company other than the named one. */
function otherRegistrationAdmin(): string {
  const found = data.contacts.find(
    (c) =>
      c.companyId === first &&
      c.status === 'active' &&
      c.role === 'registration-admin' &&
      c.id !== actors.registrationAdmin,
  );
  assert.ok(found, 'the first company has a second active registration admin');
  return found.id;
}

let serial = 0;
function newContact(overrides: Partial<ContactInput> = {}): ContactInput {
  serial += 1;
  let seed = serial * 7919;
  const random = () => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 2 ** 32;
  };
  return {
    name: `Concorrência ${serial}`,
    email: `race.${serial}@exemplo.com.br`,
    country: 'BR',
    document: { type: 'cpf', number: generateCpf(random) },
    phone: { countryCode: '55', area: '11', number: '987654321' },
    jobTitle: 'Teste',
    ...overrides,
  };
}

async function noViolations(test: TestServer): Promise<void> {
  for (const company of data.companies) {
    assert.deepEqual(await invariantViolations(test.store.db, company.id), []);
  }
}

describe('invariants under concurrent requests', () => {
  it('20 parallel demotions and suspensions of the last two general admins leave exactly one', async () => {
    const test = await raceServer();
    try {
      // Down to two general admins: the named one (G) and another (A).
      const [keep, ...rest] = (await admins(test)).filter((c) => c.id !== actors.generalAdmin);
      assert.ok(keep && rest.length >= 1, 'the first company has at least three general admins');
      for (const extra of rest) {
        const answer = await test.call(
          actors.registrationAdmin,
          'POST',
          `${contactPath(extra.id)}/transitions`,
          { body: { action: 'suspend' }, headers: ifMatch(extra.version) },
        );
        assert.equal(answer.status, 200);
      }
      const g = await contact(test, actors.generalAdmin);
      const a = await contact(test, keep.id);
      assert.equal((await admins(test)).length, 2);
      // Two registration admins, so that suspending A and suspending G share no row but the admins'.
      const [r1, r2] = [actors.registrationAdmin, otherRegistrationAdmin()];

      const race: Promise<Answer>[] = [];
      for (let i = 0; i < 20; i++) {
        const kind = i % 3;
        if (kind === 0) {
          // A registration admin suspends A.
          race.push(
            test.call(r1, 'POST', `${contactPath(a.id)}/transitions`, {
              body: { action: 'suspend' },
              headers: ifMatch(a.version),
            }),
          );
        } else if (kind === 1) {
          // G demotes A.
          race.push(
            test.call(actors.generalAdmin, 'PUT', `${contactPath(a.id)}/access`, {
              body: { role: 'system-user', grants: [], sites: a.sites },
              headers: ifMatch(a.version),
            }),
          );
        } else {
          // Another registration admin suspends G.
          race.push(
            test.call(r2, 'POST', `${contactPath(g.id)}/transitions`, {
              body: { action: 'suspend' },
              headers: ifMatch(g.version),
            }),
          );
        }
      }
      const answers = await Promise.all(race);
      const counts = statuses(answers);
      assert.equal(counts[200], 1, JSON.stringify(counts));
      assert.equal((counts[403] ?? 0) + (counts[409] ?? 0), 19, JSON.stringify(counts));
      for (const answer of answers.filter((x) => x.status === 403)) {
        assert.ok(
          ['last-admin', 'inactive-actor'].includes(codeOf(answer.body) ?? ''),
          String(codeOf(answer.body)),
        );
      }
      for (const answer of answers.filter((x) => x.status === 409)) {
        assert.equal(codeOf(answer.body), 'stale-version');
      }
      // The suspension of G may be the one that won: read as r1, whom no act of the race touches.
      assert.equal((await admins(test, r1)).length, 1, 'one general admin is left');
      await noViolations(test);
    } finally {
      await test.close();
    }
  });

  it('20 parallel creates of one e-mail make one contact; of one CPF, one contact', async () => {
    const test = await raceServer();
    try {
      const email = newContact();
      const sameEmail = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          test.call(actors.generalAdmin, 'POST', '/contacts', {
            body: newContact({ email: i % 2 ? email.email.toUpperCase() : email.email }),
          }),
        ),
      );
      assert.deepEqual(statuses(sameEmail), { 201: 1, 422: 19 });
      for (const answer of sameEmail.filter((x) => x.status === 422)) {
        assert.deepEqual(fieldCodes(answer.body), ['email:email-taken']);
      }
      const cpf = newContact();
      const sameCpf = await Promise.all(
        Array.from({ length: 20 }, () =>
          test.call(actors.registrationAdmin, 'POST', '/contacts', {
            body: newContact({ document: cpf.document }),
          }),
        ),
      );
      assert.deepEqual(statuses(sameCpf), { 201: 1, 422: 19 });
      for (const answer of sameCpf.filter((x) => x.status === 422)) {
        assert.deepEqual(fieldCodes(answer.body), ['document.number:document-taken']);
      }
      const found = await test.call(
        actors.generalAdmin,
        'GET',
        `/contacts?search=${encodeURIComponent(email.email)}`,
      );
      assert.equal((found.body as { total: number }).total, 1);
      await noViolations(test);
    } finally {
      await test.close();
    }
  });

  it('one Idempotency-Key sent 20 times at once makes one contact, and every answer is the first', async () => {
    const test = await raceServer();
    try {
      const before = await test.call(actors.generalAdmin, 'GET', '/contacts?limit=1');
      const input = newContact();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          test.call(actors.generalAdmin, 'POST', '/contacts', {
            body: input,
            headers: { 'Idempotency-Key': 'one-create' },
          }),
        ),
      );
      assert.deepEqual(statuses(answers), { 201: 20 });
      const ids = new Set(answers.map((a) => (a.body as Contact).id));
      assert.equal(ids.size, 1, 'every answer names the same contact');
      assert.equal(
        answers.filter((a) => a.headers.get('Idempotent-Replayed') === 'true').length,
        19,
      );
      const afterwards = await test.call(actors.generalAdmin, 'GET', '/contacts?limit=1');
      assert.equal(
        (afterwards.body as { total: number }).total,
        (before.body as { total: number }).total + 1,
      );
    } finally {
      await test.close();
    }
  });

  it('parallel ticket transfers in every direction neither lose nor duplicate a ticket', async () => {
    const test = await raceServer();
    try {
      const people = data.contacts
        .filter((c) => c.companyId === first && c.status === 'active' && c.openTickets > 0)
        .slice(0, 4);
      assert.equal(people.length, 4);
      const total = people.reduce((sum, c) => sum + c.openTickets, 0);
      const answers = await Promise.all(
        people.flatMap((from) =>
          people
            .filter((to) => to.id !== from.id)
            .map((to) =>
              test.call(
                actors.registrationAdmin,
                'POST',
                `${contactPath(from.id)}/transfer-tickets`,
                {
                  body: { to: to.id },
                },
              ),
            ),
        ),
      );
      for (const answer of answers) {
        assert.ok(
          answer.status === 200 || (answer.status === 409 && codeOf(answer.body) === 'no-tickets'),
          `${answer.status} ${JSON.stringify(answer.body)}`,
        );
      }
      const now = await Promise.all(people.map((p) => contact(test, p.id)));
      assert.equal(
        now.reduce((sum, c) => sum + c.openTickets, 0),
        total,
        'the tickets in progress add up',
      );
      const moved = answers
        .filter((a) => a.status === 200)
        .reduce((sum, a) => sum + (a.body as { moved: number }).moved, 0);
      assert.ok(moved >= total, 'every transfer that was accepted moved what its source had');
    } finally {
      await test.close();
    }
  });

  it('approver lists follow the capability while people are suspended at the same time', async () => {
    const test = await raceServer();
    try {
      const person = { id: otherRegistrationAdmin() };
      for (let round = 0; round < 4; round++) {
        const current = await contact(test, person.id);
        const approvers = (await test.call(actors.generalAdmin, 'GET', '/approvers')).body as {
          budgets: string[];
          tickets: string[];
          version: number;
        };
        const [listed, suspended] = await Promise.all([
          test.call(actors.generalAdmin, 'PUT', '/approvers', {
            body: { budgets: [...approvers.budgets, person.id], tickets: approvers.tickets },
            headers: ifMatch(approvers.version),
          }),
          test.call(actors.registrationAdmin, 'POST', `${contactPath(person.id)}/transitions`, {
            body: { action: 'suspend' },
            headers: ifMatch(current.version),
          }),
        ]);
        assert.equal(suspended.status, 200, JSON.stringify(suspended.body));
        assert.ok(
          listed.status === 200 ||
            (listed.status === 422 &&
              fieldCodes(listed.body).some((f) => f.endsWith('approver-inactive'))) ||
            (listed.status === 409 && codeOf(listed.body) === 'stale-version'),
          `${listed.status} ${JSON.stringify(listed.body)}`,
        );
        const lists = (await test.call(actors.generalAdmin, 'GET', '/approvers')).body as {
          budgets: string[];
        };
        assert.ok(!lists.budgets.includes(person.id), 'a suspended person approves nothing');
        await noViolations(test);
        const back = await contact(test, person.id);
        const reactivated = await test.call(
          actors.registrationAdmin,
          'POST',
          `${contactPath(person.id)}/transitions`,
          { body: { action: 'reactivate' }, headers: ifMatch(back.version) },
        );
        assert.equal(reactivated.status, 200);
      }
    } finally {
      await test.close();
    }
  });

  it('import batches, single creates and edits of the same e-mails racing: each e-mail once, every row answered', async () => {
    const test = await raceServer();
    try {
      const before = (await test.call(actors.generalAdmin, 'GET', '/contacts?limit=1')).body as {
        total: number;
      };
      const people = Array.from({ length: 12 }, () => newContact());
      const existing = await contact(test, actors.systemUser);
      const rows = [
        ...people.map((person) => ({ contact: person })),
        { contact: { ...newContact(), email: existing.email, jobTitle: 'Importada' } },
      ];
      const race: Promise<Answer>[] = [];
      for (let i = 0; i < 6; i++) {
        // Batches in different orders, so each locks the same keys having read them differently.
        const batch = i % 2 ? [...rows].reverse() : rows;
        race.push(
          test.call(actors.generalAdmin, 'POST', '/contacts/import', {
            body: { rows: batch, existing: 'update' },
            headers: { 'Idempotency-Key': `race-import-${i}` },
          }),
        );
        race.push(
          test.call(actors.registrationAdmin, 'POST', '/contacts', { body: people[i * 2]! }),
        );
        race.push(
          test.call(actors.generalAdmin, 'PATCH', contactPath(existing.id), {
            body: { jobTitle: `Editada ${i}` },
            headers: ifMatch(existing.version),
          }),
        );
      }
      const answers = await Promise.all(race);
      let created = 0;
      for (const answer of answers) {
        assert.ok(answer.status < 500, `${answer.status} ${JSON.stringify(answer.body)}`);
        if (answer.status === 201) created++;
        if (answer.status === 409) assert.equal(codeOf(answer.body), 'stale-version');
        if (answer.status === 422) assert.ok(fieldCodes(answer.body).includes('email:email-taken'));
        const result = answer.body as {
          results?: { status: string }[];
          summary?: { created: number };
        };
        if (result.results) {
          assert.equal(answer.status, 200);
          assert.equal(result.results.length, rows.length, 'one result per row');
          created += result.summary!.created;
          for (const row of result.results) {
            assert.ok(
              // No row names a version: the batch updates the contact as it is under its lock.
              ['created', 'updated'].includes(row.status),
              JSON.stringify(row),
            );
          }
        }
      }
      assert.equal(created, people.length, 'every new e-mail was created exactly once');
      const after = (await test.call(actors.generalAdmin, 'GET', '/contacts?limit=1')).body as {
        total: number;
      };
      assert.equal(after.total, before.total + people.length);
      await noViolations(test);
    } finally {
      await test.close();
    }
  });

  it('a policy edit that removes a role races a grant of that role: never a contact in a role that is gone', async () => {
    const test = await raceServer();
    try {
      const policy = await policyOf(test);
      const auditor = {
        id: 'auditor',
        capabilities: [{ capability: 'open-tickets' }],
      };
      const added = await test.call(actors.generalAdmin, 'PUT', '/policy', {
        body: { ...policy, roles: [...policy.roles, auditor] },
        headers: ifMatch(policy.version),
      });
      assert.equal(added.status, 200, JSON.stringify(added.body));
      const withRole = added.body as Policy;
      const target = await contact(test, actors.systemUser);
      const [removed, granted] = await Promise.all([
        test.call(actors.generalAdmin, 'PUT', '/policy', {
          body: { ...withRole, roles: policy.roles },
          headers: ifMatch(withRole.version),
        }),
        test.call(actors.generalAdmin, 'PUT', `${contactPath(target.id)}/access`, {
          body: { role: 'auditor', grants: [], sites: target.sites },
          headers: ifMatch(target.version),
        }),
      ]);
      // Either the role went first (the grant is refused, unknown-role), or the grant went first
      // (the removal is refused, role-in-use): never both.
      assert.notDeepEqual([removed.status, granted.status], [200, 200]);
      assert.ok([200, 422].includes(removed.status), JSON.stringify(removed.body));
      assert.ok([200, 422].includes(granted.status), JSON.stringify(granted.body));
      await noViolations(test);
    } finally {
      await test.close();
    }
  });
});

/** A server process (`server/src/main.ts`) on `url`; answers its base URL once it listens. */
async function serverProcess(url: string): Promise<{ baseUrl: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/src/main.ts', '--port', '0', '--no-seed'],
    {
      cwd: new URL('../..', import.meta.url),
      env: { ...process.env, DATABASE_URL: url, PORTICO_JWT_SECRET: secret, PORTICO_DEV: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /contract\s+(http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
  return { baseUrl, child };
}

/** Leaves exactly `free` seats in the first company's one pool (the vendor's licence, set directly). */
async function freeSeats(test: TestServer, free: number): Promise<void> {
  const seats = (await test.call(actors.generalAdmin, 'GET', '/seats')).body as { used: number };
  await test.store.db
    .updateTable('companies')
    .set({ licensed_seats: seats.used + free })
    .where('id', '=', first)
    .execute();
}

/** A contact of the first company who has not signed in and has no usable invitation. */
function invitable(skip: readonly string[] = []): Contact {
  const found = data.contacts.find(
    (c) =>
      c.companyId === first &&
      (c.status === 'potential' || c.status === 'site-assigned') &&
      c.role === 'system-user' &&
      !skip.includes(c.id),
  );
  assert.ok(found, 'the first company has an invitable contact');
  return found;
}

describe('seats and invitations under concurrent requests', () => {
  it('50 parallel SaaS-user creates against 3 free seats make exactly 3', async () => {
    const test = await raceServer();
    try {
      await freeSeats(test, 3);
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          test.call(actors.generalAdmin, 'POST', '/saas-users', {
            body: {
              name: `Race Seat ${i}`,
              email: `race.seat.${i}@example.com`,
              password: 'Senha#Forte12',
            },
          }),
        ),
      );
      const counts = statuses(answers);
      assert.deepEqual(counts, { 201: 3, 409: 47 }, JSON.stringify(counts));
      for (const answer of answers.filter((x) => x.status === 409)) {
        assert.equal(codeOf(answer.body), 'no-seats');
      }
      const seats = (await test.call(actors.generalAdmin, 'GET', '/seats')).body as {
        licensed: number;
        used: number;
      };
      assert.equal(seats.used, seats.licensed);
      await noViolations(test);
    } finally {
      await test.close();
    }
  });

  it('seat invitations, creates and reactivations racing for 3 seats never exceed the licence', async () => {
    const test = await raceServer();
    try {
      const inactive = (
        (await test.call(actors.generalAdmin, 'GET', '/saas-users?status=inactive&limit=10'))
          .body as { items: { id: string; version: number }[] }
      ).items;
      assert.ok(inactive.length >= 1, 'the first company has an inactive SaaS user');
      await freeSeats(test, 3);
      const contacts: Contact[] = [];
      for (let i = 0; i < 8; i++) contacts.push(invitable(contacts.map((c) => c.id)));
      const race: Promise<Answer>[] = [
        ...contacts.map((c) =>
          test.call(actors.generalAdmin, 'POST', '/invitations', {
            body: { contactId: c.id, seat: {} },
          }),
        ),
        ...Array.from({ length: 8 }, (_, i) =>
          test.call(actors.generalAdmin, 'POST', '/saas-users', {
            body: {
              name: `Mixed Seat ${i}`,
              email: `mixed.seat.${i}@example.com`,
              password: 'Senha#Forte12',
            },
          }),
        ),
        ...inactive.map((user) =>
          test.call(actors.generalAdmin, 'POST', `/saas-users/${user.id}/reactivate`, {
            headers: ifMatch(user.version),
          }),
        ),
      ];
      const answers = await Promise.all(race);
      const won = answers.filter((x) => x.status === 200 || x.status === 201);
      assert.equal(won.length, 3, JSON.stringify(statuses(answers)));
      for (const answer of answers.filter((x) => x.status >= 400)) {
        assert.equal(codeOf(answer.body), 'no-seats', JSON.stringify(answer.body));
      }
      await noViolations(test);
    } finally {
      await test.close();
    }
  });

  it('parallel sends and resends leave one usable invitation per contact', async () => {
    const test = await raceServer();
    try {
      const settings = await test.call(actors.generalAdmin, 'GET', '/invitation-settings');
      const lifted = await test.call(actors.generalAdmin, 'PUT', '/invitation-settings', {
        body: { resendCooldownSeconds: 0 },
        headers: ifMatch((settings.body as { version: number }).version),
      });
      assert.equal(lifted.status, 200, JSON.stringify(lifted.body));
      const target = invitable();
      const sends = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          test.call(
            i % 2 ? actors.generalAdmin : actors.registrationAdmin,
            'POST',
            '/invitations',
            {
              body: { contactId: target.id },
            },
          ),
        ),
      );
      assert.deepEqual(statuses(sends), { 201: 1, 409: 19 }, JSON.stringify(statuses(sends)));
      for (const answer of sends.filter((x) => x.status === 409)) {
        assert.equal(codeOf(answer.body), 'invitation-pending');
      }
      const invitation = sends.find((x) => x.status === 201)!.body as {
        id: string;
        version: number;
      };
      // Resends of that version and new sends, at once: one resend wins, every send is refused.
      const race = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2
            ? test.call(actors.generalAdmin, 'POST', `/invitations/${invitation.id}/resend`, {
                headers: ifMatch(invitation.version),
              })
            : test.call(actors.registrationAdmin, 'POST', '/invitations', {
                body: { contactId: target.id },
              }),
        ),
      );
      const counts = statuses(race);
      assert.deepEqual(counts, { 200: 1, 409: 19 }, JSON.stringify(counts));
      const page = await test.call(
        actors.generalAdmin,
        'GET',
        `/invitations?contactId=${target.id}&status=pending`,
      );
      assert.equal((page.body as { total: number }).total, 1);
      await noViolations(test);
    } finally {
      await test.close();
    }
  });
});

describe('two server processes on one PostgreSQL', () => {
  it(
    'keep every invariant while concurrent clients write through both',
    { skip: onPostgres ? false : 'needs PORTICO_TEST_DATABASE_URL (.ci/run starts a PostgreSQL)' },
    async () => {
      const database = await freshPostgresDatabase();
      const servers = await Promise.all([serverProcess(database.url), serverProcess(database.url)]);
      try {
        const token = (contactId: string) => signToken(secret, { companyId: first, contactId });
        const call = async (
          index: number,
          contactId: string,
          method: string,
          path: string,
          init: { body?: unknown; headers?: Record<string, string> } = {},
        ) => {
          const response = await fetch(`${servers[index % 2]!.baseUrl}${path}`, {
            method,
            headers: {
              Authorization: `Bearer ${await token(contactId)}`,
              'Content-Type': 'application/json',
              ...init.headers,
            },
            ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
          });
          const text = await response.text();
          return {
            status: response.status,
            headers: response.headers,
            body: text ? (JSON.parse(text) as unknown) : undefined,
          };
        };
        const policyAnswer = await call(0, actors.generalAdmin, 'GET', '/policy');
        const policy = policyAnswer.body as Policy;
        const everyone = (await call(0, actors.generalAdmin, 'GET', '/contacts?limit=500'))
          .body as { items: Contact[] };
        const adminRows = everyone.items.filter((c) => countsAsAdmin(policy, c));
        // Three free seats, for the SaaS users created below through both processes.
        const seatsNow = (await call(0, actors.generalAdmin, 'GET', '/seats')).body as {
          used: number;
        };
        const { openPostgres: open } = await import('../src/db/store.js');
        const vendor = await open(database.url, 1);
        await vendor.db
          .updateTable('companies')
          .set({ licensed_seats: seatsNow.used + 3 })
          .where('id', '=', first)
          .execute();
        await vendor.close();
        const input = newContact();
        const clients: Promise<{ status: number; body: unknown }>[] = [];
        for (let i = 0; i < 60; i++) {
          const kind = i % 3;
          if (kind === 0) {
            // Suspend every general admin, through both processes at once.
            const admin = adminRows[i % adminRows.length]!;
            clients.push(
              call(i, actors.registrationAdmin, 'POST', `${contactPath(admin.id)}/transitions`, {
                body: { action: 'suspend' },
                headers: ifMatch(admin.version),
              }),
            );
          } else if (kind === 1) {
            clients.push(call(i, actors.generalAdmin, 'POST', '/contacts', { body: input }));
          } else {
            clients.push(
              call(i, actors.registrationAdmin, 'POST', '/contacts', {
                body: newContact(),
                headers: { 'Idempotency-Key': `shared-${i % 2}` },
              }),
            );
          }
        }
        const seatClients = Array.from({ length: 16 }, (_, i) =>
          call(i, actors.registrationAdmin, 'POST', '/saas-users', {
            body: {
              name: `Two Process ${i}`,
              email: `two.process.${i}@example.com`,
              password: 'Senha#Forte12',
            },
          }),
        );
        const [answers, seatAnswers] = await Promise.all([
          Promise.all(clients),
          Promise.all(seatClients),
        ]);
        for (const answer of [...answers, ...seatAnswers]) {
          assert.ok(answer.status < 500, `${answer.status} ${JSON.stringify(answer.body)}`);
        }
        assert.equal(seatAnswers.filter((a) => a.status === 201).length, 3, 'three free seats');
        for (const answer of seatAnswers.filter((a) => a.status !== 201)) {
          assert.equal(codeOf(answer.body), 'no-seats');
        }
        const creates = answers.filter((_, i) => i % 3 === 1);
        assert.equal(creates.filter((a) => a.status === 201).length, 1, 'one e-mail, one contact');
        const keyed = answers.filter((_, i) => i % 3 === 2);
        // Two keys, each sent ten times with different bodies: one record per key, the other
        // requests either replay it or are told the key was used for another request.
        const made = new Set(
          keyed.filter((a) => a.status === 201).map((a) => (a.body as Contact).id),
        );
        assert.equal(made.size, 2, 'one contact per Idempotency-Key');
        for (const answer of keyed.filter((a) => a.status !== 201)) {
          assert.equal(codeOf(answer.body), 'idempotency-key-reused');
        }
        const { openPostgres } = await import('../src/db/store.js');
        const store = await openPostgres(database.url, 2);
        try {
          for (const company of data.companies) {
            assert.deepEqual(await invariantViolations(store.db, company.id), []);
          }
        } finally {
          await store.close();
        }
      } finally {
        for (const { child } of servers) {
          child.kill('SIGTERM');
          if (child.exitCode === null) await once(child, 'exit');
        }
        await database.drop();
      }
    },
  );
});
