import type { FieldError } from '../../core/adapter/errors.js';
import type { ContactProfileField } from '../../core/model/constants.js';
import type {
  Contact,
  ContactInput,
  ContactPatch,
  IdentityDocument,
} from '../../core/model/index.js';
import type { Verdict } from '../../core/rules/index.js';
import { digitsOnly } from '../../core/search/normalize.js';
import {
  formatCpf,
  formatPhone,
  phoneFromNational,
  suggestEmail,
  validateContactInput,
  validateContactPatch,
} from '../../core/validation/index.js';

/** The values of the contact form, as typed (strings are kept verbatim, so nothing typed is lost). */
export interface ContactFormValues {
  country: string;
  name: string;
  cpf: string;
  documentType: Exclude<IdentityDocument['type'], 'cpf'>;
  documentNumber: string;
  phoneArea: string;
  phoneNumber: string;
  email: string;
  emailConfirmation: string;
  jobTitle: string;
  consultingAuthorized: boolean;
  company: string;
  address: string;
  notes: string;
  role: string;
}

export type FormField = keyof ContactFormValues;

/** Countries offered first, with their calling codes; any other ISO code typed by a vendor still works. */
export const countryCallingCodes: Record<string, string> = {
  BR: '55',
  AR: '54',
  CL: '56',
  CO: '57',
  MX: '52',
  PE: '51',
  PT: '351',
  ES: '34',
  US: '1',
};

const requiredFields: FormField[] = ['country', 'name', 'phoneNumber', 'email', 'jobTitle'];

/** The form's fields that show each profile field of a contact (`editableFields` answers per profile field). */
export const formFieldsOf: Record<ContactProfileField, FormField[]> = {
  name: ['name'],
  country: ['country'],
  document: ['cpf', 'documentType', 'documentNumber'],
  phone: ['phoneArea', 'phoneNumber'],
  jobTitle: ['jobTitle'],
  company: ['company'],
  address: ['address'],
  notes: ['notes'],
  consultingAuthorized: ['consultingAuthorized'],
  communication: [],
};

/** Whether the form asks for a separate area code: only Brazil's DDD (elsewhere it is part of the number). */
export const asksForArea = (country: string): boolean => country === 'BR';

/** Where an adapter's dotted field path (`document.number`, `phone.area`) shows in the form. */
export function formFieldOf(path: string, country: string): FormField | undefined {
  switch (path) {
    case 'document':
    case 'document.number':
      return country === 'BR' ? 'cpf' : 'documentNumber';
    case 'document.type':
      return country === 'BR' ? 'cpf' : 'documentType';
    case 'phone':
    case 'phone.number':
      return 'phoneNumber';
    case 'phone.area':
      return asksForArea(country) ? 'phoneArea' : 'phoneNumber';
    case 'phone.countryCode':
      return 'country';
    case 'consultingAuthorized':
    case 'country':
    case 'name':
    case 'email':
    case 'emailConfirmation':
    case 'jobTitle':
    case 'company':
    case 'address':
    case 'notes':
    case 'role':
      return path;
    default:
      return undefined;
  }
}

/** The empty form of a new contact: Brazil, the policy's default role. */
export function emptyValues(defaultRole: string): ContactFormValues {
  return {
    country: 'BR',
    name: '',
    cpf: '',
    documentType: 'passport',
    documentNumber: '',
    phoneArea: '',
    phoneNumber: '',
    email: '',
    emailConfirmation: '',
    jobTitle: '',
    consultingAuthorized: false,
    company: '',
    address: '',
    notes: '',
    role: defaultRole,
  };
}

