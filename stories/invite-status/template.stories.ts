import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../../src/define.js';
import type { DemoData } from '../../src/core/demo-data.js';
import { actors, adapterFor, mockPortal, sourceArgType, type Actor } from '../support/portal.js';
import { within } from '../support/screen.js';

/** The controls of the invitation e-mail stories. */
interface TemplateArgs {
  actor: Actor;
  source: 'http' | 'embedded' | 'none';
}

type Context = StoryContext<TemplateArgs>;

function render(args: TemplateArgs, context: Context): TemplateResult {
  return html`<invite-status .adapter=${adapterFor(args, context)}></invite-status>`;
}

/**
 * The company's invitation e-mail and settings, in `<invite-status>`'s dialog: subject and body with
 * placeholders, a live preview as the invitee receives it, and the link validity, resend cooldown,
 * automatic sending and language — every limit the backend's.
 */
const meta: Meta<TemplateArgs> = {
  title: 'Elements/invite-status/Invitation e-mail',
  component: 'invite-status',
  render,
  args: { actor: 'generalAdmin', source: 'http' },
  argTypes: {
    actor: { control: 'inline-radio', options: actors, description: 'Who is signed in' },
    source: sourceArgType,
  },
  globals: { locale: 'en' },
};
export default meta;

type Story = StoryObj<TemplateArgs>;

/** Ana, invited: a pending invitation the preview is written to (pinned, so stories never move). */
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

/** Opens the dialog with the button a person presses, and waits for its preview. */
async function openDialog(canvasElement: HTMLElement, button: string): Promise<void> {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByShadowRole('button', { name: button }));
  await canvas.findByShadowText('https://portal.example/setup?token=story', { exact: false });
}

/** Types into one of the dialog's fields (braces are text, not userEvent's key names). */
function fill(canvasElement: HTMLElement, selector: string, value: string): void {
  const field = canvasElement
    .querySelector('invite-status')!
    .shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The editor open: subject, palette, body, and the preview written to Ana's pending invitation. */
export const EditorOpen: Story = {
  loaders: [mockPortal({ prepare: invitedAna })],
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement, 'Invitation e-mail');
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByShadowText(/As Ana Paula Ribeiro will receive it/),
    ).toBeVisible();
    await expect(canvas.getByShadowRole('group', { name: 'Insert at the cursor' })).toBeVisible();
    await expect(canvas.getByShadowRole('button', { name: 'Save e-mail' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  },
};

/** An unknown placeholder and a body without the link: errors at their fields, before any save. */
export const Error: Story = {
  loaders: [mockPortal({ prepare: invitedAna })],
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement, 'Invitation e-mail');
    fill(canvasElement, '#template-subject', 'Olá {nome}');
    fill(canvasElement, '#template-body', 'Bem-vindo, {name}.');
    const canvas = within(canvasElement);
    await expect(await canvas.findByShadowText(/^Unknown placeholder \{nome\}/)).toBeVisible();
    await expect(await canvas.findByShadowText(/must contain \{link\}/)).toBeVisible();
    await userEvent.click(canvas.getByShadowRole('button', { name: 'Save e-mail' }));
    await expect(await canvas.findByShadowRole('alert')).toHaveTextContent(
      'Fix the marked fields before saving.',
    );
  },
};

/** The preview in pt-BR: the company's language, its date format, Ana's link. */
export const PreviewPortugueseBrazil: Story = {
  loaders: [mockPortal({ prepare: invitedAna })],
  globals: { locale: 'pt-BR' },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement, 'E-mail de convite');
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByShadowText(/Como Ana Paula Ribeiro vai receber, em Português \(Brasil\)/),
    ).toBeVisible();
  },
};

/** The settings tab: link validity, resend cooldown, automatic sending, language. */
export const Settings: Story = {
  loaders: [mockPortal({ prepare: invitedAna })],
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement, 'Invitation e-mail');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByShadowRole('tab', { name: 'Settings' }));
    await expect(
      await canvas.findByShadowRole('spinbutton', { name: /Links valid for/ }),
    ).toHaveValue(30);
    fill(canvasElement, '#settings-validity', '120');
    await expect(await canvas.findByShadowText('Enter a whole number from 1 to 90')).toBeVisible();
    await expect(canvas.getByShadowRole('combobox', { name: 'Send the invitation' })).toBeVisible();
  },
};

/** A system user may not change the e-mail: the button says why. */
export const Forbidden: Story = {
  loaders: [mockPortal({ prepare: invitedAna })],
  args: { actor: 'systemUser' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByShadowRole('button', { name: 'Invitation e-mail' }),
    ).toHaveAttribute('aria-disabled', 'true');
  },
};
