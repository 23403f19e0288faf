import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import {
  badgeStyles,
  controls,
  tokenDefaults,
  tokens,
} from '../../../src/elements/internal/index.js';
import { renderBadge } from '../../../src/elements/internal/badge.js';

class TokenProbe extends LitElement {
  static override styles = [tokens, controls, badgeStyles];
  override render() {
    return litHtml`<button class="btn primary">Save</button>${renderBadge('Active', 'success')}
      <token-probe-inner></token-probe-inner>`;
  }
}
class TokenProbeInner extends LitElement {
  static override styles = [tokens, controls];
  override render() {
    return litHtml`<button class="btn primary">Inner</button>`;
  }
}
customElements.define('token-probe', TokenProbe);
customElements.define('token-probe-inner', TokenProbeInner);

const primaryOf = (host: Element) =>
  getComputedStyle(host.shadowRoot!.querySelector('.btn.primary')!).backgroundColor;
const inner = (host: Element) => host.shadowRoot!.querySelector('token-probe-inner')!;

describe('design tokens', () => {
  it('apply their defaults when nothing is set', async () => {
    const el = await fixture<TokenProbe>(html`<token-probe></token-probe>`);
    expect(primaryOf(el)).to.equal('rgb(29, 78, 216)');
    expect(tokenDefaults['--portico-color-primary']).to.equal('#1d4ed8');
    expect(getComputedStyle(el).fontSize).to.equal('14px');
    await expect(el).to.be.accessible();
  });

  it('take a value set on an ancestor (a page theme or a provider)', async () => {
    // fixtureSync: a plain wrapper would make `fixture` wait for an animation frame.
    const wrapper = fixtureSync(
      html`<div style="--portico-color-primary: rgb(120, 20, 90); --portico-font-size: 16px">
        <token-probe></token-probe>
      </div>`,
    );
    const el = wrapper.querySelector<TokenProbe>('token-probe')!;
    await el.updateComplete;
    expect(primaryOf(el)).to.equal('rgb(120, 20, 90)');
    expect(getComputedStyle(el).fontSize).to.equal('16px');
    // A Portico element nested in another's shadow root follows the same theme.
    await (inner(el) as LitElement).updateComplete;
    expect(primaryOf(inner(el))).to.equal('rgb(120, 20, 90)');
  });

  it('take a value set on the element itself over the ancestor', async () => {
    const wrapper = fixtureSync(
      html`<div style="--portico-color-primary: rgb(120, 20, 90)">
        <token-probe style="--portico-color-primary: rgb(0, 90, 60)"></token-probe>
      </div>`,
    );
    const el = wrapper.querySelector<TokenProbe>('token-probe')!;
    await el.updateComplete;
    expect(primaryOf(el)).to.equal('rgb(0, 90, 60)');
  });
});

class RefusedProbe extends LitElement {
  static override styles = [tokens, controls];
  override render() {
    return litHtml`<button class="btn primary" aria-disabled="true">Add contact</button>
      <button class="btn danger" aria-disabled="true">Delete</button>
`;
  }
}
customElements.define('refused-probe', RefusedProbe);

describe('a refused button (aria-disabled)', () => {
  afterEach(() => resetMouse());

  /** Its colours once any transition has ended. */
  async function colours(el: Element, button: HTMLElement): Promise<string[]> {
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    const style = getComputedStyle(button);
    return [style.backgroundColor, style.color];
  }

  it('keeps its refused look under the pointer, primary and danger alike (its words stay readable)', async () => {
    const el = await fixture<RefusedProbe>(html`<refused-probe></refused-probe>`);
    const [primary, danger] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
    for (const button of [primary!, danger!]) {
      const still = await colours(el, button);
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
      expect(button.matches(':hover'), 'the pointer is on it').to.equal(true);
      expect(await colours(el, button)).to.deep.equal(still);
      await resetMouse();
    }
    // One refused look, whatever the button's kind.
    expect(await colours(el, primary!)).to.deep.equal(await colours(el, danger!));
  });
});
