import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../../src/define.js';
import type { DemoData } from '../../src/core/demo-data.js';
import {
  MemoryAdapter,
  RestAdapter,
  type Invitation,
  type PortalAdapter,
} from '../../src/index.js';
import { fault, mockPortal, phone, portalOf, sourceArgType } from '../support/portal.js';
import { within } from '../support/screen.js';

/** The controls of every `<invite-accept>` story. */
interface AcceptArgs {
  source: 'http' | 'embedded' | 'none';
  /** The `token` attribute: which link the invitee opened. */
  token: string;
  /** The `kind` attribute: a setup link, or the activation e-mail's link. */
  kind: 'invitation' | 'activation';
}

type Context = StoryContext<AcceptArgs>;

/** The invitee has no session: the public setup page's adapter carries no token. */
function adapterOf(args: AcceptArgs, context: Context): PortalAdapter | undefined {
  if (args.source === 'none') return undefined;
  const portal = portalOf(context);
  if (args.source === 'embedded')
    return new MemoryAdapter({ backend: portal.backend, actorId: '' });
  return new RestAdapter({ baseUrl: portal.baseUrl, retryDelay: () => 50 });
}

function render(args: AcceptArgs, context: Context): TemplateResult {
  return html`<invite-accept
    .adapter=${adapterOf(args, context)}
    token=${args.token}
    kind=${args.kind}
    sign-in-url="https://portal.example.com/"
  ></invite-accept>`;
}

const day = 86_400_000;

/**
 * Four invited people of the demo company, one link each: valid (sent an hour ago by the general
 * admin), expired, revoked, and used (accepted with Google). Pinned to the clock of the story.
 */
function links(data: DemoData): void {
  const company = data.companies[0]!.id;
  const people = data.contacts
    .filter((c) => c.companyId === company && !Object.values(data.actors).includes(c.id))
    .slice(0, 4);
  const now = Date.now();
  const states: [string, Partial<Invitation>][] = [
    ['story-valid', { sentAt: new Date(now - 3_600_000).toISOString() }],
    ['story-expired', { sentAt: new Date(now - 40 * day).toISOString() }],
    ['story-revoked', { status: 'revoked', revokedAt: new Date(now - day).toISOString() }],
    ['story-used', { status: 'accepted', acceptedAt: new Date(now - day).toISOString() }],
  ];
  const ids = new Set(people.map((p) => p.id));
  data.invitations = data.invitations.filter((i) => !ids.has(i.contactId));
  people.forEach((person, n) => {
    const [token, change] = states[n]!;
    person.status = change.status === 'accepted' ? 'active' : 'invited';
    if (n === 0) person.name = 'Ana Paula Ribeiro';
    const sentAt = change.sentAt ?? new Date(now - 2 * day).toISOString();
    data.invitations.push({
      id: `inv-${token}`,
      companyId: company,
      contactId: person.id,
      email: person.email,
      status: 'pending',
      setupUrl: `https://portal.example.com/primeiro-acesso/${token}`,
      sentAt,
      expiresAt: new Date(Date.parse(sentAt) + 30 * day).toISOString(),
      sendCount: 1,
      sentBy: data.actors.generalAdmin,
      version: 1,
      ...change,
      ...(change.status === 'accepted' ? { method: 'google' as const } : {}),
    });
  });
}

/**
 * The invitee's setup page (seed 002): the invitation as its holder sees it — opening it changes
 * nothing — then Google, Microsoft or a password, and a button that accepts. A link that no longer
 * works gets its own page with what to do next.
 */
const meta: Meta<AcceptArgs> = {
  title: 'Elements/invite-accept',
  component: 'invite-accept',
  render,
  loaders: [mockPortal({ contacts: 40, prepare: links })],
  args: { source: 'http', token: 'story-valid', kind: 'invitation' },
  argTypes: {
    source: sourceArgType,
    token: {
      control: 'select',
      options: ['story-valid', 'story-expired', 'story-revoked', 'story-used', 'no-such-link'],
    },
    kind: { control: 'inline-radio', options: ['invitation', 'activation'] },
  },
  globals: { locale: 'en' },
};
export default meta;

type Story = StoryObj<AcceptArgs>;

