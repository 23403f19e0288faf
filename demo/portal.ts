import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
// Registers <portico-provider> and the elements the pages show.
import '../src/define.js';
import type { PortalAdapter } from '../src/core/adapter/types.js';
import type { Session } from '../src/core/adapter/types.js';
import type { DemoActors } from '../src/core/demo-data.js';
import type { Contact } from '../src/core/model/index.js';
import { tokenInUrl } from '../src/core/rules/invitation-links.js';
import { DialogController } from '../src/elements/internal/dialog.js';
import { controls, dialogStyles, tokens } from '../src/elements/internal/styles.js';
import { ToastController } from '../src/elements/internal/toast.js';
import type { PorticoTheme } from '../src/elements/portico-provider/portico-provider.js';
import { catalogue } from '../src/i18n/catalogue.js';
import { LocaleController } from '../src/i18n/locale-controller.js';
import { locales, type Locale } from '../src/i18n/locales.js';
import { commonMessages } from '../src/i18n/messages/common.js';
import { permissionMessages } from '../src/i18n/messages/permissions.js';
import type { DemoBackend } from './backend.js';
import { icons, logo } from './icons.js';
import { mayLeaveMatrix, type StagedEdits } from './leave.js';
import { listQueryFromParams, paramsWithListQuery } from './list-query.js';
import { renderMailbox } from './mailbox.js';
import { demoMessages } from './messages.js';
import { portalStyles } from './portal.styles.js';

/** The pages of the menu, each with the Portico element it shows. */
const routes = [
  { id: 'contacts', tag: 'contact-list' },
  { id: 'permissions', tag: 'permission-matrix' },
  { id: 'saas-users', tag: 'saas-seat-panel' },
  { id: 'import', tag: 'csv-importer' },
  { id: 'invitations', tag: 'invite-status' },
] as const;
type Route = (typeof routes)[number];

/**
 * The demo's own pages: the mailbox (the e-mails the embedded backend "sent") and the public pages
 * its links open — the setup page and the activation page, each an `<invite-accept>` with no session.
 */
const demoPages = ['mailbox', 'setup', 'activate'] as const;
type DemoPage = (typeof demoPages)[number];
type RouteId = Route['id'] | DemoPage;

/** The three people the "view as" switch acts as (seed 003: "view as client"). */
const actorKeys = ['generalAdmin', 'registrationAdmin', 'systemUser'] as const;
type ActorKey = (typeof actorKeys)[number];

const localeNames: Record<Locale, string> = {
  'pt-BR': 'Português (Brasil)',
  en: 'English',
  es: 'Español',
};

/** Acme's brand, handed to every Portico element through the provider. */
const acmeTheme: PorticoTheme = {
  '--portico-color-primary': '#0b5cab',
  '--portico-focus-ring': '2px solid #0b5cab',
  '--portico-radius': '8px',
};

const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(`portico-demo:${key}`);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(`portico-demo:${key}`, value);
    } catch {
      // Private mode: the preference lasts until the page closes.
    }
  },
};

function routeFromHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  if ((demoPages as readonly string[]).includes(id)) return id as DemoPage;
  return routes.find((route) => route.id === id)?.id ?? 'contacts';
}

/**
 * The contact list starts from the search, filter and sort in the address, and writes them back there
 * when the person changes them (so a reload or a shared link shows the same list).
 */
function followListQuery(list: HTMLElement): void {
  Object.assign(list, listQueryFromParams(new URLSearchParams(location.search)));
  list.addEventListener('portico-query-change', (event) => {
    const params = paramsWithListQuery(new URLSearchParams(location.search), event.detail);
    const search = params.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
    );
  });
}

/** Words for an error of any shape (an `AdapterError`, an `Error`, a string, something else). */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return typeof error;
  }
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * The demo portal: the page a software vendor ("Acme Sistemas") would build around Portico's
 * elements for its client companies. Brand bar, side menu with hash routing, a locale switch, a
 * "view as" switch over three people of one shared embedded backend, and the elements inside one
 * `<portico-provider>`.
 */
