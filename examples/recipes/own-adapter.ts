// Recipe 3 — your own adapter. The elements talk to a `PortalAdapter` (src/core/adapter/types.ts),
// never to HTTP. The easy way is to serve the REST contract and use `RestAdapter`; when part of
// your backend speaks something else, wrap one and replace only what differs. Then run the
// conformance command against the backend (see docs/recipes/README.md).
import {
  AdapterError,
  RestAdapter,
  type Contact,
  type ContactQuery,
  type Page,
  type PortalAdapter,
} from '@portico/elements';

/** Your existing search service (GraphQL, Elasticsearch…), as your code knows it. */
declare function searchPeople(
  text: string,
  cursor?: string,
): Promise<{ hits: Contact[]; next?: string; count: number }>;

export function vendorAdapter(base: PortalAdapter): PortalAdapter {
  return {
    ...base,
    contacts: {
      ...base.contacts,
      // Only the text search goes to your service; filters and sorts stay with the contract.
      async list(query: ContactQuery = {}, options): Promise<Page<Contact>> {
        if (!query.search || query.filter || query.sort) return base.contacts.list(query, options);
        try {
          const found = await searchPeople(query.search, query.cursor ?? undefined);
          return { items: found.hits, total: found.count, nextCursor: found.next ?? null };
        } catch (error) {
          // Elements show an AdapterError's kind in words; anything else reads as a failure.
          throw new AdapterError('network', 'The search service did not answer.', {
            cause: error,
          });
        }
      },
    },
  };
}

export const adapter = vendorAdapter(new RestAdapter({ baseUrl: '/api/portico/v1' }));
