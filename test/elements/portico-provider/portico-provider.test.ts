import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { localeContext } from '../../../src/context/keys.js';
import { PortalController } from '../../../src/controllers/portal-controller.js';
import type { PortalAdapter, Session } from '../../../src/core/adapter/types.js';
import type { Contact } from '../../../src/core/model/index.js';
import { defaultPolicy } from '../../../src/core/permissions/index.js';
import { PorticoProvider } from '../../../src/elements/portico-provider/portico-provider.js';
import { tokens } from '../../../src/elements/internal/styles.js';
import { LocaleController } from '../../../src/i18n/locale-controller.js';
import { commonMessages } from '../../../src/i18n/messages/common.js';

if (!customElements.get('portico-provider'))
  customElements.define('portico-provider', PorticoProvider);

/** A stand-in for a Portico element: shows who it sees signed in and what they may do. */
class SessionProbe extends LitElement {
  static override styles = tokens;
  @property({ attribute: false }) adapter: PortalAdapter | undefined;
  portal = new PortalController(this);
  t = new LocaleController(this, commonMessages);
  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }
  override render() {
    const actor = this.portal.actor;
    const canGrant = actor && this.portal.engine?.can(actor, 'grant-permissions');
    return litHtml`<p>${actor?.name ?? '—'}</p>
      <p class="grant">${canGrant ? 'can grant' : 'cannot grant'}</p>
      <button>${this.t.msg('status.active')}</button>`;
  }
}
customElements.define('session-probe', SessionProbe);

/** Reads the locale the provider hands down through context. */
class LocaleContextProbe extends LitElement {
  locale = new ContextConsumer(this, { context: localeContext, subscribe: true });
}
customElements.define('locale-context-probe', LocaleContextProbe);

