import type { ReactiveControllerHost } from 'lit';
import { AdapterError } from '../../core/adapter/errors.js';
import { contactSchema } from '../../core/model/checks.js';
import type { Contact } from '../../core/model/index.js';
import type { Explanation } from '../../core/permissions/types.js';
import { editableFields } from '../../core/rules/index.js';
import { emit } from '../../events.js';
import { showDialog, type DialogSurface } from '../dialog-surface.js';
import type { Portal } from '../portal-controller.js';
import type { ContactActions } from './contact-actions.js';
import { ContactForm, emptyValues, inputOf, patchOf, valuesOf } from './contact-form.js';
import type { ContactQueryController } from './contact-query-controller.js';
import type { ListNotice } from './list-notice.js';

/** What the form controller works with, besides its host. */
export interface FormControllerOptions {
  portal: Portal;
  actions: ContactActions;
  rows: ContactQueryController;
  dialog: DialogSurface;
  notify: (notice: ListNotice) => void;
}

/** The roles the actor may give a new contact, and the engine's reason when some are left out. */
export interface RoleChoices {
  roles: string[];
  limit: Explanation | undefined;
}

/**
 * The add / edit flow of `<contact-list>`: opens the form, validates it (errors after a field is left,
 * all of them on submit), creates (with an idempotency key) or saves optimistically, and on a refusal
 * reopens the form with the adapter's field errors — or, on a conflict, with the record as it is now
 * and the user's edits on top. Nothing typed is lost.
 */
