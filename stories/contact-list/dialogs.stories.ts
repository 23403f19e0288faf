import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Contact } from '../../src/index.js';
import { mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { startsWith, wordsFor } from '../support/words.js';
import {
  choose,
  dialogNamed,
  listMeta,
  openActs,
  openAddForm,
  rowCheckboxes,
  rowsShown,
  search,
  someone,
  typeInto,
  type ListArgs,
  type ListContext,
} from './list.js';

/**
 * Every dialog of `<contact-list>`, opened the way a person opens it (each story's `play` clicks
 * through, by role and name): the add and edit forms, the confirmations of seed 001's wording,
 * transfers and the per-item result of a bulk act.
 */
const meta: Meta<ListArgs> = {
  ...listMeta,
  title: 'Elements/contact-list/Dialogs',
  loaders: [mockPortal()],
};
export default meta;

type Story = StoryObj<ListArgs>;

/** The add form: seed 001's fields, the role limited to what the signed-in person may give. */
export const AddContact: Story = {
  play: async (context) => {
    const words = wordsFor(context.globals);
    const dialog = await openAddForm(context);
    await expect(within(dialog).getByShadowRole('textbox', { name: words.fullName })).toBeVisible();
  },
};

/** The add form sent empty: every missing field marked, and a count of them at the top. */
export const AddContactWithErrors: Story = {
  play: async (context) => {
    const words = wordsFor(context.globals);
    const dialog = await openAddForm(context);
    await userEvent.click(within(dialog).getByShadowRole('button', { name: words.submitAdd }));
    await expect(await within(dialog).findByShadowRole('alert')).toBeVisible();
    await expect(within(dialog).getByShadowRole('textbox', { name: words.fullName })).toBeInvalid();
  },
};

/** The edit form of an active contact: the e-mail is read-only, with the reason. */
export const EditContact: Story = {
  play: async (context) => {
    const words = wordsFor(context.globals);
    const contact = someone(context, activeSystemUser);
    await rowsShown(context);
    await search(context, contact.email);
    await userEvent.click(
      // Each edit button is named after its contact ("Edit profile of Ana Souza").
      await within(context.canvasElement).findByShadowRole('button', {
        name: startsWith(words.editProfile),
      }),
    );
    const dialog = await dialogNamed(context, new RegExp(contact.name));
    await expect(within(dialog).getByShadowRole('textbox', { name: words.jobTitle })).toHaveValue(
      contact.jobTitle,
    );
  },
};

/** A changed edit form closed (Close, Cancel or Escape): it asks before the changes are discarded. */
export const DiscardChanges: Story = {
  play: async (context) => {
    const words = wordsFor(context.globals);
    const contact = someone(context, activeSystemUser);
    await rowsShown(context);
    await search(context, contact.email);
    await userEvent.click(
      await within(context.canvasElement).findByShadowRole('button', {
        name: startsWith(words.editProfile),
      }),
    );
    const dialog = await dialogNamed(context, new RegExp(contact.name));
    await typeInto(
      within(dialog).getByShadowRole('textbox', { name: words.jobTitle }),
      'Coordenadora de compras',
    );
    await userEvent.click(within(dialog).getByShadowRole('button', { name: words.closeDialog }));
    const keep = await within(dialog).findByShadowRole('button', { name: words.keepEditing });
    await waitFor(() => expect(keep).toHaveFocus());
    await expect(
      within(dialog).getByShadowRole('button', { name: words.discardChanges }),
    ).toBeVisible();
  },
};

/** A contact's details and history ("View details" in the row's acts), without the edit form. */
export const ContactDetails: Story = {
  play: async (context) => {
    const words = wordsFor(context.globals);
    const contact = someone(context, activeSystemUser);
    await choose(await openActs(context, contact), words.viewDetails);
    const dialog = await dialogNamed(context, new RegExp(contact.name));
    await expect(
      await within(dialog).findByShadowRole('heading', { name: words.history }),
    ).toBeVisible();
  },
};

/** Opens the acts of someone `match` accepts and chooses `act`: the dialog named after them. */
async function chooseFor(
  context: ListContext,
  act: 'deleteProfile' | 'suspendAccess' | 'transferAdministration' | 'transferTickets',
  match: (contact: Contact) => boolean,
): Promise<HTMLElement> {
  const contact = someone(context, match);
  await choose(await openActs(context, contact), wordsFor(context.globals)[act]);
  return dialogNamed(context, new RegExp(contact.name));
}

const activeSystemUser = (c: Contact) => c.status === 'active' && c.role === 'system-user';

/** "Tem certeza que deseja remover este usuário?" — on a contact with no tickets in progress. */
export const DeleteConfirmation: Story = {
  play: async (context) => {
    await chooseFor(context, 'deleteProfile', (c) => c.role === 'system-user' && !c.openTickets);
  },
};

/** Suspend access: the confirmation of a lifecycle act, naming its consequence. */
export const SuspendConfirmation: Story = {
  play: async (context) => {
    await chooseFor(context, 'suspendAccess', activeSystemUser);
  },
};

/**
 * "Você tem certeza que deseja transferir a administração para este usuário?", with the choice to
 * keep one's own general admin role.
 */
export const TransferAdministration: Story = {
  play: async (context) => {
    const dialog = await chooseFor(context, 'transferAdministration', activeSystemUser);
    await expect(within(dialog).getByShadowRole('checkbox')).toBeVisible();
  },
};

/** Transfer tickets: the receiving contact is searched by name and chosen from the list. */
export const TransferTickets: Story = {
  play: async (context) => {
    const dialog = await chooseFor(context, 'transferTickets', (c) => c.openTickets > 0);
    // Receivers core refuses (not active, the same contact) are listed disabled, with why.
    const radios = await within(dialog).findAllByShadowRole('radio');
    const first = radios.find((radio) => !(radio as HTMLInputElement).disabled)!;
    await userEvent.click(first);
    await expect(first).toBeChecked();
  },
};

/**
 * A bulk delete of four contacts, confirmed: its per-item summary ("2 done, 2 refused: …"), each
 * refusal with its reason (tickets in progress, one's own contact…).
 */
export const BulkResult: Story = {
  play: async (context) => {
    const words = wordsFor(context.globals);
    const table = await rowsShown(context);
    for (const box of rowCheckboxes(context, table).slice(0, 4)) await userEvent.click(box);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByShadowRole('button', { name: words.deleteSelected }));
    // The confirmation counts whom the act applies to first; its button is enabled once it has.
    const confirmation = await canvas.findByShadowRole('dialog');
    const yes = await within(confirmation).findByShadowRole('button', {
      name: words.deleteSelected,
    });
    await waitFor(() => expect(yes).toBeEnabled());
    await userEvent.click(yes);
    const result = await dialogNamed(context, words.result);
    await expect(await within(result).findByShadowRole('status')).toHaveTextContent(/\d/);
  },
};
