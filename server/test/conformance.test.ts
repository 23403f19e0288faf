import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { getResponse } from 'msw';
import { MemoryBackend } from '../../src/core/adapter/memory/index.js';
import { createDemoData } from '../../src/core/demo-data.js';
import { createHandlers } from '../../src/mocks/handlers.js';
import { requirements } from '../../scripts/conformance/requirements.js';
import {
  formatReport,
  runConformance,
  type ConformanceReport,
} from '../../scripts/conformance/runner.js';
import { actors, data, dropTemplate, testServer, type TestServer } from './helpers.js';

const openapi = JSON.parse(
  readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** Requirement ids whose checks all passed (and at least one ran). */
function passing(report: ConformanceReport): string[] {
  return [...report.byRequirement]
    .filter(([, results]) => results.length > 0 && results.every((r) => r.outcome === 'pass'))
    .map(([id]) => id);
}

after(dropTemplate);

describe('portico-conformance', () => {
  it('passes every read requirement against the reference server', async () => {
    const test = await testServer();
    try {
      const report = await runConformance({
        baseUrl: test.server.baseUrl,
        openapi,
        scope: 'read',
        tokens: {
          generalAdmin: await test.token(actors.generalAdmin),
          registrationAdmin: await test.token(actors.registrationAdmin),
          systemUser: await test.token(actors.systemUser),
          otherCompanyAdmin: await test.token(actors.otherAdmin),
        },
      });
      assert.equal(report.failed, 0, formatReport(report));
      assert.ok(report.results.length >= 15, 'the read checks ran');
      assert.equal(
        report.results.filter((r) => r.outcome === 'skip').length,
        0,
        formatReport(report),
      );
      for (const id of ['MUST 1', 'MUST 2', 'VERSIONS', 'ERRORS', 'SHAPES']) {
        assert.ok(passing(report).includes(id), `${id} is proven\n${formatReport(report)}`);
      }
      assert.ok(passing(report).filter((id) => id.startsWith('LISTS')).length === 5);
    } finally {
      await test.close();
    }
  });

  // Every check, reads and writes, on the reference server: the second company has one general
  // admin, so there the last-admin check (MUST 6) runs too. Between them, every requirement is proven.
  it('passes every check against the reference server, in both companies', async () => {
    const test = await testServer();
    try {
      const proven = new Set<string>();
      for (const [company, other] of [
        [0, 1],
        [1, 0],
      ] as const) {
        const people = data.companyActors[data.companies[company]!.id]!;
        const report = await runConformance({
          baseUrl: test.server.baseUrl,
          openapi,
          scope: 'all',
          tokens: {
            generalAdmin: await test.token(people.generalAdmin),
            registrationAdmin: await test.token(people.registrationAdmin),
            systemUser: await test.token(people.systemUser),
            otherCompanyAdmin: await test.token(
              data.companyActors[data.companies[other]!.id]!.generalAdmin,
            ),
          },
        });
        assert.equal(report.failed, 0, formatReport(report));
        // Only the last-admin check may skip, in the company with several general admins.
        const skipped = report.results
          .filter((r) => r.outcome === 'skip')
          .map((r) => r.check.proves);
        assert.deepEqual(skipped, company === 0 ? [['MUST 6']] : [], formatReport(report));
        for (const id of passing(report)) proven.add(id);
      }
      const missing = requirements.map((r) => r.id).filter((id) => !proven.has(id));
      assert.deepEqual(missing, [], 'every requirement has a passing check');
    } finally {
      await test.close();
    }
  });

  // The checks themselves are checked against the memory backend (the reference rules), served over
  // msw's handlers in this process: every check, reads and writes, must pass there.
  for (const company of [0, 1]) {
    it(`passes every check against the memory backend over HTTP (company ${company + 1})`, async () => {
      const data = createDemoData({ contacts: 300, seed: 3 });
      const baseUrl = 'http://memory.test/api';
      const handlers = createHandlers({ backend: new MemoryBackend({ data }), baseUrl });
      const companyId = data.companies[company]!.id;
      const people = data.companyActors[companyId]!;
      const other = data.companyActors[data.companies[1 - company]!.id]!;
      const report = await runConformance({
        baseUrl,
        openapi,
        fetch: async (input, init) =>
          (await getResponse(handlers, new Request(input, init))) ??
          new Response('no handler', { status: 599 }),
        tokens: { ...people, otherCompanyAdmin: other.generalAdmin },
      });
      assert.equal(report.failed, 0, formatReport(report));
      // The second company has one general admin: there the last-admin check runs too.
      const skipped = report.results.filter((r) => r.outcome === 'skip').map((r) => r.check.proves);
      assert.deepEqual(skipped, company === 0 ? [['MUST 6']] : [], formatReport(report));
      if (company === 1) {
        const proven = passing(report);
        const missing = requirements.map((r) => r.id).filter((id) => !proven.includes(id));
        assert.deepEqual(missing, [], 'every requirement has a passing check');
      }
    });
  }

  // A read check with nothing to read (a test company with no invitation) makes what it reads in a run
  // that may write, and deletes it again; a read-only run writes nothing, checks the empty answers and
  // the refusals, and says plainly that the populated case was not checked — a pass with a note, not a
  // skip (which `.ci/run` fails on).
  it('filters invitations in a company that has none, making one only when it may write', async () => {
    const data = createDemoData({ contacts: 60, seed: 3 });
    const companyId = data.companies[1]!.id;
    data.invitations = data.invitations.filter((i) => i.companyId !== companyId);
    const backend = new MemoryBackend({ data });
    const baseUrl = 'http://memory.test/api';
    const handlers = createHandlers({ backend, baseUrl });
    const people = data.companyActors[companyId]!;
    const run = (scope: 'read' | 'all') =>
      runConformance({
        baseUrl,
        openapi,
        scope,
        filter: ['invitations filter by one contact'],
        fetch: async (input, init) =>
          (await getResponse(handlers, new Request(input, init))) ??
          new Response('no handler', { status: 599 }),
        tokens: people,
      });
    const contacts = () => backend.listContacts(people.generalAdmin, { limit: 1 });
    const before = contacts();
    const invitations = () => backend.listInvitations(people.generalAdmin, {}).total;
    const read = await run('read');
    const text = formatReport(read);
    assert.deepEqual(
      read.results.map((r) => r.outcome),
      ['pass'],
      text,
    );
    assert.equal(contacts().total, before.total, 'a read-only run made no contact');
    assert.equal(invitations(), 0, 'a read-only run sent no invitation');
    assert.match(text, /partly checked: the company has no invitation, so filtering a list/);
    assert.match(text, /^1 passed check was only partly checked here/m);
    assert.match(text, /, 0 failed, 0 skipped$/m, 'what .ci/run looks for');
    assert.ok(read.results[0]!.exchanges >= 6, 'it checked the empty answers and the refusals');
    const all = await run('all');
    assert.deepEqual(
      all.results.map((r) => r.outcome),
      ['pass'],
      formatReport(all),
    );
    assert.ok(all.results[0]!.exchanges > read.results[0]!.exchanges, 'it invited someone');
    assert.equal(contacts().total, before.total, 'the contact it made is deleted');
    assert.doesNotMatch(formatReport(all), /partly checked/, formatReport(all));
  });

  // Mutation tests: the reference server made wrong in one way at a time (each a fetch in front of
  // it that breaks one rule), and the conformance command must fail naming that rule, with a
  // reproduction. A check that cannot fail would pass them all.
  describe('fails with the right requirement against a broken backend', () => {
    let test: TestServer;
    let tokens: { generalAdmin: string; registrationAdmin: string; systemUser: string };
    let leak: string;
    before(async () => {
      test = await testServer();
      leak = await test.token(actors.otherAdmin);
      tokens = {
        generalAdmin: await test.token(actors.generalAdmin),
        registrationAdmin: await test.token(actors.registrationAdmin),
        systemUser: await test.token(actors.systemUser),
      };
    });
    after(() => test.close());

    const base = () => new URL(test.server.baseUrl).pathname;
    const bearer = (request: Request) => request.headers.get('Authorization')?.slice(7);
    type Person = keyof typeof tokens;
    /** A request of `from` that `matches` goes on with the token of `to`: decided as if `to` asked. */
    const asIf =
      (from: Person, to: Person, matches: (request: Request, path: string) => boolean) =>
      (request: Request): Promise<Request> => {
        if (bearer(request) !== tokens[from] || !matches(request, new URL(request.url).pathname)) {
          return Promise.resolve(request);
        }
        const headers = new Headers(request.headers);
        headers.set('Authorization', `Bearer ${tokens[to]}`);
        return Promise.resolve(new Request(request, { headers }));
      };

    const mutations: {
      name: string;
      filter: string;
      scope: 'read' | 'all';
      fails: RegExp;
      repro?: RegExp;
      /** The request as the broken server takes it, or the answer it gives without asking the server. */
      broken: (request: Request) => Promise<Request | Response>;
    }[] = [
      {
        name: 'leaks another company',
        filter: 'every list holds only',
        scope: 'read',
        fails: /FAIL\s+MUST 2 /,
        repro: /repro: GET \/contacts\?limit=500 → 200 \{"items"/,
        // Every list of contacts is answered with the other company's.
        broken: (request) => {
          if (!new URL(request.url).pathname.endsWith('/contacts')) return Promise.resolve(request);
          const headers = new Headers(request.headers);
          headers.set('Authorization', `Bearer ${leak}`);
          return Promise.resolve(new Request(request, { headers }));
        },
      },
      {
        name: 'skips If-Match',
        filter: 'a stale If-Match',
        scope: 'all',
        fails: /FAIL\s+MUST 15 /,
        repro: /repro: (PATCH|POST|DELETE) \/contacts\//,
        // Every version a write names is taken as the current one: stale writes go through.
        broken: async (request) => {
          const match = new RegExp(`^${base()}/contacts/([^/]+)`).exec(
            new URL(request.url).pathname,
          );
          if (request.method === 'GET' || !request.headers.has('If-Match') || !match)
            return request;
          const current = await fetch(`${test.server.baseUrl}/contacts/${match[1]}`, {
            headers: { Authorization: request.headers.get('Authorization') ?? '' },
          });
          const headers = new Headers(request.headers);
          headers.set('If-Match', current.headers.get('ETag') ?? '"0"');
          return new Request(request, { headers });
        },
      },
      {
        name: 'allows escalation',
        filter: 'a registration admin cannot grant',
        scope: 'all',
        fails: /FAIL\s+MUST 4 /,
        repro: /repro: PUT \/contacts\/[^/]+\/access .*→ 200/,
        // A registration admin's access change is decided as if a general admin asked.
        broken: asIf('registrationAdmin', 'generalAdmin', (_, path) => path.endsWith('/access')),
      },
      {
        name: 'creates a contact in any role it is asked',
        filter: 'a new contact starts in the default role',
        scope: 'all',
        fails: /FAIL\s+MUST 7 /,
        repro: /repro: POST \/contacts \{.*→ 201/,
        // A registration admin's create is decided as if a general admin asked.
        broken: asIf(
          'registrationAdmin',
          'generalAdmin',
          (request, path) => request.method === 'POST' && path === `${base()}/contacts`,
        ),
      },
      {
        name: 'lets a policy edit through without the capabilities it changes',
        filter: 'a policy edit needs',
        scope: 'all',
        fails: /FAIL\s+MUST 8 /,
        repro: /repro: PUT \/policy .*→ 200/,
        // A registration admin's policy edit is decided as if a general admin asked.
        broken: asIf('registrationAdmin', 'generalAdmin', (_, path) => path.endsWith('/policy')),
      },
      {
        name: 'lets people act on their own contact',
        filter: 'nobody deletes, suspends',
        scope: 'all',
        fails: /FAIL\s+MUST 13 /,
        repro: /repro: POST \/contacts\/[^/]+\/transitions .*→ 200/,
        // A registration admin's act on their own contact is decided as if a general admin asked.
        broken: asIf(
          'registrationAdmin',
          'generalAdmin',
          (request, path) =>
            request.method !== 'GET' &&
            path.startsWith(`${base()}/contacts/${actors.registrationAdmin}`),
        ),
      },
      {
        name: 'lets a system user change any field of their own contact',
        filter: 'on their own contact alone',
        scope: 'all',
        fails: /FAIL\s+MUST 14 /,
        repro: /repro: PATCH \/contacts\/[^ ]+ .*→ 200/,
        // A system user's edit is decided as if a general admin asked.
        broken: asIf('systemUser', 'generalAdmin', (request) => request.method === 'PATCH'),
      },
      {
        name: 'ignores the seat limit',
        filter: 'only while a seat is free',
        scope: 'all',
        fails: /FAIL\s+MUST 21 /,
        repro: /repro: POST \/saas-users .*→ 201/,
        // Every create finds one more seat than the company bought.
        broken: async (request) => {
          const path = new URL(request.url).pathname;
          if (request.method === 'POST' && path.endsWith('/saas-users')) {
            await test.store.db
              .updateTable('companies')
              .set((eb) => ({ licensed_seats: eb('licensed_seats', '+', 1) }))
              .where('id', '=', data.companies[0]!.id)
              .execute();
          }
          return request;
        },
      },
      {
        name: 'forgets Idempotency-Key',
        filter: 'an import batch repeated',
        scope: 'all',
        fails: /FAIL\s+MUST 27 /,
        // The key is dropped on the way in: a repeated batch is imported again.
        broken: (request) => {
          const headers = new Headers(request.headers);
          headers.delete('Idempotency-Key');
          return Promise.resolve(new Request(request, { headers }));
        },
      },
      {
        name: 'keeps a revoked link working',
        filter: 'once revoked',
        scope: 'all',
        fails: /FAIL\s+MUST 29 /,
        repro: /repro: GET \/invitation-links\/[^ ]+ → 200 \{"status":"valid"/,
        // A revoke is answered "revoked" but never reaches the store: the link still works.
        broken: async (request) => {
          const revoke = new RegExp(`^${base()}/invitations/([^/]+)/revoke$`).exec(
            new URL(request.url).pathname,
          );
          if (request.method !== 'POST' || !revoke) return request;
          const authorization = request.headers.get('Authorization') ?? '';
          let cursor = '';
          for (;;) {
            const page = (await (
              await fetch(`${test.server.baseUrl}/invitations?limit=100${cursor}`, {
                headers: { Authorization: authorization },
              })
            ).json()) as { items: { id: string; version: number }[]; nextCursor: string | null };
            const found = page.items.find((item) => item.id === revoke[1]);
            if (found) {
              const version = found.version + 1;
              return new Response(JSON.stringify({ ...found, status: 'revoked', version }), {
                status: 200,
                headers: { 'Content-Type': 'application/json', ETag: `"${version}"` },
              });
            }
            if (!page.nextCursor) return request;
            cursor = `&cursor=${encodeURIComponent(page.nextCursor)}`;
          }
        },
      },
    ];

    for (const mutation of mutations) {
      it(`fails naming the broken requirement when the server ${mutation.name}`, async () => {
        const report = await runConformance({
          baseUrl: test.server.baseUrl,
          openapi,
          scope: mutation.scope,
          filter: [mutation.filter],
          tokens,
          fetch: async (input, init) => {
            const broken = await mutation.broken(new Request(input, init));
            return broken instanceof Response ? broken : fetch(broken);
          },
        });
        const text = formatReport(report);
        assert.ok(report.results.length > 0, `the check ran\n${text}`);
        assert.equal(report.failed, 1, text);
        assert.match(text, mutation.fails);
        if (mutation.repro) assert.match(text, mutation.repro);
        // The same check passes against the server as it is.
        const clean = await runConformance({
          baseUrl: test.server.baseUrl,
          openapi,
          scope: mutation.scope,
          filter: [mutation.filter],
          tokens,
        });
        assert.equal(clean.failed, 0, formatReport(clean));
      });
    }
  });
});
