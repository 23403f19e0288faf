import type {
  Approvers,
  Contact,
  Invitation,
  InvitationTemplate,
  Policy,
  SaasUser,
  Site,
  SiteAccess,
} from '../../model/index.js';

/**
 * Deep copies of stored records. The backend hands out only copies, so no caller can change the store
 * by mutating what it received; and it never mutates a stored record in place either (every write stores
 * a new object), so data passed in is never changed.
 */
export function copyContact(contact: Contact): Contact {
  return {
    ...contact,
    document: { ...contact.document },
    phone: { ...contact.phone },
    communication: { ...contact.communication },
    grants: [...contact.grants],
    sites: contact.sites.map(copySiteAccess),
  };
}

/** A copy of one site-access entry (its capability list copied too). */
export function copySiteAccess(entry: SiteAccess): SiteAccess {
  return { siteId: entry.siteId, capabilities: [...entry.capabilities] };
}

export const copySite = (site: Site): Site => ({ ...site });
export const copySaasUser = (user: SaasUser): SaasUser => ({ ...user });
export const copyInvitation = (invitation: Invitation): Invitation => ({ ...invitation });
export const copyTemplate = (template: InvitationTemplate): InvitationTemplate => ({ ...template });
export const copyApprovers = (approvers: Approvers): Approvers => ({
  budgets: [...approvers.budgets],
  tickets: [...approvers.tickets],
  version: approvers.version,
});
export const copyPolicy = (policy: Policy): Policy => structuredClone(policy);