export class DemoPortal extends LitElement {
  static override styles = [tokens, controls, dialogStyles, portalStyles];

  /** The embedded backend; until it is set, the portal shows that it is preparing the data. */
  @property({ attribute: false }) backend: DemoBackend | undefined;

  /** Why the backend could not be opened, if it could not. */
  @property({ attribute: false }) loadError: unknown;

  @state() private route: RouteId = routeFromHash(location.hash);
  /** The hash as a whole (a setup link's token is in its query). */
  @state() private hash = location.hash;
  /** Bumped by every write the backend tells of, so the mailbox shows what was just "sent". */
  @state() private writes = 0;
  private unsubscribe: (() => void) | undefined;
  /** The public pages' adapter: no session (made once per backend, so the page is not read again). */
  private anonymous: PortalAdapter | undefined;
  @state() private actorKey: ActorKey = 'generalAdmin';
  @state() private adapter: PortalAdapter | undefined;
  @state() private session: Session | undefined;
  @state() private people: Partial<Record<ActorKey, Contact>> = {};
  @state() private total: number | undefined;

  private readonly t = new LocaleController(
    this,
    catalogue(commonMessages, permissionMessages, demoMessages),
  );
  private readonly resetDialog = new DialogController(this, () =>
    this.renderRoot.querySelector<HTMLDialogElement>('#reset-dialog'),
  );
  private readonly toasts = new ToastController(this);
  private readonly adapters = new Map<ActorKey, PortalAdapter>();
  private readonly mounted = new Map<string, HTMLElement>();
  private focusHeading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    const saved = storage.get('actor');
    if (saved && (actorKeys as readonly string[]).includes(saved))
      this.actorKey = saved as ActorKey;
    // Elements registered later (lazy chunks, a newer release) appear as soon as they are defined.
    for (const route of routes) {
      if (!customElements.get(route.tag)) {
        void customElements.whenDefined(route.tag).then(() => this.requestUpdate());
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend') && this.backend) {
      this.unsubscribe?.();
      this.unsubscribe = this.backend.root.changes?.subscribe(() => this.writes++);
      this.anonymous = this.backend.anonymous();
      this.adapters.clear();
      this.adapter = this.adapterFor(this.actorKey);
      void this.loadPeople();
    }
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }

