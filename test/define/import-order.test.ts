import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { until } from '../helpers/dom.js';
import { pin, world } from '../helpers/world.js';

/**
 * The per-element entries imported before the provider's, as a page that loads
 * `@portico/elements/define/contact-list` (and the others) first and `…/define/provider` last: the
 * markup is parsed with no tag defined, each element upgrades on its own entry and asks for a
 * provider that is not there yet, and once the provider's entry is imported every element finds it
 * and loads from its adapter. On this test file's own page, nothing is registered before it.
 */
const ready: Record<string, string> = {
  'contact-list': '[role="grid"] [role="row"][data-id]',
  'csv-importer': 'section h2',
  'permission-matrix': '[role="tabpanel"]',
  'invite-status': 'table[part="table"]',
  'saas-seat-panel': 'table[part="table"]',
};
const tags = Object.keys(ready);
const entries = [
  () => import('../../src/define/contact-list.js'),
  () => import('../../src/define/csv-importer.js'),
  () => import('../../src/define/permission-matrix.js'),
  () => import('../../src/define/invite-status.js'),
  () => import('../../src/define/saas-seat-panel.js'),
];

describe('entry import order', () => {
  it('elements imported before the provider find it once its entry is imported, and load', async () => {
    expect(tags.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    expect(customElements.get('portico-provider')).to.equal(undefined);
    const page = fixtureSync<HTMLElement>(html`<div lang="en"></div>`);
    page.innerHTML = `<portico-provider><main>${tags.map((tag) => `<${tag} debounce="0"></${tag}>`).join('')}</main></portico-provider>`;
    const provider = page.querySelector('portico-provider') as HTMLElement & { adapter?: unknown };
    provider.adapter = world({ prepare: pin }).as('generalAdmin');
    for (const load of entries) await load();
    const elements = tags.map((tag) => page.querySelector(tag) as LitElement);
    for (const el of elements) {
      expect(customElements.get(el.localName), el.localName).to.not.equal(undefined);
      await el.updateComplete;
    }
    // The provider's entry last: every element already upgraded finds it now.
    await import('../../src/define/provider.js');
    for (const el of elements) {
      await until(el, () => el.shadowRoot!.querySelector(ready[el.localName]!));
      expect(el.shadowRoot!.querySelector(ready[el.localName]!), el.localName).to.not.equal(null);
    }
  });
});
