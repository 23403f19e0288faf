import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '../../src/core/adapter/types.js';
import { PermissionMatrix } from '../../src/elements/permission-matrix/permission-matrix.js';
import { until } from './dom.js';

if (!customElements.get('permission-matrix')) {
  customElements.define('permission-matrix', PermissionMatrix);
}

export interface MountOptions {
  view?: 'role' | 'person' | 'approvers';
  contactId?: string;
  lang?: string;
}

/** Mounts a matrix on `adapter` and waits until its data is shown. */
export async function mountMatrix(
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

/** The staged-change sentences of the review panel. */
export function summary(el: PermissionMatrix): string[] {
  return [...root(el).querySelectorAll('.summary li')].map((li) => li.textContent.trim());
}

/** The text of the live notice (saved, conflict, vetoed, failed). */
export function notice(el: PermissionMatrix): string {
  return root(el).querySelector('.notice')?.textContent?.trim() ?? '';
}
