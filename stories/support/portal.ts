import type { HttpHandler } from 'msw';
import {
  MemoryAdapter,
  MemoryBackend,
  RestAdapter,
  createDemoData,
  policyPresets,
  type DemoData,
  type PortalAdapter,
} from '../../src/index.js';
import { createHandlers } from '../../src/mocks/index.js';
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
  faults?: (baseUrl: string) => HttpHandler[];
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
