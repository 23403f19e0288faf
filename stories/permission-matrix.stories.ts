import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define.js';
import { AdapterError } from '../src/core/adapter/errors.js';
import { MemoryAdapter, MemoryBackend } from '../src/core/adapter/memory/index.js';
import type { PortalAdapter } from '../src/core/adapter/types.js';
import { createDemoData } from '../src/core/demo-data.js';
import { policyPresets } from '../src/core/permissions/index.js';
import type { PermissionMatrix } from '../src/elements/permission-matrix/permission-matrix.js';

type Actor = 'generalAdmin' | 'registrationAdmin' | 'systemUser';
type Preset = keyof typeof policyPresets;

interface MatrixArgs {
  view: 'role' | 'person' | 'approvers';
  actor: Actor;
  preset: Preset;
  /** Whose permissions the "by person" view opens on: one of the demo's actors, or nobody. */
  person: Actor | 'none';
  /** `live` (the memory backend), `loading` (never answers) or `error` (every call fails). */
  backend: 'live' | 'loading' | 'error';
}

/** A demo company on its own backend; `other` is a second session of the same general admin. */
function company(preset: Preset) {
  const data = createDemoData({ contacts: 40, seed: 1, policy: policyPresets[preset] });
  if (preset === 'sites') {
    // Site permissions are granted only by someone who holds them on that site: the general admin of
    // this story manages every site, as a vendor's set-up would arrange.
    const admin = data.contacts.find((c) => c.id === data.actors.generalAdmin)!;
    const capabilities = policyPresets.sites.capabilities
      .filter((c) => c.scope === 'site')
      .map((c) => c.id);
    admin.sites = data.sites
      .filter((site) => site.companyId === admin.companyId)
      .map((site) => ({ siteId: site.id, capabilities }));
  }
  const backend = new MemoryBackend({ data });
  return {
    data,
    session: (actor: Actor) => new MemoryAdapter({ backend, actorId: data.actors[actor] }),
  };
}

/** An adapter whose every call waits forever: the loading state, frozen for the designer. */
function pendingAdapter(inner: PortalAdapter): PortalAdapter {
  return wrap(inner, () => new Promise<never>(() => {}));
}

/** An adapter whose every call fails as a network failure would: the error state with Retry. */
function failingAdapter(inner: PortalAdapter): PortalAdapter {
  return wrap(inner, () =>
    Promise.reject(new AdapterError('network', 'The server could not be reached.')),
  );
}

function wrap(inner: PortalAdapter, answer: () => Promise<never>): PortalAdapter {
  return new Proxy(inner, {
    get(target, group: keyof PortalAdapter) {
      const api = target[group] as unknown;
      if (typeof api !== 'object' || api === null) return api;
      return new Proxy(api as Record<string, unknown>, {
        get: (methods, name: string) =>
          typeof methods[name] === 'function' ? () => answer() : methods[name],
      });
    },
  });
}

function matrix(args: MatrixArgs): TemplateResult {
  const { data, session } = company(args.preset);
  const live = session(args.actor);
  const adapter =
    args.backend === 'loading'
      ? pendingAdapter(live)
      : args.backend === 'error'
        ? failingAdapter(live)
        : live;
  const contactId = args.person === 'none' ? '' : data.actors[args.person];
  return html`<permission-matrix
    .adapter=${adapter}
    view=${args.view}
    contact-id=${contactId}
  ></permission-matrix>`;
}

/** The Conflict story's second session (who changes the person meanwhile), by the story's adapter. */
const rivals = new WeakMap<PortalAdapter, { other: MemoryAdapter; id: string }>();

/** Waits until the matrix has rendered `selector` in its shadow root. */
async function shown(canvas: HTMLElement, selector: string): Promise<PermissionMatrix> {
  const el = canvas.querySelector<PermissionMatrix>('permission-matrix')!;
  for (;;) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector(selector)) return el;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Clicks the cell `capability@column` (column: a role id, a site id, or `access`), in any locale. */
function clickCell(el: PermissionMatrix, key: string): void {
  el.shadowRoot!.querySelector<HTMLElement>(`button[data-key="${key}"]`)?.click();
}

/**
 * `<permission-matrix>`: who may do what, by role, by person and the approvers, through the
 * permission engine. Each story runs on the in-browser memory backend with demo data; the "view as"
 * control (`actor`) decides what may be changed.
 */
