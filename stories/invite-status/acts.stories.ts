import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import {
  anaPanel,
  inviteMeta,
  invitedAna,
  type InviteArgs,
  type InviteStory as Story,
} from './support.js';

/**
 * The acts of `<invite-status>` that ask first or go beyond one invitation: the confirmation of a
 * resend, a password set by hand (live checklist of the company's policy), and a bulk act's result.
 */
const meta: Meta<InviteArgs> = { ...inviteMeta, title: 'Elements/invite-status/Acts' };
export default meta;

const anaStory = (play: Story['play']): Story => anaPanel(invitedAna, { play });

/** Resend asks first, and says the earlier link stops working. */
export const ResendDialog: Story = anaStory(async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByShadowRole('button', { name: 'Resend' }));
  const dialog = await canvas.findByShadowRole('dialog', { name: 'Resend the invitation?' });
  await expect(dialog).toBeVisible();
  await canvas.findByShadowText(/The earlier link stops working at once\./);
});

/** Revoke asks first. */
export const RevokeDialog: Story = anaStory(async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByShadowRole('button', { name: 'Revoke' }));
  await expect(
    await canvas.findByShadowRole('dialog', { name: 'Revoke the invitation?' }),
  ).toBeVisible();
});

/** A password set by hand: the policy's checklist, met once a strong one is generated. */
export const SetPassword: Story = anaStory(async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByShadowRole('button', { name: 'Set password' }));
  await canvas.findByShadowRole('dialog', { name: 'Set a password for Ana Paula Ribeiro' });
  await userEvent.click(
    await canvas.findByShadowRole('button', { name: 'Generate a strong password' }),
  );
  await canvas.findByShadowText(/^A strong password was generated/);
});

/** The expired invitations, all selected and resent: the result says what was done and what not. */
export const BulkResult: Story = {
  loaders: [mockPortal()],
  args: { view: 'expired' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByShadowRole('checkbox', { name: 'Select every loaded invitation' }),
    );
    await userEvent.click(await canvas.findByShadowRole('button', { name: 'Resend selected' }));
    await canvas.findByShadowRole('dialog', { name: /^Resend \d+ invitations?\?$/ });
    const confirm = canvas
      .getAllByShadowRole('button', { name: 'Resend selected' })
      .find((button) => button.hasAttribute('data-confirm'))!;
    await userEvent.click(confirm);
    await canvas.findByShadowRole('dialog', { name: 'Result' });
    await canvas.findByShadowText(/^\d+ done, \d+ not done\.$/);
  },
};
