import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { fault, mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { wordsFor } from '../support/words.js';
import { cell, matrixMeta, personTable, roleTable, type MatrixArgs } from './matrix.js';

/**
 * What `<permission-matrix>` shows around its tables: the role table ready, loading, with no data
 * source, the person view before anyone is chosen or when a search finds nobody, and the approvers.
 * Each story runs on its own demo company behind the mocked REST API (msw).
 */
const meta: Meta<MatrixArgs> = { ...matrixMeta, title: 'Elements/permission-matrix/States' };
export default meta;

type Story = StoryObj<MatrixArgs>;

/** Seed 000's role table, as the general admin who may change it: every cell is a checkbox. */
export const RoleTable: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    const words = wordsFor(context.globals);
    const table = await roleTable(context);
    await expect(cell(table, words.approveBudgets, words.registrationAdmin)).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  },
};

/** One person's permissions: inherited from the role, or granted to them, in words and colour. */
export const ByPerson: Story = {
  loaders: [mockPortal()],
  args: { view: 'person' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    await expect(cell(await personTable(context), words.approveBudgets)).toBeVisible();
  },
};

/** Who approves budgets and who approves tickets. */
export const Approvers: Story = {
  loaders: [mockPortal()],
  args: { view: 'approvers' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    await expect(
      await within(context.canvasElement).findByShadowRole('region', {
        name: words.budgetApprovers,
      }),
    ).toBeVisible();
  },
};

/** The policy is on its way (the API never answers it). */
export const Loading: Story = {
  loaders: [
    mockPortal({
      faults: fault.stalled('policy'),
    }),
  ],
  play: async (context) => {
    const words = wordsFor(context.globals);
    await expect(
      await within(context.canvasElement).findByShadowText(words.loadingPermissions),
    ).toBeVisible();
  },
};

/** The person view before anyone is chosen: the people picker, and what to do. */
export const NobodyChosen: Story = {
  loaders: [mockPortal()],
  args: { view: 'person', person: 'none' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    await expect(
      await within(context.canvasElement).findByShadowText(words.choosePerson),
    ).toBeVisible();
  },
};

/** A people search that finds nobody. */
export const SearchFindsNobody: Story = {
  loaders: [mockPortal()],
  args: { view: 'person', person: 'none' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    const canvas = within(context.canvasElement);
    const box = await canvas.findByShadowRole('searchbox', { name: words.findPerson });
    await userEvent.type(box, 'Zzyzx Qwerty');
    await expect(await canvas.findByShadowText(words.nobodyFound)).toBeVisible();
  },
};

/** No adapter given and no `<portico-provider>` around: the element says how to give it one. */
export const NoAdapter: Story = {
  args: { source: 'none' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    await expect(
      await within(context.canvasElement).findByShadowText(words.matrixNoAdapter),
    ).toBeVisible();
  },
};

/** The embedded `MemoryAdapter` (the demo's backend in the browser), no HTTP at all. */
export const Embedded: Story = {
  loaders: [mockPortal()],
  args: { source: 'embedded' },
  play: async (context) => {
    await roleTable(context);
  },
};
