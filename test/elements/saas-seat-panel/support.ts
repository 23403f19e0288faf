import { fixture, html } from '@open-wc/testing';
import { MemoryAdapter, MemoryBackend } from '../../../src/core/adapter/memory/index.js';
import type { PortalAdapter } from '../../../src/core/adapter/types.js';
import { createDemoData, type DemoData } from '../../../src/core/demo-data.js';
import '../../../src/define/saas-seat-panel.js';
import type { SaasSeatPanel } from '../../../src/elements/saas-seat-panel/saas-seat-panel.js';
import { $$, settle, until } from '../../helpers/dom.js';
import type { ActorName } from '../../helpers/world.js';

/** Cheap hashing: the cost itself is tested in password-hash.test.ts. */
const passwordHashing = { iterations: 1_000 };

/** A demo company whose one pool has `licensed` seats and `active` active SaaS users (others inactive). */
export function company(licensed: number, active: number) {
  const data: DemoData = createDemoData({ contacts: 30, seed: 1 });
  const companyId = data.contacts.find((c) => c.id === data.actors.generalAdmin)!.companyId;
  let n = 0;
  for (const user of data.saasUsers) {
    if (user.companyId !== companyId || user.product) continue;
    user.status = n++ < active ? 'active' : 'inactive';
  }
  data.seats[companyId] = { licensed };
  const backend = new MemoryBackend({ data, passwordHashing });
  return {
    data,
    backend,
    companyId,
    as: (actor: ActorName) => new MemoryAdapter({ backend, actorId: data.actors[actor] }),
  };
}

export async function mount(
  adapter: PortalAdapter,
  attrs: { lang?: string; salesEmail?: string } = {},
) {
  const el = await fixture<SaasSeatPanel>(
    html`<saas-seat-panel
      .adapter=${adapter}
      lang=${attrs.lang ?? 'en'}
      sales-email=${attrs.salesEmail ?? ''}
      debounce="0"
    ></saas-seat-panel>`,
  );
  await until(el, () => el.seats.status !== 'loading' && el.seats.status !== 'idle');
  return el;
}

export const text = (node: Element | null): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const row = (el: SaasSeatPanel, name: string) =>
  $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === name)!;

export async function type(el: SaasSeatPanel, selector: string, value: string) {
  const input = el.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}
