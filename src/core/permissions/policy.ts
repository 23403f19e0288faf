import type { FieldError } from '../adapter/errors.js';
import { issuesToFieldErrors, type ShapeErrorCode } from '../adapter/field-errors.js';
import { policySchema, type Policy } from '../model/index.js';

/** What {@link parsePolicy} answers: the validated policy, or every problem found, each naming its field. */
export type PolicyParseResult =
  | { ok: true; policy: Policy; errors?: undefined }
  | { ok: false; policy?: undefined; errors: FieldError[] };

/**
 * Stable codes of {@link parsePolicy}'s field errors (the catalogue has `policy-error.<code>`):
 * - shape, in the vocabulary of `issuesToFieldErrors`: `required`, `invalid-type` (`params.expected`),
 *   `invalid-value` (`params.allowed`), `too-short` (`params.min`), `too-long` (`params.max`);
 * - references: `duplicate-capability`, `duplicate-role`, `duplicate-role-capability`,
 *   `unknown-capability`, `site-capability-in-role`, `unknown-role`, `site-grant-capability`,
 *   `admin-cannot-grant`.
 */
export type PolicyErrorCode =
  | ShapeErrorCode
  | 'duplicate-capability'
  | 'duplicate-role'
  | 'duplicate-role-capability'
  | 'unknown-capability'
  | 'site-capability-in-role'
  | 'unknown-role'
  | 'site-grant-capability'
  | 'admin-cannot-grant';

function fieldError(
  field: string,
  code: PolicyErrorCode,
  params?: Record<string, string | number>,
): FieldError {
  return params === undefined ? { field, code } : { field, code, params };
}

/** The reference checks zod cannot express: every id a role or the policy names must exist, once. */
function checkReferences(policy: Policy): FieldError[] {
  const errors: FieldError[] = [];
  const scopes = new Map<string, 'company' | 'site'>();
  policy.capabilities.forEach((capability, i) => {
    if (scopes.has(capability.id)) {
      errors.push(
        fieldError(`capabilities.${i}.id`, 'duplicate-capability', { capability: capability.id }),
      );
    } else {
      scopes.set(capability.id, capability.scope);
    }
  });

  const roleIds = new Set<string>();
  policy.roles.forEach((role, i) => {
    if (roleIds.has(role.id)) {
      errors.push(fieldError(`roles.${i}.id`, 'duplicate-role', { role: role.id }));
    }
    roleIds.add(role.id);
    const inRole = new Set<string>();
    role.capabilities.forEach((entry, j) => {
      const field = `roles.${i}.capabilities.${j}.capability`;
      const params = { role: role.id, capability: entry.capability };
      const scope = scopes.get(entry.capability);
      if (inRole.has(entry.capability)) {
        errors.push(fieldError(field, 'duplicate-role-capability', params));
      } else if (scope === undefined) {
        errors.push(fieldError(field, 'unknown-capability', params));
      } else if (scope === 'site') {
        errors.push(fieldError(field, 'site-capability-in-role', params));
      }
      inRole.add(entry.capability);
    });
  });

  for (const field of ['adminRole', 'defaultRole'] as const) {
    if (!roleIds.has(policy[field])) {
      errors.push(fieldError(field, 'unknown-role', { role: policy[field] }));
    }
  }

  const grant = policy.grantCapability;
  const grantScope = scopes.get(grant);
  if (grantScope === undefined) {
    errors.push(fieldError('grantCapability', 'unknown-capability', { capability: grant }));
  } else if (grantScope === 'site') {
    errors.push(fieldError('grantCapability', 'site-grant-capability', { capability: grant }));
  } else if (roleIds.has(policy.adminRole)) {
    // Without this nobody could ever grant anything, and the company would be locked as it is.
    const admin = policy.roles.find((role) => role.id === policy.adminRole);
    const holds = admin?.capabilities.some(
      (entry) => entry.capability === grant && entry.when === undefined,
    );
    if (!holds) {
      errors.push(
        fieldError('adminRole', 'admin-cannot-grant', {
          role: policy.adminRole,
          capability: grant,
        }),
      );
    }
  }
  return errors;
}

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
  const errors = checkReferences(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policy: parsed.data };
}
