import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { tipStyles, tokens, whyDisabled } from '../../../src/elements/internal/index.js';

/** A refused act whose anchor sits at the left edge of the window (a phone's first button). */
class TipProbe extends LitElement {
  static override properties = { placement: {} };
  static override styles = [tokens, tipStyles];
  placement: 'end' | 'center' = 'end';
  override render() {
    const act = whyDisabled({
      id: 'why',
      reason:
        'Only a general admin can do this: ask the administrator of your company to give you the permission first.',
      press: () => {},
      placement: this.placement,
    });
    return litHtml`<span class="has-tip" style="position: fixed; left: 4px; top: 40px">
      <button type="button" aria-disabled=${act.ariaDisabled} aria-describedby=${act.describedBy}
        @click=${act.onClick}>Add</button>${act.tip}</span>`;
  }
}
customElements.define('tip-probe', TipProbe);

describe('whyDisabled tips', () => {
  for (const placement of ['end', 'center'] as const) {
    it(`open inside the window when their anchor is at its edge (${placement})`, async () => {
      const el = await fixture<TipProbe>(html`<tip-probe .placement=${placement}></tip-probe>`);
      const button = el.shadowRoot!.querySelector('button')!;
      const tip = el.shadowRoot!.querySelector<HTMLElement>('.tip')!;
      button.focus();
      await nextFrame();
      await nextFrame();
      const box = tip.getBoundingClientRect();
      expect(box.width, 'the tip shows').to.be.greaterThan(100);
      expect(box.left, 'left edge in the window').to.be.at.least(0);
      expect(box.right, 'right edge in the window').to.be.at.most(
        document.documentElement.clientWidth,
      );
      expect(button.getAttribute('aria-describedby')).to.equal('why');
    });
  }
});

/** A refused act at the left of a scrolling box that does not start at the window's edge (a phone's card). */
class ClippedTipProbe extends LitElement {
  static override styles = [tokens, tipStyles];
  static override properties = { low: { type: Boolean } };
  /** The act at the bottom of the box (the last card in view). */
  low = false;
  override render() {
    const act = whyDisabled({
      id: 'why',
      reason: 'You can edit only your own contact',
      press: () => {},
    });
    return litHtml`<div class="box" style="position: fixed; left: 60px; top: 20px; width: 220px; height: 160px; overflow: auto">
      <span class="has-tip" style="display: inline-block; margin: ${this.low ? 124 : 40}px 0 0 4px">
        <button type="button" aria-disabled=${act.ariaDisabled} aria-describedby=${act.describedBy}
          @click=${act.onClick}>Edit contact</button>${act.tip}</span>
    </div>`;
  }
}
customElements.define('clipped-tip-probe', ClippedTipProbe);

/** Focuses the probe's refused act; answers where its tip shows, the scrolling box and the act. */
async function focusedTip(low: boolean): Promise<{ shown: DOMRect; box: DOMRect; act: DOMRect }> {
  const el = await fixture<ClippedTipProbe>(
    html`<clipped-tip-probe ?low=${low}></clipped-tip-probe>`,
  );
  const button = el.shadowRoot!.querySelector('button')!;
  button.focus();
  await nextFrame();
  await nextFrame();
  return {
    shown: el.shadowRoot!.querySelector('.tip')!.getBoundingClientRect(),
    box: el.shadowRoot!.querySelector('.box')!.getBoundingClientRect(),
    act: button.getBoundingClientRect(),
  };
}

describe('whyDisabled tips in a scrolling box', () => {
  it('open inside the box that would clip them, not only inside the window', async () => {
    const { shown, box } = await focusedTip(false);
    expect(shown.width, 'the tip shows').to.be.greaterThan(100);
    expect(shown.left, 'left edge in the box').to.be.at.least(box.left);
    expect(shown.right, 'right edge in the box').to.be.at.most(box.right);
  });

  it('open above their act when the box has no room below it', async () => {
    const { shown, box, act } = await focusedTip(true);
    expect(shown.height, 'the tip shows').to.be.greaterThan(10);
    expect(shown.top, 'top edge in the box').to.be.at.least(box.top);
    expect(shown.bottom, 'bottom edge in the box').to.be.at.most(box.bottom);
    expect(shown.bottom, 'above the act').to.be.at.most(act.top);
  });
});
