import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../src/define.js';
import type { Locale, PorticoTheme } from '../../src/index.js';
import { actors, adapterFor, sourceArgType, type Actor } from '../support/portal.js';
import { within } from '../support/screen.js';
import { startsWith, wordsFor, type Words } from '../support/words.js';

/** The controls of every `<portico-provider>` story. */
export interface ProviderArgs {
  /** Who is signed in: the provider loads this person's session and the company's policy. */
  actor: Actor;
  /** Which elements sit inside the provider. */
  content: 'contact-list' | 'permission-matrix' | 'both';
  /** `http`: RestAdapter over the mocked API; `embedded`: MemoryAdapter; `none`: no adapter. */
  source: 'http' | 'embedded' | 'none';
  /** The provider's `lang` (its `locale`), for everything inside; empty: the page's language. */
  locale: Locale | '';
  /** `--portico-color-primary`, handed to every element through `theme`. */
  primary: string;
  /** `--portico-radius`, through `theme`. */
  radius: string;
}

export type ProviderContext = StoryContext<ProviderArgs>;

function content(kind: ProviderArgs['content']): TemplateResult {
  return html`${kind !== 'permission-matrix' ? html`<contact-list></contact-list>` : nothing}
  ${kind === 'both' ? html`<hr style="margin: 24px 0; border: 0; border-top: 1px solid #d0d5dd" />` : nothing}
  ${kind !== 'contact-list' ? html`<permission-matrix></permission-matrix>` : nothing}`;
}

/** `<portico-provider>` with the elements of `args.content` inside; none of them has an adapter. */
export function renderProvider(args: ProviderArgs, context: ProviderContext): TemplateResult {
  const adapter = adapterFor(args, context);
  const theme: PorticoTheme = {
    '--portico-color-primary': args.primary,
    '--portico-focus-ring': `2px solid ${args.primary}`,
    '--portico-radius': args.radius,
  };
  return html`<portico-provider .adapter=${adapter} .theme=${theme} lang=${args.locale || nothing}
    >${content(args.content)}</portico-provider
  >`;
}

/**
 * What every `<portico-provider>` story file shares: the element, its controls, how it renders.
 * Spread it into the file's default export, beside the literal `title` Storybook's indexer reads.
 */
export const providerMeta = {
  component: 'portico-provider',
  render: renderProvider,
  args: {
    actor: 'generalAdmin',
    content: 'contact-list',
    source: 'http',
    locale: '',
    primary: '#1d4ed8',
    radius: '6px',
  },
  argTypes: {
    actor: { control: 'inline-radio', options: actors, description: 'Who is signed in' },
    content: {
      control: 'inline-radio',
      options: ['contact-list', 'permission-matrix', 'both'],
      description: 'Elements inside the provider',
    },
    source: sourceArgType,
    locale: {
      control: 'inline-radio',
      options: ['', 'pt-BR', 'en', 'es'],
      description: "The provider's `lang`: the language of everything inside",
    },
    primary: { control: 'color', description: '`--portico-color-primary` through `theme`' },
    radius: { control: 'text', description: '`--portico-radius` through `theme`' },
  },
} satisfies Meta<ProviderArgs>;

/** The words of the language inside the provider: its own `lang`, else the story's locale. */
export function providerWords(context: ProviderContext): Words {
  return wordsFor(context.args.locale ? { locale: context.args.locale } : context.globals);
}

/**
 * Checks what the provider announces to screen readers (who is signed in, or that loading failed):
 * the live region of its own shadow root, not those of the elements inside.
 */
export async function announces(context: ProviderContext, text: string): Promise<void> {
  const provider = context.canvasElement.querySelector('portico-provider');
  if (!provider?.shadowRoot) throw new Error('No <portico-provider> in this story.');
  const root = provider.shadowRoot;
  await waitFor(async () => {
    const own = within(provider)
      .getAllByShadowRole('status')
      .filter((status) => status.getRootNode() === root);
    await expect(own).toHaveLength(1);
    await expect(own[0]).toHaveTextContent(startsWith(text));
  });
}

/** The contact list inside, once its rows are shown. */
export async function listRows(context: ProviderContext): Promise<HTMLElement> {
  const words = providerWords(context);
  const table = await within(context.canvasElement).findByShadowRole('grid', {
    name: words.contacts,
  });
  await within(table).findAllByShadowRole('button', { name: startsWith(words.moreActionsFor) });
  return table;
}
