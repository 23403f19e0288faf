import { ContextProvider } from '@lit/context';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  adapterContext,
  engineContext,
  localeContext,
  sessionContext,
} from '../../context/keys.js';
import type { PortalAdapter, Session } from '../../core/adapter/types.js';
import { createPermissionEngine } from '../../core/permissions/index.js';
import type { PermissionEngine } from '../../core/permissions/types.js';
import { emit } from '../../events.js';
import { preloadLocale } from '../../i18n/catalogue.js';
import { sentence } from '../../i18n/explain.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { resolveLocale } from '../../i18n/locales.js';
import { providerMessages } from '../../i18n/messages/provider.js';
import type { ColorScheme, Density } from '../internal/styles.js';
import { providerStyles } from './portico-provider.styles.js';

export type { ProviderErrorDetail, SessionChangeDetail } from '../../events.js';

/** Design tokens a vendor may set through `theme`: any `--portico-*` custom property. */
export type PorticoTheme = Partial<Record<`--portico-${string}`, string>>;

/** Where the provider is in loading the session and policy for its adapter. */
export type ProviderStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Hands an adapter, a locale, a theme, the signed-in session and the permission engine to every
 * Portico element inside it, so a page sets them once.
 *
 * When `adapter` is set, the provider loads the session (`adapter.session.current()`) and the
 * company's policy (`adapter.permissions.policy()`), compiles the permission engine, and provides
 * the three together: elements never see a session that belongs to another adapter. Until the
 * first load finishes, nothing is provided; if it fails, the adapter alone is provided and each
 * element loads (and reports) for itself. An element's own `adapter` property always wins over the
 * provider's.
 *
 * It loads again, for every element inside, after a `portico-permissions-saved` that changed the
 * role table or the signed-in person's own access, and when an element inside reports the session
 * out of date with `portico-session-stale` (e.g. after its person handed over administration).
 *
 * The locale may be set with `locale="pt-BR"` or `lang="pt-BR"` (the same property, reflected to
 * `lang`, which the elements inside read). Setting it starts loading that locale's words for every
 * Portico element known to the page, before they ask.
 *
 * The provider takes no room in the layout (`display: contents`); it only announces, to screen
 * readers, who is signed in when the session changes. Its `color-scheme` (light, dark, auto) and
 * `density` (comfortable, compact) reach every element inside, as the same attributes on one element do.
 *
 * ```html
 * <portico-provider lang="pt-BR">
 *   <contact-list></contact-list>
 * </portico-provider>
 * <script type="module">
 *   const provider = document.querySelector('portico-provider');
 *   provider.adapter = new MemoryAdapter({ data: createDemoData({ contacts: 200, seed: 1 }) });
 *   provider.theme = { '--portico-color-primary': '#0b5cab' };
 * </script>
 * ```
 *
 * @summary Gives adapter, locale, theme, session and permission engine to the Portico elements inside it.
 * @tag portico-provider
 * @slot - The page content; any Portico element in it, however deep (also inside shadow roots), is served.
 * @fires {CustomEvent<SessionChangeDetail>} portico-session-change - The session and engine were
 *   loaded or changed (`{ session, engine }`).
 * @fires {CustomEvent<ProviderErrorDetail>} portico-error - Loading the session or policy, or
 *   switching company, failed (`{ operation, error }`).
 */
export class PorticoProvider extends LitElement {
  static override styles = providerStyles;

  /** The backend the elements inside talk to. Setting it (re)loads session and policy. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  /**
   * The locale for everything inside, as a BCP 47 tag (`pt-BR`, `en`, `es`; others fall back by
   * language); the `locale` or the `lang` attribute. Reflected to `lang`, which the elements read;
   * a `lang` set nearer to an element still wins.
   */
  @property({ attribute: 'lang', reflect: true }) locale: string | undefined;

  /** Design tokens (`{ '--portico-color-primary': '#0b5cab' }`) applied to everything inside. */
  @property({ attribute: false }) theme: PorticoTheme | undefined;

  /**
   * The colour scheme of everything inside: `light`, `dark`, or `auto` (the reader's
   * `prefers-color-scheme`). Unset, each element keeps its own (light unless it has a
   * `color-scheme` of its own). In the dark scheme the elements read their colours from
   * `--portico-dark-*` tokens, and the primary colour follows `--portico-color-primary`.
   */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme: ColorScheme | undefined;

  /** The density of everything inside: `comfortable` (the default) or `compact` (less space, smaller controls, still 24 px targets). */
  @property({ reflect: true }) density: Density | undefined;

  /** The session loaded for `adapter`, once it is loaded. */
  @state() session: Session | undefined;

  /** The permission engine compiled from the company's policy, once it is loaded. */
  @state() engine: PermissionEngine | undefined;

  /** `idle` without an adapter, then `loading`, `ready` or `error`. */
  @state() status: ProviderStatus = 'idle';

