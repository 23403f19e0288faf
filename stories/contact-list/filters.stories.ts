import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { listMeta, listOf, rowsShown, type ListArgs } from './list.js';

/**
 * The "Filters" panel of `<contact-list>`: several statuses and roles, sites, tickets in progress and
 * creation dates, and the active filter as removable chips. Each change asks the (mocked) API again.
 * The panel's view loads the first time it opens (a chunk of its own), so a list that is never
 * filtered never fetches it.
 */
const meta: Meta<ListArgs> = { ...listMeta, title: 'Elements/contact-list/Filters' };
export default meta;

type Story = StoryObj<ListArgs>;

/** The words these stories press, in every locale of the toolbar. */
const filtersButton = /^(Filters|Filtros)\b/;
const invited = /^(Invited|Convidado|Invitado)$/;
const removeInvited = /(Invited|Convidado|Invitado)$/;

/**
 * The panel open — its view fetched on this first opening, the "Filters" button expanded at once and
 * the boxes shown when it lands — "Invited" ticked: the list asks again, and a chip shows the part.
 */
export const PanelOpen: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    await rowsShown(context);
    const canvas = within(context.canvasElement);
    const button = await canvas.findByShadowRole('button', { name: filtersButton });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const box = await canvas.findByShadowRole('checkbox', { name: invited });
    await userEvent.click(box);
    await expect(box).toBeChecked();
    const chip = await canvas.findByShadowRole('button', { name: removeInvited });
    await expect(chip).toBeVisible();
    const list = listOf(context) as HTMLElement & { rows: { items: { status: string }[] } };
    await waitFor(() =>
      expect(list.rows.items.every((contact) => contact.status === 'invited')).toBe(true),
    );
  },
};
