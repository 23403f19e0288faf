/**
 * Whole-record checks of a contact, shared by every adapter (a backend refuses what a form would) and
 * by the contact form (the same words, before the round trip).
 *
 * Shape (types) is described once with plain shapes (`./contact-shape.ts`, no zod, held to the model's
 * zod schemas by a property test); content (CPF, phone, e-mail, lengths) is checked by the hand-written
 * validators of this folder. For speed — a CSV import validates every row — an inlined type check runs
 * first and the shapes are asked only when that check finds a wrong type, to name each one. Nothing is
 * built per call. No zod: element bundles use these checks.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import type {
  Contact,
  ContactInput,
  ContactPatch,
  IdentityDocument,
  Phone,
} from '../model/index.js';
import {
  inputShape,
  isObject,
  patchShape,
  shapeErrors,
  shapeLooksRight,
  type Loose,
} from './contact-shape.js';
import { isCountryCode } from './countries.js';
import { checkCpf, isStoredCpf } from './cpf.js';
import { emailKey, isStoredEmail, isValidEmail, normalizeEmail } from './email.js';
import { checkPhone, isStoredPhone, normalizePhone } from './phone.js';
import { TextSlots } from './text-slot.js';

/** The outcome of a whole-record check: the cleaned value, or every bad field. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Length limits of a contact's text fields (characters, after trimming). */
export const contactLimits = Object.freeze({
  nameMin: 2,
  name: 200,
  jobTitle: 120,
  company: 200,
  address: 500,
  notes: 4000,
  documentNumber: 40,
});

/** The record a patch is applied to, for rules that depend on it (CPF when the country is Brazil). */
export type ContactPatchBase = Pick<Contact, 'country' | 'document'> & { email?: string };

// ── content ──────────────────────────────────────────────────────────────────────────────────────

const innerSpace = /\s+/g;
/**
 * What {@link tidy} changes inside a trimmed text: whitespace other than the plain space, or two spaces
 * in a row. (A regular expression scans a text faster than a loop of `charCodeAt`.)
 */
const untidySpace = /[^\S ]| {2}/;

/** Trims and collapses runs of whitespace to one space (names, job titles). */
function tidy(value: string): string {
  const trimmed = value.trim();
  return untidySpace.test(trimmed) ? trimmed.replace(innerSpace, ' ') : trimmed;
}

/** A required one-line text: `required`, `too-short`, `too-long`. Returns the tidy value when fine. */
function checkLine(
  errors: FieldError[],
  field: string,
  value: unknown,
  max: number,
  min = 1,
): string | undefined {
  if (value === undefined) {
    errors.push({ field, code: 'required' });
    return undefined;
  }
  if (typeof value !== 'string') return undefined; // reported by the shape check
  const tidied = tidy(value);
  if (tidied === '') errors.push({ field, code: 'required' });
  else if (tidied.length < min) errors.push({ field, code: 'too-short', params: { min } });
  else if (tidied.length > max) errors.push({ field, code: 'too-long', params: { max } });
  else return tidied;
  return undefined;
}

/** An optional free text: only `too-long`. */
function checkOptional(errors: FieldError[], field: string, value: unknown, max: number): void {
  if (typeof value === 'string' && value.trim().length > max) {
    errors.push({ field, code: 'too-long', params: { max } });
  }
}

/** Checks the e-mail; returns it normalised when it is valid. */
function checkEmail(errors: FieldError[], value: unknown): string | undefined {
  if (value === undefined) errors.push({ field: 'email', code: 'required' });
  else if (typeof value === 'string') {
    // Already stored: valid and unchanged by normalising (see `isStoredEmail`), without the work.
    if (isStoredEmail(value)) return value;
    const email = normalizeEmail(value);
    if (email === '') errors.push({ field: 'email', code: 'required' });
    else if (!isValidEmail(email)) errors.push({ field: 'email', code: 'email-format' });
    else return email;
  }
  return undefined;
}

