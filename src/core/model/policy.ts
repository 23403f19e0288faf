import * as z from 'zod';
import { capabilityScopes, conditionIds, contactProfileFields } from './constants.js';

/** The conditions a role's capability can carry (the list and its type are in `./constants.ts`). */
export const conditionSchema = z.enum(conditionIds);

/** A capability: what can be done, the group it is shown under, and whether it is held per company or per site. */
export const capabilitySchema = z.object({
  id: z.string().min(1),
  group: z.string().min(1),
  scope: z.enum(capabilityScopes),
});
export type Capability = z.infer<typeof capabilitySchema>;

/** One capability a role holds, outright or under a condition. */
export const roleCapabilitySchema = z.object({
  capability: z.string().min(1),
  when: conditionSchema.optional(),
});
export type RoleCapability = z.infer<typeof roleCapabilitySchema>;

export const roleSchema = z.object({
  id: z.string().min(1),
  capabilities: z.array(roleCapabilitySchema),
});
export type Role = z.infer<typeof roleSchema>;

/**
 * A permission policy as plain, versioned data. The engine has no seed-specific code: a vendor defines
 * its capabilities, roles and conditions here.
 * - `adminRole` is the role a company must never be left without (general admin).
 * - `defaultRole` is given to everyone on creation (system user).
 * - `grantCapability` is what an actor needs to change anyone's role, grants or site permissions.
 * - `selfEditableFields` (optional) are the profile fields a person may change on their own contact
 *   when they hold `edit-contacts` only there (seed 000: "keep your contact details up to date and
 *   manage your communication preferences"). Absent, `defaultSelfEditableFields` applies (name, phone,
 *   job title, company, address, communication); admin-controlled fields such as the consulting flag,
 *   the document, the country and the notes stay with whoever holds `edit-contacts` outright.
 */
export const policySchema = z.object({
  id: z.string().min(1),
  version: z.number().int().nonnegative(),
  capabilities: z.array(capabilitySchema),
  roles: z.array(roleSchema).min(1),
  adminRole: z.string().min(1),
  defaultRole: z.string().min(1),
  grantCapability: z.string().min(1),
  selfEditableFields: z.array(z.enum(contactProfileFields)).optional(),
});
export type Policy = z.infer<typeof policySchema>;
