import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { inviteMeta, invitedAna, type InviteArgs, type InviteStory as Story } from './support.js';

/**
 * The company's invitation e-mail and settings, in `<invite-status>`'s dialog: subject and body with
 * placeholders, a live preview as the invitee receives it, and the link validity, resend cooldown,
 * automatic sending and language — every limit the backend's.
 */
const meta: Meta<InviteArgs> = {
  ...inviteMeta,
  title: 'Elements/invite-status/Invitation e-mail',
};
export default meta;

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
