import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/define.js';
import type { DemoData } from '../../src/core/demo-data.js';
import type { InvitationView } from '../../src/controllers/invite-status/invitations-controller.js';
import {
  actors,
  adapterFor,
  mockPortal,
  portalOf,
  sourceArgType,
  type Actor,
} from '../support/portal.js';

/** The controls of every `<invite-status>` story. */
export interface InviteArgs {
  actor: Actor;
  source: 'http' | 'embedded' | 'none';
  /** The `contact-id` attribute: one person's access; empty: the company's invitations. */
  contactId: string;
  /** The `view` attribute (company form). */
  view: InvitationView;
}

export type InviteContext = StoryContext<InviteArgs>;
export type InviteStory = StoryObj<InviteArgs>;

/** `<invite-status>` on the story's company (see `mockPortal`), as `args.actor`. */
export function renderInvite(args: InviteArgs, context: InviteContext): TemplateResult {
  return html`<invite-status
    .adapter=${adapterFor(args, context)}
    contact-id=${args.contactId}
    view=${args.view}
  ></invite-status>`;
}

/**
 * What every `<invite-status>` story file shares: the element, its controls, how it renders. Spread it
 * into the file's default export, beside the literal `title` Storybook's indexer reads.
 */
export const inviteMeta = {
  component: 'invite-status',
  render: renderInvite,
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
} satisfies Meta<InviteArgs>;

export const day = 86_400_000;

/** The contact the Ana stories are about: the first of the company who is not the general admin. */
function anaOf(data: DemoData) {
  return data.contacts.find(
    (c) => c.companyId === data.companies[0]!.id && c.id !== data.actors.generalAdmin,
  )!;
}

/**
 * Ana, invited: an invitation (`inv-story-1`) sent 3 days ago and valid for 27 more, pinned to the
 * load so stories never move; the invitation the e-mail preview is written to.
 */
export function invitedAna(data: DemoData): void {
  const contact = anaOf(data);
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
    sentAt: new Date(now - 3 * day).toISOString(),
    expiresAt: new Date(now + 27 * day).toISOString(),
    sendCount: 1,
    version: 1,
  });
}

/**
 * Ana's panel (`contact-id` set to her) on a company of its own, `prepare`d for the story (by
 * {@link invitedAna} or a variation of it); `extra` adds the story's args, play… (its `loaders` replace
 * the default one, to add the portal's faults).
 */
export function anaPanel(
  prepare: (data: DemoData) => void,
  extra: Partial<InviteStory> = {},
): InviteStory {
  return {
    loaders: [mockPortal({ prepare })],
    render: (args, context) =>
      renderInvite({ ...args, contactId: anaOf(portalOf(context).data).id }, context),
    ...extra,
  };
}
