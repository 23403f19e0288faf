import {
  indexedDbPersistence,
  MemoryAdapter,
  type Persistence,
} from '../src/core/adapter/memory/index.js';
import type { SentMail } from '../src/core/adapter/memory/state.js';
import { RestAdapter } from '../src/core/adapter/rest/index.js';
import type { PortalAdapter } from '../src/core/adapter/types.js';
import { createDemoData, type DemoActors } from '../src/core/demo-data.js';

/** How many contacts the demo company has. */
export const demoContactCount = 2000;

/** Simulated network delay of every call, so loading states are seen as they would be in production. */
const latency = 120;

/** The backend the demo runs on, and the three people "view as" switches between. */
export interface DemoBackend {
  /** The general admin's session. */
  root: PortalAdapter;
  /** The session of anyone else on the same backend. */
  as(contactId: string): PortalAdapter;
  actors: DemoActors;
  /** The public setup page's adapter: no one is signed in (invitations.inspect / accept / activate). */
  anonymous(): PortalAdapter;
  /** The e-mails the embedded backend "sent", oldest first (the demo mailbox); absent on a server. */
  mailbox?(): SentMail[];
  /** Starts the demo data afresh (the embedded backend); the reference server says how instead. */
  reset(): Promise<void>;
  /** The reference server's contract URL when the demo runs on it, else undefined (embedded). */
  server?: string;
}

/**
 * The reference server the demo talks to, when `npm run start:server` started one
 * (`VITE_PORTICO_SERVER` is its contract's base URL), else undefined.
 */
function serverUrl(): string | undefined {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env;
  return env?.VITE_PORTICO_SERVER || undefined;
}

/**
 * Opens the demo's backend: the reference server over HTTP through `RestAdapter` when
 * `npm run start:server` runs one, else the embedded backend — the snapshot saved in this browser's
 * IndexedDB when there is one (so the demo survives a reload), else 2,000 fresh demo contacts.
 */
export async function openDemoBackend(): Promise<DemoBackend> {
  const server = serverUrl();
  return server ? openServerBackend(server) : openEmbeddedBackend();
}

async function openEmbeddedBackend(): Promise<DemoBackend> {
  const persist = indexedDbPersistence('portico-demo');
  const data = createDemoData({ contacts: demoContactCount, seed: 1, now: new Date() });
  const root = await MemoryAdapter.restore({
    data,
    persist,
    latency,
    // Seed 004: the invitation goes out by itself when a contact is created.
    invitationDefaults: { autoSend: 'on-create' },
    onPersistError: (error) => console.warn('[portico demo] could not save the demo data', error),
  });
  return {
    root,
    as: (id) => root.as(id),
    anonymous: () => root.as(''),
    mailbox: () => root.backend.mailbox(),
    actors: data.actors,
    reset: () => clearDemoData(persist),
  };
}

/**
 * The reference server (development mode): the demo's people come from `GET /dev/actors`, and each
 * gets a development token from `POST /dev/token`; every element then talks to the server through
 * `RestAdapter`, exactly as in a vendor's portal.
 */
async function openServerBackend(baseUrl: string): Promise<DemoBackend> {
  const post = async (path: string, body: unknown): Promise<unknown> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return response.json();
  };
  const actorsAnswer = await fetch(`${baseUrl}/dev/actors`);
  if (!actorsAnswer.ok) throw new Error(`the server at ${baseUrl} has no demo data`);
  const { actors } = (await actorsAnswer.json()) as { actors: DemoActors };
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (contactId: string): Promise<string> => {
    let token = tokens.get(contactId);
    if (!token) {
      token = post('/dev/token', { contactId }).then(
        (answer) => (answer as { token: string }).token,
      );
      tokens.set(contactId, token);
    }
    return token;
  };
  const as = (contactId: string): PortalAdapter =>
    new RestAdapter({ baseUrl, getToken: () => tokenFor(contactId) });
  return {
    root: as(actors.generalAdmin),
    as,
    anonymous: () => new RestAdapter({ baseUrl }),
    actors,
    server: baseUrl,
    reset: () =>
      Promise.reject(
        new Error('the reference server keeps its data: stop it and delete its data folder'),
      ),
  };
}

/** Forgets what this browser saved; the next load starts from fresh demo data. */
export async function clearDemoData(persist: Persistence): Promise<void> {
  if (persist.clear) await persist.clear();
  else await deleteDatabase('portico-demo');
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB delete failed'));
    request.onblocked = () => resolve();
  });
}
