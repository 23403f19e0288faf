import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { FocusKeeper } from '../../src/controllers/focus-keeper.js';
import {
  DialogController,
  ToastController,
  controls,
  dialogStyles,
  tokens,
} from '../../src/elements/internal/index.js';

/**
 * An element with the three ways a render takes focus away — a row's button, a dialog whose opener
 * went with its row, a toast's close button — and one keeper that sends focus to the search.
 */
class KeeperProbe extends LitElement {
  static override styles = [tokens, controls, dialogStyles];
  @state() rows = ['a', 'b'];
  readonly toasts = new ToastController(this);
  readonly keeper: FocusKeeper = new FocusKeeper(this, () =>
    this.dialog.isOpen ? null : this.renderRoot.querySelector<HTMLElement>('#search'),
  );
  readonly dialog = new DialogController(this, () => this.renderRoot.querySelector('dialog'), {
    keeper: this.keeper,
  });
  override render() {
    return litHtml`<input id="search" aria-label="Search" />
      <ul>
        ${repeat(
          this.rows,
          (id) => id,
          (id) => litHtml`<li data-id=${id}>
            <button class="act" @click=${(e: Event) => this.dialog.open(e.currentTarget as HTMLElement)}>
              Delete ${id}
            </button>
          </li>`,
        )}
      </ul>
      <button id="other">Other</button>
      <dialog aria-labelledby="title">
        <h2 id="title">Delete</h2>
        <button id="close" @click=${() => this.dialog.close()}>Close</button>
      </dialog>
      ${this.toasts.render('Close message')}`;
  }
}
customElements.define('keeper-probe', KeeperProbe);

const q = <T extends HTMLElement>(el: KeeperProbe, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const focused = (el: KeeperProbe) => el.shadowRoot!.activeElement;

describe('FocusKeeper', () => {
  it('a row that takes its focused button away: focus goes home, not to the page', async () => {
    const el = await fixture<KeeperProbe>(html`<keeper-probe></keeper-probe>`);
    q(el, '[data-id="a"] .act').focus();
    el.rows = ['b'];
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('search');
    await expect(el).to.be.accessible();
  });

  it('a dialog whose opener went with its row closes: focus goes home (the one fallback)', async () => {
    const el = await fixture<KeeperProbe>(html`<keeper-probe></keeper-probe>`);
    q(el, '[data-id="a"] .act').click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('close');
    el.rows = ['b'];
    await el.updateComplete;
    // The dialog keeps focus while it is open.
    expect(focused(el)?.id).to.equal('close');
    el.dialog.close();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('search');
    expect(document.activeElement).to.equal(el);
  });

  it('a dialog whose opener went away closes: focus the browser restores does not win over home', async () => {
    const el = await fixture<KeeperProbe>(html`<keeper-probe></keeper-probe>`);
    // Focus before the dialog opened: the browser puts it back there when a modal closes.
    q(el, '#other').focus();
    q(el, '[data-id="a"] .act').click();
    await el.updateComplete;
    el.rows = ['b'];
    await el.updateComplete;
    el.dialog.close();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('search');
  });

  it('a dialog whose opener is still there gives focus back to it, not home', async () => {
    const el = await fixture<KeeperProbe>(html`<keeper-probe></keeper-probe>`);
    const opener = q(el, '[data-id="b"] .act');
    opener.click();
    await el.updateComplete;
    el.dialog.close();
    await el.updateComplete;
    expect(focused(el)).to.equal(opener);
  });

  it('a toast closed by its own button: focus goes home', async () => {
    const el = await fixture<KeeperProbe>(html`<keeper-probe></keeper-probe>`);
    el.toasts.show('Saved', 'success', 0);
    await el.updateComplete;
    const close = q(el, '[data-toast] .toast-close');
    close.focus();
    close.click();
    await el.updateComplete;
    expect(el.toasts.toasts).to.have.length(0);
    expect(focused(el)?.id).to.equal('search');
  });

  it('leaves focus where the person moved it', async () => {
    const el = await fixture<KeeperProbe>(html`<keeper-probe></keeper-probe>`);
    q(el, '[data-id="a"] .act').focus();
    q(el, '#other').focus();
    el.rows = ['b'];
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('other');
  });
});
