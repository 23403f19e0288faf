import { AdapterError } from '../../core/adapter/errors.js';
import { contactSchema } from '../../core/model/checks.js';
import type { Contact } from '../../core/model/index.js';
import { countryCodes } from '../../core/validation/index.js';
import { emit } from '../internal/index.js';
import {
  ContactForm,
  countryCallingCodes,
  emptyValues,
  inputOf,
  patchOf,
  valuesOf,
} from './contact-form.js';
import type { ContactSavedDetail } from './contact-events.js';
import type { FormView } from './contact-form-view.js';
import type { ContactList } from './contact-list.js';
import { fieldErrorText } from './contact-words.js';

/**
 * The add / edit flow of `<contact-list>`: opens the form, validates it (errors after a field is left,
 * all of them on submit), creates (with an idempotency key) or saves optimistically, and on a refusal
 * reopens the form with the adapter's field errors — or, on a conflict, with the record as it is now
 * and the user's edits on top. Nothing typed is lost.
 */
export class ContactFormFlow {
  private opener: HTMLElement | null = null;

  constructor(
    private readonly host: ContactList,
    private readonly show: (opener: HTMLElement | null) => Promise<void>,
  ) {}

  private get engine() {
    return this.host.portal.engine;
  }

  /** Opens the add form (or the edit form of `contact`). */
  open(mode: 'add' | 'edit', contact: Contact | undefined, opener: HTMLElement): void {
    const host = this.host;
    const engine = this.engine;
    const values = contact
      ? valuesOf(contact)
      : emptyValues(engine?.policy.defaultRole ?? 'system-user');
    const key = mode === 'add' ? globalThis.crypto.randomUUID() : '';
    host.dialog = { kind: 'form', form: new ContactForm(mode, values, contact, key) };
    this.opener = opener;
    void this.show(opener);
  }

  /** The roles the actor may give a new contact, and why others are missing. */
  private roleChoices(): { roles: { value: string; label: string }[]; limit?: string } {
    const host = this.host;
    const engine = this.engine;
    const actor = this.host.portal.actor;
    if (!engine || !actor) return { roles: [] };
    const { defaultRole } = engine.policy;
    const newcomer = {
      id: '',
      role: defaultRole,
      grants: [],
      sites: [],
      status: 'potential' as const,
    };
    const roles: { value: string; label: string }[] = [];
    let limit: string | undefined;
    for (const role of engine.policy.roles) {
      // The default role is what a newcomer has already: giving it grants nothing.
      const check =
        role.id === defaultRole
          ? undefined
          : engine.canGrant(
              actor,
              newcomer,
              { role: role.id, grants: [], sites: [] },
              { adminCount: host.adminCount },
            );
      if (!check || check.allowed) roles.push({ value: role.id, label: host.roleName(role.id) });
      else limit ??= host.reason({ allowed: false, engine: check });
    }
    return { roles, limit: limit ? host.msg('form.role-limited', { reason: limit }) : undefined };
  }

  /** What the form template needs. */
  view(form: ContactForm): FormView {
    const host = this.host;
    const names = new Intl.DisplayNames([host.t.locale], { type: 'region' });
    const first = Object.keys(countryCallingCodes);
    const rest = countryCodes.filter((code) => !first.includes(code));
    const countries = [...first, ...rest].map((code) => ({
      value: code,
      label: names.of(code) ?? code,
    }));
    if (!countries.some((c) => c.value === form.values.country))
      countries.unshift({ value: form.values.country, label: form.values.country });
    const { roles, limit } = this.roleChoices();
    return {
      form,
      msg: host.msg,
      errorText: (error) => fieldErrorText(host.msg, error),
      countries,
      roles,
      roleLimit: limit,
      changed: () => host.requestUpdate(),
      submit: (event) => {
        event.preventDefault();
        void this.submit(form);
      },
      cancel: () => host.dialogs.close(),
    };
  }

  private async focusFirstError(): Promise<void> {
    await this.host.updateComplete;
    this.host.dialogElement?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** Reopens the form (after a failed optimistic save), keeping what the user typed. */
  private reopen(form: ContactForm): void {
    const host = this.host;
    form.busy = false;
    host.dialog = { kind: 'form', form };
    void this.show(this.opener?.isConnected ? this.opener : null);
    void this.focusFirstError();
  }

  private async submit(form: ContactForm): Promise<void> {
    const host = this.host;
    if (form.busy) return;
    form.submitted = true;
    form.banner = undefined;
    if (form.errors().size) {
      host.requestUpdate();
      await this.focusFirstError();
      return;
    }
    if (form.mode === 'add') return this.create(form);
    return this.update(form);
  }

  private async create(form: ContactForm): Promise<void> {
    const host = this.host;
    form.busy = true;
    host.requestUpdate();
    try {
      const contact = await host.actions.create(inputOf(form.values), form.idempotencyKey);
      host.dialogs.close();
      host.toasts.show(host.msg('done.saved'));
      emit<ContactSavedDetail>(host, 'portico-contact-saved', { contact, created: true });
      if (contact.role === this.engine?.policy.adminRole) void host.flows.countAdmins();
    } catch (error) {
      form.busy = false;
      this.explainFailure(form, error);
      host.requestUpdate();
      await this.focusFirstError();
    }
  }

  private async update(form: ContactForm): Promise<void> {
    const host = this.host;
    const contact = form.contact;
    if (!contact) return;
    // Optimistic: the row shows the edit at once and the dialog closes; a refusal reopens it.
    host.dialogs.close();
    try {
      const saved = await host.actions.update(contact, patchOf(form.values), contact.version);
      host.toasts.show(host.msg('done.saved'));
      emit<ContactSavedDetail>(host, 'portico-contact-saved', { contact: saved, created: false });
    } catch (error) {
      if (AdapterError.is(error) && error.kind === 'conflict') {
        const current = await this.currentOf(contact.id, error.current);
        if (current) {
          const rebased = form.rebase(current);
          rebased.banner = { tone: 'warning', text: host.msg('form.conflict') };
          host.rows.upsert(current);
          this.reopen(rebased);
          return;
        }
      }
      this.explainFailure(form, error);
      this.reopen(form);
    }
  }

  /** The record as it is now: the conflict's `current` when it is a contact, else asked of the adapter. */
  private async currentOf(id: string, current: unknown): Promise<Contact | undefined> {
    const parsed = contactSchema.safeParse(current);
    if (parsed.success) return parsed.data;
    try {
      return await this.host.portal.adapter?.contacts.get(id);
    } catch {
      return undefined;
    }
  }

  /** Puts an adapter's refusal on the form: field errors beside their fields, the rest in a banner. */
  private explainFailure(form: ContactForm, error: unknown): void {
    const host = this.host;
    const unplaced =
      AdapterError.is(error) && error.fields.length ? form.applyServerErrors(error.fields) : null;
    if (unplaced === null) {
      form.banner = { tone: 'error', text: host.errorText(error) };
    } else if (unplaced.length) {
      form.banner = {
        tone: 'error',
        text: unplaced.map((e) => `${e.field}: ${fieldErrorText(host.msg, e)}`).join(' '),
      };
    }
  }
}
