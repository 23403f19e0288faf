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

/** Every cell control of the grid captioned `captionId` (checkboxes, or menu buttons in the role table). */
export function cells(el: PermissionMatrix, captionId: string): HTMLElement[] {
  const table = root(el).querySelector(`[aria-labelledby="${captionId}"]`);
  return [...(table?.querySelectorAll<HTMLElement>('button[data-key]') ?? [])];
}

/** The cell control whose accessible name starts with `name`. */
export function cell(el: PermissionMatrix, captionId: string, name: string): HTMLElement {
  const found = cells(el, captionId).find((c) => c.getAttribute('aria-label')?.startsWith(name));
  if (!found) throw new Error(`no cell named "${name}…"`);
  return found;
}

/** The staged-change sentences of the review panel. */
export function summary(el: PermissionMatrix): string[] {
  return [...root(el).querySelectorAll('.review .summary li')].map((li) => li.textContent.trim());
}

/** The open state menu of a role-table cell, or null. */
export function cellMenu(el: PermissionMatrix): HTMLElement | null {
  const menu = root(el).querySelector<HTMLElement>('#cell-menu');
  return menu?.matches(':popover-open') ? menu : null;
}

/** The items of the open cell menu, by their visible state name. */
export function menuItems(el: PermissionMatrix): HTMLElement[] {
  return [...(cellMenu(el)?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
}

/** Opens the menu of the role-table cell named `name…` and chooses `state` ("Yes", "When granted"…). */
export async function setCell(el: PermissionMatrix, name: string, state: string): Promise<void> {
  cell(el, 'roles-caption', name).click();
  await until(el, () => cellMenu(el));
  const item = menuItems(el).find(
    (i) => i.querySelector('.choice-name')?.textContent.trim() === state,
  );
  if (!item) throw new Error(`no state "${state}" in the menu of "${name}"`);
  item.click();
  await until(el, () => !cellMenu(el));
}

/** The text of the live notice (saved, conflict, vetoed, failed). */
export function notice(el: PermissionMatrix): string {
  return root(el).querySelector('.notice')?.textContent?.trim() ?? '';
}
