import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { mockPortal, portalOf } from '../support/portal.js';
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
 * Seed 003's "view as": the same page for each signed-in person, the provider's one session and
 * engine deciding, for both elements inside, what may be done and why not.
 */
const meta: Meta<ProviderArgs> = {
  ...providerMeta,
  title: 'Elements/portico-provider/Who is signed in',
  loaders: [mockPortal()],
  args: { ...providerMeta.args, content: 'both' },
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** The page as `actor`: the provider announces them; "Add contact" is enabled or says why not. */
async function signedIn(context: ProviderContext, mayAdd: boolean): Promise<void> {
  const words = providerWords(context);
  const { data } = portalOf(context);
  const me = data.contacts.find((c) => c.id === data.actors[context.args.actor])!;
  await announces(context, `${words.signedInAs} ${me.name}`);
  await listRows(context);
  const add = within(context.canvasElement).getByShadowRole('button', { name: words.addContact });
  await expect(add).toHaveAttribute('aria-disabled', mayAdd ? 'false' : 'true');
}

/** The general admin: everything they may do is enabled, in the list and the matrix. */
export const GeneralAdmin: Story = {
  args: { actor: 'generalAdmin' },
  play: async (context) => {
    await signedIn(context, true);
    await within(context.canvasElement).findByShadowRole('grid', {
      name: providerWords(context).rolesCaption,
    });
  },
};

/** The registration admin: adds contacts, but the role table is read-only with its reasons. */
export const RegistrationAdmin: Story = {
  args: { actor: 'registrationAdmin' },
  play: (context) => signedIn(context, true),
};

/** A system user: may edit only their own contact, and sees the role table without controls. */
export const SystemUser: Story = {
  args: { actor: 'systemUser' },
  play: async (context) => {
    await signedIn(context, false);
    await within(context.canvasElement).findByShadowRole('table', {
      name: providerWords(context).rolesCaption,
    });
  },
};
