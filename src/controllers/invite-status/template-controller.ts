import type { ReactiveControllerHost } from 'lit';
import { AdapterError, type FieldError } from '../../core/adapter/errors.js';
import type { MailLocale, invitationSettingsLimits } from '../../core/model/constants.js';
import type {
  Contact,
  Invitation,
  InvitationSettings,
  InvitationSettingsInput,
  InvitationTemplate,
} from '../../core/model/index.js';
import type { Verdict } from '../../core/rules/contact-acts.js';
import type { invitationMail, templateErrors } from '../../core/rules/invitation-mail.js';
import type {
  invitationPolicyVerdict,
  invitationSettingsErrors,
} from '../../core/rules/invitations.js';
import { emit } from '../../events.js';
import type { Portal } from '../portal-controller.js';

const day = 86_400_000;

/** The dialog's two tabs: the e-mail (subject, body, preview) and the company's invitation settings. */
export type TemplateTab = 'mail' | 'settings';

/** The settings form as typed (numbers as text, checked by core once read). */
export interface SettingsDraft {
  validityDays: string;
  resendCooldownSeconds: string;
  autoSend: InvitationSettings['autoSend'];
  locale: MailLocale;
}

/** What the dialog tells above its fields: a conflict (edits kept), or a refusal not about a field. */
export interface TemplateBanner {
  kind: 'conflict' | 'error' | 'fix';
  error?: unknown;
}

/** An outcome the element words. */
export type TemplateNotice = { kind: 'saved'; tab: TemplateTab } | { kind: 'unchanged' };

/** Who the preview is written to: a real person when the element knows one. */
export interface PreviewPerson {
  /** The pending invitation shown (its link and expiry fill the preview). */
  invitation?: Invitation | undefined;
  /** Its contact (or the contact the element shows). */
  contact?: Contact | undefined;
}

/**
 * Core's rules the controller asks, handed in by the element (the module that holds this controller
 * is loaded lazily and imports none of core's rules itself).
 */
export interface TemplateRules {
  templateErrors: typeof templateErrors;
  invitationMail: typeof invitationMail;
  invitationPolicyVerdict: typeof invitationPolicyVerdict;
  invitationSettingsErrors: typeof invitationSettingsErrors;
  invitationSettingsLimits: typeof invitationSettingsLimits;
}

export interface TemplateOptions {
  portal: Portal;
  rules: TemplateRules;
  /** The company's name (`{company}`). */
  company(): string;
  /** The person the preview is written to, if the element shows one. */
  person(): PreviewPerson | undefined;
  /** The clock now, as ISO 8601. */
  now(): string;
  notify(notice: TemplateNotice): void;
}

/** The preview's invitee when the element knows no one: the words' sample name, a sample link. */
export const sampleLink = 'https://portal.example.com/setup#sample';

const number = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * The invitation e-mail and settings dialog of `<invite-status>`: loads the company's template and
 * settings, holds the drafts, asks core what is wrong with them (`templateErrors`,
 * `invitationSettingsErrors` — what the backends refuse) and who may change them
 * (`invitationPolicyVerdict`), renders the preview with `invitationMail` (what the backends send), and
 * saves through the adapter after a cancelable `portico-invitation-template-request` /
 * `portico-invitation-settings-request`. A conflict keeps the edits on top of the version saved
 * meanwhile.
 */
