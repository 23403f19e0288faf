import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { state } from 'lit/decorators.js';
import {
  DialogController,
  controls,
  dialogStyles,
  renderField,
  tokens,
} from '../../../src/elements/internal/index.js';

class DialogProbe extends LitElement {
  static override styles = [tokens, controls, dialogStyles];
  @state() showDialog = true;
  closedWith: string[] = [];
  dialog = new DialogController(this, () => this.renderRoot.querySelector('dialog'), {
    onClose: (value) => this.closedWith.push(value),
  });
  override render() {
    return litHtml`<button id="opener" class="btn" @click=${(e: Event) => this.dialog.open(e.currentTarget as HTMLElement)}>
        Edit contact
      </button>
      <button id="other" class="btn">Other</button>
      ${
        this.showDialog
          ? litHtml`<dialog aria-labelledby="title">
            <div class="dialog-header"><h2 id="title">Edit contact</h2></div>
            <div class="dialog-body">
              ${renderField({ id: 'name', label: 'Full name', value: 'Ana' })}
            </div>
            <div class="dialog-actions">
              <button id="cancel" class="btn" @click=${() => this.dialog.close('cancel')}>Cancel</button>
            </div>
          </dialog>`
          : ''
      }`;
  }
}
customElements.define('dialog-probe', DialogProbe);

const q = <T extends Element>(el: DialogProbe, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const focused = (el: DialogProbe) => el.shadowRoot!.activeElement;

describe('DialogController', () => {
  it('opens as a modal, focuses the first field, and gives focus back on close', async () => {
    const el = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    const opener = q<HTMLButtonElement>(el, '#opener');
    opener.focus();
    opener.click();
    expect(el.dialog.isOpen).to.be.true;
    expect(q<HTMLDialogElement>(el, 'dialog').matches(':modal')).to.be.true;
    expect(focused(el)?.id).to.equal('name');
    await expect(el).to.be.accessible();

    q<HTMLButtonElement>(el, '#cancel').click();
    expect(el.dialog.isOpen).to.be.false;
    expect(focused(el)).to.equal(opener);
    expect(el.closedWith).to.deep.equal(['cancel']);
  });

  it('defaults the opener to the focused element, and Escape closes', async () => {
    const el = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    const other = q<HTMLButtonElement>(el, '#other');
    other.focus();
    el.dialog.open();
    const dialog = q<HTMLDialogElement>(el, 'dialog');
    // What Escape does: the close watcher fires `cancel`, then closes the dialog.
    (dialog as HTMLDialogElement & { requestClose(): void }).requestClose();
    await Promise.resolve();
    expect(el.dialog.isOpen).to.be.false;
    expect(focused(el)).to.equal(other);
  });

  it('prefers an [autofocus] control', async () => {
    const el = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    q<HTMLButtonElement>(el, '#cancel').setAttribute('autofocus', '');
    el.dialog.open();
    expect(focused(el)?.id).to.equal('cancel');
    el.dialog.close();
  });

  it('opens a dialog that is rendered only after open() was called', async () => {
    const el = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    el.showDialog = false;
    await el.updateComplete;
    el.dialog.open(q<HTMLButtonElement>(el, '#opener'));
    expect(el.dialog.isOpen).to.be.false;
    el.showDialog = true;
    await el.updateComplete;
    expect(el.dialog.isOpen).to.be.true;
    expect(focused(el)?.id).to.equal('name');
    el.dialog.close();
  });
});
