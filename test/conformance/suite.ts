import { expect, fixtureSync, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { PortalAdapter } from '../../src/core/adapter/types.js';
import type { PorticoEventName } from '../../src/events.js';
import type { CatalogueSource } from '../../src/i18n/catalogue.js';
import { gated, offline } from '../helpers/adapters.js';
import { until } from '../helpers/dom.js';
import { leftovers, rawKeys, visibleStrings } from '../helpers/words.js';

/** What the element shows: its four states, or something else on its way. */
export type ElementState = 'no-adapter' | 'loading' | 'error' | 'ready' | 'other';

/** A node of Chromium's accessibility tree, as the test runner hands it over. */
interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

/**
 * How the conformance suite drives one public tag. Each new element writes one of these and adds
 * one line, `runConformance(spec)`, to `elements.test.ts`.
 */
export interface ConformanceSpec<E extends LitElement = LitElement> {
  tag: string;
  /** The words it speaks (to tell the previous locale's words apart after a switch). */
  catalogue: CatalogueSource<string>;
  /** A fresh backend's adapter, signed in as someone who may use every control. */
  adapter(): PortalAdapter;
  /** A new element (not attached yet) on `adapter`, or with none. */
  create(adapter: PortalAdapter | undefined): E;
  /** Which state the element shows now. */
  state(el: E): ElementState;
  /**
   * The main controls of the ready state as Chromium's accessibility tree has them (its "interesting"
   * nodes: controls, headings, landmarks, live regions and their text — not plain containers), in
   * English.
   */
  controls: { role: string; name: string | RegExp }[];
  /** Changes a host makes to its properties and attributes: none may fire an event. */
  properties(el: E): void | Promise<void>;
  /** A person's act and the domain event it fires (which must bubble and cross shadow roots). */
  act: { event: PorticoEventName; run(el: E): void | Promise<void> };
}

/** Every Portico event name (the map's keys): a name missing here does not compile. */
const eventNames: Record<PorticoEventName, true> = {
  'portico-selection-change': true,
  'portico-query-change': true,
  'portico-contact-saved': true,
  'portico-contact-removed': true,
  'portico-contact-delete-request': true,
  'portico-contact-transition-request': true,
  'portico-contact-transfer-request': true,
  'portico-bulk-request': true,
  'portico-permissions-save-request': true,
  'portico-permissions-saved': true,
  'portico-permissions-discard-request': true,
  'portico-import-request': true,
  'portico-import-progress': true,
  'portico-import-done': true,
  'portico-session-change': true,
  'portico-session-stale': true,
  'portico-error': true,
  'portico-invitation-request': true,
  'portico-invitation-changed': true,
  'portico-invitation-template-request': true,
  'portico-invitation-template-changed': true,
  'portico-invitation-settings-request': true,
  'portico-invitation-settings-changed': true,
  'portico-saas-user-request': true,
  'portico-saas-user-changed': true,
  'portico-signin-provider-request': true,
  'portico-invitation-accepted': true,
  'portico-account-activated': true,
};

/** Holds an element in its shadow root, as a framework's component would. */
class ConformanceHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
if (!customElements.get('conformance-host'))
  customElements.define('conformance-host', ConformanceHost);

/** Attaches `el` to the page in a fresh container (with `lang`), and returns the container. */
function attach(el: Element, lang = 'en'): HTMLElement {
  const container = fixtureSync<HTMLElement>(html`<div lang=${lang}></div>`);
  container.append(el);
  return container;
}

/** Runs the element conformance suite against `spec.tag`. */
export function runConformance<E extends LitElement>(spec: ConformanceSpec<E>): void {
  const stateOf = (el: E) => spec.state(el);
  const reaches = async (el: E, state: ElementState) => {
    await until(el, () => stateOf(el) === state);
    expect(stateOf(el)).to.equal(state);
  };
  const ready = async (adapter = spec.adapter(), lang = 'en') => {
    const el = spec.create(adapter);
    attach(el, lang);
    await reaches(el, 'ready');
    return el;
  };

  describe(`<${spec.tag}> conformance`, () => {
    describe('states, each accessible', () => {
      it('no adapter', async () => {
        const el = spec.create(undefined);
        attach(el);
        await reaches(el, 'no-adapter');
        await expect(el).to.be.accessible();
      });

      it('loading', async () => {
        const gate = gated(spec.adapter());
        const el = spec.create(gate.adapter);
        attach(el);
        await reaches(el, 'loading');
        await expect(el).to.be.accessible();
      });

      it('error', async () => {
        const el = spec.create(offline(spec.adapter()));
        attach(el);
        await reaches(el, 'error');
        await expect(el).to.be.accessible();
      });

      it('ready', async () => {
        const el = await ready();
        // Colours ease in once the session says what is allowed (a button turning enabled): axe reads
        // the colours they land on.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await Promise.all(el.shadowRoot?.getAnimations().map((a) => a.finished) ?? []);
        await expect(el).to.be.accessible();
      });
    });

    it('has its main controls in the accessibility tree, each with its role and name', async () => {
      await ready();
      // The whole page's tree (a host element has no node of its own): it holds only this element.
      const tree = (await a11ySnapshot({})) as unknown as AxNode;
      for (const control of spec.controls) {
        const found = findAccessibilityNode<AxNode>(
          tree as AxNode & { children: AxNode[] },
          (node) =>
            node.role === control.role &&
            (typeof control.name === 'string'
              ? node.name === control.name
              : control.name.test(node.name)),
        );
        expect(found, `${control.role} "${String(control.name)}"`).to.not.equal(null);
      }
    });

    it('fires no event for a change a host makes to its properties', async () => {
      const el = await ready();
      const heard: string[] = [];
      for (const name of Object.keys(eventNames)) {
        el.addEventListener(name, () => heard.push(name));
      }
      await spec.properties(el);
      await until(el, () => stateOf(el) === 'ready');
      expect(heard).to.deep.equal([]);
    });

    it(`fires ${spec.act.event} bubbling out of shadow roots (composed)`, async () => {
      const host = fixtureSync<ConformanceHost>(
        html`<conformance-host lang="en"></conformance-host>`,
      );
      const el = spec.create(spec.adapter());
      host.shadowRoot!.append(el);
      await reaches(el, 'ready');
      const heard: Event[] = [];
      const listener = (event: Event) => heard.push(event);
      document.addEventListener(spec.act.event, listener);
      try {
        await spec.act.run(el);
        await until(el, () => heard.length > 0);
      } finally {
        document.removeEventListener(spec.act.event, listener);
      }
      const [event] = heard;
      expect(event).to.be.instanceOf(CustomEvent);
      expect(event!.bubbles, 'bubbles').to.equal(true);
      expect(event!.composed, 'composed').to.equal(true);
      expect(event!.cancelable, 'cancelable when a request').to.equal(
        spec.act.event.endsWith('-request'),
      );
      // Seen from the page, the event comes from the component that holds the element.
      expect(event!.target).to.equal(host);
    });

    it('re-renders every string in the new locale when `lang` changes (none of the old left)', async () => {
      const el = await ready();
      const english = await spec.catalogue.load('en');
      const portuguese = await spec.catalogue.load('pt-BR');
      const before = visibleStrings(el);
      expect(
        leftovers(before, { locale: 'en', words: english }, portuguese).length,
      ).to.be.greaterThan(0);
      el.parentElement!.setAttribute('lang', 'pt-BR');
      await el.updateComplete;
      await until(el, () => stateOf(el) === 'ready');
      const after = visibleStrings(el);
      expect(leftovers(after, { locale: 'en', words: english }, portuguese)).to.deep.equal([]);
      expect(rawKeys(after, portuguese)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    describe('disconnected and attached again at any moment, it recovers', () => {
      it('moved within the page (removed and attached again at once) at each step of its first load', async () => {
        for (let step = 0; ; step++) {
          const gate = gated(spec.adapter());
          const el = spec.create(gate.adapter);
          const first = attach(el);
          let done = false;
          for (let answered = 0; answered < step; answered++) {
            await until(el, () => gate.held.length > 0 || stateOf(el) === 'ready');
            if (stateOf(el) === 'ready') {
              done = true;
              break;
            }
            gate.releaseOne();
          }
          // A framework re-parents it: out of the page and back in, in one go.
          el.remove();
          const second = attach(el);
          expect(el.parentElement).to.equal(second);
          gate.open();
          await reaches(el, 'ready');
          // Out of the way of the next step's element (a list renders only rows in view).
          first.remove();
          second.remove();
          // Every step of the load has been cut once: the element was ready before this one.
          if (done) break;
        }
      });

      it('removed mid-load, left out while the load would have ended, then attached again', async () => {
        const gate = gated(spec.adapter());
        const el = spec.create(gate.adapter);
        attach(el);
        await until(el, () => gate.held.length > 0);
        el.remove();
        gate.open();
        // Whatever it was asking was aborted; nothing more happens while it is out of the page.
        await new Promise((resolve) => setTimeout(resolve));
        attach(el);
        await reaches(el, 'ready');
      });

      it('removed and attached again once ready: still ready, without loading its session again', async () => {
        const gate = gated(spec.adapter());
        const el = spec.create(gate.adapter);
        attach(el);
        gate.open();
        await reaches(el, 'ready');
        const calls = gate.calls.length;
        el.remove();
        attach(el);
        await el.updateComplete;
        expect(stateOf(el)).to.equal('ready');
        await expect(el).to.be.accessible();
        expect(gate.calls.slice(calls)).to.not.include('session.current');
      });
    });
  });
}
