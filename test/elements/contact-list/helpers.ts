import { aTimeout, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, MemoryBackend } from '../../../src/core/adapter/memory/index.js';
import type { PortalAdapter } from '../../../src/core/adapter/types.js';
import { createDemoData, type DemoData } from '../../../src/core/demo-data.js';
import type { ContactStatus } from '../../../src/core/model/index.js';
import { ContactList } from '../../../src/elements/contact-list/contact-list.js';

if (!customElements.get('contact-list')) customElements.define('contact-list', ContactList);

export type ActorName = 'generalAdmin' | 'registrationAdmin' | 'systemUser';

/** The markup a contact is named with in the XSS tests; it must show as text. */
export const xssName = '<img src=x onerror=alert(1)>';

export interface Mounted {
  el: ContactList;
  data: DemoData;
  backend: MemoryBackend;
  adapter: PortalAdapter;
}

/** The people the tests name, pinned so that a change of the demo generator cannot move them. */
const people: Record<string, [name: string, email: string, jobTitle: string]> = {
  'ct-000001': ['Conceição Fernandes', 'cfernandes@horizonte.com.br', 'Diretora'],
  'ct-000002': ['Camila Isabela Lima Soares', 'camila.soares@horizonte.com.br', 'Gerente'],
  'ct-000003': ['Sônia da Costa Xavier', 'sonia.xavier@horizonte.com.br', 'Analista'],
  'ct-000004': ['Mariana Quintão Barbosa', 'mariana_barbosa@bol.com.br', 'Coordenadora'],
  'ct-000006': ['Fernanda Gomes Conceição', 'fernanda.conceicao@horizonte.com.br', 'Contadora'],
  'ct-000009': ['Jaqueline Vitória Silva Freitas', 'jfreitas@horizonte.com.br', 'Advogada'],
  'ct-000011': ['Luciana Monteiro Almeida', 'luciana_almeida@horizonte.com.br', 'Analista'],
  'ct-000027': ['Márcio Gomes Ferreira', 'marcio_ferreira@horizonte.com.br', 'Técnico'],
};
const statuses: Record<string, ContactStatus> = {
  'ct-000005': 'inactive',
  'ct-000021': 'inactive',
  'ct-000007': 'site-assigned',
  'ct-000008': 'site-assigned',
  'ct-000030': 'site-assigned',
  'ct-000011': 'invited',
  'ct-000014': 'invited',
  'ct-000023': 'invited',
  'ct-000018': 'suspended',
  'ct-000022': 'suspended',
  'ct-000024': 'suspended',
  'ct-000026': 'suspended',
};
const tickets: Record<string, number> = { 'ct-000002': 5, 'ct-000003': 1, 'ct-000027': 3 };

/**
 * Fixes the facts the tests rely on among the first company's first 30 contacts: ct-000001 and
 * ct-000004 are the general admins, ct-000002 the registration admin (5 tickets in progress), everyone
 * else a system user; the statuses, tickets, names and e-mails above; no one else with those names.
 */
export function pin(data: DemoData): void {
  const companyId = data.companies[0]!.id;
  for (const contact of data.contacts) {
    if (contact.companyId !== companyId) continue;
    const n = Number(contact.id.slice(3));
    if (n > 30) continue;
    contact.role =
      n === 1 || n === 4 ? 'general-admin' : n === 2 ? 'registration-admin' : 'system-user';
    contact.status = statuses[contact.id] ?? 'active';
    contact.openTickets = tickets[contact.id] ?? 0;
    contact.address = undefined;
    const person = people[contact.id];
    if (person) [contact.name, contact.email, contact.jobTitle] = person;
    else contact.name = `Pessoa ${n} Teste`;
    if (!person) contact.email = `pessoa${n}@teste.com.br`;
  }
  const byId = new Map(data.contacts.map((c) => [c.id, c]));
  for (const invitation of data.invitations) {
    const contact = byId.get(invitation.contactId);
    if (contact) invitation.email = contact.email;
  }
}

/**
 * A `<contact-list>` over a MemoryAdapter on fresh demo data (the first company's contacts, seed 1),
 * with the facts of {@link pin}.
 */
