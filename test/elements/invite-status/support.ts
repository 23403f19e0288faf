import { expect, fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '../../../src/core/adapter/types.js';
import '../../../src/define/invite-status.js';
import type { InviteStatus } from '../../../src/elements/invite-status/invite-status.js';
import { $, until } from '../../helpers/dom.js';

/** `<invite-status>` on `adapter` (for `contactId`, or the company's), ready. */
export async function mount(
  adapter: PortalAdapter,
  contactId = '',
  lang = 'en',
): Promise<InviteStatus> {
  const el = await fixture<InviteStatus>(
    html`<invite-status
      .adapter=${adapter}
      contact-id=${contactId}
      lang=${lang}
      debounce="0"
    ></invite-status>`,
  );
  await until(el, () => el.invitations.status === 'ready' && $(el, '[part="panel"]'));
  return el;
}

/** An element's text with its white space collapsed. */
export const text = (node: Element | null): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An act's button (`scope`: a selector of where it is). */
export const act = (el: InviteStatus, name: string, scope = ''): HTMLButtonElement =>
  $<HTMLButtonElement>(el, `${scope} button[data-act="${name}"]`)!;

/** The open dialog, once it is open and drawn. */
export async function openDialog(el: InviteStatus): Promise<HTMLDialogElement> {
  await until(el, () => $<HTMLDialogElement>(el, 'dialog[open] .dialog-actions'));
  return $<HTMLDialogElement>(el, 'dialog')!;
}

/** Presses the open dialog's main button. */
export async function confirmDialog(el: InviteStatus): Promise<void> {
  const dialog = await openDialog(el);
  dialog.querySelector<HTMLButtonElement>('[data-confirm]')!.click();
}

/** The button that opens the invitation e-mail dialog. */
export const openButton = (el: InviteStatus) =>
  $<HTMLButtonElement>(el, '[part="template-button"]')!;

/** Opens the invitation e-mail dialog and waits for its template and settings. */
export async function openTemplate(el: InviteStatus): Promise<HTMLDialogElement> {
  openButton(el).click();
  await until(el, () => el.templateEditor?.controller.status === 'ready');
  const dialog = $<HTMLDialogElement>(el, 'dialog.template')!;
  expect(dialog.open).to.equal(true);
  return dialog;
}

/** Types `value` into a field of the element, as a person would (one `input` event). */
export function type(el: InviteStatus, selector: string, value: string): void {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