/** A valid link: who invited whom to which company, until when, and the three ways to sign up. */
export const Valid: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowRole('heading', { name: /^Join / });
    await expect(
      await canvas.findByShadowText(
        /invited you, Ana Paula Ribeiro \(.+\), to the .+ client portal\./,
      ),
    ).toBeVisible();
    await expect(canvas.getByShadowRole('button', { name: 'Continue with Google' })).toBeVisible();
    await expect(
      canvas.getByShadowRole('button', { name: 'Continue with Microsoft' }),
    ).toBeVisible();
    await expect(canvas.getByShadowRole('button', { name: 'Create a password' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  },
};

/** The link is being read. */
export const Loading: Story = {
  loaders: [
    mockPortal({
      contacts: 40,
      prepare: links,
      faults: fault.stalled('invitation-links/story-valid'),
    }),
  ],
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByShadowText('Opening your invitation…');
  },
};

/** The link could not be read (no network): the reason, and a retry. */
export const Unreachable: Story = {
  loaders: [
    mockPortal({
      contacts: 40,
      prepare: links,
      faults: fault.unreachable('invitation-links/story-valid'),
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowRole('heading', { name: 'Your invitation could not be opened' });
    await expect(canvas.getByShadowRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The link's 30 days are over. */
export const Expired: Story = {
  args: { token: 'story-expired' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowRole('heading', { name: 'This invitation has expired' });
    await expect(
      canvas.getByShadowText(/Ask your company’s admin to send you a new invitation\./),
    ).toBeVisible();
  },
};

/** An administrator withdrew the invitation. */
export const Revoked: Story = {
  args: { token: 'story-revoked' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByShadowRole('heading', {
      name: 'This invitation was withdrawn',
    });
  },
};

/** The invitation was accepted already: sign in instead. */
export const Used: Story = {
  args: { token: 'story-used' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowRole('heading', { name: 'This invitation was used already' });
    await expect(canvas.getByShadowRole('link', { name: 'Go to the sign-in page' })).toBeVisible();
  },
};

/** A token no company knows (a mistyped or cut link). */
export const Unknown: Story = {
  args: { token: 'no-such-link' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByShadowRole('heading', {
      name: 'This invitation link is not valid',
    });
  },
};

/** A password: the live checklist, the confirmation, then "check your e-mail" (seed 002's activation). */
export const AcceptedByPassword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByShadowRole('button', { name: 'Create a password' }));
    await userEvent.type(await canvas.findByShadowLabelText(/^New password/), 'Sol&Mar2026');
    await userEvent.type(canvas.getByShadowLabelText(/^Confirm the password/), 'Sol&Mar2026');
    await userEvent.click(canvas.getByShadowRole('button', { name: 'Accept the invitation' }));
    await canvas.findByShadowRole('heading', { name: 'Check your e-mail' });
  },
};

/** Google: the vendor could run OAuth on the request event; here the element accepts at once. */
export const AcceptedByGoogle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByShadowRole('button', { name: 'Continue with Google' }),
    );
    await canvas.findByShadowRole('heading', { name: /^Welcome to / });
    await expect(canvas.getByShadowText(/Sign in with Google\./)).toBeVisible();
  },
};

/** Microsoft, likewise. */
export const AcceptedByMicrosoft: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByShadowRole('button', { name: 'Continue with Microsoft' }),
    );
    await canvas.findByShadowRole('heading', { name: /^Welcome to / });
    await expect(canvas.getByShadowText(/Sign in with Microsoft\./)).toBeVisible();
  },
};

/** The activation e-mail's link: nothing happens until the button is pressed. */
export const ActivationLink: Story = {
  args: { kind: 'activation', token: 'an-activation-token' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowRole('heading', { name: 'Activate your account' });
    await expect(canvas.getByShadowRole('button', { name: 'Activate my account' })).toBeVisible();
  },
};

/** No adapter and no provider. */
export const NoAdapter: Story = {
  args: { source: 'none' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByShadowText('This page has no data source yet.');
  },
};

/** In Brazilian Portuguese, on a phone. */
export const PortugueseBrazilPhone: Story = {
  globals: { locale: 'pt-BR', ...phone },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowRole('heading', { name: /^Entre na / });
    await expect(
      canvas.getByShadowRole('button', { name: 'Continuar com o Google' }),
    ).toBeVisible();
  },
};