const meta: Meta<MatrixArgs> = {
  title: 'Elements/permission-matrix',
  component: 'permission-matrix',
  args: {
    view: 'role',
    actor: 'generalAdmin',
    preset: 'default',
    person: 'systemUser',
    backend: 'live',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['role', 'person', 'approvers'] },
    actor: {
      name: 'view as',
      control: 'inline-radio',
      options: ['generalAdmin', 'registrationAdmin', 'systemUser'],
    },
    preset: {
      name: 'policy',
      control: 'inline-radio',
      options: ['default', 'self-service', 'sites'],
    },
    person: {
      control: 'select',
      options: ['none', 'generalAdmin', 'registrationAdmin', 'systemUser'],
    },
    backend: { control: 'inline-radio', options: ['live', 'loading', 'error'] },
  },
  render: (args) => matrix(args),
};
export default meta;

type Story = StoryObj<MatrixArgs>;

/** Seed 000's role table: the default policy, as a general admin who may change it. */
export const DefaultPolicy: Story = {};

/** Seed 001's named access permissions, granted person by person. */
export const SelfServicePreset: Story = { args: { preset: 'self-service' } };

/** Seed 001's preset, by person: a system user and the access permissions they may be granted. */
export const SelfServiceByPerson: Story = { args: { preset: 'self-service', view: 'person' } };

/** Seed 003's per-site permissions, by person: a site assigned and two permissions chosen on it. */
export const SitePreset: Story = {
  args: { preset: 'sites', view: 'person', person: 'registrationAdmin' },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, '#assign-site');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#assign-site')!;
    const siteId = select.options[1]?.value ?? '';
    select.value = siteId;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.assign .btn')?.click();
    await el.updateComplete;
    clickCell(el, `site-view@${siteId}`);
    await el.updateComplete;
    clickCell(el, `site-edit@${siteId}`);
    await el.updateComplete;
  },
};

/** One person's permissions: inherited from the role vs granted to them, visibly and in words. */
export const ByPerson: Story = { args: { view: 'person' } };

/** Who approves budgets and tickets. */
export const Approvers: Story = { args: { view: 'approvers' } };

/** A registration admin: every control disabled, each with the reason. */
export const AsRegistrationAdmin: Story = { args: { actor: 'registrationAdmin' } };

/** A registration admin looking at a person. */
export const AsRegistrationAdminByPerson: Story = {
  args: { actor: 'registrationAdmin', view: 'person' },
};

/** A system user: a read-only view with no edit controls. */
export const AsSystemUser: Story = { args: { actor: 'systemUser' } };

/** A system user's own permissions. */
export const AsSystemUserByPerson: Story = { args: { actor: 'systemUser', view: 'person' } };

/** Staged edits and their plain-language summary, before Save. */
export const Diff: Story = {
  args: { view: 'person' },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, '#person-caption');
    clickCell(el, 'approve-budgets@access');
    await el.updateComplete;
    clickCell(el, 'add-contacts@access');
    await el.updateComplete;
  },
};

/** Staged role-table edits. */
export const RoleTableDiff: Story = {
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, '#roles-caption');
    clickCell(el, 'enable-platforms@registration-admin');
    await el.updateComplete;
    clickCell(el, 'download-private-files@system-user');
    await el.updateComplete;
  },
};

/**
 * A conflict: while the person is edited here, another session changes them; Save reloads the
 * current values and keeps the staged edit, re-applied on top.
 */
export const Conflict: Story = {
  args: { view: 'person' },
  render: (args) => {
    const { data, session } = company(args.preset);
    const adapter = session('generalAdmin');
    rivals.set(adapter, { other: session('generalAdmin'), id: data.actors.systemUser });
    return html`<permission-matrix
      .adapter=${adapter}
      view="person"
      contact-id=${data.actors.systemUser}
    ></permission-matrix>`;
  },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, '#person-caption');
    clickCell(el, 'approve-budgets@access');
    await el.updateComplete;
    const rival = el.adapter && rivals.get(el.adapter);
    if (!rival) return;
    const now = await rival.other.contacts.get(rival.id);
    await rival.other.permissions.setAccess(
      rival.id,
      { role: now.role, grants: [...now.grants, 'add-contacts'], sites: now.sites },
      { version: now.version },
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-button"]')?.click();
    await shown(canvasElement, '.notice .banner');
  },
};

/** Loading: the adapter has not answered yet. */
export const Loading: Story = { args: { backend: 'loading' } };

/** The data could not be loaded: the reason and Retry. */
export const LoadError: Story = { args: { backend: 'error' } };

/** In Portuguese (the locale comes from `lang` on the element or an ancestor). */
export const PortugueseByPerson: Story = {
  args: { view: 'person' },
  render: (args) => html`<div lang="pt-BR">${matrix(args)}</div>`,
};