  protected override updated(): void {
    if (!this.t.loaded) return;
    const page = this.t.msg(`nav.${this.route}`);
    document.title = this.t.msg('doc.title', { page });
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  override render() {
    // The portal's words load with the locale (one chunk per locale): nothing until they are here.
    if (!this.t.loaded) return nothing;
    return html`${this.renderDemoStrip()} ${this.renderBrandBar()}
      <div class="layout">
        ${this.renderMenu()}
        <main id="main" tabindex="-1">${this.renderMain()}</main>
      </div>
      ${this.renderResetDialog()} ${this.toasts.render(this.t.msg('toast.close'))}`;
  }

  // ── regions ────────────────────────────────────────────────────────────────────────────────

  private renderDemoStrip(): TemplateResult {
    const count = this.total ?? 0;
    return html`<div class="demo-strip" role="region" aria-label="Demo">
      <button class="skip" @click=${this.skipToMain}>${this.t.msg('skip')}</button>
      <span class="tag">Demo</span>
      <span class="note"
        >${
          this.backend?.server
            ? this.t.msg('footer.note-server', {
                count: this.t.number(count),
                server: this.backend.server,
              })
            : this.t.msg('footer.note', { count: this.t.number(count) })
        }</span
      >
      <label class="header-field demo-field">
        <span>${this.t.msg('view-as.label')}</span>
        <select
          .value=${this.actorKey}
          ?disabled=${!this.backend}
          @change=${(event: Event) => {
            const select = event.target as HTMLSelectElement;
            void this.viewAs(select.value as ActorKey, select);
          }}
        >
          ${actorKeys.map(
            (key) =>
              html`<option value=${key} ?selected=${key === this.actorKey}>
                ${this.actorLabel(key)}
              </option>`,
          )}
        </select>
      </label>
      ${
        this.backend?.server
          ? nothing
          : html`<button
              class="btn small"
              ?disabled=${!this.backend}
              @click=${(event: Event) => this.resetDialog.open(event.currentTarget as HTMLElement)}
            >
              ${icons.reset} ${this.t.msg('reset.button')}
            </button>`
      }
    </div>`;
  }

  private renderBrandBar(): TemplateResult {
    const actor = this.session?.actor;
    return html`<header class="brandbar">
      <a class="brand" href="#/contacts">
        ${logo}
        <span class="brand-text">
          <span class="brand-product">${this.t.msg('brand.product')}</span>
          <span class="brand-vendor">${this.t.msg('brand.vendor')}</span>
        </span>
      </a>
      ${
        this.session
          ? html`<span class="divider" aria-hidden="true"></span>
              <div class="company">
                ${icons.building}
                <span class="company-text">
                  <span class="company-label">${this.t.msg('company.label')}</span>
                  <span class="company-name">${this.session.company.name}</span>
                </span>
              </div>`
          : nothing
      }
      <span class="spacer"></span>
      <label class="header-field">
        <span>${this.t.msg('locale.label')}</span>
        <select @change=${this.onLocaleChange}>
          ${locales.map(
            (locale) =>
              html`<option value=${locale} lang=${locale} ?selected=${locale === this.t.locale}>
                ${localeNames[locale]}
              </option>`,
          )}
        </select>
      </label>
      ${
        actor
          ? html`<div
              class="user"
              aria-label=${this.t.msg('user.menu', { name: actor.name })}
              role="group"
            >
              <span class="avatar" aria-hidden="true">${initials(actor.name)}</span>
              <span class="user-text">
                <span class="user-name">${actor.name}</span>
                <span class="user-role">${this.roleLabel(actor.role)}</span>
              </span>
            </div>`
          : nothing
      }
    </header>`;
  }

  private renderMenu(): TemplateResult {
    return html`<nav class="menu" aria-label=${this.t.msg('nav.label')}>
      <p class="menu-section" aria-hidden="true">${this.t.msg('nav.section')}</p>
      <ul>
        ${routes.map(
          (route) =>
            html`<li>
              <a
                href="#/${route.id}"
                aria-current=${ifDefined(route.id === this.route ? 'page' : undefined)}
                @click=${() => (this.focusHeading = route.id !== this.route)}
              >
                ${icons[route.id]}<span>${this.t.msg(`nav.${route.id}`)}</span>
                ${
                  customElements.get(route.tag)
                    ? nothing
                    : html`<span class="soon">${this.t.msg('nav.soon')}</span>`
                }
              </a>
            </li>`,
        )}
        ${
          this.backend?.mailbox
            ? html`<li>
                <a
                  href="#/mailbox"
                  aria-current=${ifDefined(this.route === 'mailbox' ? 'page' : undefined)}
                  @click=${() => (this.focusHeading = this.route !== 'mailbox')}
                >
                  ${icons.mailbox}<span>${this.t.msg('nav.mailbox')}</span>
                </a>
              </li>`
            : nothing
        }
      </ul>
    </nav>`;
  }

  private renderMain(): TemplateResult {
    if (this.loadError) {
      const message = describeError(this.loadError);
      return html`<div class="banner" data-tone="error" role="alert">
        <div>
          <strong>${this.t.msg('load-error.title')}</strong>
          <div>${this.t.msg('load-error.body', { message })}</div>
        </div>
      </div>`;
    }
    if (!this.backend || !this.adapter) {
      return html`<div class="center" role="status">
        <span class="spinner" aria-hidden="true"></span>${this.t.msg('loading')}
      </div>`;
    }
    const route = routes.find((candidate) => candidate.id === this.route);
    if (!route) return this.renderDemoPage(this.route as DemoPage);
    const page = this.t.msg(`nav.${route.id}`);
    const actor = this.people[this.actorKey];
    return html`${
        this.actorKey !== 'generalAdmin' && actor
          ? html`<div class="banner view-as-banner" data-tone="info">
              ${icons.eye}
              <span>
                ${this.t.msg('view-as.banner', { name: actor.name, role: this.roleLabel(actor.role) })}
              </span>
              <button class="btn small" @click=${() => void this.viewAs('generalAdmin')}>
                ${this.t.msg('view-as.back')}
              </button>
            </div>`
          : nothing
      }
      <div class="page-head">
        <p class="crumbs">${this.t.msg('brand.product')} / ${this.t.msg('nav.section')}</p>
        <h1 tabindex="-1">${page}</h1>
        <p class="lead">${this.t.msg(`page.${route.id}.lead`)}</p>
      </div>
      <portico-provider
        .adapter=${this.adapter}
        .theme=${acmeTheme}
        @portico-session-change=${this.onSessionChange}
        @portico-error=${this.onProviderError}
      >
        ${this.renderPage(route, page)}
      </portico-provider>`;
  }

  /**
   * The mailbox, or a public page a mail's link opens: `<invite-accept>` with an adapter that has no
   * session, outside the provider, as the vendor's public setup page would have it.
   */
  private renderDemoPage(id: DemoPage): TemplateResult {
    const backend = this.backend!;
    const head = html`<div class="page-head">
      <p class="crumbs">${this.t.msg('brand.product')} / Demo</p>
      <h1 tabindex="-1">${this.t.msg(`nav.${id}`)}</h1>
      <p class="lead">${this.t.msg(`page.${id}.lead`)}</p>
    </div>`;
    if (id === 'mailbox') {
      // Read again on every write the backend tells of (`writes` changes).
      const mails = this.writes >= 0 ? (backend.mailbox?.() ?? []) : [];
      return html`${head}
        <section class="card mailbox-card">
          ${renderMailbox(mails, {
            msg: (key) => this.t.msg(key),
            to: (email) => this.t.msg('mailbox.to', { email }),
            date: (iso) => this.t.date(iso),
          })}
        </section>`;
    }
    return html`${head}
      <section class="card element-card setup-card">
        <invite-accept
          .adapter=${this.anonymous}
          token=${tokenInUrl(this.hash) ?? ''}
          kind=${id === 'activate' ? 'activation' : 'invitation'}
          sign-in-url="#/contacts"
        ></invite-accept>
      </section>
      <p class="setup-back"><a href="#/mailbox">${this.t.msg('mailbox.back')}</a></p>`;
  }

  private renderPage(route: Route, page: string): TemplateResult {
    if (!customElements.get(route.tag)) {
      return html`<section class="card coming" aria-labelledby="coming-title">
        <span class="coming-icon">${icons[route.id]}</span>
        <div>
          <h2 id="coming-title">${this.t.msg('coming.title', { page })}</h2>
          <p>${this.t.msg('coming.body')}</p>
        </div>
      </section>`;
    }
    // One instance per page, kept across visits so a list keeps its search and scroll position.
    let element = this.mounted.get(route.tag);
    if (!element) {
      element = document.createElement(route.tag);
      if (route.tag === 'contact-list') followListQuery(element);
      this.mounted.set(route.tag, element);
    }
    return html`<section class="card element-card">${element}</section>`;
  }

  private renderResetDialog(): TemplateResult {
    return html`<dialog
      id="reset-dialog"
      aria-labelledby="reset-title"
      aria-describedby="reset-body"
    >
      <div class="dialog-header">
        <h2 id="reset-title">${this.t.msg('reset.title')}</h2>
      </div>
      <div class="dialog-body">
        <p id="reset-body">${this.t.msg('reset.body')}</p>
      </div>
      <div class="dialog-actions">
        <button class="btn" autofocus @click=${() => this.resetDialog.close()}>
          ${this.t.msg('reset.cancel')}
        </button>
        <button class="btn danger" @click=${this.reset}>${this.t.msg('reset.confirm')}</button>
      </div>
    </dialog>`;
  }

  // ── behaviour ──────────────────────────────────────────────────────────────────────────────

  private adapterFor(key: ActorKey): PortalAdapter | undefined {
    const backend = this.backend;
    if (!backend) return undefined;
    let adapter = this.adapters.get(key);
    if (!adapter) {
      adapter = key === 'generalAdmin' ? backend.root : backend.as(backend.actors[key]);
      this.adapters.set(key, adapter);
    }
    return adapter;
  }

  /**
   * Views the portal as another person — a new adapter, which starts the permission matrix clean: its
   * staged edits are asked about first, on its page. Kept editing: the switch still shows who is viewed.
   */
  private async viewAs(key: ActorKey, select?: HTMLSelectElement): Promise<void> {
    if (key === this.actorKey) return;
    const matrix = this.mounted.get('permission-matrix') as StagedEdits | undefined;
    const leave = await mayLeaveMatrix(matrix, async () => {
      const shown = new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      location.hash = '#/permissions';
      await shown;
      await this.updateComplete;
    });
    if (!leave) {
      if (select) select.value = this.actorKey;
      return;
    }
    this.actorKey = key;
    storage.set('actor', key);
    this.adapter = this.adapterFor(key);
  }

  /** The three people's names and current roles, for the "view as" switch, plus the contact count. */
  private async loadPeople(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    const actors: DemoActors = backend.actors;
    const people: Partial<Record<ActorKey, Contact>> = {};
    await Promise.all(
      actorKeys.map(async (key) => {
        try {
          people[key] = await backend.root.contacts.get(actors[key]);
        } catch {
          // A person removed in this browser's data: the switch shows the role alone.
        }
      }),
    );
    this.people = people;
    try {
      this.total = (await backend.root.contacts.list({ limit: 1 })).total;
    } catch {
      this.total = undefined;
    }
  }

  private actorLabel(key: ActorKey): string {
    const roleIds: Record<ActorKey, string> = {
      generalAdmin: 'general-admin',
      registrationAdmin: 'registration-admin',
      systemUser: 'system-user',
    };
    const person = this.people[key];
    const role = this.roleLabel(roleIds[key]);
    return person ? this.t.msg('view-as.option', { role, name: person.name }) : role;
  }

  private roleLabel(role: string): string {
    const key = `role.${role}`;
    return this.t.has(key) ? this.t.msg(key) : role;
  }

  private readonly onHashChange = (): void => {
    this.route = routeFromHash(location.hash);
    this.hash = location.hash;
  };

  private readonly onLocaleChange = (event: Event): void => {
    const locale = (event.target as HTMLSelectElement).value;
    document.documentElement.lang = locale;
    storage.set('locale', locale);
  };

  private readonly onSessionChange = (event: CustomEvent<{ session: Session }>): void => {
    this.session = event.detail.session;
    void this.loadPeople();
  };

  private readonly onProviderError = (event: CustomEvent<{ error: unknown }>): void => {
    const { error } = event.detail;
    this.toasts.show(describeError(error), 'error', 0);
  };

  private readonly skipToMain = (): void => {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  };

  private readonly reset = async (): Promise<void> => {
    const backend = this.backend;
    if (!backend) return;
    try {
      await backend.reset();
      storage.set('actor', 'generalAdmin');
      location.reload();
    } catch (error) {
      this.resetDialog.close();
      this.toasts.show(this.t.msg('reset.failed', { message: describeError(error) }), 'error', 0);
    }
  };
}
