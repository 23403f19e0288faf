import { cell, toggle } from '../permission-matrix/matrix.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { fault, mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { startsWith } from '../support/words.js';
import {
  announces,
  providerMeta,
  providerWords,
  type ProviderArgs,
  type ProviderContext,
} from './provider.js';

/**
 * The provider keeps every element inside on the same rules: a saved role table reloads the
 * session and engine for everyone; a conflicting save is reported by the element that made it.
 */
const meta: Meta<ProviderArgs> = {
  ...providerMeta,
  title: 'Elements/portico-provider/Saving',
  args: { ...providerMeta.args, content: 'permission-matrix' },
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** Stages "Enables use of platforms" for the registration admin in the role table and saves. */
async function saveRoleEdit(context: ProviderContext): Promise<void> {
  const words = providerWords(context);
  const canvas = within(context.canvasElement);
  const table = await canvas.findByShadowRole('grid', { name: words.rolesCaption });
  await toggle(cell(table, words.enablePlatforms, words.registrationAdmin));
  await userEvent.click(canvas.getByShadowRole('button', { name: words.savePermissions }));
}

/** A role-table save goes through; the provider reloads the session and engine for everyone. */
export const SavedRoleTable: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    const words = providerWords(context);
    await saveRoleEdit(context);
    await expect(await within(context.canvasElement).findByShadowText(words.saved)).toBeVisible();
    await announces(context, words.signedInAs);
  },
};

/**
 * The role-table save answers 409 `stale-version` (someone changed the policy meanwhile): the
 * current policy is loaded, the edit stays staged on top, and the matrix says to review it.
 */
export const ConflictOnSave: Story = {
  loaders: [
    mockPortal({
      faults: fault.conflict('put', 'policy'),
    }),
  ],
  play: async (context) => {
    const words = providerWords(context);
    await saveRoleEdit(context);
    await expect(
      await within(context.canvasElement).findByShadowText(startsWith(words.matrixConflict)),
    ).toBeVisible();
  },
};
