import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import type { DemoData } from '../../src/core/demo-data.js';
import type { ContactStatus, Invitation } from '../../src/core/model/index.js';
import { failNext } from '../../src/mocks/index.js';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import {
  anaPanel,
  day,
  inviteMeta,
  invitedAna,
  type InviteArgs,
  type InviteContext as Context,
  type InviteStory as Story,
} from './support.js';

/**
 * Invitations and first access (seeds 002–004): one person's invitation, acts and timeline, or the
 * company's invitations. Every act is enabled or disabled by the rule the backend enforces.
 */
const meta: Meta<InviteArgs> = { ...inviteMeta, title: 'Elements/invite-status' };
export default meta;

const host = (context: Context): HTMLElement =>
  context.canvasElement.querySelector('invite-status')!;

/** The company's invitations: search, view, and each row's acts. */
export const Company: Story = {
  loaders: [mockPortal()],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowRole('table', { name: 'Invitations' });
    await expect(canvas.getByShadowRole('combobox', { name: 'Show' })).toBeVisible();
  },
};

/** Only the expired invitations, each with resend and delete. */
export const Expired: Story = {
  loaders: [mockPortal()],
  args: { view: 'expired' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowRole('table', { name: 'Invitations' });
  },
};

/** One person with a pending invitation: its expiry as a date and a countdown, and the acts. */
export const Pending: Story = anaPanel(invitedAna, {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await canvas.findByShadowRole('heading', { name: 'Ana Paula Ribeiro' });
    await expect(await canvas.findByShadowText(/expires in 27 days/)).toBeVisible();
    await expect(canvas.getByShadowRole('button', { name: 'Resend' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
    await expect(host(context)).toBeVisible();
  },
});

/** A system user opens another contact's invitation: the backend refuses the read, and the panel says why. */
export const SystemUser: Story = anaPanel(invitedAna, {
  args: { actor: 'systemUser' },
  play: async ({ canvasElement }) => {
    // A system user may not read another contact's invitations: the backend refuses, and the panel
    // says so plainly (a state, not an error: no alert, nothing to retry).
    const canvas = within(canvasElement);
    await canvas.findByShadowText(/^You are not allowed to see these invitations/);
    await expect(canvas.queryByShadowRole('alert')).toBeNull();
  },
});

/** No adapter and no provider: the element says it has no data source. */
export const NoAdapter: Story = {
  args: { source: 'none' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByShadowText('This panel has no data source yet.');
  },
};

/** The same person in Brazilian Portuguese. */
export const PortugueseBrazil: Story = anaPanel(invitedAna, {
  globals: { locale: 'pt-BR' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByShadowText(/expira em 27 dias/)).toBeVisible();
  },
});

/**
 * Ana in `status`, with one invitation changed by `change` (sent 3 days ago, valid 27 more, by
 * default), or none at all (`change: null`).
 */
function anaAs(status: ContactStatus, change: Partial<Invitation> | null = {}) {
  return (data: DemoData): void => {
    invitedAna(data);
    const invitation = data.invitations.find((i) => i.id === 'inv-story-1')!;
    data.contacts.find((c) => c.id === invitation.contactId)!.status = status;
    if (change === null) data.invitations = data.invitations.filter((i) => i !== invitation);
    else Object.assign(invitation, change);
  };
}

/** Site assigned, never invited: "no invitation has been sent yet", and Send. */
export const NoneYet: Story = anaPanel(anaAs('site-assigned', null), {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowText('No invitation has been sent yet.');
    await expect(canvas.getByShadowRole('button', { name: 'Send invitation' })).toBeVisible();
  },
});

/** An invitation whose link stops working within 7 days. */
export const Expiring: Story = anaPanel(
  anaAs('invited', {
    sentAt: new Date(Date.now() - 27 * day).toISOString(),
    expiresAt: new Date(Date.now() + 3 * day - 3_600_000).toISOString(),
  }),
  {
    play: async ({ canvasElement }) => {
      await expect(await within(canvasElement).findByShadowText(/expires in 3 days/)).toBeVisible();
    },
  },
);

/** An invitation whose 30 days are over: resend or revoke. */
export const ExpiredOne: Story = anaPanel(
  anaAs('invited', {
    sentAt: new Date(Date.now() - 40 * day).toISOString(),
    expiresAt: new Date(Date.now() - 10 * day).toISOString(),
  }),
  {
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await canvas.findByShadowText(/^Expired /);
      await expect(canvas.getByShadowRole('button', { name: 'Resend' })).toBeVisible();
    },
  },
);

/** Accepted with each method (seed 002): the history and the invitation say how. */
const accepted = (method: 'google' | 'microsoft' | 'password', label: string): Story =>
  anaPanel(
    anaAs('active', {
      status: 'accepted',
      method,
      acceptedAt: new Date(Date.now() - day).toISOString(),
    }),
    {
      play: async ({ canvasElement }) => {
        await expect(
          await within(canvasElement).findByShadowText(new RegExp(`\\(${label}\\)`)),
        ).toBeVisible();
      },
    },
  );
export const AcceptedWithGoogle: Story = accepted('google', 'Google');
export const AcceptedWithMicrosoft: Story = accepted('microsoft', 'Microsoft');
export const AcceptedWithPassword: Story = accepted('password', 'e-mail and password');

/** A revoked invitation: send a new one. */
export const Revoked: Story = anaPanel(
  anaAs('site-assigned', {
    status: 'revoked',
    revokedAt: new Date(Date.now() - day).toISOString(),
  }),
  {
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await canvas.findByShadowText(/^Revoked /);
      await expect(canvas.getByShadowRole('button', { name: 'Send invitation' })).toBeVisible();
    },
  },
);

/** Suspended after signing in: nothing to send, the badge says so. */
export const Suspended: Story = anaPanel(
  anaAs('suspended', {
    status: 'accepted',
    method: 'google',
    acceptedAt: new Date(Date.now() - 20 * day).toISOString(),
  }),
  {
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect((await canvas.findAllByShadowText('Suspended'))[0]).toBeVisible();
      await expect(canvas.getByShadowRole('button', { name: 'Send invitation' })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
    },
  },
);

/** A resend the backend answers 429 with Retry-After: the panel says when to try again. */
export const RateLimited: Story = anaPanel(invitedAna, {
  loaders: [
    mockPortal({
      prepare: invitedAna,
      faults: (baseUrl) => [
        failNext(429, {
          baseUrl,
          method: 'post',
          path: 'invitations/inv-story-1/resend',
          code: 'rate-limited',
          retryAfter: 42,
          times: 10,
        }),
      ],
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByShadowRole('button', { name: 'Resend' }));
    // A resend asks first: confirmed in the dialog.
    await canvas.findByShadowRole('dialog', { name: 'Resend the invitation?' });
    const confirm = canvas
      .getAllByShadowRole('button', { name: 'Resend' })
      .find((button) => button.hasAttribute('data-confirm'))!;
    await userEvent.click(confirm);
    await expect(await canvas.findByShadowText(/try again in 42 seconds/)).toBeVisible();
  },
});
