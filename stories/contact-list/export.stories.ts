import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { listMeta, rowCheckboxes, rowsShown, type ListArgs } from './list.js';

/**
 * Exporting `<contact-list>` as CSV: "Export CSV" in the toolbar takes every contact matching the
 * search and filters (paged through the API, not only the rows in view); "Export selected" in the bulk
 * bar takes the selection. Shift-click ticks a range of rows.
 */
const meta: Meta<ListArgs> = { ...listMeta, title: 'Elements/contact-list/Export' };
export default meta;

type Story = StoryObj<ListArgs>;

/** The words these stories press and read, in every locale of the toolbar. */
const exportSelected = /^(Export selected|Exportar selecionados|Exportar seleccionados)$/;
const fourSelected = /^(4 selected|4 selecionados|4 seleccionados)$/;
const fourExported = /(Exported 4 contacts|4 contatos exportados|4 contactos exportados)\./;
const exportList = /^(Export CSV|Exportar CSV)$/;
const allExported = /(Exported 200 contacts|200 contatos exportados|200 contactos exportados)\./;

/** The first box, then the fourth with Shift held: four rows ticked, and the four exported. */
export const ExportSelection: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    const table = await rowsShown(context);
    const user = userEvent.setup();
    const boxes = rowCheckboxes(context, table);
    await user.click(boxes[0]!);
    await user.keyboard('{Shift>}');
    await user.click(boxes[3]!);
    await user.keyboard('{/Shift}');
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByShadowText(fourSelected)).toBeVisible();
    await user.click(canvas.getByShadowRole('button', { name: exportSelected }));
    await expect(await canvas.findByShadowText(fourExported)).toBeVisible();
  },
};

/** "Export CSV": all 200 contacts of the company, though the list holds its first page of 50. */
export const ExportList: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    await rowsShown(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(await canvas.findByShadowRole('button', { name: exportList }));
    await expect(await canvas.findByShadowText(allExported)).toBeVisible();
  },
};
