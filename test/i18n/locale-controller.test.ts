import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController, langOf } from '../../src/i18n/locale-controller.js';
import { resolveLocale } from '../../src/i18n/locales.js';
import { commonMessages } from '../../src/i18n/messages/common.js';

class LocaleProbe extends LitElement {
  t = new LocaleController(this, commonMessages);
  @property({ type: Number }) count = 0;
  renders = 0;
  override render() {
    this.renders++;
    return litHtml`<button>${this.t.msg('action.save')}</button>
      <p>${this.t.msg('page.total', { count: this.count })}</p>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

/** Holds a probe in its shadow root, to test `lang` read through a shadow boundary. */
class LocaleHost extends LitElement {
  override render() {
    return litHtml`<locale-probe></locale-probe>`;
  }
}
customElements.define('locale-host', LocaleHost);

const button = (el: Element) => el.shadowRoot!.querySelector('button')!.textContent.trim();
const total = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent.trim();

async function probeIn(template: ReturnType<typeof html>, selector = 'locale-probe') {
  // fixtureSync: a plain wrapper would make `fixture` wait for an animation frame.
  const root = fixtureSync(template);
  const el = (root.matches(selector) ? root : root.querySelector(selector)) as LocaleProbe;
  await el.updateComplete;
  return { root, el };
}

describe('LocaleController', () => {
  it('reads lang on the element itself', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="pt-BR"></locale-probe>`);
    expect(button(el)).to.equal('Salvar');
    expect(el.t.locale).to.equal('pt-BR');
  });

  it('reads lang on an ancestor', async () => {
    const { el } = await probeIn(
      html`<section lang="es">
        <div><locale-probe></locale-probe></div>
      </section>`,
    );
    expect(button(el)).to.equal('Guardar');
  });

  it('reads lang through a shadow root', async () => {
    const { root } = await probeIn(
      html`<div lang="pt-BR"><locale-host></locale-host></div>`,
      'locale-host',
    );
    const host = root.querySelector<LocaleHost>('locale-host')!;
    await host.updateComplete;
    const probe = host.shadowRoot!.querySelector<LocaleProbe>('locale-probe')!;
    await probe.updateComplete;
    expect(langOf(probe)).to.equal('pt-BR');
    expect(button(probe)).to.equal('Salvar');
  });

  it('re-renders when a lang inside a shadow root changes', async () => {
    const { root } = await probeIn(
      html`<div lang="en"><locale-host></locale-host></div>`,
      'locale-host',
    );
    const host = root.querySelector<LocaleHost>('locale-host')!;
    await host.updateComplete;
    // A wrapper with its own lang inside the host's shadow root, around the probe.
    const wrapper = document.createElement('div');
    const probe = host.shadowRoot!.querySelector<LocaleProbe>('locale-probe')!;
    host.shadowRoot!.insertBefore(wrapper, probe);
    wrapper.append(probe);
    await probe.updateComplete;
    expect(button(probe)).to.equal('Save');
    wrapper.setAttribute('lang', 'pt-BR');
    await waitUntil(
      () => button(probe) === 'Salvar',
      'the probe did not follow the shadow-root lang',
    );
    wrapper.setAttribute('lang', 'es');
    await waitUntil(
      () => button(probe) === 'Guardar',
      'the probe did not follow the second change',
    );
  });

  it('re-renders when a lang changes, on the element or an ancestor', async () => {
    const { root, el } = await probeIn(html`<div lang="en"><locale-probe></locale-probe></div>`);
    expect(button(el)).to.equal('Save');
    root.setAttribute('lang', 'pt-BR');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(button(el)).to.equal('Salvar');

    el.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(button(el)).to.equal('Guardar');

    el.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(button(el)).to.equal('Salvar');
  });

  it('does not re-render for a lang change that keeps the locale', async () => {
    const { root, el } = await probeIn(html`<div lang="pt-BR"><locale-probe></locale-probe></div>`);
    const before = el.renders;
    root.setAttribute('lang', 'pt-PT');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.renders).to.equal(before);
  });

  it('picks plural forms and formats the count in the locale', async () => {
    const { root, el } = await probeIn(html`<div lang="pt-BR"><locale-probe></locale-probe></div>`);
    expect(total(el)).to.equal('Nenhum contato');
    el.count = 1;
    await el.updateComplete;
    expect(total(el)).to.equal('1 contato');
    el.count = 1234;
    await el.updateComplete;
    expect(total(el)).to.equal('1.234 contatos');

    root.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(total(el)).to.equal('1,234 contacts');
    el.count = 1;
    await el.updateComplete;
    expect(total(el)).to.equal('1 contact');
  });

  it('formats dates and lists in the locale, and survives a bad date', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="pt-BR"></locale-probe>`);
    expect(el.t.list(['Ana', 'Bia', 'Carla'])).to.equal('Ana, Bia e Carla');
    expect(el.t.date('2026-03-05T12:00:00Z')).to.contain('2026');
    expect(el.t.date('not a date')).to.equal('');
    expect(el.t.number(1234.5)).to.equal('1.234,5');
  });

  it('falls back by language, then to English', () => {
    expect(resolveLocale('pt')).to.equal('pt-BR');
    expect(resolveLocale('pt-PT')).to.equal('pt-BR');
    expect(resolveLocale('es-AR')).to.equal('es');
    expect(resolveLocale('fr-FR')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
  });
});
