import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
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

/** Whether `element`'s text fits it (nothing cut, horizontally or vertically). */
function uncut(element: HTMLElement): boolean {
  return (
    element.scrollWidth <= element.clientWidth + 1 &&
    element.scrollHeight <= element.clientHeight + 1
  );
}

/** Every box of `root` matching `selector`, each inside `within` (a 1px rounding allowed). */
async function inside(root: ParentNode, selector: string, container: DOMRect): Promise<void> {
  const boxes = [...root.querySelectorAll<HTMLElement>(selector)];
  await expect(boxes.length).toBeGreaterThan(0);
  for (const element of boxes) {
    const box = element.getBoundingClientRect();
    await expect(box.left, selector).toBeGreaterThanOrEqual(container.left - 1);
    await expect(box.right, selector).toBeLessThanOrEqual(container.right + 1);
  }
}

/**
 * A phone with two contacts selected: the bulk bar shows its count and every bulk act within the
 * screen, no words cut, and the page does not scroll sideways.
 */
export const PhoneBulkBar: Story = {
  loaders: [mockPortal()],
  globals: phone,
  play: async (context) => {
    await rowsShown(context);
    const root = listOf(context).shadowRoot!;
    const boxes = [...root.querySelectorAll<HTMLInputElement>('[part="row"] .cell.select input')];
    await userEvent.click(boxes[0]!);
    await userEvent.click(boxes[1]!);
    const bar = await waitFor(() => {
      const found = root.querySelector<HTMLElement>('[part="bulk-bar"]');
      if (!found) throw new Error('no bulk bar yet');
      return found;
    });
    const screen = new DOMRect(0, 0, 390, 844);
    await inside(root, '[part="bulk-bar"]', screen);
    await inside(bar, 'button', bar.getBoundingClientRect());
    for (const text of bar.querySelectorAll<HTMLElement>('button, .count, [role="status"]')) {
      await expect(uncut(text), text.textContent.trim()).toBe(true);
    }
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
  },
};

/**
 * A phone with the Filters panel open: every field (statuses, roles, sites, tickets, creation and
 * last sign-in dates) inside the panel, the panel inside the screen, and the page not wider.
 */
export const PhoneFilters: Story = {
  loaders: [mockPortal()],
  globals: phone,
  play: async (context) => {
    await rowsShown(context);
    const root = listOf(context).shadowRoot!;
    await userEvent.click(root.querySelector<HTMLElement>('[part="filters-button"]')!);
    const panel = await waitFor(() => {
      const found = root.querySelector<HTMLElement>('[part="filter-panel"]');
      if (!found) throw new Error('no panel yet');
      return found;
    });
    await inside(root, '[part="filter-panel"]', new DOMRect(0, 0, 390, 844));
    const box = panel.getBoundingClientRect();
    await inside(panel, 'input, select, label, legend', box);
    for (const id of ['filter-signedIn', 'filter-lastSignInFrom', 'filter-lastSignInBefore']) {
      await expect(panel.querySelector(`#${id}`)).not.toBeNull();
    }
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
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
