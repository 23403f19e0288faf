import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import '../../src/define.js';
import type { DemoData } from '../../src/core/demo-data.js';
import { actors, adapterFor, mockPortal, sourceArgType, type Actor } from '../support/portal.js';
import { within } from '../support/screen.js';

/** The controls of every `<invite-status>` story. */
interface InviteArgs {
  actor: Actor;
  source: 'http' | 'embedded' | 'none';
  /** The `contact-id` attribute: one person's access; empty: the company's invitations. */
  contactId: string;
  /** The `view` attribute (company form). */
  view: 'all' | 'pending' | 'expiring' | 'expired' | 'accepted' | 'revoked';
}

type Context = StoryContext<InviteArgs>;

function render(args: InviteArgs, context: Context): TemplateResult {
  return html`<invite-status
    .adapter=${adapterFor(args, context)}
    contact-id=${args.contactId}
    view=${args.view}
  ></invite-status>`;
}

/**
 * Invitations and first access (seeds 002–004): one person's invitation, acts and timeline, or the
 * company's invitations. Every act is enabled or disabled by the rule the backend enforces.
 */
const meta: Meta<InviteArgs> = {
  title: 'Elements/invite-status',
  component: 'invite-status',
  render,
  args: { actor: 'generalAdmin', source: 'http', contactId: '', view: 'all' },
  argTypes: {
    actor: { control: 'inline-radio', options: actors, description: 'Who is signed in' },
    source: sourceArgType,
    view: {
      control: 'select',
      options: ['all', 'pending', 'expiring', 'expired', 'accepted', 'revoked'],
    },
  },
  globals: { locale: 'en' },
};
export default meta;

type Story = StoryObj<InviteArgs>;

/** Ana, invited: an invitation sent 3 days ago and valid for 27 more (pinned, so stories never move). */
function invitedAna(data: DemoData): void {
  const contact = data.contacts.find(
    (c) => c.companyId === data.companies[0]!.id && c.id !== data.actors.generalAdmin,
  )!;
  contact.name = 'Ana Paula Ribeiro';
  contact.status = 'invited';
  const now = Date.now();
  data.invitations = data.invitations.filter((i) => i.contactId !== contact.id);
  data.invitations.push({
    id: 'inv-story-1',
    companyId: contact.companyId,
    contactId: contact.id,
    email: contact.email,
    status: 'pending',
    setupUrl: 'https://portal.example/setup?token=story',
    sentAt: new Date(now - 3 * 86_400_000).toISOString(),
    expiresAt: new Date(now + 27 * 86_400_000).toISOString(),
    sendCount: 1,
    version: 1,
  });
}

const ana = (context: Context): string =>
  (context.loaded as { portal: { data: DemoData } }).portal.data.invitations.find(
    (i) => i.id === 'inv-story-1',
  )!.contactId;

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
export const Pending: Story = {
  loaders: [mockPortal({ prepare: invitedAna })],
  render: (args, context) => render({ ...args, contactId: ana(context) }, context),
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
};

/** A system user opens another contact's invitation: the backend refuses the read, and the panel says why. */
export const SystemUser: Story = {
  loaders: [mockPortal({ prepare: invitedAna })],
  args: { actor: 'systemUser' },
  render: (args, context) => render({ ...args, contactId: ana(context) }, context),
  play: async ({ canvasElement }) => {
    // A system user may not read another contact's invitations: the backend refuses, and the panel
    // says why instead of offering acts.
    const alert = await within(canvasElement).findByShadowRole('alert');
    await expect(alert).toHaveTextContent(/\S/);
  },
};

/** No adapter and no provider: the element says it has no data source. */
export const NoAdapter: Story = {
  args: { source: 'none' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByShadowText('This panel has no data source yet.');
  },
};

/** The same person in Brazilian Portuguese. */
export const PortugueseBrazil: Story = {
  loaders: [mockPortal({ prepare: invitedAna })],
  globals: { locale: 'pt-BR' },
  render: (args, context) => render({ ...args, contactId: ana(context) }, context),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByShadowText(/expira em 27 dias/)).toBeVisible();
  },
};
