import type { ContactQuery, PortalAdapter } from '../../core/adapter/types.js';
import type { Contact } from '../../core/model/index.js';
import type { ContactExportOptions, ExportScope, ExportedContacts } from './export.types.js';

/** The largest page adapters answer. */
const pageLimit = 500;

/**
 * What `ContactExportController.gather` loads on the first export: the contacts of `scope` through the
 * adapter (never the DOM), and the names of their sites.
 */
export async function gatherContacts(
  adapter: PortalAdapter,
  options: ContactExportOptions,
  scope: ExportScope,
  signal: AbortSignal,
): Promise<ExportedContacts> {
  const found = await contacts(adapter, options, scope, signal);
  return { contacts: found, siteName: await siteNames(adapter, found, signal) };
}

async function contacts(
  adapter: PortalAdapter,
  options: ContactExportOptions,
  scope: ExportScope,
  signal: AbortSignal,
): Promise<Contact[]> {
  const { selection } = options;
  if (scope === 'list' || selection.allMatching) {
    const all = await everyMatch(adapter, options, signal);
    return scope === 'list' ? all : all.filter((c) => !selection.excluded.has(c.id));
  }
  const loaded = options.items();
  const shown = loaded.filter((c) => selection.selected.has(c.id));
  const at = new Set(shown.map((c) => c.id));
  return [...shown, ...[...selection.selected.values()].filter((c) => !at.has(c.id))];
}

/** Every contact matching the list's query, page by page. */
async function everyMatch(
  adapter: PortalAdapter,
  options: ContactExportOptions,
  signal: AbortSignal,
): Promise<Contact[]> {
  const query: ContactQuery = { ...options.query(), limit: pageLimit };
  const all: Contact[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await adapter.contacts.list({ ...query, cursor }, { signal });
    for (const contact of page.items)
      if (!seen.has(contact.id)) {
        seen.add(contact.id);
        all.push(contact);
      }
    cursor = page.nextCursor;
  } while (cursor !== null && !signal.aborted);
  return all;
}

/** The names of the sites the contacts hold permissions on; a site's id when it cannot be named. */
async function siteNames(
  adapter: PortalAdapter,
  contacts: readonly Contact[],
  signal: AbortSignal,
): Promise<(id: string) => string> {
  const names = new Map<string, string>();
  if (contacts.some((c) => c.sites.length > 0)) {
    try {
      let cursor: string | null = null;
      do {
        const page = await adapter.sites.list({ limit: pageLimit, cursor }, { signal });
        for (const site of page.items) names.set(site.id, site.name);
        cursor = page.nextCursor;
      } while (cursor !== null && !signal.aborted);
    } catch {
      // Without the names, the sites are written by id: the export still holds every contact.
    }
  }
  return (id) => names.get(id) ?? id;
}
