/**
 * A policy's references, checked without zod: the part of `parsePolicy` an element may run too.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import type { ShapeErrorCode } from '../adapter/field-errors.js';
import type { Policy } from '../model/index.js';

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

/**
 * The reference checks zod cannot express: every id a role or the policy names must exist, once, and
 * the admin role must hold the grant capability without a condition (`admin-cannot-grant`). Part of
 * `parsePolicy` (what every backend runs on a policy it is sent), and free of zod, so
 * `<permission-matrix>` asks the very same check of each role-table cell before it offers a state.
 */
export function checkPolicyReferences(policy: Policy): FieldError[] {
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
