import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { inLocale, mockPortal, phone, portalOf } from '../support/portal.js';
import { within } from '../support/screen.js';
import { wordsFor } from '../support/words.js';
import {
  cell,
  matrixMeta,
  personTable,
  roleTable,
  type MatrixArgs,
  type MatrixContext,
} from './matrix.js';

/**
 * `<permission-matrix>` at the sizes and in the languages it ships for: a company of 100,000
 * people (the person picker searches them through the adapter), a phone's width (the tables scroll
 * sideways inside the element), and pt-BR, en, es.
 */
const meta: Meta<MatrixArgs> = {
  ...matrixMeta,
  title: 'Elements/permission-matrix/Size and language',
};
export default meta;

type Story = StoryObj<MatrixArgs>;

/**
 * 100,000 contacts: the person picker finds someone through the adapter's search, and the chosen
 * person's permissions open.
 */
export const HundredThousandContacts: Story = {
  loaders: [mockPortal({ contacts: 100_000 })],
  args: { view: 'person', person: 'none' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    // Someone far down the company, found by their e-mail (names repeat among 100,000 people).
    const { data } = portalOf(context);
    const company = data.contacts.find((c) => c.id === data.actors.generalAdmin)!.companyId;
    const people = data.contacts.filter((c) => c.companyId === company);
    const person = people[people.length - 1]!;
    const canvas = within(context.canvasElement);
    const box = await canvas.findByShadowRole('searchbox', { name: words.findPerson });
    await userEvent.type(box, person.email);
    const results = await canvas.findByShadowRole('list', { name: words.findPerson });
    await userEvent.click(await within(results).findByShadowRole('button', { name: person.name }));
    await expect(await personTable(context)).toHaveAccessibleName(
      `${words.permissionsOf} ${person.name}`,
    );
  },
};

/** A phone (390 px): the role table scrolls sideways inside the element; the page does not. */
export const Phone: Story = {
  loaders: [mockPortal()],
  globals: phone,
  play: async (context) => {
    await roleTable(context);
    const matrix = context.canvasElement.querySelector('permission-matrix')!;
    await expect(matrix.getBoundingClientRect().width).toBeLessThanOrEqual(390);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
  },
};

/**
 * A phone (390 px), the role table scrolled sideways: the capability names (its first column) stay
 * where they were while the role columns move under them.
 */
export const PhoneStickyCapabilities: Story = {
  loaders: [mockPortal()],
  globals: phone,
  play: async (context) => {
    const table = await roleTable(context);
    const scroller = table.closest<HTMLElement>('.scroll')!;
    await expect(scroller.scrollWidth, 'the table is wider than the phone').toBeGreaterThan(
      scroller.clientWidth,
    );
    const heads = [...table.querySelectorAll<HTMLElement>('tbody th.row-head')];
    await expect(heads.length).toBeGreaterThan(3);
    const column = table.querySelector<HTMLElement>('thead th:not(.row-head)')!;
    const before = heads.map((head) => head.getBoundingClientRect().left);
    const columnBefore = column.getBoundingClientRect().left;
    scroller.scrollLeft = scroller.scrollWidth;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await expect(column.getBoundingClientRect().left).toBeLessThan(columnBefore - 20);
    const after = heads.map((head) => head.getBoundingClientRect().left);
    // Stuck at the scroller's edge (the table's 1px border aside).
    for (const [index, left] of after.entries()) {
      await expect(Math.abs(left - before[index]!)).toBeLessThanOrEqual(2);
    }
    // Nothing scrolls over the names: each one is the top element at its own place.
    for (const head of heads.slice(0, 4)) {
      head.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = head.getBoundingClientRect();
      const root = head.getRootNode() as ShadowRoot;
      const hit = root.elementFromPoint(box.left + 8, box.top + box.height / 2);
      await expect(hit === head || head.contains(hit)).toBe(true);
    }
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
  },
};

/** The matrix in one language: its tabs, its caption and a capability's name. */
async function speaks(context: MatrixContext): Promise<void> {
  const words = wordsFor(context.globals);
  const table = await roleTable(context);
  await expect(cell(table, words.approveBudgets, words.systemUser)).toBeVisible();
  for (const tab of [words.byRole, words.byPerson, words.approvers]) {
    await expect(within(context.canvasElement).getByShadowRole('tab', { name: tab })).toBeVisible();
  }
}

/** Português (Brasil), the default. */
export const PortugueseBrazil = inLocale<MatrixArgs>('pt-BR', speaks);

/** English. */
export const English = inLocale<MatrixArgs>('en', speaks);

/** Español. */
export const Spanish = inLocale<MatrixArgs>('es', speaks);
