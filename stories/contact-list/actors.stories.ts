import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { wordsFor } from '../support/words.js';
import { listMeta, openActs, rowsShown, someone, type ListArgs } from './list.js';

/**
 * The same list for each signed-in person: what they may do is enabled, and everything else is
 * disabled with the permission engine's reason (read on hover and focus, and as the control's
 * description by screen readers). The backend refuses the same acts with the same codes.
 */
const meta: Meta<ListArgs> = { ...listMeta, title: 'Elements/contact-list/Who is signed in' };
export default meta;

type Story = StoryObj<ListArgs>;

/** An active system user who is not an admin: every act on them applies to someone. */
const activeSystemUser = (c: { status: string; role: string }) =>
  c.status === 'active' && c.role === 'system-user';

/**
 * The general admin opens the acts of an active system user: "Transfer administration" is there
 * and enabled, as are the lifecycle acts the contact's status allows.
 */
export const GeneralAdmin: Story = {
  loaders: [mockPortal()],
  args: { actor: 'generalAdmin' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    const menu = await openActs(context, someone(context, activeSystemUser));
    await expect(
      within(menu).getByShadowRole('button', { name: words.transferAdministration }),
    ).toHaveAttribute('aria-disabled', 'false');
  },
};

/**
 * The registration admin opens the same acts: "Transfer administration" is disabled, and says why
 * (only a general admin hands over administration).
 */
export const RegistrationAdmin: Story = {
  loaders: [mockPortal()],
  args: { actor: 'registrationAdmin' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    const menu = await openActs(context, someone(context, activeSystemUser));
    const transfer = within(menu).getByShadowRole('button', {
      name: words.transferAdministration,
    });
    await expect(transfer).toHaveAttribute('aria-disabled', 'true');
    await expect(transfer).toHaveAccessibleDescription(/\S/);
  },
};

/**
 * A system user sees the company's contacts but may only edit their own: "Add contact" is disabled
 * with its reason, shown here by focusing it (as a keyboard user would).
 */
export const SystemUser: Story = {
  loaders: [mockPortal()],
  args: { actor: 'systemUser' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    await rowsShown(context);
    const add = await within(context.canvasElement).findByShadowRole('button', {
      name: words.addContact,
    });
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    await expect(add).toHaveAccessibleDescription(/\S/);
    add.focus();
    // (jest-dom's toHaveFocus reads document.activeElement, which is the host of a shadow root.)
    await expect(add.matches(':focus')).toBe(true);
    // Disabled in the ARIA sense only: focusable, and a click does nothing.
    await userEvent.click(add);
    await expect(within(context.canvasElement).queryByShadowRole('dialog')).toBeNull();
  },
};
