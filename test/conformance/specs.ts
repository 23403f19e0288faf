import { sendKeys } from '@web/test-runner-commands';
import type { PortalAdapter } from '../../src/core/adapter/types.js';
import { ContactList } from '../../src/elements/contact-list/contact-list.js';
import { contactListCatalogue } from '../../src/elements/contact-list/contact-list.words.js';
import { CsvImporter } from '../../src/elements/csv-importer/csv-importer.js';
import { importerCatalogue } from '../../src/elements/csv-importer/csv-importer.words.js';
import { InviteAccept } from '../../src/elements/invite-accept/invite-accept.js';
import { inviteAcceptCatalogue } from '../../src/elements/invite-accept/invite-accept.words.js';
import { InviteStatus } from '../../src/elements/invite-status/invite-status.js';
import { inviteStatusCatalogue } from '../../src/elements/invite-status/invite-status.words.js';
import { PermissionMatrix } from '../../src/elements/permission-matrix/permission-matrix.js';
import { matrixCatalogue } from '../../src/elements/permission-matrix/permission-matrix.words.js';
import { PorticoProvider } from '../../src/elements/portico-provider/portico-provider.js';
import { SaasSeatPanel } from '../../src/elements/saas-seat-panel/saas-seat-panel.js';
import { saasSeatPanelCatalogue } from '../../src/elements/saas-seat-panel/saas-seat-panel.words.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import { providerMessages } from '../../src/i18n/messages/provider.js';
import { $, button } from '../helpers/dom.js';
import { invitee } from '../helpers/invitee.js';
import { pin, world } from '../helpers/world.js';
import type { ConformanceSpec, ElementState } from './suite.js';