/** A contact's values in the form. */
export function valuesOf(contact: Contact): ContactFormValues {
  const isCpf = contact.document.type === 'cpf';
  const area = asksForArea(contact.country);
  return {
    country: contact.country,
    name: contact.name,
    cpf: isCpf ? formatCpf(contact.document.number) : '',
    documentType: contact.document.type === 'cpf' ? 'passport' : contact.document.type,
    documentNumber: isCpf ? '' : contact.document.number,
    phoneArea: area ? contact.phone.area : '',
    // Outside Brazil one field holds the national number, written the country's way.
    phoneNumber: area ? contact.phone.number : formatPhone(contact.phone, { national: true }),
    email: contact.email,
    emailConfirmation: contact.email,
    jobTitle: contact.jobTitle,
    consultingAuthorized: contact.consultingAuthorized,
    company: contact.company ?? '',
    address: contact.address ?? '',
    notes: contact.notes ?? '',
    role: contact.role,
  };
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

function documentOf(values: ContactFormValues): IdentityDocument {
  return values.country === 'BR'
    ? { type: 'cpf', number: values.cpf.replace(/[.\-\s]/g, '') }
    : { type: values.documentType, number: values.documentNumber.trim() };
}

/**
 * The phone the form's values make: Brazil's DDD and number as typed; elsewhere the national number
 * split the way the country stores it. A contact's own phone is kept as stored when its digits did not
 * change (so an edit that leaves it alone never rewrites it), and its calling code is kept for a
 * country the form has none for.
 */
function phoneOf(values: ContactFormValues, contact?: Contact): Contact['phone'] {
  const same = contact?.country === values.country;
  const countryCode =
    countryCallingCodes[values.country] ?? (same ? contact.phone.countryCode : '');
  if (asksForArea(values.country))
    return {
      countryCode,
      area: digitsOnly(values.phoneArea),
      number: digitsOnly(values.phoneNumber),
    };
  const typed = digitsOnly(values.phoneNumber);
  if (
    same &&
    countryCode === contact.phone.countryCode &&
    typed === contact.phone.area + contact.phone.number
  )
    return { countryCode, area: contact.phone.area, number: contact.phone.number };
  return { ...phoneFromNational(countryCode, typed), countryCode };
}

/** What the adapter's `create` receives. */
export function inputOf(values: ContactFormValues): ContactInput {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    country: values.country,
    document: documentOf(values),
    phone: phoneOf(values),
    jobTitle: values.jobTitle.trim(),
    company: optional(values.company),
    address: optional(values.address),
    notes: optional(values.notes),
    consultingAuthorized: values.consultingAuthorized,
    role: values.role,
  };
}

/** What the adapter's `update` receives: the profile, never the e-mail (immutable) nor access. */
export function patchOf(values: ContactFormValues, contact?: Contact): ContactPatch {
  return {
    name: values.name.trim(),
    country: values.country,
    document: documentOf(values),
    phone: phoneOf(values, contact),
    jobTitle: values.jobTitle.trim(),
    company: optional(values.company) ?? '',
    address: optional(values.address) ?? '',
    notes: optional(values.notes) ?? '',
    consultingAuthorized: values.consultingAuthorized,
  };
}

/**
 * What the form says over all its fields: someone else changed the contact meanwhile, the adapter
 * refused for a reason of no field, or it named fields the form does not have.
 */
export type FormBanner =
  | { tone: 'warning'; kind: 'conflict' }
  | { tone: 'error'; kind: 'error'; error: unknown }
  | { tone: 'error'; kind: 'fields'; fields: FieldError[] };

/**
 * The state of the add / edit form: values, which fields were left (errors show after a field is left,
 * and for every field after a submit), the adapter's field errors, and the values it was opened with
 * (to tell the user's edits apart when a conflict reloads the record).
 */
export class ContactForm {
  values: ContactFormValues;
  readonly initial: ContactFormValues;
  touched = new Set<FormField>();
  /** Errors from the adapter, shown until the field is edited. */
  serverErrors = new Map<FormField, FieldError>();
  /** A message over the whole form (a conflict, an error of no field). */
  banner: FormBanner | undefined;
  busy = false;
  submitted = false;
  /** Escape, Cancel or Close was pressed on a changed form: it asks before discarding. */
  confirmingDiscard = false;
  /** The e-mail suggestion the person dismissed (it is not offered again for the same address). */
  dismissedSuggestion = '';
  /**
   * Profile fields the actor may not change, with core's reason (`editableFields`): shown read-only.
   * Empty for a new contact.
   */
  locked = new Map<FormField, Verdict>();

  constructor(
    readonly mode: 'add' | 'edit',
    values: ContactFormValues,
    /** The contact being edited (its version guards the save). */
    public contact?: Contact,
    /** A stable key for this add, so a retried create never makes a second record. */
    readonly idempotencyKey = '',
  ) {
    this.values = values;
    this.initial = { ...values };
  }

  set<K extends FormField>(field: K, value: ContactFormValues[K]): void {
    if (this.locked.has(field)) return;
    const before = this.values;
    this.values = { ...this.values, [field]: value };
    this.serverErrors.delete(field);
    // Leaving Brazil: its DDD becomes the start of the national number (no separate area code elsewhere).
    if (field === 'country' && asksForArea(before.country) && !asksForArea(String(value))) {
      const national = [before.phoneArea, before.phoneNumber].filter((p) => p.trim()).join(' ');
      this.values = { ...this.values, phoneArea: '', phoneNumber: national };
    }
  }

