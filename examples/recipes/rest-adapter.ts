// Recipe 2 — point `RestAdapter` at your API (the contract: docs/rest-api.md, docs/openapi.json).
import { AdapterError, RestAdapter } from '@portico/elements';
import '@portico/elements/provider';

/** Your own session code: where the signed-in person's token lives. */
declare function currentToken(): Promise<string | undefined>;

export const adapter = new RestAdapter({
  // Where the contract is served; every path (`/contacts`, `/session`…) is below it.
  baseUrl: 'https://portal.example.com/api/portico/v1',
  // Asked before every request, so a refreshed token is picked up.
  getToken: currentToken,
  // Your own headers (an API version, a tenant hint).
  headers: { 'X-Api-Version': '2026-12' },
  // Idempotent requests are retried after a network failure, a timeout, 408 or 5xx.
  timeout: 15_000,
  retries: 2,
});

document.querySelector('portico-provider')!.adapter = adapter;

// Everything the elements do goes through the adapter; your own code can call it too, and gets the
// same typed errors (`kind`: validation, forbidden, conflict, not-found, network…).
export async function renameContact(id: string, name: string): Promise<void> {
  const contact = await adapter.contacts.get(id);
  try {
    await adapter.contacts.update(id, { name }, { version: contact.version });
  } catch (error) {
    if (AdapterError.is(error) && error.kind === 'conflict') {
      // Someone changed it meanwhile (409 stale-version): read it again and ask the person.
      return;
    }
    throw error;
  }
}