function contact(id: string, name: string, role: string): Contact {
  return {
    id,
    companyId: 'acme',
    name,
    email: `${id}@example.com`,
    country: 'BR',
    document: { type: 'cpf', number: '52998224725' },
    phone: { countryCode: '55', area: '11', number: '987654321' },
    jobTitle: 'Analyst',
    consultingAuthorized: false,
    communication: { productNews: true, systemUpdates: true, ticketUpdates: true },
    role,
    grants: [],
    sites: [],
    status: 'active',
    openTickets: 0,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** Just what the provider asks of an adapter; counts the calls. */
function fakeAdapter(actor: Contact, options: { fail?: boolean } = {}) {
  const company = { id: 'acme', name: 'Acme Sistemas' };
  const calls = { session: 0, policy: 0, switch: [] as string[] };
  const session: Session = {
    actor,
    company,
    companies: [company, { id: 'beta', name: 'Beta Ltda' }],
  };
  const adapter = {
    session: {
      current: () => {
        calls.session++;
        return options.fail ? Promise.reject(new Error('offline')) : Promise.resolve(session);
      },
      switchCompany: (id: string) => {
        calls.switch.push(id);
        return Promise.resolve(session);
      },
    },
    permissions: {
      policy: () => {
        calls.policy++;
        return Promise.resolve(defaultPolicy);
      },
    },
  } as unknown as PortalAdapter;
  return { adapter, calls };
}

const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)!.textContent.trim();

async function mount(adapter?: PortalAdapter, inner = litHtml`<session-probe></session-probe>`) {
  const provider = fixtureSync<PorticoProvider>(
    html`<portico-provider .adapter=${adapter}>${inner}</portico-provider>`,
  );
  await provider.updateComplete;
  return provider;
}

describe('<portico-provider>', () => {
  it('gives descendants the adapter, the session and the engine', async () => {
    const { adapter, calls } = fakeAdapter(contact('ana', 'Ana Souza', 'general-admin'));
    const provider = await mount(adapter);
    const probe = provider.querySelector<SessionProbe>('session-probe')!;
    await waitUntil(() => provider.status === 'ready');
    await probe.updateComplete;
    expect(probe.portal.adapter).to.equal(adapter);
    expect(probe.portal.session).to.equal(provider.session);
    expect(probe.portal.engine).to.equal(provider.engine);
    expect(text(probe, 'p')).to.equal('Ana Souza');
    expect(text(probe, '.grant')).to.equal('can grant');
    // The element used the provider's session: one load for the page, not one per element.
    expect(calls.session).to.equal(1);
    await expect(provider).to.be.accessible();
  });

  it('serves elements inside another element’s shadow root', async () => {
    class Wrapper extends LitElement {
      override render() {
        return litHtml`<session-probe></session-probe>`;
      }
    }
    customElements.define('shadow-wrapper', Wrapper);
    const { adapter } = fakeAdapter(contact('bia', 'Bia Lima', 'system-user'));
    const provider = await mount(adapter, litHtml`<shadow-wrapper></shadow-wrapper>`);
    await waitUntil(() => provider.status === 'ready');
    const wrapper = provider.querySelector('shadow-wrapper')!;
    const probe = wrapper.shadowRoot!.querySelector<SessionProbe>('session-probe')!;
    await probe.updateComplete;
    expect(text(probe, 'p')).to.equal('Bia Lima');
    expect(text(probe, '.grant')).to.equal('cannot grant');
  });

  it('lets an element’s own adapter win over the provider’s', async () => {
    const outer = fakeAdapter(contact('ana', 'Ana Souza', 'general-admin'));
    const own = fakeAdapter(contact('caio', 'Caio Prado', 'system-user'));
    const provider = await mount(
      outer.adapter,
      litHtml`<session-probe .adapter=${own.adapter}></session-probe>`,
    );
    const probe = provider.querySelector<SessionProbe>('session-probe')!;
    await waitUntil(() => provider.status === 'ready' && probe.portal.status === 'ready');
    await probe.updateComplete;
    expect(probe.portal.adapter).to.equal(own.adapter);
    expect(text(probe, 'p')).to.equal('Caio Prado');
    expect(own.calls.session).to.equal(1);
  });

  it('reflects locale to lang, which the elements inside read', async () => {
    const provider = await mount();
    const probe = provider.querySelector<SessionProbe>('session-probe')!;
    provider.locale = 'pt-BR';
    await provider.updateComplete;
    expect(provider.getAttribute('lang')).to.equal('pt-BR');
    await waitUntil(() => text(probe, 'button') === 'Ativo');
    provider.setAttribute('lang', 'es');
    await provider.updateComplete;
    expect(provider.locale).to.equal('es');
    await waitUntil(() => text(probe, 'button') === 'Activo');
  });

  it('provides its locale, or else the nearest lang above it, through context', async () => {
    const wrapper = fixtureSync(
      html`<div lang="es">
        <portico-provider><locale-context-probe></locale-context-probe></portico-provider>
      </div>`,
    );
    const provider = wrapper.querySelector<PorticoProvider>('portico-provider')!;
    await provider.updateComplete;
    const probe = provider.querySelector<LocaleContextProbe>('locale-context-probe')!;
    expect(probe.locale.value).to.equal('es');
    wrapper.setAttribute('lang', 'en-GB');
    await waitUntil(() => probe.locale.value === 'en');
    provider.locale = 'pt';
    await waitUntil(() => probe.locale.value === 'pt-BR');
  });

  it('applies theme tokens to everything inside and ignores other keys', async () => {
    const provider = await mount();
    provider.theme = {
      '--portico-color-primary': 'rgb(11, 92, 171)',
      color: 'red',
    } as PorticoProvider['theme'];
    await provider.updateComplete;
    const probe = provider.querySelector('session-probe')!;
    expect(getComputedStyle(probe).getPropertyValue('--portico-color-primary').trim()).to.equal(
      'rgb(11, 92, 171)',
    );
    expect(provider.style.getPropertyValue('color')).to.equal('');
    provider.theme = {};
    await provider.updateComplete;
    expect(provider.style.getPropertyValue('--portico-color-primary')).to.equal('');
  });

  it('announces the session and fires portico-session-change', async () => {
    const { adapter } = fakeAdapter(contact('ana', 'Ana Souza', 'general-admin'));
    const provider = fixtureSync<PorticoProvider>(
      html`<portico-provider lang="en"></portico-provider>`,
    );
    const changed = oneEvent(provider, 'portico-session-change');
    provider.adapter = adapter;
    const event = (await changed) as CustomEvent<{ session: Session }>;
    expect(event.detail.session.actor.name).to.equal('Ana Souza');
    expect(event.composed && event.bubbles).to.be.true;
    await provider.updateComplete;
    expect(text(provider, '[role="status"]')).to.equal('Signed in as Ana Souza, Acme Sistemas.');
  });

  it('reports a failed load with portico-error and still hands over the adapter', async () => {
    const { adapter } = fakeAdapter(contact('ana', 'Ana Souza', 'general-admin'), { fail: true });
    const provider = fixtureSync<PorticoProvider>(
      html`<portico-provider lang="en"><session-probe></session-probe></portico-provider>`,
    );
    const failed = oneEvent(provider, 'portico-error');
    provider.adapter = adapter;
    const event = (await failed) as CustomEvent<{ operation: string; error: Error }>;
    expect(event.detail.operation).to.equal('load');
    expect(event.detail.error.message).to.equal('offline');
    expect(provider.status).to.equal('error');
    await provider.updateComplete;
    expect(text(provider, '[role="status"]')).to.contain('Could not load your session');
    const probe = provider.querySelector<SessionProbe>('session-probe')!;
    await waitUntil(() => probe.portal.status === 'error');
    expect(probe.portal.adapter).to.equal(adapter);
  });

  it('reloads, and switches company then reloads', async () => {
    const { adapter, calls } = fakeAdapter(contact('ana', 'Ana Souza', 'general-admin'));
    const provider = await mount(adapter);
    await waitUntil(() => provider.status === 'ready');
    await provider.reload();
    expect(calls.policy).to.equal(2);
    await provider.switchCompany('beta');
    expect(calls.switch).to.deep.equal(['beta']);
    expect(calls.policy).to.equal(3);
  });

  it('reloads the policy when a permissions save inside changes the rules', async () => {
    const { adapter, calls } = fakeAdapter(contact('ana', 'Ana Souza', 'general-admin'));
    const provider = await mount(adapter);
    await waitUntil(() => provider.status === 'ready');
    const probe = provider.querySelector<SessionProbe>('session-probe')!;
    const saved = (detail: object) =>
      probe.dispatchEvent(
        new CustomEvent('portico-permissions-saved', { detail, bubbles: true, composed: true }),
      );
    // Someone else's access changed: the signed-in person's rules did not.
    saved({ view: 'person', contactId: 'bia' });
    await provider.updateComplete;
    expect(calls.policy).to.equal(1);
    saved({ view: 'role' });
    await waitUntil(() => calls.policy === 2, 'a role-table save did not reload the policy');
    saved({ view: 'person', contactId: 'ana' });
    await waitUntil(() => calls.policy === 3, 'a change to one’s own access did not reload');
  });

  it('reloads for everyone when an element inside reports its session stale', async () => {
    const first = contact('ana', 'Ana Souza', 'general-admin');
    const { adapter, calls } = fakeAdapter(first);
    const provider = await mount(
      adapter,
      litHtml`<session-probe id="a"></session-probe><session-probe id="b"></session-probe>`,
    );
    await waitUntil(() => provider.status === 'ready');
    const [a, b] = [...provider.querySelectorAll<SessionProbe>('session-probe')];
    await a!.updateComplete;
    // Ana hands over administration elsewhere: the backend now says she is a system user.
    first.role = 'system-user';
    await a!.portal.reload();
    expect(calls.session).to.equal(2);
    await waitUntil(
      () => text(b!, '.grant') === 'cannot grant',
      'the other element kept the old rules',
    );
    expect(text(a!, '.grant')).to.equal('cannot grant');
    // The elements did not load for themselves: the provider served the new session.
    expect(a!.portal.session).to.equal(provider.session);
  });

  it('swaps session and engine together when the adapter changes', async () => {
    const first = fakeAdapter(contact('ana', 'Ana Souza', 'general-admin'));
    const second = fakeAdapter(contact('bia', 'Bia Lima', 'system-user'));
    const provider = await mount(first.adapter);
    const probe = provider.querySelector<SessionProbe>('session-probe')!;
    await waitUntil(() => text(probe, 'p') === 'Ana Souza');
    provider.adapter = second.adapter;
    await waitUntil(() => text(probe, 'p') === 'Bia Lima');
    expect(text(probe, '.grant')).to.equal('cannot grant');
    expect(probe.portal.adapter).to.equal(second.adapter);
    // The element never loaded for itself: the provider served both sessions.
    expect(second.calls.session).to.equal(1);
  });
});

describe('<portico-provider> without an adapter', () => {
  it('renders its content and stays idle', async () => {
    const provider = await fixture<PorticoProvider>(
      html`<portico-provider><p>Hello</p></portico-provider>`,
    );
    expect(provider.status).to.equal('idle');
    expect(provider.querySelector('p')!.textContent).to.equal('Hello');
    expect(getComputedStyle(provider).display).to.equal('contents');
  });
});

describe('<portico-provider locale="…">', () => {
  it('gives the elements inside the locale of its `locale` attribute, in plain HTML', async () => {
    const page = fixtureSync<HTMLDivElement>(html`<div></div>`);
    // As a page would write it: markup, no properties.
    page.innerHTML = `<portico-provider locale="pt-BR"><session-probe></session-probe></portico-provider>`;
    const provider = page.querySelector<PorticoProvider>('portico-provider')!;
    const probe = page.querySelector<SessionProbe>('session-probe')!;
    expect(provider.getAttribute('lang'), 'lang at once, before the first render').to.equal(
      'pt-BR',
    );
    await provider.updateComplete;
    await probe.updateComplete;
    expect(provider.locale).to.equal('pt-BR');
    expect(text(probe, 'button')).to.equal('Ativo');
    provider.setAttribute('locale', 'es');
    await probe.updateComplete;
    expect(text(probe, 'button')).to.equal('Activo');
  });
});