  /** Why the last load failed, when `status` is `error`. */
  @state() error: unknown;

  private readonly t = new LocaleController(this, providerMessages);
  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly sessionProvider = new ContextProvider(this, { context: sessionContext });
  private readonly engineProvider = new ContextProvider(this, { context: engineContext });
  private abort: AbortController | undefined;
  private appliedTheme: string[] = [];

  constructor() {
    super();
    // A saved policy, or a change to the signed-in person's own access, changes what the engine
    // answers for everyone inside: load both again so every element sees the same rules.
    this.addEventListener('portico-permissions-saved', (event) => {
      const detail = event.detail as typeof event.detail | undefined;
      const own = detail?.view === 'person' && detail.contactId === this.session?.actor.id;
      if (detail?.view === 'role' || own) void this.load();
    });
    // An element inside learnt that the session is out of date (e.g. the signed-in person handed
    // over administration): reload once, for everyone, and let it wait for the new session.
    this.addEventListener('portico-session-stale', (event) => {
      event.stopPropagation();
      event.detail.reloads.push(this.load());
    });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'locale'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'locale') {
      // `lang` at once (not at the next render), so elements upgraded inside read the right locale.
      if (value === null) this.removeAttribute('lang');
      else this.setAttribute('lang', value);
      return;
    }
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && value) void preloadLocale(resolveLocale(value));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached to the page: load again for the adapter (the disconnect aborted any load).
    if (this.hasUpdated && this.adapter && this.status !== 'ready') void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** Reloads the session and the policy (after a policy change or a company switch elsewhere). */
  reload(): Promise<void> {
    return this.load();
  }

  /**
   * Switches a vendor's staff session to another company it serves (seed 003), then reloads the
   * policy. Resolves when the new session is provided; a failure fires `portico-error` and rejects.
   */
  async switchCompany(companyId: string): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    try {
      await adapter.session.switchCompany(companyId);
    } catch (error) {
      emit(this, 'portico-error', { operation: 'switch-company', error });
      throw error;
    }
    await this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Its own `locale`, else the nearest `lang` above it (followed as it changes).
    this.localeProvider.setValue(this.locale ? resolveLocale(this.locale) : this.t.requested);
    if (changed.has('locale') && this.locale) void preloadLocale(resolveLocale(this.locale));
    if (changed.has('adapter')) void this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.applyTheme();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }

  override render(): TemplateResult {
    return html`<slot></slot>
      <div class="announcer" role="status" aria-live="polite">${this.announcement()}</div>`;
  }

  private announcement(): string {
    if (this.status === 'loading' && !this.session) return this.t.msg('session.loading');
    if (this.status === 'error') return this.t.msg('session.error');
    if (this.status === 'ready' && this.session) {
      // The full stop is added unless the company's name ends with one ("… Ltda.").
      return sentence(
        this.t.msg('session.ready', {
          name: this.session.actor.name,
          company: this.session.company.name,
        }),
      );
    }
    return '';
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const adapter = this.adapter;
    if (!adapter) {
      this.abort = undefined;
      this.status = 'idle';
      this.session = undefined;
      this.engine = undefined;
      this.provide(undefined, undefined, undefined);
      return;
    }
    const abort = (this.abort = new AbortController());
    this.status = 'loading';
    try {
      const [session, policy] = await Promise.all([
        adapter.session.current({ signal: abort.signal }),
        adapter.permissions.policy({ signal: abort.signal }),
      ]);
      if (abort.signal.aborted) return;
      const engine = createPermissionEngine(policy);
      this.session = session;
      this.engine = engine;
      this.error = undefined;
      this.status = 'ready';
      this.provide(adapter, session, engine);
      emit(this, 'portico-session-change', { session, engine });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.session = undefined;
      this.engine = undefined;
      this.error = error;
      this.status = 'error';
      // Elements then load for themselves, and show the failure where it matters.
      this.provide(adapter, undefined, undefined);
      emit(this, 'portico-error', { operation: 'load', error });
    }
  }

  /** Session and engine first, so a consumer notified of the adapter already sees the matching pair. */
  private provide(
    adapter: PortalAdapter | undefined,
    session: Session | undefined,
    engine: PermissionEngine | undefined,
  ): void {
    this.sessionProvider.setValue(session);
    this.engineProvider.setValue(engine);
    this.adapterProvider.setValue(adapter);
  }

  private applyTheme(): void {
    for (const name of this.appliedTheme) this.style.removeProperty(name);
    this.appliedTheme = [];
    for (const [name, value] of Object.entries(this.theme ?? {})) {
      // Only design tokens; anything else (a typo, a stray key) is ignored rather than applied.
      if (!name.startsWith('--portico-') || typeof value !== 'string') continue;
      this.style.setProperty(name, value);
      this.appliedTheme.push(name);
    }
  }
}
