/**
 * Zod-free twins of the record schemas that element code checks at run time — a conflict's `current`
 * record, before it becomes the new baseline. Each answers `safeParse(value)` exactly as the zod schema
 * of the same name in `./contact.ts`, `./policy.ts` and `./records.ts` does (`success`, and `data`
 * with unknown keys dropped); `test/core/model/checks.test.ts` holds each pair together on generated
 * input and fails if a field is added to one and not the other.
 *
 * Import these in elements and controllers; the zod schemas belong to adapter boundaries.
 *
 * @module
 */
import {
  capabilityScopes,
  conditionIds,
  contactProfileFields,
  contactStatuses,
  documentTypes,
} from './constants.js';
import type { Approvers } from './records.js';
import type { Contact } from './contact.js';
import type { Policy } from './policy.js';
import {
  array,
  boolean,
  count,
  object,
  oneOf,
  optional,
  parse,
  string,
  text,
  type ObjectShape,
  type ParseResult,
} from './shape.js';

/** A record check with the `safeParse` of a zod schema. */
export interface RecordCheck<T> {
  /** The fields checked, in order (for the tests that compare them with the zod schema's). */
  readonly shape: ObjectShape<T>;
  safeParse(value: unknown): ParseResult<T>;
}

function recordCheck<T>(shape: ObjectShape<T>): RecordCheck<T> {
  return { shape, safeParse: (value) => parse(shape, value) };
}

const strings = array(string);
const id = text(1);

export const siteAccessShape = object({ siteId: string, capabilities: strings });
export const communicationShape = object({
  productNews: boolean,
  systemUpdates: boolean,
  ticketUpdates: boolean,
});

/** The twin of the model's `contactSchema`. */
export const contactSchema: RecordCheck<Contact> = recordCheck(
  object({
    id: string,
    companyId: string,
    name: string,
    email: string,
    country: string,
    document: object({ type: oneOf(documentTypes), number: string }),
    phone: object({ countryCode: string, area: string, number: string }),
    jobTitle: string,
    company: optional(string),
    address: optional(string),
    notes: optional(string),
    consultingAuthorized: boolean,
    communication: communicationShape,
    role: string,
    grants: strings,
    sites: array(siteAccessShape),
    status: oneOf(contactStatuses),
    openTickets: count,
    version: count,
    createdAt: string,
    updatedAt: string,
    lastSignInAt: optional(string),
  }),
);

/** The twin of the model's `policySchema`. */
export const policySchema: RecordCheck<Policy> = recordCheck(
  object({
    id,
    version: count,
    capabilities: array(object({ id, group: id, scope: oneOf(capabilityScopes) })),
    roles: array(
      object({
        id,
        capabilities: array(object({ capability: id, when: optional(oneOf(conditionIds)) })),
      }),
      1,
    ),
    adminRole: id,
    defaultRole: id,
    grantCapability: id,
    selfEditableFields: optional(array(oneOf(contactProfileFields))),
  }),
);

/** The twin of the model's `approversSchema`. */
export const approversSchema: RecordCheck<Approvers> = recordCheck(
  object({ budgets: strings, tickets: strings, version: count }),
);
