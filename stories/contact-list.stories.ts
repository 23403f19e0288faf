import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define.js';
import { AdapterError } from '../src/core/adapter/errors.js';
import { MemoryAdapter, MemoryBackend } from '../src/core/adapter/memory/index.js';
import { RestAdapter } from '../src/core/adapter/rest/index.js';
import type { PortalAdapter } from '../src/core/adapter/types.js';
import { createDemoData, type DemoData } from '../src/core/demo-data.js';
import type { ContactList } from '../src/elements/contact-list/contact-list.js';
import { failNext } from '../src/mocks/faults.js';
import { createHandlers } from '../src/mocks/handlers.js';

type Actor = 'generalAdmin' | 'registrationAdmin' | 'systemUser';

interface ListArgs {
  actor: Actor;
  contacts: number;
  /** `live` (the memory backend), `empty` (a filter nobody matches), `loading` (never answers), `error`. */
  backend: 'live' | 'empty' | 'loading' | 'error';
  width: number;
  pageSize: number;
}

/** Lists answer from the memory backend, or never (loading), or fail (error). */
function wrap(inner: PortalAdapter, mode: ListArgs['backend']): PortalAdapter {
  if (mode === 'live' || mode === 'empty') return inner;
  const answer = () =>
    mode === 'loading'
      ? new Promise<never>(() => {})
      : Promise.reject(new AdapterError('network', 'The server could not be reached.'));
  return new Proxy(inner, {
    get(target, group: keyof PortalAdapter) {
      const api = target[group] as unknown;
      if (group !== 'contacts' || typeof api !== 'object' || api === null) return api;
      return new Proxy(api as Record<string, unknown>, {
        get: (methods, name: string) => (name === 'list' ? answer : methods[name]),
      });
    },
  });
}

/** The demo company; one contact is named with markup, to show it renders as text. */
function company(contacts: number): DemoData {
  const data = createDemoData({ contacts, seed: 1 });
  const someone = data.contacts.find(
    (c) => c.companyId === data.companies[0]!.id && c.role === 'system-user',
  );
  if (someone) someone.name = '<img src=x onerror=alert(1)>';
  return data;
}

function list(args: ListArgs): TemplateResult {
  const data = company(args.contacts);
  const backend = new MemoryBackend({ data });
  const adapter = wrap(
    new MemoryAdapter({ backend, actorId: data.actors[args.actor], latency: 120 }),
    args.backend,
  );
  return html`<contact-list
    style="max-width: ${args.width}px"
    page-size=${args.pageSize}
    status=${args.backend === 'empty' ? 'potential' : ''}
    search=${args.backend === 'empty' ? 'ninguém com este nome' : ''}
    .adapter=${adapter}
  ></contact-list>`;
}

/** Waits for the list's rows, then returns the element (for stories that open a dialog). */
async function ready(canvas: HTMLElement): Promise<ContactList> {
  const el = canvas.querySelector('contact-list')!;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('[role="row"][data-id]'); i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
  return el;
}

/** Opens the acts menu of the first row whose text matches and chooses `act`. */
async function chooseAct(
  el: ContactList,
  act: string,
  match?: (row: HTMLElement) => boolean,
): Promise<void> {
  const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"][data-id]')];
  const row = rows.find((r) => (match ? match(r) : true)) ?? rows[0]!;
  row.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  el.shadowRoot!.querySelector<HTMLButtonElement>(`#row-menu [data-act="${act}"]`)!.click();
  await el.updateComplete;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/contact-list',
  component: 'contact-list',
  render: list,
  args: { actor: 'generalAdmin', contacts: 200, backend: 'live', width: 1200, pageSize: 50 },
  argTypes: {
    actor: {
      control: 'inline-radio',
      options: ['generalAdmin', 'registrationAdmin', 'systemUser'],
    },
    backend: { control: 'inline-radio', options: ['live', 'empty', 'loading', 'error'] },
    contacts: { control: { type: 'number', min: 0, max: 100000, step: 1000 } },
    width: { control: { type: 'range', min: 320, max: 1400, step: 10 } },
  },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<ListArgs>;

/** 200 contacts, as the general admin: every act is enabled where the contact's state allows it. */
export const Default: Story = {};

/** A search and filter nobody matches. */
export const Empty: Story = { args: { backend: 'empty' } };

/** The first page is on its way. */
export const Loading: Story = { args: { backend: 'loading' } };

/** The first page failed: the reason and "Try again". */
export const Error: Story = { args: { backend: 'error' } };

/** 100,000 contacts: the DOM holds about a viewport of rows; pages load by cursor while scrolling. */
export const HundredThousand: Story = { args: { contacts: 100_000 } };

/** As the general admin. */
export const AsGeneralAdmin: Story = { args: { actor: 'generalAdmin' } };

/** As the registration admin: no transfer of administration, only the default role when adding. */
export const AsRegistrationAdmin: Story = { args: { actor: 'registrationAdmin' } };

/** As a system user: only their own contact can be edited; every other act says why not. */
export const AsSystemUser: Story = { args: { actor: 'systemUser' } };

/** Under 600px the rows become cards. */
export const NarrowScreen: Story = { args: { width: 380 } };

/** The add form (seed 001's fields). */
export const AddDialog: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
  },
};

