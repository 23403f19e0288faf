import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ToastController, tokens } from '../../../src/elements/internal/index.js';

class ToastProbe extends LitElement {
  static override styles = [tokens];
  toasts = new ToastController(this);
  override render() {
    return litHtml`<p>Contacts</p>${this.toasts.render('Dismiss message')}`;
  }
}
customElements.define('toast-probe', ToastProbe);

const region = (el: ToastProbe) => el.shadowRoot!.querySelector('[role="status"]')!;
const toasts = (el: ToastProbe) => [...el.shadowRoot!.querySelectorAll('.toast')];

describe('ToastController', () => {
  it('announces messages in a polite live region that is there before any message', async () => {
    const el = await fixture<ToastProbe>(html`<toast-probe></toast-probe>`);
    expect(region(el).getAttribute('aria-live')).to.equal('polite');
    expect(toasts(el)).to.have.length(0);

    el.toasts.show('Registro salvo com sucesso!');
    await el.updateComplete;
    expect(region(el).textContent).to.contain('Registro salvo com sucesso!');
    expect(toasts(el)[0]!.getAttribute('role')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks errors as alerts', async () => {
    const el = await fixture<ToastProbe>(html`<toast-probe></toast-probe>`);
    el.toasts.show('Could not reach the server.', 'error');
    await el.updateComplete;
    expect(toasts(el)[0]!.getAttribute('role')).to.equal('alert');
  });

  it('renders the message as text, never as HTML', async () => {
    const el = await fixture<ToastProbe>(html`<toast-probe></toast-probe>`);
    el.toasts.show('<img src=x onerror="window.pwned=1"> saved', 'info');
    await el.updateComplete;
    expect(region(el).querySelector('img')).to.equal(null);
    expect(region(el).textContent).to.contain('<img src=x');
  });

  it('closes by its named close button, and by itself after the timeout', async () => {
    const el = await fixture<ToastProbe>(html`<toast-probe></toast-probe>`);
    el.toasts.show('Sticky', 'info', 0);
    el.toasts.show('Short-lived', 'success', 10);
    await el.updateComplete;
    expect(toasts(el)).to.have.length(2);
    await waitUntil(() => toasts(el).length === 1);
    expect(region(el).textContent).to.contain('Sticky');

    const close = toasts(el)[0]!.querySelector('button')!;
    expect(close.getAttribute('aria-label')).to.equal('Dismiss message');
    close.click();
    await el.updateComplete;
    expect(toasts(el)).to.have.length(0);
  });

  it('keeps a toast while the pointer is on it', async () => {
    const el = await fixture<ToastProbe>(html`<toast-probe></toast-probe>`);
    el.toasts.show('Read me', 'success', 20);
    await el.updateComplete;
    // Synthetic events: a page the runner keeps in the background gets no real pointer or focus.
    region(el).dispatchEvent(new PointerEvent('pointerenter'));
    await aTimeout(60);
    await el.updateComplete;
    expect(toasts(el)).to.have.length(1);
    region(el).dispatchEvent(new PointerEvent('pointerleave'));
    await waitUntil(() => toasts(el).length === 0);
  });

  it('keeps a toast while focus is in it', async () => {
    const el = await fixture<ToastProbe>(html`<toast-probe></toast-probe>`);
    el.toasts.show('Read me', 'success', 20);
    await el.updateComplete;
    const close = toasts(el)[0]!.querySelector('button')!;
    close.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await aTimeout(60);
    await el.updateComplete;
    expect(toasts(el)).to.have.length(1);
    close.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await waitUntil(() => toasts(el).length === 0);
  });

  it('ignores an unknown id', async () => {
    const el = await fixture<ToastProbe>(html`<toast-probe></toast-probe>`);
    const id = el.toasts.show('One', 'info', 0);
    el.toasts.dismiss(id + 100);
    await el.updateComplete;
    expect(toasts(el)).to.have.length(1);
  });
});
