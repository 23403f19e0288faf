/**
 * The shape (types) of a contact record, for {@link validateContactInput} and
 * {@link validateContactPatch}: zod schemas with every field optional (a missing field is the
 * content checks' `required`), a fast plain type check that agrees with them exactly (a property test
 * holds the two together), and zod's issues turned into field errors.
 *
 * @module
 */
import * as z from 'zod';
import type { FieldError } from '../adapter/errors.js';
import { communicationSchema, documentTypes, siteAccessSchema } from '../model/index.js';

const text = z.string().optional();
const documentShape = z.object({ type: z.enum(documentTypes).optional(), number: text });
const phoneShape = z.object({ countryCode: text, area: text, number: text });
/** A new contact's shape: every field optional, each of its type. */
export const inputShape = z.object({
  name: text,
  email: text,
  country: text,
  document: documentShape.optional(),
  phone: phoneShape.optional(),
  jobTitle: text,
  company: text,
  address: text,
  notes: text,
  consultingAuthorized: z.boolean().optional(),
  communication: communicationSchema.optional(),
  role: text,
  grants: z.array(z.string()).optional(),
  sites: z.array(siteAccessSchema).optional(),
});
/** An edit's shape: the profile fields of {@link inputShape} (e-mail and access are not edited here). */
export const patchShape = inputShape.omit({ email: true, role: true, grants: true, sites: true });

/** A record whose shape is not known yet. */
export type Loose = Record<string, unknown>;

const documentTypeSet: ReadonlySet<unknown> = new Set(documentTypes);

/** A non-null, non-array object (what `z.object` accepts). */
export function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

/** zod's issues as field errors: `invalid-type` (`params.expected`) or `invalid-value` (`params.allowed`). */
export function shapeErrors(schema: z.ZodType, record: Loose): FieldError[] {
  const result = schema.safeParse(record);
  if (result.success) return [];
  return result.error.issues.map((issue): FieldError => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'invalid_type') {
      return { field, code: 'invalid-type', params: { expected: issue.expected } };
    }
    if (issue.code === 'invalid_value') {
      return {
        field,
        code: 'invalid-value',
        params: { allowed: issue.values.map(String).join(', ') },
      };
    }
    return { field, code: 'invalid-value' };
  });
}
