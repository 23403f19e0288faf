import { aTimeout, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter, MemoryBackend } from '../../src/core/adapter/memory/index.js';
import type { PortalAdapter } from '../../src/core/adapter/types.js';
import type { DemoData } from '../../src/core/demo-data.js';
import { ContactList } from '../../src/elements/contact-list/contact-list.js';
import { $, $$ } from './dom.js';
import { pin, world, type ActorName } from './world.js';

if (!customElements.get('contact-list')) customElements.define('contact-list', ContactList);

/** A `<contact-list>` mounted by {@link mountList}, with the data and backend behind it. */
export interface Mounted {
  el: ContactList;
  data: DemoData;
  backend: MemoryBackend;
  adapter: PortalAdapter;
}

/**
 * A `<contact-list>` over a MemoryAdapter on fresh demo data (the first company's contacts, seed 1),
 * with the facts of {@link pin}.
 */
export async function mountList(
  options: {
    as?: ActorName;
    lang?: string;
    contacts?: number;
    mutate?: (data: DemoData) => void;
    wrap?: (adapter: MemoryAdapter) => PortalAdapter;
    width?: number;
  } = {},
): Promise<Mounted> {
  const { data, backend, as } = world({
    contacts: options.contacts ?? 30,
    prepare: (d) => {
      pin(d);
      options.mutate?.(d);
    },
  });
  const memory = as(options.as ?? 'generalAdmin');
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
  await transitionsDone(el);
  return { el, data, backend, adapter };
}

/** Resolves when every transition in the list's shadow root has ended (a slow machine lags). */
export async function transitionsDone(el: ContactList): Promise<void> {
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
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
