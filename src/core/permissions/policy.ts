import type { FieldError } from '../adapter/errors.js';
import { issuesToFieldErrors } from '../adapter/field-errors.js';
import { policySchema, type Policy } from '../model/index.js';
import { checkPolicyReferences } from './policy-references.js';

export type { PolicyErrorCode } from './policy-references.js';

/** What {@link parsePolicy} answers: the validated policy, or every problem found, each naming its field. */
export type PolicyParseResult =
  | { ok: true; policy: Policy; errors?: undefined }
  | { ok: false; policy?: undefined; errors: FieldError[] };

/**
 * Validates a policy from untrusted JSON: its shape with zod, then its references (unknown or
 * duplicate capabilities and roles, a site-scoped capability inside a role, an admin role that cannot
 * grant). Never throws; every problem comes back as a {@link FieldError} whose `field` is a dotted path
 * (`roles.2.capabilities.0.capability`, or `policy` when the input is not an object at all) and whose
 * `code` is a {@link PolicyErrorCode}.
 *
 * The result is a fresh copy: unknown keys are dropped and the input is never kept or changed.
 */
export function parsePolicy(json: unknown): PolicyParseResult {
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: issuesToFieldErrors(parsed.error.issues, json, 'policy') };
  }
  const errors = checkPolicyReferences(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policy: parsed.data };
}
