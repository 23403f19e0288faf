import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { fault, mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { startsWith, wordsFor } from '../support/words.js';
import {
  dialogNamed,
  listMeta,
  rowsShown,
  search,
  someone,
  typeInto,
  type ListArgs,
  type ListContext,
} from './list.js';

/**
 * When the backend fails or refuses, through the mocked REST API's fault handlers
 * (`src/mocks/faults.ts`): the server cannot be reached, answers 500, refuses a save (403), or
 * finds the record changed by someone else since it was loaded (409). Nothing typed is lost.
 */
const meta: Meta<ListArgs> = { ...listMeta, title: 'Elements/contact-list/Errors' };
export default meta;

type Story = StoryObj<ListArgs>;

/** The list's error state: the reason in words, and "Try again". */
async function showsListError(context: ListContext): Promise<void> {
  const words = wordsFor(context.globals);
  const canvas = within(context.canvasElement);
  await expect(await canvas.findByShadowRole('alert')).toHaveTextContent(
    startsWith(words.listError),
  );
  await expect(canvas.getByShadowRole('button', { name: words.tryAgain })).toBeVisible();
}

/** The list request never reaches the server (after `RestAdapter`'s retries). */
export const NetworkError: Story = {
  loaders: [
    mockPortal({
      faults: fault.unreachable('contacts'),
    }),
  ],
  play: showsListError,
};

/** The server answers the list request with 500 (`server-error`) every time. */
export const ServerError: Story = {
  loaders: [
    mockPortal({
      faults: fault.serverError('contacts'),
    }),
  ],
  play: showsListError,
};

/** Edits the job title of an active system user in the edit form and saves. */
async function saveJobTitle(context: ListContext): Promise<HTMLElement> {
  const words = wordsFor(context.globals);
  const contact = someone(context, (c) => c.status === 'active' && c.role === 'system-user');
  await rowsShown(context);
  await search(context, contact.email);
  await userEvent.click(
    await within(context.canvasElement).findByShadowRole('button', {
      name: startsWith(words.editProfile),
    }),
  );
  const dialog = await dialogNamed(context, new RegExp(contact.name));
  const jobTitle = within(dialog).getByShadowRole('textbox', { name: words.jobTitle });
  await typeInto(jobTitle, 'Coordenadora de compras');
  await userEvent.click(within(dialog).getByShadowRole('button', { name: words.saveContact }));
  return dialog;
}

/**
 * A conflict: the save answers 409 `stale-version` (someone else changed the contact since the
 * form opened). The form comes back with the current values and the edit on top, and says so.
 */
export const ConflictOnSave: Story = {
  loaders: [
    mockPortal({
      faults: fault.conflict('patch', 'contacts/:id'),
    }),
  ],
  play: async (context) => {
    const words = wordsFor(context.globals);
    const dialog = await saveJobTitle(context);
    await expect(await within(dialog).findByShadowRole('alert')).toHaveTextContent(
      startsWith(words.formConflict),
    );
    await expect(within(dialog).getByShadowRole('textbox', { name: words.jobTitle })).toHaveValue(
      'Coordenadora de compras',
    );
  },
};

/**
 * The server refuses the save (403 `forbidden`), e.g. a rule the vendor's backend adds: the form
 * stays open with the edit kept and the refusal in words.
 */
export const RefusedByServer: Story = {
  loaders: [
    mockPortal({
      faults: fault.forbidden('patch', 'contacts/:id'),
    }),
  ],
  play: async (context) => {
    const words = wordsFor(context.globals);
    const dialog = await saveJobTitle(context);
    await expect(await within(dialog).findByShadowRole('alert')).toHaveTextContent(/\S/);
    await expect(within(dialog).getByShadowRole('textbox', { name: words.jobTitle })).toHaveValue(
      'Coordenadora de compras',
    );
  },
};
