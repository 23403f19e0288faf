/**
 * The permission engine: a policy as data, compiled into lookups; checks with explanations; grant
 * checks that refuse escalation, one's own role change and losing the last general admin.
 * No Lit, no DOM: a backend can run the very same rules.
 */
export type {
  Actor,
  CompanyFacts,
  Explanation,
  PermissionEngine,
  ReasonCode,
  StatusChange,
  Target,
} from './types.js';
export {
  adminFilter,
  checkAccessChange,
  companyFacts,
  countsAsAdmin,
  createPermissionEngine,
} from './engine.js';
export { parsePolicy, type PolicyErrorCode, type PolicyParseResult } from './policy.js';
export {
  defaultPolicy,
  defaultSelfEditableFields,
  policyPresets,
  selfEditableFields,
  selfServicePolicy,
  sitePolicy,
} from './presets.js';
export {
  grantRefusal,
  holdsOutright,
  policyFacts,
  policyFactsFromCounts,
  roleCellRefusal,
  validatePolicyChange,
  type PolicyFacts,
  type RoleCellRefusal,
  type RoleHolders,
  type RoleStatusCount,
} from './policy-change.js';
export { checkPolicyReferences } from './policy-references.js';
