import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { PortalAdapter } from '../../../src/core/adapter/types.js';
import { PorticoProvider } from '../../../src/elements/portico-provider/portico-provider.js';
import { gated } from '../../helpers/adapters.js';
import { settle, until } from '../../helpers/dom.js';
import {
  contactList,
  csvImporter,
  inviteAccept,
  inviteStatus,
  permissionMatrix,
  saasSeatPanel,
} from '../../conformance/specs.js';
import type { ConformanceSpec } from '../../conformance/suite.js';

/**
 * An element upgraded before its `<portico-provider>` ancestor — its entry imported first, or the
 * page's markup parsed before the provider's tag is defined — still finds the provider once that
 * upgrades, and loads from its adapter; and the other way round. Each case registers fresh tags (a
 * subclass of each), so neither is defined when the markup is parsed.
 */
const specs: ConformanceSpec[] = [
  contactList,
  csvImporter,
  permissionMatrix,
  inviteStatus,
  inviteAccept,
  saasSeatPanel,
] as ConformanceSpec[];

let serial = 0;

/** What the element needs besides an adapter (set before it upgrades, as a host's markup would). */
function prepare(spec: ConformanceSpec, el: HTMLElement): void {
  const props = el as unknown as Record<string, unknown>;
  if (spec.tag !== 'csv-importer' && spec.tag !== 'permission-matrix') props['debounce'] = 0;
  if (spec.tag === 'invite-accept') props['token'] = 'tok-conformance';
  if (spec.tag === 'contact-list') el.style.width = '1100px';
}

/** A page with `<provider-N><tag-N>` in it, neither defined yet; answers the two definers. */
function page(spec: ConformanceSpec, adapter: PortalAdapter) {
  const n = ++serial;
  const providerTag = `late-provider-${n}`;
  const elementTag = `late-${spec.tag}-${n}`;
  const container = fixtureSync<HTMLElement>(html`<div lang="en"></div>`);
  // As the HTML parser builds it: unknown tags, the provider's adapter set before its upgrade.
  container.innerHTML = `<${providerTag}><section><${elementTag}></${elementTag}></section></${providerTag}>`;
  const provider = container.querySelector(providerTag) as HTMLElement & { adapter?: unknown };
  provider.adapter = adapter;
  const el = container.querySelector(elementTag) as LitElement;
  prepare(spec, el);
  const base = customElements.get(spec.tag)!;
  return {
    el,
    provider,
    defineElement: () => customElements.define(elementTag, class extends base {}),
    defineProvider: () => customElements.define(providerTag, class extends PorticoProvider {}),
  };
}

/** Lets the upgraded element settle without a provider (the request it made goes unanswered). */
async function alone(el: LitElement): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('upgrade order: an element and its <portico-provider>', () => {
  for (const spec of specs) {
    describe(`<${spec.tag}>`, () => {
      it('upgraded before its provider, finds it when the provider upgrades and loads from its adapter', async () => {
        const adapter = spec.adapter();
        const { el, provider, defineElement, defineProvider } = page(spec, adapter);
        defineElement();
        await alone(el);
        expect(spec.state(el), 'without a provider yet').to.equal('no-adapter');
        defineProvider();
        // The provider has loaded (or failed to, and provides its adapter alone): the element has it.
        const upgraded = provider as PorticoProvider;
        await until(upgraded, () => upgraded.status === 'ready' || upgraded.status === 'error');
        await settle(el);
        expect(spec.state(el), 'once the provider has upgraded').to.not.equal('no-adapter');
        await until(el, () => spec.state(el) === 'ready');
        expect(spec.state(el)).to.equal('ready');
      });

      it('upgraded after its provider, loads from its adapter', async () => {
        const { el, defineElement, defineProvider } = page(spec, spec.adapter());
        defineProvider();
        defineElement();
        await until(el, () => spec.state(el) === 'ready');
        expect(spec.state(el)).to.equal('ready');
      });

      it('upgraded before a provider whose tag is defined late, then moved into another provider', async () => {
        const first = page(spec, spec.adapter());
        first.defineElement();
        await alone(first.el);
        first.defineProvider();
        await until(first.el, () => spec.state(first.el) === 'ready');
        // A framework re-parents it under another provider (already upgraded).
        const second = page(spec, spec.adapter());
        second.defineProvider();
        second.el.replaceWith(first.el);
        first.provider.remove();
        await until(first.el, () => spec.state(first.el) === 'ready');
        expect(first.el.isConnected).to.equal(true);
        expect(spec.state(first.el)).to.equal('ready');
      });

      it('served by a provider, moved at each step of the first load (the provider’s and its own), recovers', async () => {
        // What a cut-short load leaves behind must be handled: no promise rejected unheard.
        const unheard: unknown[] = [];
        const listener = (event: PromiseRejectionEvent) => {
          unheard.push(event.reason);
          event.preventDefault();
        };
        window.addEventListener('unhandledrejection', listener);
        try {
          await movedAtEachStep(spec);
          await new Promise((resolve) => setTimeout(resolve, 0));
        } finally {
          window.removeEventListener('unhandledrejection', listener);
        }
        expect(unheard.map(String)).to.deep.equal([]);
      });
    });
  }
});

/** Moves the element within its provider at each step of the first load, until it was ready first. */
async function movedAtEachStep(spec: ConformanceSpec): Promise<void> {
  for (let step = 0; ; step++) {
    const gate = gated(spec.adapter());
    const { el, provider, defineElement, defineProvider } = page(spec, gate.adapter);
    defineProvider();
    defineElement();
    let done = false;
    for (let answered = 0; answered < step; answered++) {
      await until(el, () => gate.held.length > 0 || spec.state(el) === 'ready');
      if (spec.state(el) === 'ready') {
        done = true;
        break;
      }
      gate.releaseOne();
    }
    // A framework re-parents it, inside the same provider: out of the page and back in at once.
    el.remove();
    provider.append(el);
    gate.open();
    await until(el, () => spec.state(el) === 'ready');
    expect(spec.state(el), `moved after ${step} answers`).to.equal('ready');
    provider.parentElement!.remove();
    if (done) break;
  }
}
