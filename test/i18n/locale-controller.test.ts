import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  catalogue,
  defineMessages,
  lazyMessages,
  plural,
  preloadLocale,
  type Catalogue,
} from '../../src/i18n/catalogue.js';
import { LocaleController, langOf } from '../../src/i18n/locale-controller.js';
import { resolveLocale, type Locale } from '../../src/i18n/locales.js';
import { commonMessages } from '../../src/i18n/messages/common.js';

/** Words held in memory, with a plural that has its own form for zero. */
const probeMessages = defineMessages({
  en: {
    save: 'Save',
    total: (p, r) =>
      Number(p.count) === 0
        ? 'No contacts'
        : plural(Number(p.count), r, { one: '# contact', other: '# contacts' }),
  },
  'pt-BR': {
    save: 'Salvar',
    total: (p, r) =>
      Number(p.count) === 0
        ? 'Nenhum contato'
        : plural(Number(p.count), r, { one: '# contato', other: '# contatos' }),
  },
  es: {
    save: 'Guardar',
    total: (p, r) =>
      Number(p.count) === 0
        ? 'Ningún contacto'
        : plural(Number(p.count), r, { one: '# contacto', other: '# contactos' }),
  },
});

/** A stand-in for a Portico element: `updateComplete` waits for its words (here in memory). */
class LocaleProbe extends LitElement {
  t = new LocaleController(this, probeMessages);
  @property({ type: Number }) count = 0;
  renders = 0;
  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }
  override render() {
    if (!this.t.loaded) return nothing;
    this.renders++;
    return litHtml`<button>${this.t.msg('save')}</button>
      <p>${this.t.msg('total', { count: this.count })}</p>`;
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
    await el.updateComplete;
    expect(button(el)).to.equal('Salvar');

    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(button(el)).to.equal('Guardar');

    el.removeAttribute('lang');
    await el.updateComplete;
    expect(button(el)).to.equal('Salvar');
  });

  it('does not re-render for a lang change that keeps the locale', async () => {
    const { root, el } = await probeIn(html`<div lang="pt-BR"><locale-probe></locale-probe></div>`);
    const before = el.renders;
    root.setAttribute('lang', 'pt-PT');
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

/** A lazy topic whose loads are counted and answered by hand (a network that the test drives). */
function gatedTopic() {
  const words: Record<Locale, Catalogue<'hello'>> = {
    en: { hello: 'Hello' },
    'pt-BR': { hello: 'Olá' },
    es: { hello: 'Hola' },
  };
  const asked: Locale[] = [];
  const answers = new Map<Locale, { resolve: () => void; reject: () => void }>();
  const loader = (locale: Locale) => () => {
    asked.push(locale);
    return new Promise<{ default: Catalogue<'hello'> }>((resolve, reject) =>
      answers.set(locale, {
        resolve: () => resolve({ default: words[locale] }),
        reject: () => reject(new Error(`chunk ${locale} failed`)),
      }),
    );
  };
  const topic = lazyMessages<'hello'>({
    en: loader('en'),
    'pt-BR': loader('pt-BR'),
    es: loader('es'),
  });
  const source = catalogue(topic);
  return {
    source,
    asked,
    answer: (locale: Locale) => answers.get(locale)!.resolve(),
    fail: (locale: Locale) => answers.get(locale)!.reject(),
  };
}

let probes = 0;
/** Defines an element that speaks `source` (a fresh tag per test). */
function probeOf(source: ReturnType<typeof gatedTopic>['source']): string {
  const tag = `gated-probe-${++probes}`;
  customElements.define(
    tag,
    class extends LitElement {
      t = new LocaleController(this, source);
      protected override getUpdateComplete(): Promise<boolean> {
        return this.t.settle(() => super.getUpdateComplete());
      }
      override render() {
        return this.t.loaded ? litHtml`<span>${this.t.msg('hello')}</span>` : nothing;
      }
    },
  );
  return tag;
}

type Gated = LitElement & { t: LocaleController<'hello'> };
const said = (el: Element) => el.shadowRoot!.textContent.trim();

function mountGated(tag: string, lang: string): Gated {
  const el = document.createElement(tag) as Gated;
  el.setAttribute('lang', lang);
  fixtureSync(html`<div></div>`).append(el);
  return el;
}

describe('LocaleController — words on demand', () => {
  it('loads only the catalogue of the locale in use, and shows no key while it loads', async () => {
    const gated = gatedTopic();
    const el = mountGated(probeOf(gated.source), 'pt-BR');
    await waitUntil(() => gated.asked.length > 0, 'the catalogue is asked for');
    expect(gated.asked).to.deep.equal(['pt-BR']);
    expect(el.t.loaded).to.equal(false);
    expect(said(el), 'nothing, not a key').to.equal('');
    gated.answer('pt-BR');
    await el.updateComplete;
    expect(said(el)).to.equal('Olá');
    expect(gated.asked).to.deep.equal(['pt-BR']);
  });

  it('keeps the previous words until the new locale has arrived, then re-renders once', async () => {
    const gated = gatedTopic();
    const el = mountGated(probeOf(gated.source), 'pt-BR');
    gated.answer('pt-BR');
    await el.updateComplete;
    el.setAttribute('lang', 'es');
    await waitUntil(() => gated.asked.includes('es'), 'Spanish is asked for');
    expect(el.t.loading).to.equal(true);
    expect(el.t.requested).to.equal('es');
    expect(el.t.locale).to.equal('pt-BR');
    expect(said(el)).to.equal('Olá');
    gated.answer('es');
    await el.t.ready;
    await el.updateComplete;
    expect(said(el)).to.equal('Hola');
    expect(el.t.locale).to.equal('es');
  });

  it('serves a second element from memory: it renders on its first update', async () => {
    const gated = gatedTopic();
    const tag = probeOf(gated.source);
    const first = mountGated(tag, 'en');
    await waitUntil(() => gated.asked.length > 0);
    gated.answer('en');
    await first.updateComplete;
    const second = mountGated(tag, 'en');
    expect(second.t.loaded, 'in memory at once').to.equal(true);
    await second.updateComplete;
    expect(said(second)).to.equal('Hello');
    expect(gated.asked).to.deep.equal(['en']);
  });

  it('keeps its words when a locale fails to load, and falls back to English when it has none', async () => {
    const gated = gatedTopic();
    const tag = probeOf(gated.source);
    const el = mountGated(tag, 'es');
    await waitUntil(() => gated.asked.includes('es'));
    gated.fail('es');
    await waitUntil(() => gated.asked.includes('en'), 'English is asked for instead');
    gated.answer('en');
    await el.updateComplete;
    expect(said(el)).to.equal('Hello');
    expect(el.t.locale).to.equal('en');
    el.setAttribute('lang', 'pt-BR');
    await waitUntil(() => gated.asked.includes('pt-BR'));
    gated.fail('pt-BR');
    await el.updateComplete;
    expect(said(el), 'the words shown stay').to.equal('Hello');
    expect(el.t.error).to.be.an('error');
  });

  it('preloadLocale fetches a locale for every catalogue of the page before an element asks', async () => {
    const gated = gatedTopic();
    const tag = probeOf(gated.source);
    // Other catalogues of the page are asked too (those of earlier tests may never answer).
    void preloadLocale('es');
    expect(gated.asked).to.deep.equal(['es']);
    gated.answer('es');
    await gated.source.load('es');
    const el = mountGated(tag, 'es');
    expect(el.t.loaded, 'in memory before the element connected').to.equal(true);
    await el.updateComplete;
    expect(said(el)).to.equal('Hola');
    expect(gated.asked).to.deep.equal(['es']);
  });
});

/** Speaks a real topic of the library, loaded on demand like the elements'. */
class CommonProbe extends LitElement {
  t = new LocaleController(this, commonMessages);
  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }
  override render() {
    return this.t.loaded ? litHtml`<span>${this.t.msg('status.active')}</span>` : nothing;
  }
}
customElements.define('common-probe', CommonProbe);

describe('LocaleController — a library topic', () => {
  it('loads the words of the locale in use before `updateComplete` resolves', async () => {
    const el = await fixture<CommonProbe>(html`<common-probe lang="pt-BR"></common-probe>`);
    expect(said(el)).to.equal('Ativo');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(said(el)).to.equal('Activo');
  });
});
