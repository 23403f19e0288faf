/**
 * The shape (types) of a contact record, for {@link validateContactInput} and
 * {@link validateContactPatch}: plain shapes (`../model/shape.ts`, no zod) with every field optional (a
 * missing field is the content checks' `required`), a faster inlined type check that agrees with them
 * exactly, and the field errors they find. A property test holds both to the model's zod schemas.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import { communicationShape, siteAccessShape } from '../model/checks.js';
import { documentTypes } from '../model/constants.js';
import {
  array,
  boolean,
  isObject,
  object,
  oneOf,
  optional,
  string,
  type Shape,
} from '../model/shape.js';

export { isObject };

const text = optional(string);
const documentShape = optional(object({ type: optional(oneOf(documentTypes)), number: text }));
const phoneShape = optional(object({ countryCode: text, area: text, number: text }));
const flag = optional(boolean);
const communication = optional(communicationShape);

const inputFields = {
  name: text,
  email: text,
  country: text,
  document: documentShape,
  phone: phoneShape,
  jobTitle: text,
  company: text,
  address: text,
  notes: text,
  consultingAuthorized: flag,
  communication,
  role: text,
  grants: optional(array(string)),
  sites: optional(array(siteAccessShape)),
};
/** A new contact's shape: every field optional, each of its type. */
export const inputShape = object(inputFields);

const {
  email: _email,
  role: _role,
  grants: _grants,
  sites: _sites,
  ...profileFields
} = inputFields;
/** An edit's shape: the profile fields of {@link inputShape} (e-mail and access are not edited here). */
export const patchShape = object(profileFields);

/** A record whose shape is not known yet. */
export type Loose = Record<string, unknown>;

const documentTypeSet: ReadonlySet<unknown> = new Set(documentTypes);

function optString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function optBoolean(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}

function isStringArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

/**
 * The fast path of the shape check: true exactly when {@link inputShape} (or {@link patchShape})
 * would accept `record` (a property test holds the two together).
 */
export function shapeLooksRight(record: Loose, patch: boolean): boolean {
  if (
    !optString(record.name) ||
    !optString(record.country) ||
    !optString(record.jobTitle) ||
    !optString(record.company) ||
    !optString(record.address) ||
    !optString(record.notes) ||
    !optBoolean(record.consultingAuthorized)
  ) {
    return false;
  }
  const document = record.document;
  if (document !== undefined) {
    if (!isObject(document) || !optString(document.number)) return false;
    if (document.type !== undefined && !documentTypeSet.has(document.type)) return false;
  }
  const phone = record.phone;
  if (phone !== undefined) {
    if (!isObject(phone) || !optString(phone.countryCode) || !optString(phone.area)) return false;
    if (!optString(phone.number)) return false;
  }
  const communication = record.communication;
  if (communication !== undefined) {
    if (!isObject(communication)) return false;
    if (
      typeof communication.productNews !== 'boolean' ||
      typeof communication.systemUpdates !== 'boolean' ||
      typeof communication.ticketUpdates !== 'boolean'
    ) {
      return false;
    }
  }
  if (patch) return true;
  if (!optString(record.email) || !optString(record.role)) return false;
  if (record.grants !== undefined && !isStringArray(record.grants)) return false;
  const sites = record.sites;
  if (sites !== undefined) {
    if (!Array.isArray(sites)) return false;
    for (const site of sites as unknown[]) {
      if (!isObject(site) || typeof site.siteId !== 'string' || !isStringArray(site.capabilities)) {
        return false;
      }
    }
  }
  return true;
}

/**
 * What is wrong with `record`'s shape, as field errors: `invalid-type` (`params.expected`) or
 * `invalid-value` (`params.allowed`), in field order. Empty when the shape is right.
 */
export function shapeErrors(shape: Shape<unknown>, record: Loose): FieldError[] {
  const errors: FieldError[] = [];
  shape(record, '', errors);
  return errors;
}
