import { sendKeys } from '@web/test-runner-commands';
import type { PortalAdapter } from '../../src/core/adapter/types.js';
import { ContactList } from '../../src/elements/contact-list/contact-list.js';
import { contactListCatalogue } from '../../src/elements/contact-list/contact-list.words.js';
import { InviteStatus } from '../../src/elements/invite-status/invite-status.js';
import { inviteStatusCatalogue } from '../../src/elements/invite-status/invite-status.words.js';
import { PermissionMatrix } from '../../src/elements/permission-matrix/permission-matrix.js';
import { matrixCatalogue } from '../../src/elements/permission-matrix/permission-matrix.words.js';
import { PorticoProvider } from '../../src/elements/portico-provider/portico-provider.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import { providerMessages } from '../../src/i18n/messages/provider.js';
import { $, button } from '../helpers/dom.js';
import { pin, world } from '../helpers/world.js';
import type { ConformanceSpec, ElementState } from './suite.js';

for (const [tag, element] of [
  ['contact-list', ContactList],
  ['permission-matrix', PermissionMatrix],
  ['invite-status', InviteStatus],
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
    ['ready', '[role="table"] :is([role="row"][data-id], .empty-row)'],
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
    { role: 'checkbox', name: 'Approves budgets, System user: When granted' },
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
      const cell = $<HTMLElement>(
        el,
        '[data-key="enable-platforms@registration-admin"][role="checkbox"]',
      )!;
      cell.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      button(el, 'Save changes').click();
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
    run(el) {
      $<HTMLButtonElement>(el, 'tr[data-id] button[data-act="resend"]')!.click();
    },
  },
};
