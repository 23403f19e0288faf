import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../../src/define.js';
import type { DemoData } from '../../src/core/demo-data.js';
import { actors, adapterFor, mockPortal, sourceArgType, type Actor } from '../support/portal.js';
import { within } from '../support/screen.js';

/** The controls of the acts stories. */
interface ActsArgs {
  actor: Actor;
  source: 'http' | 'embedded' | 'none';
  contactId: string;
  view: 'all' | 'expired';
}

type Context = StoryContext<ActsArgs>;

function render(args: ActsArgs, context: Context): TemplateResult {
  return html`<invite-status
    .adapter=${adapterFor(args, context)}
    contact-id=${args.contactId}
    view=${args.view}
  ></invite-status>`;
}

/**
 * The acts of `<invite-status>` that ask first or go beyond one invitation: the confirmation of a
 * resend, a password set by hand (live checklist of the company's policy), and a bulk act's result.
 */
const meta: Meta<ActsArgs> = {
  title: 'Elements/invite-status/Acts',
  component: 'invite-status',
  render,
  args: { actor: 'generalAdmin', source: 'http', contactId: '', view: 'all' },
  argTypes: {
    actor: { control: 'inline-radio', options: actors, description: 'Who is signed in' },
    source: sourceArgType,
  },
  globals: { locale: 'en' },
};
export default meta;

type Story = StoryObj<ActsArgs>;

const day = 86_400_000;

/** Ana, invited 3 days ago (link valid 27 more days): the first contact who is not the admin. */
function invitedAna(data: DemoData): void {
  const contact = data.contacts.find(
    (c) => c.companyId === data.companies[0]!.id && c.id !== data.actors.generalAdmin,
  )!;
  contact.name = 'Ana Paula Ribeiro';
  contact.status = 'invited';
  data.invitations = data.invitations.filter((i) => i.contactId !== contact.id);
  data.invitations.push({
    id: 'inv-story-1',
    companyId: contact.companyId,
    contactId: contact.id,
    email: contact.email,
    status: 'pending',
    setupUrl: 'https://portal.example/setup?token=story',
    sentAt: new Date(Date.now() - 3 * day).toISOString(),
    expiresAt: new Date(Date.now() + 27 * day).toISOString(),
    sendCount: 1,
    version: 1,
  });
}

const ana = (context: Context): string =>
  (context.loaded as { portal: { data: DemoData } }).portal.data.invitations.find(
    (i) => i.id === 'inv-story-1',
  )!.contactId;

const anaStory = (play: Story['play']): Story => ({
  loaders: [mockPortal({ prepare: invitedAna })],
  render: (args, context) => render({ ...args, contactId: ana(context) }, context),
  play,
});

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
