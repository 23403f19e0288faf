/**
 * The page `bench/contact-list.bench.ts` drives (and the screenshots of `<contact-list>` use): it builds
 * demo data in a MemoryAdapter and exposes `window.contactListBench` to mount our list or a plain Lit
 * list that renders every row, scroll them, type a search, and time a plain array scan.
 *
 * Query parameters for a preview: `?n=100&as=generalAdmin&lang=pt-BR&width=1100&mount`.
 */
import { LitElement, css, html } from 'lit';
import { MemoryAdapter, MemoryBackend } from '../../src/core/adapter/memory/index.js';
import type { Contact } from '../../src/core/model/index.js';
import { createDemoData, type DemoData } from '../../src/core/demo-data.js';
import { normalizeText } from '../../src/core/search/index.js';
import { ContactList } from '../../src/elements/contact-list/contact-list.js';

if (!customElements.get('contact-list')) customElements.define('contact-list', ContactList);

/** The anchor: a plain Lit list that renders a row for every contact it is given. */
class NaiveContactList extends LitElement {
  static override properties = { contacts: { attribute: false } };
  static override styles = css`
    :host {
      display: block;
      height: 480px;
      overflow: auto;
      font:
        14px system-ui,
        sans-serif;
    }
    .row {
      display: grid;
      grid-template-columns: 2fr 2fr 1fr 1fr 1fr 1fr;
      gap: 8px;
      padding: 12px;
      border-bottom: 1px solid #ddd;
    }
  `;
  contacts: Contact[] = [];
  override render() {
    return html`${this.contacts.map(
      (c) =>
        html`<div class="row" role="row" data-id=${c.id}>
          <span>${c.name}</span><span>${c.email}</span><span>${c.phone.area} ${c.phone.number}</span
          ><span>${c.jobTitle}</span><span>${c.role}</span><span>${c.status}</span>
        </div>`,
    )}`;
  }
}
if (!customElements.get('naive-contact-list'))
  customElements.define('naive-contact-list', NaiveContactList);

const stage = document.getElementById('stage')!;
let data: DemoData | undefined;
let adapter: MemoryAdapter | undefined;
let backend: MemoryBackend | undefined;
let companyContacts: Contact[] = [];

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves on the first frame at which `test` holds. */
async function until(test: () => boolean): Promise<void> {
  while (!test()) await frame();
}

/** Resolves as soon as `test` holds, checking after every task (not only at frames). */
async function soon(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((resolve) => setTimeout(resolve, 0));
}

const ourRows = (el: Element) =>
  el.shadowRoot?.querySelectorAll('[role="row"][data-id]').length ?? 0;

const api = {
  /** Builds `n` contacts in a MemoryAdapter (not timed) and warms it with one query. */
  async prepare(
    n: number,
    actor: 'generalAdmin' | 'registrationAdmin' | 'systemUser' = 'generalAdmin',
  ) {
    data = createDemoData({ contacts: n, seed: 1 });
    backend = new MemoryBackend({ data });
    adapter = new MemoryAdapter({ backend, actorId: data.actors[actor] });
    await adapter.contacts.list({ limit: 1 });
    await adapter.contacts.list({ limit: 1, search: 'warm' });
    const companyId = data.companies[0]!.id;
    companyContacts = data.contacts.filter((c) => c.companyId === companyId);
    return companyContacts.length;
  },

  unmount() {
    stage.replaceChildren();
  },

  /** Mounts `<contact-list>`; resolves with the ms until its first rows are on screen and how many. */
  async mountOurs(options: { lang?: string; width?: number } = {}) {
    api.unmount();
    const el = document.createElement('contact-list');
    el.setAttribute('lang', options.lang ?? 'en');
    if (options.width) el.style.width = `${options.width}px`;
    el.debounce = 0;
    const start = performance.now();
    el.adapter = adapter;
    stage.append(el);
    let frames = 0;
    let readyAt = 0;
    await until(() => {
      if (!readyAt && el.rows.status === 'ready') readyAt = performance.now() - start;
      frames++;
      return ourRows(el) > 0;
    });
    const ms = performance.now() - start;
    // Let the element finish what it does after its first rows (it counts the general admins) before
    // the next measurement starts.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { ms, domRows: ourRows(el), total: el.rows.total, frames, readyAt };
  },

  /** Mounts the plain Lit list with every contact; resolves like `mountOurs`. */
  async mountNaive() {
    api.unmount();
    const el = document.createElement('naive-contact-list') as NaiveContactList;
    const start = performance.now();
    el.contacts = companyContacts;
    stage.append(el);
    await until(() => ourRows(el) > 0);
    const ms = performance.now() - start;
    return { ms, domRows: ourRows(el) };
  },

  /** Scrolls the mounted list by `step` px per frame for `frames` frames; the frame times in ms. */
  async scrollFrames(frames = 90, step = 240) {
    const el = stage.firstElementChild as HTMLElement;
    const scroller = (el.shadowRoot?.querySelector('.body') as HTMLElement | null) ?? el;
    // Start from a settled page (no query or collection in flight), as a person starts to scroll.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const times: number[] = [];
    let last = await frame();
    for (let i = 0; i < frames; i++) {
      scroller.scrollTop += step;
      const now = await frame();
      times.push(now - last);
      last = now;
    }
    return {
      times,
      domRows: ourRows(el),
      loaded: (el as Partial<ContactList>).rows?.items.length ?? 0,
    };
  },

  /**
   * Types `text` into our list's search (debounce 0); ms until the answer's first rows are in the DOM.
   * Checked after every task rather than at animation frames, so the figure is not rounded up to a
   * frame (the anchor, a plain scan, renders nothing at all).
   */
  async keystroke(text: string) {
    const el = stage.querySelector('contact-list') as ContactList;
    const input = el.shadowRoot!.querySelector('#search') as HTMLInputElement;
    if (el.rows.state.search === text) return { ms: 0, total: el.rows.total };
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    // The answer's rows are in the DOM once the query settled and the element rendered it.
    await el.rows.ready;
    await el.updateComplete;
    const firstRow = () =>
      el.shadowRoot!.querySelector<HTMLElement>('[role="row"][data-id]')?.dataset.id;
    await soon(() => el.rows.items.length === 0 || firstRow() === el.rows.items[0]!.id);
    const ms = performance.now() - start;
    await frame();
    return { ms, total: el.rows.total };
  },

  /** The anchor of a search: a plain scan of every contact's name, e-mail, CPF and phone. */
  plainScan(text: string) {
    const term = normalizeText(text);
    const start = performance.now();
    const found = companyContacts.filter(
      (c) =>
        normalizeText(c.name).includes(term) ||
        normalizeText(c.email).includes(term) ||
        c.document.number.includes(term) ||
        `${c.phone.area}${c.phone.number}`.includes(term),
    );
    return { ms: performance.now() - start, total: found.length };
  },

  /** The backend, for previews that need to change data. */
  get backend() {
    return backend;
  },
  get data() {
    return data;
  },
};

declare global {
  interface Window {
    contactListBench: typeof api;
  }
}
window.contactListBench = api;

// A preview for screenshots: `?mount&n=…&as=…&lang=…&width=…`.
const params = new URLSearchParams(location.search);
if (params.has('mount')) {
  const actor = (params.get('as') ?? 'generalAdmin') as 'generalAdmin';
  await api.prepare(Number(params.get('n') ?? 100), actor);
  await api.mountOurs({
    lang: params.get('lang') ?? 'en',
    width: Number(params.get('width') ?? 0) || undefined,
  });
  document.body.dataset.ready = 'true';
}