for (const [tag, element] of [
  ['contact-list', ContactList],
  ['csv-importer', CsvImporter],
  ['permission-matrix', PermissionMatrix],
  ['invite-status', InviteStatus],
  ['invite-accept', InviteAccept],
  ['saas-seat-panel', SaasSeatPanel],
  ['portico-provider', PorticoProvider],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** A general admin of a fresh demo company (the pinned facts of the element tests). */
const generalAdmin = (): PortalAdapter => world({ prepare: pin }).as('generalAdmin');

/** The state an element shows, from the first of `selectors` (in order) that matches its DOM. */
function stateBy(selectors: [ElementState, string][]): (el: HTMLElement) => ElementState {
  return (el) => selectors.find(([, selector]) => $(el, selector))?.[0] ?? 'other';
}

export const contactList: ConformanceSpec<ContactList> = {
  tag: 'contact-list',
  catalogue: contactListCatalogue,
  adapter: generalAdmin,
  create(adapter) {
    const el = document.createElement('contact-list');
    el.adapter = adapter;
    el.debounce = 0;
    el.style.width = '1100px';
    return el;
  },
  state: stateBy([
    // Ready once the rows (or the empty row) are laid out, not only the table around them.
    ['ready', '[role="grid"] :is([role="row"][data-id], .empty-row)'],
    ['error', '[part="empty"] [role="alert"]'],
    ['loading', '[part="empty"][role="status"]'],
    ['no-adapter', '[part="empty"]:not([role]):not(:has([role="alert"]))'],
  ]),
  controls: [
    { role: 'searchbox', name: 'Search contacts' },
    { role: 'combobox', name: 'Status' },
    { role: 'combobox', name: 'Role' },
    { role: 'button', name: 'Add contact' },
    { role: 'checkbox', name: 'Select every loaded contact' },
    { role: 'button', name: /^Name/ },
    { role: 'checkbox', name: /^Select (?!every).+/ },
    { role: 'button', name: /^More actions for .+/ },
  ],
  async properties(el) {
    el.status = 'active';
    el.roleFilter = 'system-user';
    el.sort = 'email';
    el.sortDirection = 'desc';
    el.search = 'a';
    el.pageSize = 20;
    el.setAttribute('debounce', '10');
    await el.loaded;
    el.clearSelection();
    await el.refresh();
  },
  act: {
    event: 'portico-selection-change',
    run(el) {
      $<HTMLInputElement>(el, '[role="row"][data-id] input[type="checkbox"]')!.click();
    },
  },
};

export const permissionMatrix: ConformanceSpec<PermissionMatrix> = {
  tag: 'permission-matrix',
  catalogue: matrixCatalogue,
  adapter: generalAdmin,
  create(adapter) {
    const el = document.createElement('permission-matrix');
    el.adapter = adapter;
    return el;
  },
  state: stateBy([
    ['ready', '[role="tabpanel"]'],
    ['error', '[role="alert"][part="panel"]'],
    ['loading', '.loading[role="status"][part="panel"]'],
    ['no-adapter', '.empty[part="panel"]'],
  ]),
  controls: [
    { role: 'tab', name: 'By role' },
    { role: 'tab', name: 'By person' },
    { role: 'tab', name: 'Approvers' },
    // A role-table cell is a menu button that says its state.
    { role: 'button', name: /^Approves budgets, System user: When granted/ },
    { role: 'button', name: 'Save changes' },
    { role: 'button', name: 'Discard changes' },
    { role: 'region', name: 'Changes to review' },
  ],
  async properties(el) {
    el.contactId = 'ct-000003';
    el.view = 'person';
    await el.updateComplete;
    el.setAttribute('view', 'approvers');
    await el.updateComplete;
    el.view = 'role';
  },
  act: {
    event: 'portico-permissions-save-request',
    async run(el) {
      // Open the cell's state menu from the keyboard and take the next state.
      const cell = $<HTMLElement>(el, '[data-key="enable-platforms@registration-admin"]')!;
      cell.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      button(el, 'Save changes').click();
    },
  },
};

/** Waits until `ready` holds, frame after frame (the runner's own timeout bounds a hang). */
async function whenReady(el: CsvImporter, ready: () => unknown): Promise<void> {
  while (!ready()) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
  await el.updateComplete;
}

export const csvImporter: ConformanceSpec<CsvImporter> = {
  tag: 'csv-importer',
  catalogue: importerCatalogue,
  adapter: generalAdmin,
  create(adapter) {
    const el = document.createElement('csv-importer');
    el.adapter = adapter;
    return el;
  },
  state: stateBy([
    ['ready', 'section h2'],
    ['error', '[role="alert"]'],
    ['loading', '.loading[role="status"]'],
    ['no-adapter', '.empty'],
  ]),
  controls: [
    { role: 'heading', name: 'Import contacts' },
    { role: 'button', name: 'Download the template' },
  ],
  async properties(el) {
    el.adapter = generalAdmin();
    await el.updateComplete;
  },
  act: {
    event: 'portico-import-request',
    async run(el) {
      const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
      const transfer = new DataTransfer();
      const text =
        'Nome;E-mail;CPF;DDD;Telefone;Cargo\r\nAna Lima;ana.lima@acme.com.br;19960308251;41;912345678;Analista\r\n';
      transfer.items.add(new File([text], 'contatos.csv', { type: 'text/csv' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await whenReady(el, () => $(el, 'button[part="check-button"]:not([disabled])'));
      $<HTMLButtonElement>(el, 'button[part="check-button"]')!.click();
      await whenReady(el, () => $(el, 'button[part="import-button"]:not([disabled])'));
      $<HTMLButtonElement>(el, 'button[part="import-button"]')!.click();
    },
  },
};

export const porticoProvider: ConformanceSpec<PorticoProvider> = {
  tag: 'portico-provider',
  catalogue: catalogue(providerMessages),
  adapter: generalAdmin,
  create(adapter) {
    const el = document.createElement('portico-provider');
    el.adapter = adapter;
    return el;
  },
  state(el) {
    if (el.status === 'idle') return 'no-adapter';
    return el.status;
  },
  controls: [
    { role: 'status', name: '' },
    { role: 'StaticText', name: 'Signed in as Conceição Fernandes, Construtora Horizonte Ltda.' },
  ],
  properties(el) {
    el.theme = { '--portico-color-primary': '#0b5cab' };
    el.locale = 'en-GB';
  },
  act: {
    event: 'portico-session-change',
    async run(el) {
      await el.reload();
    },
  },
};

export const inviteStatus: ConformanceSpec<InviteStatus> = {
  tag: 'invite-status',
  catalogue: inviteStatusCatalogue,
  adapter: generalAdmin,
  create(adapter) {
    const el = document.createElement('invite-status');
    el.adapter = adapter;
    el.debounce = 0;
    return el;
  },
  state: stateBy([
    ['ready', 'table[part="table"], section[part="panel"]'],
    ['error', '[role="alert"]'],
    ['loading', '.empty[role="status"]'],
    ['no-adapter', '.empty[part="empty"]'],
  ]),
  controls: [
    { role: 'searchbox', name: 'Search invitations' },
    { role: 'combobox', name: 'Show' },
    { role: 'checkbox', name: 'Select every loaded invitation' },
    { role: 'checkbox', name: /^Select .+@.+/ },
    { role: 'button', name: 'Invitation e-mail' },
    { role: 'button', name: 'Resend' },
    { role: 'button', name: 'Revoke' },
    { role: 'button', name: 'Delete' },
  ],
  async properties(el) {
    el.view = 'expired';
    await el.updateComplete;
    el.setAttribute('page-size', '20');
    el.pageSize = 25;
    await el.updateComplete;
    el.view = 'all';
    await el.refresh();
  },
  act: {
    event: 'portico-invitation-changed',
    async run(el) {
      // A resend asks first (the earlier link stops working): confirmed in the dialog.
      $<HTMLButtonElement>(el, 'tr[data-id] button[data-act="resend"]')!.click();
      while (!$(el, 'dialog[open] [data-confirm]')) await new Promise((r) => setTimeout(r, 0));
      $<HTMLButtonElement>(el, 'dialog [data-confirm]')!.click();
    },
  },
};

/** The invitee of a fresh invitation, on the public setup page (no session). */
const setupToken = 'tok-conformance';

export const inviteAccept: ConformanceSpec<InviteAccept> = {
  tag: 'invite-accept',
  catalogue: inviteAcceptCatalogue,
  adapter: () => invitee(setupToken).adapter(),
  create(adapter) {
    const el = document.createElement('invite-accept');
    el.adapter = adapter;
    el.token = setupToken;
    return el;
  },
  state: stateBy([
    ['ready', '[part="page"] [part="invitation"]'],
    ['error', '[part="page"][data-tone="danger"]'],
    ['loading', '.empty[role="status"]'],
    ['no-adapter', '.empty[part="empty"]'],
  ]),
  controls: [
    { role: 'heading', name: /^Join / },
    { role: 'button', name: 'Continue with Google' },
    { role: 'button', name: 'Continue with Microsoft' },
    { role: 'button', name: 'Create a password' },
  ],
  async properties(el) {
    el.setAttribute('sign-in-url', 'https://portal.example.com/');
    el.signInUrl = 'https://portal.example.com/entrar';
    el.token = setupToken;
    await el.refresh();
  },
  act: {
    event: 'portico-signin-provider-request',
    run(el) {
      button(el, 'Continue with Google').click();
    },
  },
};

export const saasSeatPanel: ConformanceSpec<SaasSeatPanel> = {
  tag: 'saas-seat-panel',
  catalogue: saasSeatPanelCatalogue,
  adapter: generalAdmin,
  create(adapter) {
    const el = document.createElement('saas-seat-panel');
    el.adapter = adapter;
    el.debounce = 0;
    return el;
  },
  state: stateBy([
    ['ready', 'table[part="table"]'],
    ['error', '[role="alert"]'],
    ['loading', '.empty[role="status"]'],
    ['no-adapter', '.empty[part="empty"]'],
  ]),
  controls: [
    { role: 'heading', name: 'SaaS users' },
    { role: 'button', name: 'Add SaaS user' },
    { role: 'button', name: 'Ask for more seats' },
    { role: 'searchbox', name: 'Search' },
    { role: 'combobox', name: 'Status' },
    { role: 'combobox', name: 'Order' },
    { role: 'button', name: 'Export CSV' },
    { role: 'button', name: 'Change password' },
    { role: 'button', name: 'Deactivate' },
  ],
  async properties(el) {
    el.setAttribute('page-size', '20');
    el.pageSize = 25;
    el.salesEmail = 'vendas@fornecedor.com.br';
    await el.updateComplete;
    el.salesEmail = '';
    await el.refresh();
  },
  act: {
    event: 'portico-saas-user-changed',
    run(el) {
      $<HTMLButtonElement>(el, 'tr[data-id] button[data-act="deactivate"]')!.click();
    },
  },
};
