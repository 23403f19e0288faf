import type { StoryObj } from '@storybook/web-components-vite';
import type { HttpHandler } from 'msw';
import {
  MemoryAdapter,
  MemoryBackend,
  RestAdapter,
  createDemoData,
  policyPresets,
  type DemoData,
  type Locale,
  type PortalAdapter,
} from '../../src/index.js';
import {
  answerNext,
  createHandlers,
  failNext,
  networkError,
  stallNext,
} from '../../src/mocks/index.js';
import { mockWorker } from './msw.js';

/** The demo's signed-in people: "view as" in every story. */
export type Actor = 'generalAdmin' | 'registrationAdmin' | 'systemUser';
export const actors: readonly Actor[] = ['generalAdmin', 'registrationAdmin', 'systemUser'];

/** A story's demo company behind the REST contract, served by msw in this tab. */
export interface Portal {
  data: DemoData;
  /** The store behind the mocked API (a second session can write to it, as another person would). */
  backend: MemoryBackend;
  /** Where this story's API is served: every story has its own, so stories never share records. */
  baseUrl: string;
  /** A `RestAdapter` signed in as `actor` (the mocked API's bearer token is the contact id). */
  as(actor: Actor): PortalAdapter;
  /** The same company through the embedded `MemoryAdapter`, no HTTP at all. */
  embedded(actor: Actor): PortalAdapter;
}

export interface PortalOptions {
  /** Contacts in the demo company (default 200; the 100k stories pass 100_000). */
  contacts?: number;
  /** Which policy preset the company runs (default `default`, seed 000's role table). */
  policy?: keyof typeof policyPresets;
  /** Handlers put ahead of the contract's (faults from `src/mocks`), given the story's base URL. */
  faults?: Faults;
  /** Changes the demo data before the backend opens (e.g. a name with markup in it). */
  prepare?: (data: DemoData) => void;
}

/**
 * A story loader: a fresh demo company on its own base URL, served through the REST contract by the
 * page's msw worker (after Storybook's msw loader has reset it), with `faults` first. The story reads
 * it with {@link portalOf}. Each render gets a new company, so a story always starts the same way.
 */
export function mockPortal(options: PortalOptions = {}) {
  return async (context: { id: string }): Promise<{ portal: Portal }> => {
    const data = createDemoData({
      contacts: options.contacts ?? 200,
      seed: 1,
      policy: policyPresets[options.policy ?? 'default'],
    });
    options.prepare?.(data);
    const backend = new MemoryBackend({ data });
    const baseUrl = `/api/stories/${context.id}`;
    const worker = await mockWorker();
    worker.use(...(options.faults?.(baseUrl) ?? []), ...createHandlers({ backend, baseUrl }));
    return {
      portal: {
        data,
        backend,
        baseUrl,
        // Retries as in production, sooner: a failure shows in a fraction of a second.
        as: (actor) =>
          new RestAdapter({ baseUrl, getToken: () => data.actors[actor], retryDelay: () => 50 }),
        embedded: (actor) => new MemoryAdapter({ backend, actorId: data.actors[actor] }),
      },
    };
  };
}

/** The story's company, from {@link mockPortal}'s loader. */
export function portalOf(context: { loaded: Record<string, unknown> }): Portal {
  const portal = context.loaded.portal as Portal | undefined;
  if (!portal) throw new Error('This story needs `loaders: [mockPortal()]`.');
  return portal;
}

/** A story's faults: handlers ahead of the contract's, given the story's base URL. */
export type Faults = (baseUrl: string) => HttpHandler[];

const always = Number.POSITIVE_INFINITY;

/**
 * The faults the stories use, from `src/mocks/faults.ts`, by what a designer wants to see. The read
 * faults hit every `GET <path>`; the write faults hit the next write only, so a second try goes
 * through, as it would once the other person's change is reviewed.
 */
export const fault = {
  /** Every `GET <path>` waits forever: the loading state, frozen. */
  stalled:
    (path: string): Faults =>
    (baseUrl) => [stallNext({ baseUrl, method: 'get', path, times: always })],
  /** Every `GET <path>` fails as a network failure (no answer at all). */
  unreachable:
    (path: string): Faults =>
    (baseUrl) => [networkError({ baseUrl, method: 'get', path, times: always })],
  /** Every `GET <path>` answers 500 `server-error`. */
  serverError:
    (path: string): Faults =>
    (baseUrl) => [
      failNext(500, { baseUrl, method: 'get', path, code: 'server-error', times: always }),
    ],
  /** Every `GET <path>` answers an empty page: a company with no contacts. */
  emptyPage:
    (path: string): Faults =>
    (baseUrl) => [
      answerNext(
        { items: [], nextCursor: null, total: 0 },
        { baseUrl, method: 'get', path, times: always },
      ),
    ],
  /** The next `<method> <path>` answers 409 `stale-version`: someone changed the record meanwhile. */
  conflict:
    (method: 'put' | 'patch', path: string): Faults =>
    (baseUrl) => [failNext(409, { baseUrl, method, path, code: 'stale-version' })],
  /** The next `<method> <path>` answers 403 `forbidden`: a rule of the vendor's backend refuses it. */
  forbidden:
    (method: 'put' | 'patch', path: string): Faults =>
    (baseUrl) => [failNext(403, { baseUrl, method, path, code: 'forbidden' })],
};

/** The `source` control every element's stories share. */
export const sourceArgType = {
  control: 'inline-radio',
  options: ['http', 'embedded', 'none'],
  description: 'RestAdapter over mocked HTTP, the embedded MemoryAdapter, or no adapter',
} as const;

/** What the `source` control picks: the story's company over HTTP, embedded, or no adapter. */
export function adapterFor(
  args: { actor: Actor; source: 'http' | 'embedded' | 'none' },
  context: { loaded: Record<string, unknown> },
): PortalAdapter | undefined {
  if (args.source === 'none') return undefined;
  const portal = portalOf(context);
  return args.source === 'embedded' ? portal.embedded(args.actor) : portal.as(args.actor);
}

/** The phone viewport of `.storybook/preview.ts` (390 × 844), for a story's `globals`. */
export const phone = { viewport: { value: 'phone', isRotated: false } };

/** A story in `locale` (the toolbar's global, locked for the story) on its own demo company. */
export function inLocale<TArgs>(locale: Locale, play: StoryObj<TArgs>['play']): StoryObj<TArgs> {
  return { loaders: [mockPortal()], globals: { locale }, play };
}
