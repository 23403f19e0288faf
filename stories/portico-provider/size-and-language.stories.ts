import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { mockPortal, phone } from '../support/portal.js';
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
 * The provider at scale and in each language. Its `lang` (the `locale` property) sets the language
 * of every element inside, whatever the page's: these stories set it, the toolbar's stays as is.
 */
const meta: Meta<ProviderArgs> = {
  ...providerMeta,
  title: 'Elements/portico-provider/Size and language',
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** 100,000 contacts in the list inside the provider. */
export const HundredThousandContacts: Story = {
  loaders: [mockPortal({ contacts: 100_000 })],
  play: async (context) => {
    const table = await listRows(context);
    await expect(Number(table.getAttribute('aria-rowcount'))).toBeGreaterThan(30_000);
  },
};

/** A phone (390 px), both elements inside. */
export const Phone: Story = {
  loaders: [mockPortal()],
  args: { content: 'both' },
  globals: phone,
  play: async (context) => {
    await listRows(context);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
  },
};

/** Everything inside speaks the provider's language, and the provider announces in it too. */
async function speaks(context: ProviderContext): Promise<void> {
  const words = providerWords(context);
  await announces(context, words.signedInAs);
  await listRows(context);
  await within(context.canvasElement).findByShadowRole('tab', { name: words.byRole });
}

/** `lang="pt-BR"` on the provider. */
export const PortugueseBrazil: Story = {
  loaders: [mockPortal()],
  args: { locale: 'pt-BR', content: 'both' },
  play: speaks,
};

/** `lang="en"` on the provider. */
export const English: Story = {
  loaders: [mockPortal()],
  args: { locale: 'en', content: 'both' },
  play: speaks,
};

/** `lang="es"` on the provider. */
export const Spanish: Story = {
  loaders: [mockPortal()],
  args: { locale: 'es', content: 'both' },
  play: speaks,
};
