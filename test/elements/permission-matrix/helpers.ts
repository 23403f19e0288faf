import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '../../../src/core/adapter/types.js';
import { MemoryAdapter, MemoryBackend } from '../../../src/core/adapter/memory/index.js';
import { createDemoData, type DemoData } from '../../../src/core/demo-data.js';
import type { Policy } from '../../../src/core/model/index.js';
import { PermissionMatrix } from '../../../src/elements/permission-matrix/permission-matrix.js';

if (!customElements.get('permission-matrix')) {
  customElements.define('permission-matrix', PermissionMatrix);
}

export type ActorName = 'generalAdmin' | 'registrationAdmin' | 'systemUser';

export interface World {
  data: DemoData;
  backend: MemoryBackend;
  /** A session of `actor` on the shared backend. */
  as(actor: ActorName): MemoryAdapter;
}

/**
 * A fresh demo company (30 people) on one backend that several sessions can share; `prepare` may
 * adjust the data before the backend is made.
 */
export function world(policy?: Policy, prepare?: (data: DemoData) => void): World {
  const data = createDemoData({ contacts: 30, seed: 1, ...(policy ? { policy } : {}) });
  prepare?.(data);
  const backend = new MemoryBackend({ data });
  return {
    data,
    backend,
    as: (actor) => new MemoryAdapter({ backend, actorId: data.actors[actor] }),
  };
}

/** Resolves after the element has rendered and every pending microtask and task has run. */
export async function settle(el: PermissionMatrix): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Waits, render after render, until `ready` holds (the runner's own timeout bounds a hang). */
export async function until(el: PermissionMatrix, ready: () => unknown): Promise<void> {
  while (!ready()) await settle(el);
  await settle(el);
}

export interface MountOptions {
  view?: 'role' | 'person' | 'approvers';
  contactId?: string;
  lang?: string;
}

/** Mounts a matrix on `adapter` and waits until its data is shown. */
export async function mount(
  adapter: PortalAdapter,
  options: MountOptions = {},
): Promise<PermissionMatrix> {
  const el = await fixture<PermissionMatrix>(
    html`<permission-matrix
      .adapter=${adapter}
      view=${options.view ?? 'role'}
      contact-id=${options.contactId ?? ''}
      lang=${options.lang ?? 'en'}
    ></permission-matrix>`,
  );
  await until(el, () => root(el).querySelector('[role="tabpanel"]'));
  if (options.view === 'person' && options.contactId) {
    await until(el, () => root(el).querySelector('#person-caption'));
  }
  return el;
}

export function root(el: PermissionMatrix): ShadowRoot {
  return el.shadowRoot!;
}

/** Every cell control of the grid captioned `captionId`. */
export function cells(el: PermissionMatrix, captionId: string): HTMLElement[] {
  const table = root(el).querySelector(`[aria-labelledby="${captionId}"]`);
  return [...(table?.querySelectorAll<HTMLElement>('[role="checkbox"]') ?? [])];
}

/** The cell control whose accessible name starts with `name`. */
export function cell(el: PermissionMatrix, captionId: string, name: string): HTMLElement {
  const found = cells(el, captionId).find((c) => c.getAttribute('aria-label')?.startsWith(name));
  if (!found) throw new Error(`no cell named "${name}…"`);
  return found;
}

/** The text that describes `control` (its `aria-describedby` targets). */
export function description(el: PermissionMatrix, control: Element): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root(el).getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

/** The button whose visible text is `text`. */
export function button(el: PermissionMatrix, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === text,
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** The staged-change sentences of the review panel. */
export function summary(el: PermissionMatrix): string[] {
  return [...root(el).querySelectorAll('.summary li')].map((li) => li.textContent.trim());
}

/** The text of the live notice (saved, conflict, vetoed, failed). */
export function notice(el: PermissionMatrix): string {
  return root(el).querySelector('.notice')?.textContent?.trim() ?? '';
}
