import type {
  Capability,
  ContactProfileField,
  Policy,
  Role,
  RoleCapability,
} from '../model/index.js';

/** Freezes a policy and everything inside it, so a shared preset can never be changed by a caller. */
function freezePolicy(policy: Policy): Policy {
  for (const capability of policy.capabilities) Object.freeze(capability);
  for (const role of policy.roles) {
    for (const entry of role.capabilities) Object.freeze(entry);
    Object.freeze(role.capabilities);
    Object.freeze(role);
  }
  Object.freeze(policy.capabilities);
  Object.freeze(policy.roles);
  return Object.freeze(policy);
}

const company = (id: string, group: string): Capability => ({ id, group, scope: 'company' });
const site = (id: string, group: string): Capability => ({ id, group, scope: 'site' });
const always = (capability: string): RoleCapability => ({ capability });

/** The nine capabilities of the role table in seed 000 (DESIGN.md), in the table's order. */
const tableCapabilities: Capability[] = [
  company('grant-permissions', 'permissions'),
  company('define-approvers', 'permissions'),
  company('enable-platforms', 'permissions'),
  company('open-tickets', 'tickets'),
  company('approve-budgets', 'tickets'),
  company('edit-contacts', 'contacts'),
  company('activate-contacts', 'contacts'),
  company('download-public-files', 'files'),
  company('download-private-files', 'files'),
];

/** Seed 001's administrative acts: only administrators of the client company perform them. */
const adminActs: Capability[] = [
  company('add-contacts', 'administration'),
  company('delete-contacts', 'administration'),
  company('import-contacts', 'administration'),
  company('transfer-tickets', 'administration'),
  company('manage-saas-users', 'administration'),
  company('manage-invitations', 'administration'),
  company('transfer-administration', 'administration'),
];

const ids = (capabilities: readonly Capability[]): string[] => capabilities.map((c) => c.id);

/** The acts both kinds of administrator share; `transfer-administration` is the general admin's alone. */
const sharedAdminActs = ids(adminActs).filter((id) => id !== 'transfer-administration');

const generalAdmin = (extra: readonly string[] = []): Role => ({
  id: 'general-admin',
  capabilities: [...ids(tableCapabilities), ...ids(adminActs), ...extra].map(always),
});

const registrationAdmin: Role = {
  id: 'registration-admin',
  capabilities: [
    'open-tickets',
    'approve-budgets',
    'edit-contacts',
    'activate-contacts',
    'download-public-files',
    'download-private-files',
    ...sharedAdminActs,
  ].map(always),
};

const systemUser: Role = {
  id: 'system-user',
  capabilities: [
    always('open-tickets'),
    { capability: 'approve-budgets', when: 'granted' },
    { capability: 'edit-contacts', when: 'own-contact' },
    always('download-public-files'),
    always('download-private-files'),
  ],
};

const shared = {
  adminRole: 'general-admin',
  defaultRole: 'system-user',
  grantCapability: 'grant-permissions',
} as const;

/**
 * The default policy: the role table of seed 000 (DESIGN.md) plus seed 001's administrative acts.
 *
 * | capability | general admin | registration admin | system user |
 * | --- | --- | --- | --- |
 * | `grant-permissions`, `define-approvers`, `enable-platforms` | yes | no | no |
 * | `open-tickets` | yes | yes | yes |
 * | `approve-budgets` | yes | yes | when granted (`granted`) |
 * | `edit-contacts` | yes | yes | own contact only (`own-contact`) |
 * | `activate-contacts` (also suspend / reactivate) | yes | yes | no |
 * | `download-public-files`, `download-private-files` | yes | yes | yes |
 * | `add-contacts`, `delete-contacts`, `import-contacts`, `transfer-tickets`, `manage-saas-users`, `manage-invitations` | yes | yes | no |
 * | `transfer-administration` | yes | no | no |
 *
 * Frozen: derive a vendor policy with `structuredClone(defaultPolicy)` and edit the copy.
 */