  /** Marks, from core's answer per profile field, the fields the actor may not change. */
  lock(editable: Record<ContactProfileField, Verdict>): void {
    this.locked.clear();
    for (const [profile, verdict] of Object.entries(editable) as [ContactProfileField, Verdict][]) {
      if (verdict.allowed) continue;
      for (const field of formFieldsOf[profile]) this.locked.set(field, verdict);
    }
  }

  /** Whether the person changed anything since the form opened. */
  get dirty(): boolean {
    return Object.keys(this.edits()).length > 0;
  }

  /** The address the e-mail was probably meant to be (a typo in a common domain), if any. */
  emailSuggestion(): string | undefined {
    if (this.mode !== 'add') return undefined;
    const suggestion = suggestEmail(this.values.email);
    return suggestion && suggestion !== this.dismissedSuggestion ? suggestion : undefined;
  }

  /** Every field error: local checks and the validator's, then the adapter's for fields not edited since. */
  errors(): Map<FormField, FieldError> {
    const errors = new Map<FormField, FieldError>();
    const { values } = this;
    for (const field of requiredFields) {
      if (!String(values[field]).trim()) errors.set(field, { field, code: 'required' });
    }
    if (asksForArea(values.country) && !values.phoneArea.trim())
      errors.set('phoneArea', { field: 'phoneArea', code: 'required' });
    if (values.country === 'BR' && !values.cpf.trim())
      errors.set('cpf', { field: 'cpf', code: 'required' });
    if (values.country !== 'BR' && !values.documentNumber.trim())
      errors.set('documentNumber', { field: 'documentNumber', code: 'required' });
    const result =
      this.mode === 'add'
        ? validateContactInput(inputOf(values))
        : validateContactPatch(patchOf(values, this.contact));
    if (!result.ok) {
      for (const error of result.errors) {
        const field = formFieldOf(error.field, values.country);
        if (field && !errors.has(field)) errors.set(field, error);
      }
    }
    if (
      this.mode === 'add' &&
      values.emailConfirmation.trim() &&
      values.email.trim().toLowerCase() !== values.emailConfirmation.trim().toLowerCase()
    ) {
      errors.set('emailConfirmation', { field: 'emailConfirmation', code: 'email-mismatch' });
    } else if (this.mode === 'add' && !values.emailConfirmation.trim()) {
      errors.set('emailConfirmation', { field: 'emailConfirmation', code: 'required' });
    }
    if (this.mode === 'edit') {
      errors.delete('email');
      errors.delete('emailConfirmation');
    }
    for (const [field, error] of this.serverErrors) errors.set(field, error);
    // A field the actor may not change is never theirs to fix.
    for (const field of this.locked.keys()) errors.delete(field);
    return errors;
  }

  /** The errors to show now: those of fields the user has left, or all after a submit. */
  visibleErrors(): Map<FormField, FieldError> {
    const all = this.errors();
    if (this.submitted) return all;
    const shown = new Map<FormField, FieldError>();
    for (const [field, error] of all)
      if (this.touched.has(field) || this.serverErrors.has(field)) shown.set(field, error);
    return shown;
  }

  /** Maps an adapter's `validation` errors onto the fields; returns those that fit no field. */
  applyServerErrors(fields: FieldError[]): FieldError[] {
    const unplaced: FieldError[] = [];
    for (const error of fields) {
      const field = formFieldOf(error.field, this.values.country);
      if (field) this.serverErrors.set(field, error);
      else unplaced.push(error);
    }
    this.submitted = true;
    return unplaced;
  }

  /** The fields the user changed since the form opened. */
  edits(): Partial<ContactFormValues> {
    const changed: Partial<ContactFormValues> = {};
    for (const key of Object.keys(this.values) as FormField[]) {
      if (this.values[key] !== this.initial[key])
        (changed as Record<string, unknown>)[key] = this.values[key];
    }
    return changed;
  }

  /** After a conflict: the record as it is now, with the user's edits on top. */
  rebase(current: Contact): ContactForm {
    const next = new ContactForm(
      this.mode,
      { ...valuesOf(current), ...this.edits() },
      current,
      this.idempotencyKey,
    );
    // What the user typed stays marked as theirs, so a second conflict keeps it again.
    Object.assign(next.initial, valuesOf(current));
    next.locked = new Map(this.locked);
    return next;
  }
}
