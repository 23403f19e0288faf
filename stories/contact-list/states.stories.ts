import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { fault, mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { wordsFor } from '../support/words.js';
import { listMeta, rowsShown, showsText, type ListArgs } from './list.js';

/**
 * What `<contact-list>` shows before, instead of, or around its rows: ready, loading, empty, and with
 * no data source. Each story runs on its own demo company behind the mocked REST API (msw).
 */
const meta: Meta<ListArgs> = { ...listMeta, title: 'Elements/contact-list/States' };
export default meta;

type Story = StoryObj<ListArgs>;

/** 200 contacts as the general admin, over mocked HTTP: the first page, its total, every act. */
export const Ready: Story = {
  loaders: [mockPortal()],
  play: async (context) => {
    await rowsShown(context);
    await expect(await within(context.canvasElement).findByShadowText(/\b200$/)).toBeVisible();
  },
};

const markup = '<img src=x onerror=alert(1)>';

/** A contact whose name is markup, found by search: it shows as text, nothing runs. */
export const NameWithMarkup: Story = {
  loaders: [
    mockPortal({
      prepare: (data) => {
        const someone = data.contacts.find(
          (c) => c.companyId === data.companies[0]!.id && c.role === 'system-user',
        );
        if (someone) someone.name = markup;
      },
    }),
  ],
  args: { search: 'onerror' },
  play: async (context) => {
    const table = await rowsShown(context);
    await expect(await within(table).findByShadowText(markup)).toBeVisible();
    await expect(within(table).queryAllByShadowRole('img')).toHaveLength(0);
  },
};

/** The first page is on its way (the API never answers the list request). */
export const Loading: Story = {
  loaders: [
    mockPortal({
      faults: fault.stalled('contacts'),
    }),
  ],
  play: (context) => showsText(context, wordsFor(context.globals).loadingContacts),
};

/** A search nobody matches: the empty state says so and the search stays in the box. */
export const EmptySearch: Story = {
  loaders: [mockPortal()],
  args: { search: 'ninguém com este nome' },
  play: (context) => showsText(context, wordsFor(context.globals).noMatch),
};

/** A company with no contacts at all (the API answers an empty first page). */
export const NoContactsYet: Story = {
  loaders: [
    mockPortal({
      faults: fault.emptyPage('contacts'),
    }),
  ],
  play: (context) => showsText(context, wordsFor(context.globals).noContacts),
};

/** No adapter given and no `<portico-provider>` around: the list says it has no data source. */
export const NoAdapter: Story = {
  args: { source: 'none' },
  play: (context) => showsText(context, wordsFor(context.globals).listNoAdapter),
};

/** The embedded `MemoryAdapter` (the demo's backend in the browser), no HTTP at all. */
export const Embedded: Story = {
  loaders: [mockPortal()],
  args: { source: 'embedded' },
  play: async (context) => {
    await rowsShown(context);
    const add = await within(context.canvasElement).findByShadowRole('button', {
      name: wordsFor(context.globals).addContact,
    });
    await expect(add).not.toHaveAttribute('aria-disabled', 'true');
  },
};