/** The edit form: the e-mail is read-only, with the reason. */
export const EditDialog: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
  },
};

/** The acts menu of a row: each act enabled or disabled with its reason. */
export const ActsMenu: Story = {
  args: { actor: 'registrationAdmin' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
  },
};

/** "Tem certeza que deseja remover este usuário?" */
export const DeleteConfirmation: Story = {
  play: async ({ canvasElement }) =>
    chooseAct(await ready(canvasElement), 'delete', (r) => !r.textContent.includes('admin')),
};

/** "Você tem certeza que deseja transferir a administração para este usuário?" */
export const TransferAdministration: Story = {
  play: async ({ canvasElement }) =>
    chooseAct(
      await ready(canvasElement),
      'transfer-admin',
      (r) => r.textContent.includes('Active') && !r.textContent.includes('admin'),
    ),
};

/** Transfer tickets: choose the receiving contact from a searchable list. */
export const TransferTickets: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const withTickets = el.rows.items.find((c) => c.openTickets > 0);
    if (!withTickets) return;
    el.search = withTickets.email;
    await el.loaded;
    await ready(canvasElement);
    await chooseAct(el, 'transfer-tickets', (r) => r.dataset.id === withTickets.id);
  },
};

/** Suspend access: the confirmation of a lifecycle act. */
export const SuspendConfirmation: Story = {
  play: async ({ canvasElement }) =>
    chooseAct(await ready(canvasElement), 'suspend', (r) => r.textContent.includes('Active')),
};

/** A bulk delete over a selection: its per-item summary ("1 done, 2 refused: …"). */
export const BulkResult: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const boxes = [
      ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(
        '[role="row"][data-id] input[type="checkbox"]',
      ),
    ];
    for (const box of boxes.slice(0, 4)) box.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-bulk="delete"]')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The confirmation's main button is its last one.
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog .dialog-actions button')]
      .at(-1)
      ?.click();
  },
};

// ── Over mocked HTTP ─────────────────────────────────────────────────────────────────────────────────

/**
 * The REST contract (`docs/rest-api.md`) served by msw in the browser, on a memory backend of the
 * demo company: the story's element talks to it through `RestAdapter`, so every search, page, act and
 * failure goes over `fetch` (see the Network panel). Its own base URL keeps it apart from other stories.
 */
const httpBaseUrl = '/api/stories/contact-list';
const httpData = company(200);
const httpBackend = new MemoryBackend({ data: httpData });

/** The list against the mocked HTTP API, as the story's actor (the bearer token names the contact). */
function overHttp(args: ListArgs): TemplateResult {
  const adapter = new RestAdapter({
    baseUrl: httpBaseUrl,
    getToken: () => httpData.actors[args.actor],
  });
  return html`<contact-list
    style="max-width: ${args.width}px"
    page-size=${args.pageSize}
    .adapter=${adapter}
  ></contact-list>`;
}

/** What the HTTP stories do not use: the backend is the mocked API's, its size fixed. */
const httpArgTypes = {
  contacts: { table: { disable: true } },
  backend: { table: { disable: true } },
} as const;

/**
 * On mocked HTTP: `RestAdapter` against msw's handlers for the REST contract (200 contacts). Writes
 * persist in the mocked backend until the page reloads.
 */
export const OverHttp: Story = {
  render: overHttp,
  argTypes: httpArgTypes,
  parameters: {
    msw: { handlers: { api: createHandlers({ backend: httpBackend, baseUrl: httpBaseUrl }) } },
  },
};

/**
 * On mocked HTTP, with the list request answering 500 (`server-error`) every time, after
 * `RestAdapter`'s retries: the error state, its reason and "Try again". The session and the policy
 * still load.
 */
export const OverHttpFailing: Story = {
  render: overHttp,
  argTypes: httpArgTypes,
  parameters: {
    msw: {
      handlers: {
        failure: [
          failNext(500, {
            baseUrl: httpBaseUrl,
            method: 'get',
            path: 'contacts',
            code: 'server-error',
            times: Number.POSITIVE_INFINITY,
          }),
        ],
        api: createHandlers({ backend: httpBackend, baseUrl: httpBaseUrl }),
      },
    },
  },
};
