import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { sitePolicy, type DemoData } from '../../src/index.js';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { startsWith, wordsFor } from '../support/words.js';
import {
  cell,
  matrixMeta,
  notice,
  personTable,
  roleTable,
  save,
  toggle,
  type MatrixArgs,
  type MatrixContext,
} from './matrix.js';

/**
 * Editing permissions: staged edits are marked on their cells and summed up in plain language
 * ("… gains: approves budgets") before Save; a save goes through the adapter with the record's
 * version. Seed 001's self-service permissions and seed 003's per-site permissions too.
 */
const meta: Meta<MatrixArgs> = { ...matrixMeta, title: 'Elements/permission-matrix/Editing' };
export default meta;

type Story = StoryObj<MatrixArgs>;

/** The review of the staged edits, once it lists them. */
async function review(context: MatrixContext): Promise<HTMLElement> {
  const words = wordsFor(context.globals);
  const region = await within(context.canvasElement).findByShadowRole('region', {
    name: startsWith(words.changesToReview),
  });
  await expect(within(region).getAllByShadowRole('listitem').length).toBeGreaterThan(0);
  return region;
}

/** Two grants staged for a system user, and their summary, before Save. */
export const StagedPersonEdits: Story = {
  loaders: [mockPortal()],
  args: { view: 'person' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    const table = await personTable(context);
    await toggle(cell(table, words.approveBudgets));
    await toggle(cell(table, words.addContacts));
    await review(context);
  },
};

/** Two cells of the role table staged, and what they change for each role. */
export const StagedRoleEdits: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    const words = wordsFor(context.globals);
    const table = await roleTable(context);
    await toggle(cell(table, words.enablePlatforms, words.registrationAdmin));
    await toggle(cell(table, words.downloadPrivateFiles, words.systemUser));
    await review(context);
  },
};

/**
 * A role-table cell's menu, open from the keyboard: every state a role may hold a capability in
 * (Yes, When granted, Own contact only, No), the current one checked and focused, each with what it
 * means; a state the rules refuse would be disabled with its reason.
 */
export const CellMenu: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    const words = wordsFor(context.globals);
    const budgets = cell(await roleTable(context), words.approveBudgets, words.systemUser);
    budgets.focus();
    await userEvent.keyboard(' ');
    const menu = await within(context.canvasElement).findByShadowRole('menu');
    const items = within(menu).getAllByShadowRole('menuitemradio');
    await expect(items).toHaveLength(4);
    const checked = items.filter((item) => item.getAttribute('aria-checked') === 'true');
    await expect(checked).toHaveLength(1);
    // Focus is on the checked state (inside the element's shadow root).
    await expect((checked[0]!.getRootNode() as ShadowRoot).activeElement).toBe(checked[0]);
    await expect(budgets).toHaveAttribute('aria-expanded', 'true');
  },
};

/**
 * The host asked `confirmDiscard()` (a route change) with a role-table edit staged: the dialog says
 * what would be lost, "Keep editing" focused.
 */
export const DiscardDialog: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    const words = wordsFor(context.globals);
    await toggle(cell(await roleTable(context), words.enablePlatforms, words.registrationAdmin));
    const matrix = context.canvasElement.querySelector('permission-matrix')!;
    void matrix.confirmDiscard();
    const dialog = await within(context.canvasElement).findByShadowRole('dialog');
    await expect(within(dialog).getAllByShadowRole('listitem')).toHaveLength(1);
  },
};

/** A grant saved: the notice says so, and the cell is no longer marked as changed. */
export const Saved: Story = {
  loaders: [mockPortal()],
  args: { view: 'person' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    await toggle(cell(await personTable(context), words.approveBudgets));
    await save(context);
    await notice(context, words.saved);
  },
};

/** Seed 001's preset: named access permissions granted person by person. */
export const SelfServicePreset: Story = {
  loaders: [mockPortal({ policy: 'self-service' })],
  args: { view: 'person' },
  play: async (context) => {
    await personTable(context);
  },
};

/**
 * Seed 003's per-site permissions: the general admin (who manages every site) assigns a site to the
 * registration admin and stages two permissions on it.
 */
export const SitePermissions: Story = {
  loaders: [mockPortal({ policy: 'sites', prepare: manageEverySite })],
  args: { view: 'person', person: 'registrationAdmin' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    await personTable(context);
    const canvas = within(context.canvasElement);
    const site = canvas.getByShadowRole('combobox', { name: words.siteToAssign });
    const options = within(site).getAllByShadowRole('option');
    await userEvent.selectOptions(site, options[1]!);
    await userEvent.click(canvas.getByShadowRole('button', { name: words.assignSite }));
    // The site's cells appear once it is assigned (site permissions are not part of roles).
    await toggle(await canvas.findByShadowRole('checkbox', { name: startsWith(words.siteView) }));
    await toggle(canvas.getByShadowRole('checkbox', { name: startsWith(words.siteEdit) }));
    await review(context);
  },
};

/**
 * Site permissions are granted only by someone who holds them on that site: the general admin of
 * this story manages every site of the company, as a vendor's set-up would arrange.
 */
function manageEverySite(data: DemoData): void {
  const admin = data.contacts.find((c) => c.id === data.actors.generalAdmin)!;
  const capabilities = sitePolicy.capabilities.filter((c) => c.scope === 'site').map((c) => c.id);
  admin.sites = data.sites
    .filter((site) => site.companyId === admin.companyId)
    .map((site) => ({ siteId: site.id, capabilities }));
}
