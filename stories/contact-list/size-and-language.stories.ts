import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { inLocale, mockPortal, phone } from '../support/portal.js';
import { within } from '../support/screen.js';
import { startsWith, wordsFor } from '../support/words.js';
import { listMeta, listOf, rowsShown, type ListArgs, type ListContext } from './list.js';

/**
 * `<contact-list>` at the sizes and in the languages it ships for: 100,000 contacts (rows are
 * virtualised and paged by cursor), a phone's width (rows become cards), and pt-BR, en, es.
 */
const meta: Meta<ListArgs> = {
  ...listMeta,
  title: 'Elements/contact-list/Size and language',
};
export default meta;

type Story = StoryObj<ListArgs>;

/**
 * 100,000 contacts over mocked HTTP: the first page of 50 shows at once, the total is the whole
 * company, and the DOM holds about a viewport of rows.
 */
export const HundredThousandContacts: Story = {
  loaders: [mockPortal({ contacts: 100_000 })],
  play: async (context) => {
    const table = await rowsShown(context);
    // Every contact counts in the table's rows (aria-rowcount), few are in the DOM.
    await expect(Number(table.getAttribute('aria-rowcount'))).toBeGreaterThan(30_000);
    const rendered = within(table).getAllByShadowRole('row').length;
    await expect(rendered).toBeLessThan(100);
  },
};

/** A phone (390 px): the rows become cards, each act still a labelled button. */
export const Phone: Story = {
  loaders: [mockPortal()],
  globals: phone,
  play: async (context) => {
    await rowsShown(context);
    await expect(listOf(context).getBoundingClientRect().width).toBeLessThanOrEqual(390);
  },
};

/** The list in one language: its name, its column headers and its acts. */
async function speaks(context: ListContext): Promise<void> {
  const words = wordsFor(context.globals);
  await rowsShown(context);
  await expect(
    await within(context.canvasElement).findByShadowRole('button', { name: words.addContact }),
  ).toBeVisible();
  await expect(
    within(context.canvasElement).getAllByShadowRole('button', {
      name: startsWith(words.moreActionsFor),
    }).length,
  ).toBeGreaterThan(0);
}

/** Português (Brasil), the default. */
export const PortugueseBrazil = inLocale<ListArgs>('pt-BR', speaks);

/** English. */
export const English = inLocale<ListArgs>('en', speaks);

/** Español. */
export const Spanish = inLocale<ListArgs>('es', speaks);