export const defaultPolicy: Policy = freezePolicy({
  id: 'default',
  version: 1,
  capabilities: [...tableCapabilities, ...adminActs],
  roles: [generalAdmin(), registrationAdmin, systemUser],
  ...shared,
});

/**
 * Seed 001's named access permissions ("Permissões de Acesso"), in the portal's order. None belongs to
 * a role other than the general admin's (who must hold them to grant them); everybody else receives
 * them one by one as extra grants (`contact.grants`).
 */
const selfServiceCapabilities: Capability[] = [
  company('self-service-portal', 'access'),
  company('corporate-education-manager', 'access'),
  company('bpo-tickets-full', 'access'),
  company('tickets-restricted', 'access'),
  company('corporate-education-manager-franchise', 'access'),
  company('cloud-control-centre', 'access'),
  company('it-admins', 'access'),
];

/**
 * The default policy plus seed 001's per-person access permissions (group `access`): self-service
 * portal, corporate-education manager (clients and franchises), full BPO ticket access, restricted
 * ticket access, cloud control centre and IT admins. General admins hold them all; anyone else holds
 * one only when it is granted to them personally.
 */
export const selfServicePolicy: Policy = freezePolicy({
  id: 'self-service',
  version: 1,
  capabilities: [...tableCapabilities, ...adminActs, ...selfServiceCapabilities],
  roles: [generalAdmin(ids(selfServiceCapabilities)), registrationAdmin, systemUser],
  ...shared,
});

/**
 * Seed 003's per-site permissions (group `sites`, scope `site`). A client may hold different
 * permissions on each site it is assigned to ("Os clientes podem ter permissões diferentes para cada
 * um dos sites"); no role carries them, so they reach a person only through `contact.sites`:
 * - `site-view` — see the site on their dashboard;
 * - `site-comment` — leave comments on the site for review (seed 003's site comments);
 * - `site-edit` — change the site's content;
 * - `site-publish` — publish the site;
 * - `site-manage-users` — manage the other people who use the site.
 */
const siteCapabilities: Capability[] = [
  site('site-view', 'sites'),
  site('site-comment', 'sites'),
  site('site-edit', 'sites'),
  site('site-publish', 'sites'),
  site('site-manage-users', 'sites'),
];

/**
 * The default policy plus seed 003's per-site permissions. Company-wide capabilities work as in
 * {@link defaultPolicy}; the site ones are held per site. Granting a site permission follows the same
 * no-escalation rule: the granting admin must hold it on that same site.
 */
export const sitePolicy: Policy = freezePolicy({
  id: 'sites',
  version: 1,
  capabilities: [...tableCapabilities, ...adminActs, ...siteCapabilities],
  roles: [generalAdmin(), registrationAdmin, systemUser],
  ...shared,
});

/** Every preset by id, for pickers in stories and the demo. */
export const policyPresets: Readonly<Record<'default' | 'self-service' | 'sites', Policy>> =
  Object.freeze({ default: defaultPolicy, 'self-service': selfServicePolicy, sites: sitePolicy });

/**
 * The profile fields a person may change on their own contact when they hold `edit-contacts` only there,
 * for a policy that does not list its own `selfEditableFields`: their contact details and communication
 * preferences (seed 000: "Mantenha seus dados de contato sempre atualizados e gerencie as preferências de
 * comunicação"). The consulting flag, the identity document, the country and the notes are the
 * administrators' to set (seed 001: the registering admin answers "Autorizado para utilizar consultoria?").
 */
export const defaultSelfEditableFields: readonly ContactProfileField[] = Object.freeze([
  'name',
  'phone',
  'jobTitle',
  'company',
  'address',
  'communication',
]);

/** The profile fields of one's own contact a person who may edit only it may change under `policy`. */
export function selfEditableFields(policy: Policy): readonly ContactProfileField[] {
  return policy.selfEditableFields ?? defaultSelfEditableFields;
}
