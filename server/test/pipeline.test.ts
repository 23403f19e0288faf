import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import type { Contact } from '../../src/core/model/index.js';
import { createVerifier, signToken } from '../src/auth.js';
import { startServer } from '../src/server.js';
import {
  actors,
  companyOf,
  data,
  dropTemplate,
  secret,
  testServer,
  type TestServer,
} from './helpers.js';

after(dropTemplate);

const contactPath = (id: string) => `/contacts/${encodeURIComponent(id)}`;
const codeOf = (body: unknown) => (body as { error?: { code?: string } }).error?.code;
const first = data.companies[0]!.id;
const second = data.companies[1]!.id;

/** A contact of the first company in `status` that is not one of the three actors. */
function someone(status: Contact['status'], role = 'system-user'): Contact {
  const found = data.contacts.find(
    (c) =>
      c.companyId === first &&
      c.status === status &&
      c.role === role &&
      !Object.values(data.actors).includes(c.id),
  );
  assert.ok(found, `the data has a ${status} ${role}`);
  return found;
}

describe('the request pipeline', () => {
  let test: TestServer;
  before(async () => {
    test = await testServer({
      bodyLimit: 4096,
      rateLimits: { 'password-change': { limit: 2, windowSeconds: 60 } },
    });
  });
  after(() => test.close());

  it('refuses a missing, forged, expired or foreign-signed token with 401', async () => {
    assert.equal((await test.call(null, 'GET', '/session')).status, 401);
    const expired = await signToken(secret, {
      companyId: first,
      contactId: actors.generalAdmin,
      ttl: -60,
    });
    const foreign = await signToken('another-secret-another-secret-0000', {
      companyId: first,
      contactId: actors.generalAdmin,
    });
    const none = await new SignJWT({ company: first })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(secret));
    for (const token of [expired, foreign, none, 'garbage']) {
      const answer = await test.call(null, 'GET', '/session', {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(answer.status, 401);
      assert.equal(codeOf(answer.body), 'unauthenticated');
      assert.equal(answer.headers.get('WWW-Authenticate'), 'Bearer');
    }
  });

  it('takes the company from the token only: a token naming a contact of another company is 401', async () => {
    const lying = await signToken(secret, { companyId: first, contactId: actors.otherAdmin });
    const answer = await test.call(null, 'GET', '/contacts', {
      headers: { Authorization: `Bearer ${lying}` },
    });
    assert.equal(answer.status, 401);
  });

  it('answers every read with security headers and no caching', async () => {
    const answer = await test.call(actors.generalAdmin, 'GET', '/seats');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(answer.headers.get('Cache-Control'), 'no-store');
    assert.match(answer.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/);
    assert.equal(
      answer.headers.get('Access-Control-Allow-Origin'),
      null,
      'no CORS unless configured',
    );
  });

  it('suspends a contact against its version, answers the new version and ETag, and audits it', async () => {
    const target = someone('active');
    const answer = await test.call(
      actors.registrationAdmin,
      'POST',
      `${contactPath(target.id)}/transitions`,
      {
        body: { action: 'suspend' },
        headers: { 'If-Match': `"${target.version}"` },
      },
    );
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const after = answer.body as Contact;
    assert.equal(after.status, 'suspended');
    assert.equal(after.version, target.version + 1);
    assert.equal(answer.headers.get('ETag'), `"${after.version}"`);

    const stale = await test.call(
      actors.registrationAdmin,
      'POST',
      `${contactPath(target.id)}/transitions`,
      {
        body: { action: 'reactivate' },
        headers: { 'If-Match': `"${target.version}"` },
      },
    );
    assert.equal(stale.status, 409);
    assert.equal(codeOf(stale.body), 'stale-version');
    assert.equal(
      (stale.body as { error: { current: Contact } }).error.current.version,
      after.version,
    );

    const invalid = await test.call(
      actors.registrationAdmin,
      'POST',
      `${contactPath(target.id)}/transitions`,
      {
        body: { action: 'suspend' },
        headers: { 'If-Match': `"${after.version}"` },
      },
    );
    assert.equal(invalid.status, 409);
    assert.equal(codeOf(invalid.body), 'invalid-transition');

    const refused = await test.call(
      actors.systemUser,
      'POST',
      `${contactPath(target.id)}/transitions`,
      {
        body: { action: 'reactivate' },
        headers: { 'If-Match': `"${after.version}"` },
      },
    );
    assert.equal(refused.status, 403);

    const audit = await test.call(actors.generalAdmin, 'GET', '/audit?limit=500');
    assert.equal(audit.status, 200);
    const entries = (audit.body as { items: Record<string, unknown>[] }).items;
    const written = entries.find((e) => e.recordId === target.id && e.status === 200);
    assert.ok(written, 'the suspension is in the audit trail');
    assert.equal(written.actorId, actors.registrationAdmin);
    assert.equal(written.action, 'contacts.transition');
    assert.equal(written.versionBefore, target.version);
    assert.equal(written.versionAfter, target.version + 1);
    assert.ok(
      entries.some(
        (e) => e.actorId === actors.systemUser && e.status === 403 && e.code === 'not-in-role',
      ),
      'a refused write is audited with its code',
    );
    const notAdmin = await test.call(actors.registrationAdmin, 'GET', '/audit');
    assert.equal(notAdmin.status, 403);
  });

  it('replays a write repeated with its Idempotency-Key, and refuses the key for another request', async () => {
    const target = someone('potential');
    const request = {
      body: { action: 'activate' },
      headers: { 'If-Match': `"${target.version}"`, 'Idempotency-Key': 'activate-once' },
    };
    const firstAnswer = await test.call(
      actors.generalAdmin,
      'POST',
      `${contactPath(target.id)}/transitions`,
      request,
    );
    assert.equal(firstAnswer.status, 200);
    const again = await test.call(
      actors.generalAdmin,
      'POST',
      `${contactPath(target.id)}/transitions`,
      request,
    );
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(again.body, firstAnswer.body);
    assert.equal(again.headers.get('ETag'), firstAnswer.headers.get('ETag'));
    const current = await test.call(actors.generalAdmin, 'GET', contactPath(target.id));
    assert.equal((current.body as Contact).version, target.version + 1, 'written once');

    const reused = await test.call(
      actors.generalAdmin,
      'POST',
      `${contactPath(target.id)}/transitions`,
      {
        ...request,
        body: { action: 'inactivate' },
      },
    );
    assert.equal(reused.status, 409);
    assert.equal(codeOf(reused.body), 'idempotency-key-reused');
    // Keys are per session: another person's identical key is a new request (here: a stale one).
    const other = await test.call(
      actors.registrationAdmin,
      'POST',
      `${contactPath(target.id)}/transitions`,
      request,
    );
    assert.equal(other.status, 409);
    assert.equal(codeOf(other.body), 'stale-version');
  });

  it('replays a versioned write under its Idempotency-Key and audits the template edit once', async () => {
    const current = await test.call(actors.generalAdmin, 'GET', '/invitation-template');
    const version = (current.body as { version: number }).version;
    const request = {
      body: { subject: 'Convite para {company}', body: 'Olá {name}: {link}' },
      headers: { 'If-Match': `"${version}"`, 'Idempotency-Key': 'template-1' },
    };
    const answers = [];
    for (let i = 0; i < 2; i++) {
      answers.push(await test.call(actors.generalAdmin, 'PUT', '/invitation-template', request));
    }
    assert.equal(answers[0]!.status, 200, JSON.stringify(answers[0]!.body));
    assert.deepEqual(answers[1]!.body, answers[0]!.body);
    assert.equal(answers[1]!.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((answers[0]!.body as { version: number }).version, version + 1);
    const audit = await test.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'invitations.updateTemplate')
      .execute();
    assert.equal(audit.length, 1);
    assert.deepEqual([audit[0]!.version_before, audit[0]!.version_after], [version, version + 1]);
  });

  it('limits password changes per actor with 429 and Retry-After, in the database', async () => {
    const path = `${contactPath(actors.systemUser)}/password`;
    const request = { body: { password: 'Senha#Forte1' }, headers: { 'If-Match': '"1"' } };
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 3; i++) {
      const answer = await test.call(actors.registrationAdmin, 'PUT', path, request);
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = answer.headers.get('Retry-After');
    }
    assert.deepEqual(statuses.slice(2), [429]);
    assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60, `Retry-After ${retryAfter}`);
    const rows = await test.store.db
      .selectFrom('rate_limits')
      .selectAll()
      .where('actor_id', '=', actors.registrationAdmin)
      .execute();
    assert.equal(rows[0]?.hits, 3);
    const otherActor = await test.call(actors.generalAdmin, 'PUT', path, request);
    assert.notEqual(otherActor.status, 429, 'limits are per actor');
  });

  it('refuses a body over the limit with 413 and malformed JSON with 400', async () => {
    const big = { note: 'x'.repeat(test.config.bodyLimit + 10) };
    const tooBig = await test.call(actors.generalAdmin, 'POST', '/session/company', { body: big });
    assert.equal(tooBig.status, 413);
    assert.equal(codeOf(tooBig.body), 'payload-too-large');
    const bad = await test.call(actors.generalAdmin, 'POST', '/session/company', {
      body: '{not json',
    });
    assert.equal(bad.status, 400);
    assert.equal(codeOf(bad.body), 'bad-request');
  });

  it('records a sign-in at the first request of a session it has not seen, and only then', async () => {
    const person = actors.registrationAdmin;
    const read = async (sid: string): Promise<Contact> => {
      const token = await test.token(person, undefined, sid);
      const response = await fetch(`${test.server.baseUrl}/contacts/${person}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(response.status, 200);
      return (await response.json()) as Contact;
    };
    const start = Date.now();
    const first = await read('sign-in-first');
    assert.ok(first.lastSignInAt, 'the new session signed in');
    assert.ok(Date.parse(first.lastSignInAt) >= start);
    const again = await read('sign-in-first');
    assert.equal(again.lastSignInAt, first.lastSignInAt, 'the same session is no new sign-in');
    assert.equal(again.version, first.version);
    const other = await read('sign-in-second');
    assert.ok(Date.parse(other.lastSignInAt!) >= Date.parse(first.lastSignInAt));
    assert.equal(other.version, first.version, 'a sign-in is no edit of the record');
  });

  it('switches a staff session between the companies its token serves, in the database', async () => {
    const token = await test.token(
      actors.generalAdmin,
      [{ companyId: second, contactId: actors.otherAdmin }],
      'staff-1',
    );
    const headers = { Authorization: `Bearer ${token}` };
    const home = await test.call(null, 'GET', '/session', { headers });
    assert.equal((home.body as { company: { id: string } }).company.id, first);
    assert.deepEqual(
      (home.body as { companies: { id: string }[] }).companies.map((c) => c.id),
      [first, second],
    );
    const switched = await test.call(null, 'POST', '/session/company', {
      headers,
      body: { companyId: second },
    });
    assert.equal(switched.status, 200);
    const contacts = await test.call(null, 'GET', '/contacts?limit=500', { headers });
    const items = (contacts.body as { items: Contact[] }).items;
    assert.ok(
      items.length > 0 && items.every((c) => c.companyId === second),
      'the same token now acts in the second company',
    );
    // A refreshed token of the same session keeps the choice.
    const refreshed = await test.token(
      actors.generalAdmin,
      [{ companyId: second, contactId: actors.otherAdmin }],
      'staff-1',
    );
    const again = await test.call(null, 'GET', '/session', {
      headers: { Authorization: `Bearer ${refreshed}` },
    });
    assert.equal((again.body as { company: { id: string } }).company.id, second);
    const plain = await test.call(actors.generalAdmin, 'POST', '/session/company', {
      body: { companyId: second },
    });
    assert.equal(
      plain.status,
      404,
      'a session that does not serve the company cannot switch to it',
    );
  });

  it('issues development tokens only in development mode', async () => {
    const answer = await fetch(`${test.server.baseUrl}/dev/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ contactId: actors.systemUser }),
    });
    assert.equal(answer.status, 200);
    const { token } = (await answer.json()) as { token: string };
    const principal = await createVerifier({ secret })(token);
    assert.deepEqual(principal?.memberships, [
      { companyId: companyOf(actors.systemUser), contactId: actors.systemUser },
    ]);

    const production = await testServer({
      development: false,
      corsOrigins: ['https://portal.example.com'],
    });
    try {
      const refused = await fetch(`${production.server.baseUrl}/dev/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ contactId: actors.systemUser }),
      });
      assert.equal(refused.status, 404);
      const preflight = await fetch(`${production.server.baseUrl}/contacts`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://portal.example.com',
          'Access-Control-Request-Method': 'PATCH',
          'Access-Control-Request-Headers': 'authorization, if-match',
        },
      });
      assert.equal(
        preflight.headers.get('Access-Control-Allow-Origin'),
        'https://portal.example.com',
      );
      const stranger = await fetch(`${production.server.baseUrl}/seats`, {
        headers: { Origin: 'https://evil.example' },
      });
      assert.equal(stranger.headers.get('Access-Control-Allow-Origin'), null);
    } finally {
      await production.close();
    }
  });

  it('serves its OpenAPI document', async () => {
    const answer = await fetch(`${test.server.origin}/openapi.json`);
    const document = (await answer.json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(document.openapi, '3.1.0');
    assert.ok(document.paths['/contacts/{id}/transitions']);
  });
});

describe('invariants under concurrent requests', () => {
  it('never leaves the company without a general admin when every admin is suspended at once', async () => {
    const test = await testServer();
    try {
      const admins = data.contacts.filter(
        (c) => c.companyId === first && c.role === 'general-admin' && c.status === 'active',
      );
      assert.ok(admins.length >= 2, 'the first company has several active general admins');
      // Five tries per admin, all at once: each suspension races the others for the admin count.
      const attempts = admins.flatMap((admin) =>
        Array.from({ length: 5 }, () =>
          test.call(actors.registrationAdmin, 'POST', `${contactPath(admin.id)}/transitions`, {
            body: { action: 'suspend' },
            headers: { 'If-Match': `"${admin.version}"` },
          }),
        ),
      );
      const answers = await Promise.all(attempts);
      const statuses = answers.map((a) => a.status);
      assert.equal(statuses.filter((s) => s === 200).length, admins.length - 1, statuses.join());
      assert.ok(
        answers.some((a) => codeOf(a.body) === 'last-admin'),
        'the last one was refused as last-admin',
      );
      assert.ok(
        statuses.every((s) => s === 200 || s === 403 || s === 409),
        statuses.join(),
      );
      const left = await test.call(
        actors.registrationAdmin,
        'GET',
        '/contacts?role=general-admin&status=active&limit=500',
      );
      assert.equal((left.body as { total: number }).total, 1);
    } finally {
      await test.close();
    }
  });
});

describe('two servers on one database', () => {
  it('share sessions and idempotency keys: nothing that matters lives in a process', async () => {
    const one = await testServer();
    const two = await startServer({ store: one.store, config: one.config, port: 0 });
    try {
      const token = await one.token(
        actors.generalAdmin,
        [{ companyId: second, contactId: actors.otherAdmin }],
        'shared',
      );
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const switched = await fetch(`${one.server.baseUrl}/session/company`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ companyId: second }),
      });
      assert.equal(switched.status, 200);
      const seen = await fetch(`${two.baseUrl}/session`, { headers });
      assert.equal(((await seen.json()) as { company: { id: string } }).company.id, second);

      const target = data.contacts.find((c) => c.companyId === second && c.status === 'potential')!;
      const write = (base: string) =>
        fetch(`${base}${contactPath(target.id)}/transitions`, {
          method: 'POST',
          headers: {
            ...headers,
            'If-Match': `"${target.version}"`,
            'Idempotency-Key': 'shared-key',
          },
          body: JSON.stringify({ action: 'activate' }),
        });
      const firstAnswer = await write(one.server.baseUrl);
      const replay = await write(two.baseUrl);
      assert.equal(firstAnswer.status, 200);
      assert.equal(replay.status, 200);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.deepEqual(await replay.json(), await firstAnswer.json());
    } finally {
      await two.close();
      await one.close();
    }
  });
});