/** Checks the country; returns the normalised code when it is a real one. */
function checkCountry(errors: FieldError[], value: unknown): string | undefined {
  if (value === undefined) {
    errors.push({ field: 'country', code: 'required' });
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  if (code === '') errors.push({ field: 'country', code: 'required' });
  else if (!isCountryCode(code)) errors.push({ field: 'country', code: 'country-code' });
  else return code;
  return undefined;
}

/**
 * Checks the identity document against the country: a valid CPF in Brazil (type `cpf` or left out;
 * another type is reported alone); elsewhere any other type, and a number. With `country` undefined
 * (missing or invalid), a `cpf` document is checked as a CPF and any other only for presence.
 */
function checkDocument(
  errors: FieldError[],
  value: unknown,
  country: string | undefined,
): IdentityDocument | undefined {
  if (value !== undefined && !isObject(value)) return undefined; // reported by the shape check
  const document: Loose = value ?? {};
  const type = document.type;
  const number = document.number;
  const brazil = country === 'BR';
  if (brazil && type !== undefined && type !== 'cpf') {
    // The number was meant as another document; judging it as a CPF would only add noise.
    errors.push({ field: 'document.type', code: 'document-cpf-required' });
    return undefined;
  } else if (!brazil && country !== undefined && type === 'cpf') {
    errors.push({ field: 'document.type', code: 'document-cpf-foreign' });
  } else if (!brazil && type === undefined) {
    errors.push({ field: 'document.type', code: 'required' });
  }
  if (number !== undefined && typeof number !== 'string') return undefined;
  if (brazil || (country === undefined && type === 'cpf')) {
    // 11 bare digits of a valid CPF: what `checkCpf` would keep (see `isStoredCpf`).
    if (number !== undefined && isStoredCpf(number)) return { type: 'cpf', number };
    const check = checkCpf(number ?? '');
    if (check.valid) return { type: 'cpf', number: check.digits };
    errors.push(
      check.suggestion === undefined
        ? { field: 'document.number', code: check.code! }
        : { field: 'document.number', code: check.code!, params: { suggestion: check.suggestion } },
    );
    return undefined;
  }
  const clean = checkLine(errors, 'document.number', number, contactLimits.documentNumber);
  return clean === undefined
    ? undefined
    : { type: type as IdentityDocument['type'], number: clean };
}

function textOrEmpty(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Checks the phone; returns it normalised when it is valid. */
function checkPhoneField(errors: FieldError[], value: unknown): Phone | undefined {
  if (value !== undefined && !isObject(value)) return undefined; // reported by the shape check
  const loose: Loose = value ?? {};
  const phone: Phone = {
    countryCode: textOrEmpty(loose.countryCode),
    area: textOrEmpty(loose.area),
    number: textOrEmpty(loose.number),
  };
  // Valid and unchanged by normalising (see `isStoredPhone`): nothing to find or clean.
  if (isStoredPhone(phone.countryCode, phone.area, phone.number)) return phone;
  const found = checkPhone(phone);
  if (found.length === 0) return normalizePhone(phone);
  for (const error of found) {
    // A part of the wrong type was reported by the shape check; do not call it missing as well.
    const part = loose[error.field.slice('phone.'.length)];
    if (part === undefined || typeof part === 'string') errors.push(error);
  }
  return undefined;
}

/** The order fields appear in the form; errors are reported in it. */
const fieldOrder = [
  '',
  'name',
  'email',
  'country',
  'document',
  'document.type',
  'document.number',
  'phone',
  'phone.countryCode',
  'phone.area',
  'phone.number',
  'jobTitle',
  'company',
  'address',
  'notes',
  'consultingAuthorized',
  'communication',
  'role',
  'grants',
  'sites',
];

function rank(field: string): number {
  const exact = fieldOrder.indexOf(field);
  if (exact >= 0) return exact;
  const top = fieldOrder.indexOf(field.split('.')[0]!);
  return top >= 0 ? top + 0.5 : fieldOrder.length;
}

function sorted(errors: FieldError[]): FieldError[] {
  return errors.length < 2 ? errors : [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}

const notAnObject: FieldError = { field: '', code: 'invalid-type', params: { expected: 'object' } };

// ── values ───────────────────────────────────────────────────────────────────────────────────────

/** Copies the optional fields a patch and an input share, trimmed. */
function cleanOptional(record: Loose, into: ContactPatch, keepEmpty: boolean): void {
  for (const key of ['company', 'address', 'notes'] as const) {
    const value = record[key];
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed !== '' || keepEmpty) into[key] = trimmed;
  }
  if (typeof record.consultingAuthorized === 'boolean') {
    into.consultingAuthorized = record.consultingAuthorized;
  }
  const communication = record.communication as ContactInput['communication'];
  if (communication) {
    into.communication = {
      productNews: communication.productNews,
      systemUpdates: communication.systemUpdates,
      ticketUpdates: communication.ticketUpdates,
    };
  }
}

// ── public ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Checks a new contact and returns it cleaned, or every bad field (never just the first):
 * - `name`: required, 2–200 characters after trimming (`required`, `too-short`, `too-long`);
 * - `email`: required and valid (`email-format`);
 * - `country`: required, an ISO 3166-1 alpha-2 code in any case (`country-code`);
 * - `document`: in Brazil a valid CPF (`document.number`: the codes of {@link checkCpf}; for
 *   Excel-stripped zeros `cpf-leading-zeros` with the fix in `params.suggestion`; `document.type`
 *   other than `cpf`: `document-cpf-required`); elsewhere a type other than `cpf`
 *   (`document-cpf-foreign`) and a number (`required`, `too-long`);
 * - `phone`: the codes of {@link checkPhone};
 * - `jobTitle`: required, at most 120 characters;
 * - optional `company`, `address`, `notes`: `too-long` past 200 / 500 / 4000 characters;
 * - a value of the wrong type: `invalid-type` (`params.expected`), an unknown document type:
 *   `invalid-value` (`params.allowed`); input that is not an object: field `''`, `invalid-type`.
 *
 * Unknown keys are ignored (and left out of the value). The value is normalised: names and job title
 * trimmed with inner spaces collapsed, e-mail per {@link normalizeEmail}, country upper-cased, CPF as
 * 11 bare digits with type `cpf`, phone parts as digits ({@link normalizePhone}), empty optional texts
 * dropped, arrays copied.
 */
export function validateContactInput(input: unknown): ValidationResult<ContactInput> {
  if (!isObject(input)) return { ok: false, errors: [notAnObject] };
  const errors = shapeLooksRight(input, false) ? [] : shapeErrors(inputShape, input);
  const name = checkLine(errors, 'name', input.name, contactLimits.name, contactLimits.nameMin);
  const email = checkEmail(errors, input.email);
  const country = checkCountry(errors, input.country);
  const document = checkDocument(errors, input.document, country);
  const phone = checkPhoneField(errors, input.phone);
  const jobTitle = checkLine(errors, 'jobTitle', input.jobTitle, contactLimits.jobTitle);
  checkOptional(errors, 'company', input.company, contactLimits.company);
  checkOptional(errors, 'address', input.address, contactLimits.address);
  checkOptional(errors, 'notes', input.notes, contactLimits.notes);
  if (errors.length > 0) return { ok: false, errors: sorted(errors) };

  const value: ContactInput = {
    name: name!,
    email: email!,
    country: country!,
    document: document!,
    phone: phone!,
    jobTitle: jobTitle!,
  };
  cleanOptional(input, value, false);
  if (typeof input.role === 'string') value.role = input.role;
  if (input.grants) value.grants = [...(input.grants as string[])];
  if (input.sites) {
    value.sites = (input.sites as NonNullable<ContactInput['sites']>).map((site) => ({
      siteId: site.siteId,
      capabilities: [...site.capabilities],
    }));
  }
  return { ok: true, value };
}

// ── the fast path ────────────────────────────────────────────────────────────────────────────────

/** A required one-line text {@link checkLine} accepts and keeps as it is (tidy, within its limits). */
function isStoredLine(value: unknown, max: number, min = 1): value is string {
  return (
    typeof value === 'string' && value.length >= min && value.length <= max && tidy(value) === value
  );
}

/**
 * What {@link quickContactInput} remembers between the calls of one caller: job titles it found stored
 * as they are (a column of a few dozen words repeated row after row, each otherwise scanned again), in
 * {@link TextSlots}: a text is known only when it is the very text a slot holds, so the verdict is
 * always the one {@link isStoredLine} gives. Make one per import; it holds no more than its slots.
 */
export class QuickContactMemo {
  private readonly jobTitles = new TextSlots<true>();

  /** Whether `value` is a text already found a stored job title. */
  knowsJobTitle(value: string): boolean {
    return this.jobTitles.get(value) === true;
  }

  /** Remembers `value` as a stored job title. */
  learnJobTitle(value: string): void {
    this.jobTitles.set(value, true);
  }
}

/** {@link isStoredLine} for a job title, asking `memo` first and telling it what it finds. */
function isStoredJobTitle(value: unknown, memo: QuickContactMemo | undefined): value is string {
  if (memo === undefined) return isStoredLine(value, contactLimits.jobTitle);
  if (typeof value === 'string' && memo.knowsJobTitle(value)) return true;
  if (!isStoredLine(value, contactLimits.jobTitle)) return false;
  memo.learnJobTitle(value);
  return true;
}

/** An optional text absent (`undefined` or `''`), or one the checks accept and keep as it is. */
function isStoredOptional(value: unknown, max: number): boolean {
  return (
    value === undefined ||
    value === '' ||
    (typeof value === 'string' && value.length <= max && value.trim() === value)
  );
}

/** A foreign document's type: one the shape knows, not `cpf`. */
function isForeignType(type: unknown): type is IdentityDocument['type'] {
  return type === 'passport' || type === 'national-id' || type === 'other';
}

/**
 * The fast path of {@link validateContactInput}, for callers that check many records (a CSV import):
 * the value it returns, when `input` is certainly valid and needs no cleaning — every text tidy
 * already, the e-mail, CPF and phone in their stored forms, no communication choices, grants or sites —
 * and `undefined` whenever it is not certain (then ask {@link validateContactInput}, which says why).
 * Each field test is the field check's own fast path (`isStoredCpf`, `isStoredEmail`, `isStoredPhone`,
 * `tidy` and {@link contactLimits}); of {@link checkDocument}'s pairings of country and document it takes
 * only the plain ones (Brazil: a CPF, type `cpf` or left out; a real country elsewhere: a passport,
 * national id or other document). A property test (`test/core/validation/fast-paths.test.ts`) holds it
 * to {@link validateContactInput}: whenever it answers, the same value.
 *
 * @param memo what to remember between calls (a caller checking many records); the answer is the same
 *   with it or without.
 */
export function quickContactInput(
  input: unknown,
  memo?: QuickContactMemo,
): ContactInput | undefined {
  if (!isStoredContactInput(input, memo)) return undefined;
  const { document, phone } = input;
  const value: ContactInput = {
    name: input.name,
    email: input.email,
    country: input.country,
    document: { type: document.type ?? 'cpf', number: document.number },
    phone: { countryCode: phone.countryCode, area: phone.area, number: phone.number },
    jobTitle: input.jobTitle,
  };
  if (input.company) value.company = input.company;
  if (input.address) value.address = input.address;
  if (input.notes) value.notes = input.notes;
  if (input.consultingAuthorized !== undefined) {
    value.consultingAuthorized = input.consultingAuthorized;
  }
  if (input.role !== undefined) value.role = input.role;
  return value;
}

/**
 * Whether {@link quickContactInput} answers for `input`: the same test, without building the value —
 * for a caller that only needs the verdict and the keys (a CSV import plans rows; it builds a row's
 * contact when it writes it). When true, the value {@link validateContactInput} returns has every
 * field as `input` has it, and a document of type `cpf` when the country is Brazil.
 */
export function isStoredContactInput(
  input: unknown,
  memo?: QuickContactMemo,
): input is StoredContactInput {
  if (!isObject(input)) return false;
  const { name, email, country, document, phone, jobTitle, company, address, notes } = input;
  const consultingAuthorized = input.consultingAuthorized;
  const role = input.role;
  if (
    !isStoredLine(name, contactLimits.name, contactLimits.nameMin) ||
    !isStoredJobTitle(jobTitle, memo) ||
    typeof email !== 'string' ||
    !isStoredEmail(email) ||
    typeof country !== 'string' ||
    !isObject(document) ||
    !isObject(phone) ||
    !isStoredOptional(company, contactLimits.company) ||
    !isStoredOptional(address, contactLimits.address) ||
    !isStoredOptional(notes, contactLimits.notes) ||
    (consultingAuthorized !== undefined && typeof consultingAuthorized !== 'boolean') ||
    (role !== undefined && typeof role !== 'string') ||
    input.communication !== undefined ||
    input.grants !== undefined ||
    input.sites !== undefined
  ) {
    return false;
  }
  const type = document.type;
  const number = document.number;
  if (typeof number !== 'string') return false;
  if (country === 'BR') {
    if ((type !== undefined && type !== 'cpf') || !isStoredCpf(number)) return false;
  } else if (
    !isForeignType(type) ||
    !isCountryCode(country) ||
    !isStoredLine(number, contactLimits.documentNumber)
  ) {
    return false;
  }
  const { countryCode, area, number: phoneNumber } = phone;
  return (
    typeof countryCode === 'string' &&
    typeof area === 'string' &&
    typeof phoneNumber === 'string' &&
    isStoredPhone(countryCode, area, phoneNumber)
  );
}

/** An input {@link isStoredContactInput} accepts: its fields are the value's (see there). */
type StoredContactInput = Omit<ContactInput, 'document'> & {
  document: { type?: IdentityDocument['type']; number: string };
};

/**
 * Checks an edit of a contact: only the fields present (not `undefined`) are checked, with the rules
 * of {@link validateContactInput}, and every bad one is reported.
 * - `email` present → `{ field: 'email', code: 'email-immutable' }` — unless `base` is given and the
 *   address is the same one (a form that sends the whole record); it is then left out of the value.
 * - The document is checked against the country the contact will have: the patch's, else `base`'s.
 *   A patch that moves a contact to or from Brazil is checked against `base.document` when it does
 *   not bring a document of its own.
 * - Keys outside {@link ContactPatch} (role, grants, sites — changed through permissions) and unknown
 *   keys are ignored. Empty optional texts are kept as `''` (they clear the field).
 *
 * @param base the contact as it is now, when known (adapters always know it).
 */
export function validateContactPatch(
  patch: unknown,
  base?: ContactPatchBase,
): ValidationResult<ContactPatch> {
  if (!isObject(patch)) return { ok: false, errors: [notAnObject] };
  const errors = shapeLooksRight(patch, true) ? [] : shapeErrors(patchShape, patch);
  if (patch.email !== undefined) {
    const same =
      base?.email !== undefined &&
      typeof patch.email === 'string' &&
      emailKey(patch.email) === emailKey(base.email);
    if (!same) errors.push({ field: 'email', code: 'email-immutable' });
  }
  const value: ContactPatch = {};
  if (patch.name !== undefined) {
    const name = checkLine(errors, 'name', patch.name, contactLimits.name, contactLimits.nameMin);
    if (name !== undefined) value.name = name;
  }
  let country = base?.country;
  if (patch.country !== undefined) {
    country = checkCountry(errors, patch.country);
    if (country !== undefined) value.country = country;
  }
  const countryChanged = patch.country !== undefined && country !== base?.country;
  if (patch.document !== undefined) {
    const document = checkDocument(errors, patch.document, country);
    if (document !== undefined) value.document = document;
  } else if (countryChanged && base && country !== undefined) {
    checkDocument(errors, base.document, country);
  }
  if (patch.phone !== undefined) {
    const phone = checkPhoneField(errors, patch.phone);
    if (phone !== undefined) value.phone = phone;
  }
  if (patch.jobTitle !== undefined) {
    const jobTitle = checkLine(errors, 'jobTitle', patch.jobTitle, contactLimits.jobTitle);
    if (jobTitle !== undefined) value.jobTitle = jobTitle;
  }
  checkOptional(errors, 'company', patch.company, contactLimits.company);
  checkOptional(errors, 'address', patch.address, contactLimits.address);
  checkOptional(errors, 'notes', patch.notes, contactLimits.notes);
  if (errors.length > 0) return { ok: false, errors: sorted(errors) };

  cleanOptional(patch, value, true);
  return { ok: true, value };
}
