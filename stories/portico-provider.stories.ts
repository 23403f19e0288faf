import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define.js';
import { AdapterError } from '../src/core/adapter/errors.js';
import { MemoryAdapter, MemoryBackend } from '../src/core/adapter/memory/index.js';
import type { PortalAdapter } from '../src/core/adapter/types.js';
import { createDemoData } from '../src/core/demo-data.js';
import type { PorticoTheme } from '../src/elements/portico-provider/portico-provider.js';

type Actor = 'generalAdmin' | 'registrationAdmin' | 'systemUser';
type Content = 'contact-list' | 'permission-matrix' | 'both';

interface ProviderArgs {
  /** Who is signed in: the provider loads this person's session and the company's policy. */
  actor: Actor;
  /** Which elements sit inside the provider. */
  content: Content;
  /** `--portico-color-primary`, handed to every element through `theme`. */
  primary: string;
  /** `--portico-radius`. */
  radius: string;
  /** `live` (the memory backend) or `error` (the session cannot be loaded). */
  backend: 'live' | 'error';
}

/**
 * One demo company on one backend for every story of this file, as on a real server: an edit made
 * in one story (or before a control changed) is still there in the next.
 */
const data = createDemoData({ contacts: 120, seed: 1 });
const backend = new MemoryBackend({ data });
const sessionOf = (actor: Actor) =>
  new MemoryAdapter({ backend, actorId: data.actors[actor], latency: 150 });

/** An adapter that cannot reach its server: the provider fires `portico-error`, elements show Retry. */
function unreachable(inner: PortalAdapter): PortalAdapter {
  const fail = () =>
    Promise.reject(new AdapterError('network', 'The server could not be reached.'));
  return new Proxy(inner, {
    get(target, key, receiver) {
      const group: unknown = Reflect.get(target, key, receiver);
      // Only the API groups (contacts, session, …) fail; anything else Lit or a tool asks is as is.
      if (typeof group !== 'object' || group === null) return group;
      return new Proxy(group, {
        get: (api, name, apiReceiver) => {
          const member: unknown = Reflect.get(api, name, apiReceiver);
          return typeof member === 'function' ? fail : member;
        },
      });
    },
  });
}

function content(kind: Content): TemplateResult {
  return html`${kind !== 'permission-matrix' ? html`<contact-list></contact-list>` : nothing}
  ${kind === 'both' ? html`<hr style="margin: 24px 0; border: 0; border-top: 1px solid #d0d5dd" />` : nothing}
  ${kind !== 'contact-list' ? html`<permission-matrix></permission-matrix>` : nothing}`;
}

function render(args: ProviderArgs): TemplateResult {
  const session = sessionOf(args.actor);
  const adapter = args.backend === 'error' ? unreachable(session) : session;
  const theme: PorticoTheme = {
    '--portico-color-primary': args.primary,
    '--portico-focus-ring': `2px solid ${args.primary}`,
    '--portico-radius': args.radius,
  };
  return html`<portico-provider .adapter=${adapter} .theme=${theme}
    >${content(args.content)}</portico-provider
  >`;
}

/**
 * `<portico-provider>` hands an adapter, the locale, a theme, the signed-in session and the
 * permission engine to every Portico element inside it. Set them once for the page; an element's
 * own `adapter` property still wins. Switch the language with the **Locale** toolbar (it sets
 * `lang` on the story root, which the provider and the elements read).
 */
const meta: Meta<ProviderArgs> = {
  title: 'Elements/portico-provider',
  component: 'portico-provider',
  render,
  args: {
    actor: 'generalAdmin',
    content: 'contact-list',
    primary: '#1d4ed8',
    radius: '6px',
    backend: 'live',
  },
  argTypes: {
    actor: {
      control: 'inline-radio',
      options: ['generalAdmin', 'registrationAdmin', 'systemUser'],
      description: 'Who is signed in',
    },
    content: {
      control: 'inline-radio',
      options: ['contact-list', 'permission-matrix', 'both'],
      description: 'Elements inside the provider',
    },
    primary: { control: 'color', description: '`--portico-color-primary` through `theme`' },
    radius: { control: 'text', description: '`--portico-radius` through `theme`' },
    backend: { control: 'inline-radio', options: ['live', 'error'] },
  },
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** A general admin's session: every element inside shares one session and one engine. */
export const Default: Story = {};

/** Two elements under one provider: one session load serves both. */
export const SharedByTwoElements: Story = { args: { content: 'both' } };

/** Seed 003's "view as client": the same page as a system user, who may edit only their own contact. */
export const AsSystemUser: Story = { args: { actor: 'systemUser', content: 'both' } };

/** A vendor's brand through `theme`: tokens applied once, inherited by every element inside. */
export const Themed: Story = { args: { primary: '#7a1fa2', radius: '12px' } };

/** The session cannot be loaded: the provider reports `portico-error`; each element offers to retry. */
export const SessionUnavailable: Story = { args: { backend: 'error' } };
