import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { fault, mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import {
  announces,
  listRows,
  providerMeta,
  providerWords,
  type ProviderArgs,
  type ProviderContext,
} from './provider.js';

/**
 * `<portico-provider>` hands an adapter, the locale, a theme, the signed-in session and the
 * permission engine to every Portico element inside it; the elements here have no adapter of their
 * own. These stories follow the provider's session: loaded, loading, failed (network, server), no
 * adapter at all, and an empty company. It announces who is signed in to screen readers.
 */
const meta: Meta<ProviderArgs> = { ...providerMeta, title: 'Elements/portico-provider/States' };
export default meta;

type Story = StoryObj<ProviderArgs>;

/** The general admin's session, shared by the contact list inside. */
export const Ready: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    await announces(context, providerWords(context).signedInAs);
    await listRows(context);
  },
};

/** Two elements under one provider: one session load serves both. */
export const TwoElements: Story = {
  loaders: [mockPortal()],
  args: { content: 'both' },
  play: async (context) => {
    const words = providerWords(context);
    await listRows(context);
    await within(context.canvasElement).findByShadowRole('grid', { name: words.rolesCaption });
  },
};

/** The session is on its way (the API never answers it): the provider says so. */
export const LoadingSession: Story = {
  loaders: [
    mockPortal({
      faults: fault.stalled('session'),
    }),
  ],
  play: (context) => announces(context, providerWords(context).sessionLoading),
};

/**
 * Failures of the session: the provider announces it and fires `portico-error`, then hands its
 * adapter on anyway. The list inside loads its rows for itself; with no session, nothing may be
 * done, so every act is disabled with a reason.
 */
async function sessionFails(context: ProviderContext): Promise<void> {
  const words = providerWords(context);
  await announces(context, words.sessionError);
  await listRows(context);
  const add = within(context.canvasElement).getByShadowRole('button', { name: words.addContact });
  await expect(add).toHaveAttribute('aria-disabled', 'true');
  await expect(add).toHaveAccessibleDescription(/\S/);
}

/** The session request never reaches the server: `portico-error`, and each element says so. */
export const SessionNetworkError: Story = {
  loaders: [
    mockPortal({
      faults: fault.unreachable('session'),
    }),
  ],
  play: sessionFails,
};

/** The server answers the session request with 500 every time. */
export const SessionServerError: Story = {
  loaders: [
    mockPortal({
      faults: fault.serverError('session'),
    }),
  ],
  play: sessionFails,
};

/** A provider with no adapter: the elements inside say they have no data source. */
export const NoAdapter: Story = {
  args: { source: 'none', content: 'both' },
  play: async (context) => {
    const words = providerWords(context);
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByShadowText(words.listNoAdapter)).toBeVisible();
    await expect(await canvas.findByShadowText(words.matrixNoAdapter)).toBeVisible();
  },
};

/** A company with no contacts yet (the API answers an empty first page). */
export const EmptyCompany: Story = {
  loaders: [
    mockPortal({
      faults: fault.emptyPage('contacts'),
    }),
  ],
  play: async (context) => {
    const words = providerWords(context);
    await announces(context, words.signedInAs);
    await expect(
      await within(context.canvasElement).findByShadowText(words.noContacts),
    ).toBeVisible();
  },
};

/** A vendor's brand through `theme`: tokens applied once, inherited by every element inside. */
export const Themed: Story = {
  loaders: [mockPortal()],
  args: { content: 'both', primary: '#7a1fa2', radius: '12px' },
  play: async (context) => {
    await listRows(context);
    const provider = context.canvasElement.querySelector('portico-provider')!;
    await expect(getComputedStyle(provider).getPropertyValue('--portico-color-primary')).toBe(
      '#7a1fa2',
    );
  },
};
