import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { AdapterError } from '../../../../src/core/adapter/errors.js';
import { MemoryBackend } from '../../../../src/core/adapter/memory/index.js';
import { RestAdapter } from '../../../../src/core/adapter/rest/index.js';
import type { RestAdapterOptions } from '../../../../src/core/adapter/rest/index.js';
import { createDemoData } from '../../../../src/core/demo-data.js';
import type { DemoData } from '../../../../src/core/demo-data.js';
import type { ContactInput } from '../../../../src/core/model/index.js';
import {
  answerNext,
  failNext,
  loseNextResponse,
  networkError,
  stallNext,
} from '../../../../src/mocks/faults.js';
import { createHandlers } from '../../../../src/mocks/handlers.js';
import { refusal, rejection, sampleContact } from '../support.js';
import { useTestWorker } from './test-worker.js';

const worker = useTestWorker();
const baseUrl = '/api/rest-adapter-test';

let serial = 0;
/** A valid new contact with a name and e-mail of its own. */
const newContact = (): ContactInput => {
  serial += 1;
  return sampleContact({
    name: `Sebastião Retentativa ${serial}`,
    email: `sebastiao.retentativa.${serial}@exemplo.com.br`,
  });
};

describe('RestAdapter over HTTP', () => {
  let data: DemoData;
  let handlers: HttpHandler[];
  let requests: Request[];

  /** An adapter acting as the general admin; every request it sends is recorded in `requests`. */
  const adapterWith = (options: Partial<RestAdapterOptions> = {}) =>
    new RestAdapter({
      baseUrl,
      getToken: () => data.actors.generalAdmin,
      retryDelay: () => 1,
      fetch: (input, init) => {
        const request = new Request(input, init);
        requests.push(request.clone());
        return fetch(request);
      },
      ...options,
    });

  const raw = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}/${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${data.actors.generalAdmin}`, ...init.headers },
    });

  beforeEach(() => {
    data = createDemoData({ contacts: 40, seed: 3 });
    handlers = createHandlers({ backend: new MemoryBackend({ data }), baseUrl });
    worker.resetHandlers(...handlers);
    requests = [];
  });

  describe('failures become AdapterErrors', () => {
    it('reports a network failure as network/unreachable once the retries are spent', async () => {
      worker.use(networkError({ baseUrl, times: 3 }));
      await refusal(adapterWith().contacts.list(), 'network', 'unreachable');
      expect(requests.length).to.equal(3);
    });

    it('retries a read after one network failure and answers normally', async () => {
      worker.use(networkError({ baseUrl, times: 1 }));
      const page = await adapterWith().contacts.list();
      expect(page.total).to.be.greaterThan(0);
      expect(requests.length).to.equal(2);
    });

    it('reports a 500 as network, with the code of its body or server-error without one', async () => {
      worker.use(failNext(500, { baseUrl, times: 3 }));
      await refusal(adapterWith().contacts.list(), 'network', 'http-500');
      worker.use(
        http.get(`${baseUrl}/policy`, () => new HttpResponse('Internal error', { status: 500 })),
      );
      await refusal(adapterWith({ retries: 0 }).permissions.policy(), 'network', 'server-error');
    });

    it('reports a 404 to a list or the session as no-backend, and to a record as not-found', async () => {
      // A base URL where nothing serves the contract: every path answers 404 without an error body.
      const nowhere = `${location.origin}/nothing-here`;
      worker.use(http.all(`${nowhere}/*`, () => new HttpResponse('Not Found', { status: 404 })));
      const adapter = new RestAdapter({ baseUrl: nowhere, retries: 0 });
      await refusal(adapter.contacts.list(), 'network', 'no-backend');
      await refusal(adapter.session.current(), 'network', 'no-backend');
      await refusal(adapter.permissions.policy(), 'network', 'no-backend');
      // The contract answers 404 for an unknown record: that one is the record, gone.
      await refusal(adapterWith().contacts.get('no-such-contact'), 'not-found', 'not-found');
    });

    it('reports a 429 as rate-limited with retryAfter, without retrying it', async () => {
      worker.use(failNext(429, { baseUrl, retryAfter: 7 }));
      const error = await refusal(adapterWith().contacts.list(), 'rate-limited');
      expect(error.retryAfter).to.equal(7);
      expect(requests.length).to.equal(1);
      expect((await adapterWith().contacts.list()).total).to.be.greaterThan(0);
    });

    it('reports a missing token as forbidden/unauthenticated', async () => {
      await refusal(
        adapterWith({ getToken: () => undefined }).session.current(),
        'forbidden',
        'unauthenticated',
      );
    });

    it('reports an answer of the wrong shape as network/bad-response, never a half-typed record', async () => {
      worker.use(
        answerNext({ items: 'nope', total: -1 }, { baseUrl, method: 'get', path: 'contacts' }),
      );
      const error = await refusal(adapterWith().contacts.list(), 'network', 'bad-response');
      expect(error.message).to.contain('items');
      const { id } = await adapterWith().contacts.get(data.actors.systemUser);
      worker.use(
        answerNext(
          { id, name: 'Half a contact' },
          { baseUrl, method: 'get', path: 'contacts/:id' },
        ),
      );
      await refusal(adapterWith().contacts.get(id), 'network', 'bad-response');
      worker.use(
        http.get(
          `${baseUrl}/seats`,
          () => new HttpResponse('<html>maintenance</html>', { status: 200 }),
        ),
      );
      await refusal(adapterWith().seats.summary(), 'network', 'bad-response');
    });

    it('reads a 409 body into conflict with the current record', async () => {
      const adapter = adapterWith();
      const seen = await adapter.contacts.get(data.actors.systemUser);
      await adapter.contacts.update(
        seen.id,
        { jobTitle: 'Supervisora' },
        { version: seen.version },
      );
      const error = await refusal(
        adapter.contacts.update(seen.id, { jobTitle: 'Outra' }, { version: seen.version }),
        'conflict',
        'stale-version',
      );
      expect((error.current as { jobTitle?: string }).jobTitle).to.equal('Supervisora');
    });
  });

  describe('timeouts and aborts', () => {
    it('rejects with the AbortError itself when the caller aborts, and sends nothing more', async () => {
      const stall = stallNext({ baseUrl, method: 'get', path: 'contacts' });
      worker.use(stall);
      const controller = new AbortController();
      const pending = adapterWith().contacts.list({}, { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort();
      const caught = await rejection(pending);
      expect((caught as Error | undefined)?.name).to.equal('AbortError');
      expect(AdapterError.is(caught)).to.equal(false);
      expect(requests.length).to.equal(1);
      stall.release();
    });

    it('does not start a request whose signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const caught = await rejection(
        adapterWith().contacts.list({}, { signal: controller.signal }),
      );
      expect((caught as Error | undefined)?.name).to.equal('AbortError');
      expect(requests.length).to.equal(0);
    });

    it('reports an attempt that never answers as network/timeout', async () => {
      const stall = stallNext({ baseUrl, method: 'get', path: 'contacts' });
      worker.use(stall);
      await refusal(
        adapterWith({ timeout: 100, retries: 0 }).contacts.list(),
        'network',
        'timeout',
      );
      stall.release();
    });
  });

  describe('retries never duplicate a write', () => {
    const countByEmail = async (adapter: RestAdapter, email: string) =>
      (await adapter.contacts.list({ search: email })).items.filter((c) => c.email === email)
        .length;

    it('retries a create whose answer was lost with the same Idempotency-Key: one record', async () => {
      const adapter = adapterWith();
      const before = (await adapter.contacts.list({ limit: 1 })).total;
      worker.use(loseNextResponse(handlers, { baseUrl, method: 'post', path: 'contacts' }));
      const input = newContact();
      const created = await adapter.contacts.create(input);
      expect(created.email).to.equal(input.email);

      const posts = requests.filter((r) => r.method === 'POST');
      expect(posts.length, 'the create was sent twice').to.equal(2);
      const keys = posts.map((r) => r.headers.get('Idempotency-Key'));
      expect(keys[0]).to.be.a('string').and.not.equal('');
      expect(keys[1]).to.equal(keys[0]);
      expect(await countByEmail(adapter, input.email)).to.equal(1);
      expect((await adapter.contacts.list({ limit: 1 })).total).to.equal(before + 1);
    });

    it('retries a create after one 503: one record', async () => {
      const adapter = adapterWith();
      worker.use(failNext(503, { baseUrl, method: 'post', path: 'contacts', retryAfter: 0 }));
      const input = newContact();
      await adapter.contacts.create(input);
      expect(requests.filter((r) => r.method === 'POST').length).to.equal(2);
      expect(await countByEmail(adapter, input.email)).to.equal(1);
    });

    it('gives every create its own key: two calls, two records', async () => {
      const adapter = adapterWith();
      const a = await adapter.contacts.create(newContact());
      const b = await adapter.contacts.create(newContact());
      expect(a.id).to.not.equal(b.id);
      const keys = requests
        .filter((r) => r.method === 'POST')
        .map((r) => r.headers.get('Idempotency-Key'));
      expect(new Set(keys).size).to.equal(2);
    });

    it('never repeats a PATCH or a non-create POST', async () => {
      const adapter = adapterWith();
      const contact = await adapter.contacts.get(data.actors.systemUser);
      worker.use(failNext(503, { baseUrl, method: 'patch', path: 'contacts/:id', retryAfter: 0 }));
      await refusal(
        adapter.contacts.update(contact.id, { jobTitle: 'Nunca' }, { version: contact.version }),
        'network',
      );
      worker.use(
        failNext(503, { baseUrl, method: 'post', path: 'contacts/:id/transitions', retryAfter: 0 }),
      );
      await refusal(
        adapter.contacts.transition(contact.id, 'suspend', { version: contact.version }),
        'network',
      );
      expect(requests.filter((r) => r.method !== 'GET').length).to.equal(2);
      expect(await adapter.contacts.get(contact.id)).to.deep.equal(contact);
    });

    it('retries a PUT whose answer was lost and gets the first answer back, not a conflict', async () => {
      const adapter = adapterWith();
      const template = await adapter.invitations.template();
      worker.use(
        loseNextResponse(handlers, { baseUrl, method: 'put', path: 'invitation-template' }),
      );
      const saved = await adapter.invitations.updateTemplate(
        { subject: 'Bem-vindo, {name}', body: template.body },
        { version: template.version },
      );
      expect(saved.subject).to.equal('Bem-vindo, {name}');
      expect(saved.version).to.be.greaterThan(template.version);
      expect((await adapter.invitations.template()).version).to.equal(saved.version);
    });
  });

  describe('headers of the contract', () => {
    it('sends the bearer token, If-Match on writes and an Idempotency-Key on every write', async () => {
      const adapter = adapterWith({ headers: { 'X-Vendor': 'acme' } });
      const contact = await adapter.contacts.get(data.actors.systemUser);
      await adapter.contacts.update(
        contact.id,
        { jobTitle: 'Auditora' },
        { version: contact.version },
      );
      const [get, patch] = requests;
      expect(get!.headers.get('Authorization')).to.equal(`Bearer ${data.actors.generalAdmin}`);
      expect(get!.headers.get('X-Vendor')).to.equal('acme');
      expect(get!.headers.get('If-Match')).to.equal(null);
      expect(patch!.method).to.equal('PATCH');
      expect(patch!.headers.get('If-Match')).to.equal(`"${contact.version}"`);
      expect(patch!.headers.get('Idempotency-Key')).to.be.a('string');
      expect(new URL(patch!.url).pathname).to.equal(
        `${baseUrl}/contacts/${encodeURIComponent(contact.id)}`,
      );
    });

    it('puts the list query in the documented parameters', async () => {
      await adapterWith().contacts.list({
        search: 'joão',
        filter: { status: ['active', 'invited'], role: ['system-user'] },
        sort: { field: 'name', direction: 'desc' },
        limit: 10,
      });
      const url = new URL(requests[0]!.url);
      expect(url.pathname).to.equal(`${baseUrl}/contacts`);
      expect(url.searchParams.get('search')).to.equal('joão');
      expect(url.searchParams.getAll('status')).to.deep.equal(['active', 'invited']);
      expect(url.searchParams.getAll('role')).to.deep.equal(['system-user']);
      expect(url.searchParams.get('sort')).to.equal('name');
      expect(url.searchParams.get('direction')).to.equal('desc');
      expect(url.searchParams.get('limit')).to.equal('10');
    });

    it('asks for one contact’s invitations with a single contactId parameter', async () => {
      await adapterWith().invitations.list({
        filter: { contactId: data.actors.systemUser, status: ['pending'] },
        limit: 1,
      });
      const url = new URL(requests[0]!.url);
      expect(url.pathname).to.equal(`${baseUrl}/invitations`);
      expect(url.searchParams.getAll('contactId')).to.deep.equal([data.actors.systemUser]);
      expect(url.searchParams.getAll('status')).to.deep.equal(['pending']);
    });
  });

  describe('the mock backend keeps the contract', () => {
    it('answers an ETag with the version of a record', async () => {
      const response = await raw(`contacts/${data.actors.systemUser}`);
      const body = (await response.json()) as { version: number };
      expect(response.headers.get('ETag')).to.equal(`"${body.version}"`);
    });

    it('answers 428 to a versioned write without If-Match, and writes nothing', async () => {
      const before: unknown = await (await raw(`contacts/${data.actors.systemUser}`)).json();
      const response = await raw(`contacts/${data.actors.systemUser}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jobTitle: 'Sem versão' }),
      });
      expect(response.status).to.equal(428);
      expect(((await response.json()) as { error: { code: string } }).error.code).to.equal(
        'version-required',
      );
      expect(await (await raw(`contacts/${data.actors.systemUser}`)).json()).to.deep.equal(before);
    });

    it('replays an Idempotency-Key and refuses it for a different request', async () => {
      const post = (body: ContactInput) =>
        raw('contacts', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1' },
          body: JSON.stringify(body),
        });
      const input = newContact();
      const first = await post(input);
      expect(first.status).to.equal(201);
      const again = await post(input);
      expect(again.status).to.equal(201);
      expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(((await again.json()) as { id: string }).id).to.equal(
        ((await first.json()) as { id: string }).id,
      );
      const other = await post(newContact());
      expect(other.status).to.equal(409);
      expect(((await other.json()) as { error: { code: string } }).error.code).to.equal(
        'idempotency-key-reused',
      );
    });

    it("answers 400 to a body that is not JSON and 401 without a token or with a stranger's", async () => {
      const bad = await raw('contacts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{',
      });
      expect(bad.status).to.equal(400);
      const anonymous = await fetch(`${baseUrl}/session`);
      expect(anonymous.status).to.equal(401);
      const stranger = await fetch(`${baseUrl}/session`, {
        headers: { Authorization: 'Bearer nobody-at-all' },
      });
      expect(stranger.status).to.equal(401);
    });

    it('names each bad parameter of a malformed list query', async () => {
      const response = await raw('contacts?limit=abc&sort=shoeSize');
      expect(response.status).to.equal(400);
      const body = (await response.json()) as { error: { fields: { field: string }[] } };
      expect(body.error.fields.map((f) => f.field)).to.deep.equal(['sort', 'limit']);
      const twice = await raw('invitations?contactId=ct-000001&contactId=ct-000002');
      expect(twice.status).to.equal(400);
      const refused = (await twice.json()) as {
        error: { code: string; fields: { field: string }[] };
      };
      expect(refused.error.code).to.equal('invalid-query');
      expect(refused.error.fields.map((f) => f.field)).to.deep.equal(['contactId']);
    });
  });

  it('refuses to be made without a base URL', () => {
    expect(() => new RestAdapter({ baseUrl: '' })).to.throw(TypeError);
  });
});
