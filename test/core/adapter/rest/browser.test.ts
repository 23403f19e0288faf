import { expect } from '@open-wc/testing';
import { MemoryBackend } from '../../../../src/core/adapter/memory/index.js';
import { RestAdapter } from '../../../../src/core/adapter/rest/index.js';
import { createDemoData } from '../../../../src/core/demo-data.js';
import { startMockApi } from '../../../../src/mocks/browser.js';

describe('startMockApi', () => {
  it('serves the REST contract from a service worker until it is stopped', async () => {
    const data = createDemoData({ contacts: 30, seed: 5 });
    const backend = new MemoryBackend({ data });
    const worker = await startMockApi({ backend, baseUrl: '/api/start-mock-api' });
    try {
      const adapter = new RestAdapter({
        baseUrl: '/api/start-mock-api',
        getToken: () => data.actors.systemUser,
      });
      const session = await adapter.session.current();
      expect(session.actor.id).to.equal(data.actors.systemUser);
      const page = await adapter.contacts.list({ limit: 5 });
      expect(page.items.length).to.equal(5);
      expect(page.total).to.equal(
        data.contacts.filter((c) => c.companyId === session.company.id).length,
      );
    } finally {
      await worker.stop();
    }
    // Once stopped, the contract is no longer answered: the dev server's own 404 comes back.
    const after = await fetch('/api/start-mock-api/session');
    expect(after.status).to.equal(404);
  });
});
