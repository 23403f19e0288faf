import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { wordsFor } from '../support/words.js';
import { cell, cells, matrixMeta, personTable, roleTable, type MatrixArgs } from './matrix.js';

/**
 * The same matrix for each signed-in person. Someone who may grant permissions edits; another
 * administrator sees every control disabled, each with its reason (shown on hover and focus, read as
 * the cell's description); a system user sees a read-only table with no controls at all.
 */
const meta: Meta<MatrixArgs> = {
  ...matrixMeta,
  title: 'Elements/permission-matrix/Who is signed in',
  loaders: [mockPortal()],
};
export default meta;

type Story = StoryObj<MatrixArgs>;

/** The general admin: the role table's cells can be changed. */
export const GeneralAdmin: Story = {
  args: { actor: 'generalAdmin' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    const table = await roleTable(context);
    await expect(cell(table, words.approveBudgets, words.systemUser)).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  },
};

/**
 * The registration admin: every cell is disabled and says why. The focused cell shows its reason,
 * as it does for a keyboard user.
 */
export const RegistrationAdmin: Story = {
  args: { actor: 'registrationAdmin' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    const table = await roleTable(context);
    const budgets = cell(table, words.approveBudgets, words.systemUser);
    await expect(budgets).toHaveAttribute('aria-disabled', 'true');
    await expect(budgets).toHaveAccessibleDescription(/\S/);
    for (const each of cells(table)) {
      await expect(each).toHaveAttribute('aria-disabled', 'true');
    }
    budgets.focus();
  },
};

/** The registration admin looking at a person: the same reasons, person by person. */
export const RegistrationAdminByPerson: Story = {
  args: { actor: 'registrationAdmin', view: 'person' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    const budgets = cell(await personTable(context), words.approveBudgets);
    await expect(budgets).toHaveAttribute('aria-disabled', 'true');
    await expect(budgets).toHaveAccessibleDescription(/\S/);
  },
};

/** A system user: the role table read-only, with no controls. */
export const SystemUser: Story = {
  args: { actor: 'systemUser' },
  play: async (context) => {
    const table = await roleTable(context, 'table');
    await expect(within(table).queryAllByShadowRole('checkbox')).toHaveLength(0);
  },
};

/** A system user's own permissions, read-only (whoever `contact-id` names, they see their own). */
export const SystemUserOwnPermissions: Story = {
  args: { actor: 'systemUser', view: 'person', person: 'generalAdmin' },
  play: async (context) => {
    const table = await personTable(context, 'table');
    await expect(within(table).queryAllByShadowRole('checkbox')).toHaveLength(0);
  },
};