export class FormController {
  /** The form on screen, if any. */
  form: ContactForm | undefined;
  private opener: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: FormControllerOptions,
  ) {}

  /** Opens the add form (or the edit form of `contact`). */
  open(mode: 'add' | 'edit', contact: Contact | undefined, opener: HTMLElement | null): void {
    const engine = this.options.portal.engine;
    const values = contact
      ? valuesOf(contact)
      : emptyValues(engine?.policy.defaultRole ?? 'system-user');
    const key = mode === 'add' ? globalThis.crypto.randomUUID() : '';
    const form = new ContactForm(mode, values, contact, key);
    // The fields the actor may change are core's answer, as `contacts.update` enforces it.
    if (contact) form.lock(editableFields({ engine, actor: this.options.portal.actor }, contact));
    this.form = form;
    this.opener = opener;
    this.host.requestUpdate();
    void showDialog(this.host, this.options.dialog, opener);
  }

  /** The dialog closed (Cancel, Escape, a save): the form is gone. */
  closed(): void {
    if (!this.form) return;
    this.form = undefined;
    this.host.requestUpdate();
  }

  /** The person typed or left a field. */
  changed(): void {
    this.host.requestUpdate();
  }

  /**
   * Escape, Cancel or Close: a form with changes asks first ("Discard changes" / "Keep editing");
   * answers whether the dialog may close now.
   */
  requestClose(): boolean {
    const form = this.form;
    if (!form || form.busy) return !form?.busy;
    // Asked already: Escape again answers "Keep editing" (only the button discards).
    if (form.confirmingDiscard) {
      this.discard(false);
      return false;
    }
    if (!form.dirty) return true;
    form.confirmingDiscard = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.options.dialog.focus('[data-keep-editing]'));
    return false;
  }

  /** The answer to "Discard your changes?". */
  readonly discard = (discard: boolean): void => {
    const form = this.form;
    if (!form) return;
    form.confirmingDiscard = false;
    if (discard) {
      this.options.dialog.close();
      return;
    }
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.options.dialog.focusFirst());
  };

  /**
   * Takes a suggestion (the CPF with its lost zeros, the e-mail without its typo): the field gets it,
   * and focus goes back to the field (the suggestion's button is gone with the problem it fixed).
   */
  async takeSuggestion(field: 'cpf' | 'email', value: string): Promise<void> {
    const form = this.form;
    if (!form) return;
    form.set(field, value);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.dialog.focus(`#cf-${field}`);
  }

  /** Leaves the e-mail as typed: its suggestion is not offered again. */
  async keepEmail(): Promise<void> {
    const form = this.form;
    if (!form) return;
    form.dismissedSuggestion = form.emailSuggestion() ?? '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.dialog.focus('#cf-email');
  }

  /** The roles the actor may give a new contact (the default role is always there: it gives nothing). */
  roleChoices(): RoleChoices {
    const { engine, actor, facts } = this.options.portal;
    if (!engine || !actor) return { roles: [], limit: undefined };
    const { defaultRole } = engine.policy;
    const newcomer = {
      id: '',
      role: defaultRole,
      grants: [],
      sites: [],
      status: 'potential' as const,
    };
    const roles: string[] = [];
    let limit: Explanation | undefined;
    for (const role of engine.policy.roles) {
      const check =
        role.id === defaultRole
          ? undefined
          : engine.canGrant(actor, newcomer, { role: role.id, grants: [], sites: [] }, facts);
      if (!check || check.allowed) roles.push(role.id);
      else limit ??= check;
    }
    return { roles, limit };
  }

  /** Validates, then creates or saves. */
  async submit(): Promise<void> {
    const form = this.form;
    if (!form || form.busy) return;
    form.submitted = true;
    form.banner = undefined;
    if (form.errors().size) {
      this.host.requestUpdate();
      await this.focusFirstError();
      return;
    }
    if (form.mode === 'add') return this.create(form);
    return this.update(form);
  }

  private async focusFirstError(): Promise<void> {
    await this.host.updateComplete;
    this.options.dialog.focus('[aria-invalid="true"]');
  }

  /** Reopens the form (after a failed optimistic save), keeping what the user typed. */
  private reopen(form: ContactForm): void {
    form.busy = false;
    this.form = form;
    this.host.requestUpdate();
    void showDialog(this.host, this.options.dialog, this.opener?.isConnected ? this.opener : null);
    void this.focusFirstError();
  }

  private async create(form: ContactForm): Promise<void> {
    const { actions, dialog, notify, portal } = this.options;
    form.busy = true;
    this.host.requestUpdate();
    try {
      const contact = await actions.create(inputOf(form.values), form.idempotencyKey);
      dialog.close();
      notify({ kind: 'saved' });
      emit(this.host, 'portico-contact-saved', { contact, created: true });
      if (contact.role === portal.engine?.policy.adminRole) void portal.countFacts();
    } catch (error) {
      form.busy = false;
      this.explainFailure(form, error);
      this.host.requestUpdate();
      await this.focusFirstError();
    }
  }

  private async update(form: ContactForm): Promise<void> {
    const { actions, dialog, notify, rows } = this.options;
    const contact = form.contact;
    if (!contact) return;
    if (!form.dirty) {
      // Nothing changed: nothing to save, and the person is told so (not "saved").
      dialog.close();
      notify({ kind: 'unchanged', contact });
      return;
    }
    // Optimistic: the row shows the edit at once and the dialog closes; a refusal reopens it.
    dialog.close();
    try {
      const saved = await actions.update(contact, patchOf(form.values, contact), contact.version);
      notify({ kind: 'saved' });
      emit(this.host, 'portico-contact-saved', { contact: saved, created: false });
    } catch (error) {
      if (AdapterError.is(error) && error.kind === 'conflict') {
        const current = await this.currentOf(contact.id, error.current);
        if (current) {
          const rebased = form.rebase(current);
          rebased.banner = { tone: 'warning', kind: 'conflict' };
          void rows.applyAnswer([current]);
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
      return await this.options.portal.adapter?.contacts.get(id);
    } catch {
      return undefined;
    }
  }

  /** Puts an adapter's refusal on the form: field errors beside their fields, the rest in a banner. */
  private explainFailure(form: ContactForm, error: unknown): void {
    const unplaced =
      AdapterError.is(error) && error.fields.length ? form.applyServerErrors(error.fields) : null;
    if (unplaced === null) form.banner = { tone: 'error', kind: 'error', error };
    else if (unplaced.length) form.banner = { tone: 'error', kind: 'fields', fields: unplaced };
  }
}
