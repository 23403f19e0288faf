import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../src/define.js';
import type { Contact, ContactStatus } from '../../src/index.js';
import { actors, adapterFor, portalOf, sourceArgType, type Actor } from '../support/portal.js';
import { within } from '../support/screen.js';
import { startsWith, wordsFor } from '../support/words.js';

/** The controls of every `<contact-list>` story. */
export interface ListArgs {
  /** Who is signed in. */
  actor: Actor;
  /** `http`: RestAdapter over the mocked API; `embedded`: MemoryAdapter; `none`: no adapter at all. */
  source: 'http' | 'embedded' | 'none';
  /** The `search` attribute. */
  search: string;
  /** The `status` attribute (a status filter). */
  status: ContactStatus | '';
  /** The `page-size` attribute. */
  pageSize: number;
}

export type ListContext = StoryContext<ListArgs>;

/** `<contact-list>` on the story's company (see `mockPortal`), as `args.actor`. */
export function renderList(args: ListArgs, context: ListContext): TemplateResult {
  return html`<contact-list
    .adapter=${adapterFor(args, context)}
    search=${args.search}
    status=${args.status}
    page-size=${args.pageSize}
  ></contact-list>`;
}

/**
 * What every `<contact-list>` story file shares: the element, its controls, how it renders. Spread it
 * into the file's default export, beside the literal `title` Storybook's indexer reads.
 */
export const listMeta = {
  component: 'contact-list',
  render: renderList,
  args: { actor: 'generalAdmin', source: 'http', search: '', status: '', pageSize: 50 },
  argTypes: {
    actor: { control: 'inline-radio', options: actors, description: 'Who is signed in' },
    source: sourceArgType,
    status: {
      control: 'select',
      options: ['', 'potential', 'site-assigned', 'invited', 'active', 'suspended', 'inactive'],
    },
  },
} satisfies Meta<ListArgs>;

/** The list's table, once its rows are shown. */
export async function rowsShown(context: ListContext): Promise<HTMLElement> {
  const words = wordsFor(context.globals);
  const canvas = within(context.canvasElement);
  const table = await canvas.findByShadowRole('grid', { name: words.contacts });
  // A row with a contact in it: its "More actions for <name>" button.
  await within(table).findAllByShadowRole('button', { name: startsWith(words.moreActionsFor) });
  return table;
}

/** The `<contact-list>` of the story (the tag is public API). */
export function listOf(context: ListContext): HTMLElement {
  const list = context.canvasElement.querySelector('contact-list');
  if (!list) throw new Error('No <contact-list> in this story.');
  return list;
}

/** Checks that a text of the list is shown (loading, empty, error…), in the story's locale. */
export async function showsText(context: ListContext, text: string | RegExp): Promise<void> {
  const found = await within(context.canvasElement).findByShadowText(text);
  await expect(found).toBeVisible();
}

/**
 * A contact of the signed-in company that `match` accepts, other than the signed-in person: stories
 * pick whom to act on from the story's data, then find that person on screen like a user would.
 */
export function someone(context: ListContext, match: (contact: Contact) => boolean): Contact {
  const { data } = portalOf(context);
  const me = data.contacts.find((c) => c.id === data.actors[context.args.actor]);
  const found = data.contacts.find(
    (c) => c.companyId === me?.companyId && c.id !== me?.id && match(c),
  );
  if (!found) throw new Error('The demo company has nobody this story can act on.');
  return found;
}

/** Types `text` into the list's search box, as a person would, and waits for the rows it finds. */
export async function search(context: ListContext, text: string): Promise<void> {
  const words = wordsFor(context.globals);
  const box = await within(context.canvasElement).findByShadowRole('searchbox', {
    name: words.searchContacts,
  });
  await typeInto(box, text);
}

/**
 * Types `text` into a text field in place of what it holds (user-event's `clear()` cannot see focus
 * inside a shadow root, so the field's text is selected and typed over instead).
 */
export async function typeInto(field: HTMLElement, text: string): Promise<void> {
  const length = (field as HTMLInputElement).value.length;
  await userEvent.type(field, text, { initialSelectionStart: 0, initialSelectionEnd: length });
  await waitFor(() => expect(field).toHaveValue(text));
}

/** The "Select <name>" checkboxes of the rows shown (not the header's "select every loaded"). */
export function rowCheckboxes(context: ListContext, table: HTMLElement): HTMLElement[] {
  const words = wordsFor(context.globals);
  return within(table)
    .getAllByShadowRole('row')
    .filter((row) => within(row).queryAllByShadowRole('gridcell').length > 0)
    .flatMap((row) =>
      within(row).queryAllByShadowRole('checkbox', { name: startsWith(words.selectRow) }),
    );
}

/**
 * Finds `contact` with the search box and opens its row's "More actions" menu; returns the menu
 * (a group named "More actions for <name>").
 */
export async function openActs(context: ListContext, contact: Contact): Promise<HTMLElement> {
  const words = wordsFor(context.globals);
  await rowsShown(context);
  await search(context, contact.email);
  const canvas = within(context.canvasElement);
  const name = `${words.moreActionsFor} ${contact.name}`;
  const more = await canvas.findByShadowRole('button', { name });
  await userEvent.click(more);
  const menu = await canvas.findByShadowRole('group', { name });
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  return menu;
}

/** Chooses `act` in an open acts menu; checks first that it is not disabled. */
export async function choose(menu: HTMLElement, act: string): Promise<void> {
  const button = within(menu).getByShadowRole('button', { name: act });
  await expect(button).toHaveAttribute('aria-disabled', 'false');
  await userEvent.click(button);
}

/** The open dialog named `name` (a modal `<dialog>`; its name is its title). */
export async function dialogNamed(
  context: ListContext,
  name: string | RegExp,
): Promise<HTMLElement> {
  return within(context.canvasElement).findByShadowRole('dialog', { name });
}

/** Opens the add form with "Add contact", as a person would; returns the dialog. */
export async function openAddForm(context: ListContext): Promise<HTMLElement> {
  const words = wordsFor(context.globals);
  await rowsShown(context);
  await userEvent.click(
    await within(context.canvasElement).findByShadowRole('button', { name: words.addContact }),
  );
  return dialogNamed(context, words.addContact);
}
