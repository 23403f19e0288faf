import type { ReactiveControllerHost } from 'lit';
import type { PortalAdapter } from '../../core/adapter/types.js';
import type { ContactFilter, ContactStatus } from '../../core/model/index.js';

/** One part of a filter, as a removable chip shows it: a value of a list, or a one-value part. */
export type FilterPart =
  | { key: 'status'; value: ContactStatus }
  | { key: 'role' | 'site'; value: string }
  | { key: 'tickets'; value: 'open' | 'none' }
  | { key: 'signedIn'; value: 'ever' | 'never' }
  | { key: DateFilterKey; value: string };

/** The date parts of a contact filter (each an ISO 8601 date the panel's date fields set). */
export type DateFilterKey = 'createdFrom' | 'createdBefore' | 'lastSignInFrom' | 'lastSignInBefore';

/** Every part `filter` narrows the list by, in the order the panel shows them. */
export function filterParts(filter: ContactFilter): FilterPart[] {
  const parts: FilterPart[] = [];
  for (const value of filter.status ?? []) parts.push({ key: 'status', value });
  for (const value of filter.role ?? []) parts.push({ key: 'role', value });
  for (const value of filter.site ?? []) parts.push({ key: 'site', value });
  if (filter.tickets) parts.push({ key: 'tickets', value: filter.tickets });
  if (filter.createdFrom) parts.push({ key: 'createdFrom', value: filter.createdFrom });
  if (filter.createdBefore) parts.push({ key: 'createdBefore', value: filter.createdBefore });
  if (filter.signedIn) parts.push({ key: 'signedIn', value: filter.signedIn });
  if (filter.lastSignInFrom) parts.push({ key: 'lastSignInFrom', value: filter.lastSignInFrom });
  if (filter.lastSignInBefore)
    parts.push({ key: 'lastSignInBefore', value: filter.lastSignInBefore });
  return parts;
}

/** The change to a filter that takes `part` out of it (for `setFilter`). */
export function withoutPart(filter: ContactFilter, part: FilterPart): Partial<ContactFilter> {
  switch (part.key) {
    case 'status':
      return { status: (filter.status ?? []).filter((v) => v !== part.value) };
    case 'role':
    case 'site':
      return { [part.key]: (filter[part.key] ?? []).filter((v) => v !== part.value) };
    default:
      return { [part.key]: undefined };
  }
}

/** The change to a filter that adds (`on`) or takes out one value of a list part. */
export function toggledValue<K extends 'status' | 'role' | 'site'>(
  filter: ContactFilter,
  key: K,
  value: NonNullable<ContactFilter[K]>[number],
  on: boolean,
): Partial<ContactFilter> {
  const current: string[] = filter[key] ?? [];
  const next = current.filter((v) => v !== value);
  if (on) next.push(value);
  return { [key]: next };
}

/** A site the site filter offers. */
export interface SiteChoice {
  id: string;
  name: string;
}

/**
 * The "Filters" panel of `<contact-list>`: whether it is open, and the company's sites it offers
 * (asked of `adapter.sites.list` the first time the panel opens; a failure leaves the site filter out,
 * and the next opening asks again). The panel only changes the query — the rows come from the adapter.
 */
export class FilterPanelController {
  open = false;
  /** The sites to choose from; `undefined` until they are known. */
  sites: SiteChoice[] | undefined;
  private asking = false;
  /** The last ask failed: ask again only when the person opens the panel. */
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly adapter: () => PortalAdapter | undefined,
  ) {}

  /** Opens or closes the panel. */
  toggle = (): void => {
    this.open = !this.open;
    if (this.open) {
      this.failed = false;
      void this.loadSites();
    }
    this.host.requestUpdate();
  };

  /** Asks for the sites, once they are needed (the panel opens, or a site filter is set). */
  async loadSites(): Promise<void> {
    const adapter = this.adapter();
    if (!adapter || this.sites || this.asking || this.failed) return;
    this.asking = true;
    try {
      const page = await adapter.sites.list({ limit: 500 });
      this.sites = page.items
        .map((site) => ({ id: site.id, name: site.name }))
        .sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      this.failed = true;
      // No sites to offer this time; the other filters still work, and the next opening asks again.
    } finally {
      this.asking = false;
      this.host.requestUpdate();
    }
  }

  /** A site's name, else its id (not loaded yet, or gone). */
  siteName(id: string): string {
    return this.sites?.find((site) => site.id === id)?.name ?? id;
  }
}
