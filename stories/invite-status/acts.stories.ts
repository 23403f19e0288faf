import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import type { DemoData } from '../../src/core/demo-data.js';
import {
  anaPanel,
  day,
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

/**
 * Three of the company's pending invitations expired ten days ago, the others valid for 27 more days,
 * pinned to the load. The demo company has 19 expired ones, and a bulk act writes one after the other:
 * 19 requests through the service worker inside one `findBy…` wait, which a loaded machine stretched
 * past its 15 s (the result dialog "not found"). Three show the same result with a sixth of the work.
 */
function threeExpired(data: DemoData): void {
  const company = data.companies[0]!.id;
  const now = Date.now();
  let expired = 0;
  for (const invitation of data.invitations) {
    if (invitation.companyId !== company || invitation.status !== 'pending') continue;
    const old = expired++ < 3;
    invitation.sentAt = new Date(now - (old ? 40 : 3) * day).toISOString();
    invitation.expiresAt = new Date(now + (old ? -10 : 27) * day).toISOString();
  }
}

/** The expired invitations, all selected and resent: the result says what was done and what not. */
export const BulkResult: Story = {
  loaders: [mockPortal({ prepare: threeExpired })],
  args: { view: 'expired' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByShadowRole('checkbox', { name: 'Select every loaded invitation' }),
    );
    await userEvent.click(await canvas.findByShadowRole('button', { name: 'Resend selected' }));
    await canvas.findByShadowRole('dialog', { name: 'Resend 3 invitations?' });
    const confirm = canvas
      .getAllByShadowRole('button', { name: 'Resend selected' })
      .find((button) => button.hasAttribute('data-confirm'))!;
    await userEvent.click(confirm);
    await canvas.findByShadowRole('dialog', { name: 'Result' });
    await canvas.findByShadowText('3 done, 0 not done.');
  },
};