export class TemplateController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: unknown;
  tab: TemplateTab = 'mail';
  template: InvitationTemplate | undefined;
  settings: InvitationSettings | undefined;
  subject = '';
  body = '';
  draft: SettingsDraft = {
    validityDays: '',
    resendCooldownSeconds: '',
    autoSend: 'manual',
    locale: 'pt-BR',
  };
  /** The person the preview is written to (their name; the link and expiry of their pending invitation). */
  person: PreviewPerson = {};
  banner: TemplateBanner | undefined;
  /** The backend's field errors of the last save, until the field is edited. */
  refusals: FieldError[] = [];
  busy = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: TemplateOptions,
  ) {}

  /** Loads the template, the settings, and the preview's person. */
  async load(): Promise<void> {
    const adapter = this.options.portal.adapter;
    if (!adapter) return;
    this.status = 'loading';
    this.banner = undefined;
    this.refusals = [];
    this.host.requestUpdate();
    try {
      const [template, settings, person] = await Promise.all([
        adapter.invitations.template(),
        adapter.invitations.settings(),
        this.previewPerson(),
      ]);
      this.takeTemplate(template);
      this.takeSettings(settings);
      this.person = person;
      this.status = 'ready';
    } catch (error) {
      this.status = 'error';
      this.error = error;
    }
    this.host.requestUpdate();
  }

  /** The element's person, with the contact of a pending invitation looked up when not known. */
  private async previewPerson(): Promise<PreviewPerson> {
    const person = this.options.person() ?? {};
    const { invitation, contact } = person;
    if (!invitation || contact?.id === invitation.contactId) return person;
    try {
      return {
        invitation,
        contact: await this.options.portal.adapter!.contacts.get(invitation.contactId),
      };
    } catch {
      // Out of sight or gone: the preview uses the sample person.
      return {};
    }
  }

  private takeTemplate(template: InvitationTemplate): void {
    this.template = template;
    this.subject = template.subject;
    this.body = template.body;
  }

  private takeSettings(settings: InvitationSettings): void {
    this.settings = settings;
    this.draft = {
      validityDays: String(settings.validityDays),
      resendCooldownSeconds: String(settings.resendCooldownSeconds),
      autoSend: settings.autoSend,
      locale: settings.locale,
    };
  }

  /** Whether the actor may change the e-mail and settings — the check both backends make first. */
  verdict(): Verdict {
    const { engine, actor } = this.options.portal;
    return this.options.rules.invitationPolicyVerdict({ engine, actor });
  }

  setTab(tab: TemplateTab): void {
    this.tab = tab;
    this.banner = undefined;
    this.host.requestUpdate();
  }

  /** Changes the subject or the body. */
  edit(field: 'subject' | 'body', value: string): void {
    this[field] = value;
    this.refusals = this.refusals.filter((error) => error.field !== field);
    if (this.banner?.kind === 'fix' && !this.mailErrors().length) this.banner = undefined;
    this.host.requestUpdate();
  }

  /** Changes a setting. */
  editSetting<K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]): void {
    this.draft = { ...this.draft, [field]: value };
    this.refusals = this.refusals.filter((error) => error.field !== field);
    if (this.banner?.kind === 'fix' && !this.settingsErrors().length) this.banner = undefined;
    this.host.requestUpdate();
  }

  /** What is wrong with the e-mail as written: core's `templateErrors`, then the backend's. */
  mailErrors(): FieldError[] {
    const own = this.options.rules.templateErrors({ subject: this.subject, body: this.body });
    return [
      ...own,
      ...this.refusals.filter((error) => error.field === 'subject' || error.field === 'body'),
    ];
  }

  /** The settings as the adapter takes them. */
  settingsInput(): InvitationSettingsInput {
    return {
      validityDays: number(this.draft.validityDays),
      resendCooldownSeconds: number(this.draft.resendCooldownSeconds),
      autoSend: this.draft.autoSend,
      locale: this.draft.locale,
    };
  }

  /** What is wrong with the settings as typed: core's `invitationSettingsErrors`, then the backend's. */
  settingsErrors(): FieldError[] {
    const own = this.options.rules.invitationSettingsErrors(this.settingsInput());
    const fields = new Set<string>(['validityDays', 'resendCooldownSeconds', 'autoSend', 'locale']);
    return [...own, ...this.refusals.filter((error) => fields.has(error.field))];
  }

  /** The limits of the settings' numbers (core's). */
  get limits(): TemplateRules['invitationSettingsLimits'] {
    return this.options.rules.invitationSettingsLimits;
  }

  /** The language the e-mail goes out in: the settings' (as typed, when valid). */
  locale(): MailLocale {
    return this.draft.locale;
  }

  /**
   * The e-mail as the person will receive it, filled by `invitationMail` — the function the backends
   * send with: their name, the company, their pending invitation's link and expiry (else a sample link
   * and the expiry a link sent now would get). `name` is the sample name for when no one is known.
   */
  preview(sampleName: string): { subject: string; body: string; real: boolean; name: string } {
    const { invitation, contact } = this.person;
    const days = number(this.draft.validityDays);
    const { rules } = this.options;
    const validity = rules.invitationSettingsErrors({ validityDays: days }).length
      ? (this.settings?.validityDays ?? 30)
      : days;
    const expiresAt =
      invitation?.expiresAt ??
      new Date(Date.parse(this.options.now()) + validity * day).toISOString();
    const name = contact?.name ?? sampleName;
    const mail = rules.invitationMail(
      { subject: this.subject, body: this.body },
      {
        name,
        company: this.options.company(),
        link: invitation?.setupUrl ?? sampleLink,
        expiresAt,
      },
      this.locale(),
    );
    return { ...mail, real: Boolean(contact), name };
  }

  /** Whether the e-mail as written is the one saved. */
  private mailSaved(): boolean {
    const saved = this.template;
    return !saved || (this.subject === saved.subject && this.body === saved.body);
  }

  /** Whether the settings as typed are the ones saved. */
  private settingsSaved(): boolean {
    const saved = this.settings;
    if (!saved) return true;
    const settings = this.settingsInput();
    const keys = Object.keys(settings) as (keyof InvitationSettingsInput)[];
    return keys.every((key) => settings[key] === saved[key]);
  }

  /** Whether closing now would lose edits: the e-mail or the settings differ from what is saved. */
  get changed(): boolean {
    return this.status === 'ready' && !(this.mailSaved() && this.settingsSaved());
  }

  /** Saves the tab shown. */
  save(): Promise<void> {
    return this.tab === 'mail' ? this.saveMail() : this.saveSettings();
  }

  private async saveMail(): Promise<void> {
    const adapter = this.options.portal.adapter;
    const current = this.template;
    if (!adapter || !current || this.busy || !this.verdict().allowed) return;
    if (this.mailErrors().length) return this.needsFixing();
    const template = { subject: this.subject, body: this.body };
    if (this.mailSaved()) {
      this.banner = undefined;
      this.options.notify({ kind: 'unchanged' });
      return;
    }
    const request = { template, version: current.version };
    if (!emit(this.host, 'portico-invitation-template-request', request)) return;
    await this.write(
      async () => {
        const saved = await adapter.invitations.updateTemplate(template, {
          version: current.version,
        });
        this.takeTemplate(saved);
        emit(this.host, 'portico-invitation-template-changed', { template: saved });
      },
      async () => {
        // Their version underneath, the edits on top: saving again replaces theirs knowingly.
        this.template = await adapter.invitations.template();
        this.subject = template.subject;
        this.body = template.body;
      },
    );
  }

  private async saveSettings(): Promise<void> {
    const adapter = this.options.portal.adapter;
    const current = this.settings;
    if (!adapter || !current || this.busy || !this.verdict().allowed) return;
    if (this.settingsErrors().length) return this.needsFixing();
    const settings = this.settingsInput();
    if (this.settingsSaved()) {
      this.banner = undefined;
      this.options.notify({ kind: 'unchanged' });
      return;
    }
    const request = { settings, version: current.version };
    if (!emit(this.host, 'portico-invitation-settings-request', request)) return;
    await this.write(
      async () => {
        const saved = await adapter.invitations.updateSettings(settings, {
          version: current.version,
        });
        this.takeSettings(saved);
        emit(this.host, 'portico-invitation-settings-changed', { settings: saved });
      },
      async () => {
        const draft = this.draft;
        this.takeSettings(await adapter.invitations.settings());
        this.draft = draft;
      },
    );
  }

  private needsFixing(): void {
    this.banner = { kind: 'fix' };
    this.host.requestUpdate();
  }

  /** Runs a save: busy meanwhile; a conflict rebases (`rebase`), a refusal goes to its fields or the banner. */
  private async write(save: () => Promise<void>, rebase: () => Promise<void>): Promise<void> {
    const tab = this.tab;
    this.busy = true;
    this.banner = undefined;
    this.host.requestUpdate();
    try {
      await save();
      this.refusals = [];
      this.options.notify({ kind: 'saved', tab });
    } catch (error) {
      if (AdapterError.is(error) && error.kind === 'conflict') {
        try {
          await rebase();
          this.banner = { kind: 'conflict' };
        } catch (again) {
          this.banner = { kind: 'error', error: again };
        }
      } else if (AdapterError.is(error) && error.kind === 'validation' && error.fields.length) {
        this.refusals = error.fields;
        this.banner = { kind: 'fix' };
      } else {
        this.banner = { kind: 'error', error };
      }
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