export async function mount(
  options: {
    as?: ActorName;
    lang?: string;
    contacts?: number;
    mutate?: (data: DemoData) => void;
    wrap?: (adapter: MemoryAdapter) => PortalAdapter;
    width?: number;
  } = {},
): Promise<Mounted> {
  const data = createDemoData({ contacts: options.contacts ?? 30, seed: 1 });
  pin(data);
  options.mutate?.(data);
  const backend = new MemoryBackend({ data });
  const memory = new MemoryAdapter({ backend, actorId: data.actors[options.as ?? 'generalAdmin'] });
  const adapter = options.wrap ? options.wrap(memory) : memory;
  const el = await fixture<ContactList>(
    html`<contact-list
      lang=${options.lang ?? 'en'}
      style="width: ${options.width ?? 1100}px"
      debounce="0"
      .adapter=${adapter}
    ></contact-list>`,
  );
  await settled(el);
  // Buttons ease their colours in (120 ms) once the session says what is allowed: let them land
  // before a contrast check reads them.
  await aTimeout(200);
  return { el, data, backend, adapter };
}

/** Waits until the session is known and the rows of the current query are rendered. */
export async function settled(el: ContactList): Promise<void> {
  await waitUntil(
    () => el.portal.status !== 'loading' && el.rows.status !== 'loading',
    'list loads',
    {
      timeout: 10000,
    },
  );
  await el.loaded;
  await waitUntil(
    () => el.rows.status !== 'ready' || el.rows.items.length === 0 || rows(el).length > 0,
    'rows render',
    {
      timeout: 10000,
    },
  );
  await nextFrame();
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: ContactList, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: ContactList, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The contact rows in the DOM (not the header). */
export const rows = (el: ContactList) => $$(el, '[role="row"][data-id]');

export const rowOf = (el: ContactList, id: string) => $(el, `[role="row"][data-id="${id}"]`);

/** Types into the search box the way a person does, then waits for the answer. */
export async function searchFor(el: ContactList, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#search')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settled(el);
}

/** Narrows the list to one contact (by e-mail) so its row is rendered, and returns the row. */
export async function showContact(
  el: ContactList,
  data: DemoData,
  id: string,
): Promise<HTMLElement> {
  const contact = data.contacts.find((c) => c.id === id)!;
  await searchFor(el, contact.email);
  await waitUntil(() => rowOf(el, id), `row ${id} shows`, { timeout: 10000 });
  return rowOf(el, id)!;
}

/** Opens a row's acts menu and returns it. */
export async function openMenu(el: ContactList, id: string): Promise<HTMLElement> {
  const row = rowOf(el, id)!;
  row.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
  await waitUntil(() => $(el, '[popover]')?.matches(':popover-open'), 'menu opens', {
    timeout: 10000,
  });
  await el.updateComplete;
  return $(el, '#row-menu [role="group"]')!;
}

export const menuItem = (el: ContactList, act: string) =>
  $<HTMLButtonElement>(el, `#row-menu [data-act="${act}"]`)!;

/** The text of the element an `aria-describedby` points to (inside the shadow root). */
export function description(el: ContactList, control: Element): string {
  const ids = control.getAttribute('aria-describedby');
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

export const dialog = (el: ContactList) => $<HTMLDialogElement>(el, 'dialog')!;

/** Waits for the dialog to be open with content. */
export async function dialogOpen(el: ContactList): Promise<HTMLDialogElement> {
  await waitUntil(() => dialog(el).open && dialog(el).querySelector('h2'), 'dialog opens', {
    timeout: 10000,
  });
  return dialog(el);
}

export async function dialogClosed(el: ContactList): Promise<void> {
  await waitUntil(() => !dialog(el).open, 'dialog closes', { timeout: 10000 });
}

export const toastText = (el: ContactList) =>
  $(el, '.toasts')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Finds a button by its visible text inside `root`. */
export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`No button ${String(text)}`);
  return found;
}

/** An adapter whose listed methods fail once with `error` (a failing double for failure paths). */
export function failing(
  adapter: MemoryAdapter,
  failures: Partial<Record<'list' | 'update' | 'transition' | 'remove' | 'create', () => Error>>,
): PortalAdapter {
  const contacts = new Proxy(adapter.contacts, {
    get(target, key, receiver) {
      const fail = failures[key as keyof typeof failures];
      if (fail) {
        return () => {
          delete failures[key as keyof typeof failures];
          return Promise.reject(fail());
        };
      }
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
  return new Proxy(adapter, {
    get(target, key, receiver) {
      if (key === 'contacts') return contacts;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}
