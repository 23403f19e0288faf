import { clockTime, plural, type Catalogue } from '../../catalogue.js';
import glossary from '../../glossary/en.js';
import { termMessages } from '../../glossary.js';

/** The permissions words in English (the source locale: its keys are the topic’s keys). */
export default {
  ...termMessages('capability', glossary.capability),
  ...termMessages('capability-group', glossary.group),
  ...termMessages('role', glossary.role),

  'reason.ok': 'Allowed',
  'reason.role': 'Included in the role {role}',
  'reason.grant': 'Granted to this person',
  'reason.own-contact': 'Allowed on their own contact',
  'reason.site': 'Granted for site {site}',
  'reason.not-in-role': 'The role does not include “{capability}”',
  'reason.own-contact-only': 'You can edit only your own contact',
  'reason.not-granted': '“{capability}” must first be granted by a general admin',
  'reason.not-granted-for-site': 'Not granted for site {site}',
  'reason.site-required': 'Choose a site: “{capability}” is granted per site',
  'reason.unknown-capability': '“{capability}” is not a permission of this portal',
  'reason.inactive-actor': 'Suspended or inactive contacts cannot do anything',
  'reason.cannot-grant': 'Only a general admin can grant permissions',
  'reason.grant-not-held': 'You cannot grant “{capability}” because you do not hold it',
  'reason.own-role': 'You cannot change your own role',
  'reason.last-admin': 'The company must keep at least one general admin',
  'reason.unknown-role': '“{role}” is not a role of this portal',
  'reason.wrong-scope':
    '“{capability}” is granted at another level (per site or for the whole company)',
  'reason.capabilities-fixed':
    'The permissions themselves come with the portal: “{capability}” cannot be added, removed or moved to another level here',

  'policy-error.invalid-type': '{field}: expected {expected}',
  'policy-error.required': '{field} is required',
  'policy-error.too-short': '{field}: at least {min} required',
  'policy-error.too-long': '{field}: at most {max} allowed',
  'policy-error.not-allowed': '{field} is not part of a policy',
  'policy-error.invalid-value': (p) =>
    p.allowed === undefined ? `${p.field} is not valid` : `${p.field}: must be one of ${p.allowed}`,
  'policy-error.duplicate-capability': 'The permission “{capability}” is defined twice',
  'policy-error.duplicate-role': 'The role “{role}” is defined twice',
  'policy-error.duplicate-role-capability': '“{capability}” appears twice in the role “{role}”',
  'policy-error.unknown-capability': '“{capability}” is not a permission of this policy',
  'policy-error.site-capability-in-role':
    '“{capability}” is granted per site and cannot be part of the role “{role}”',
  'policy-error.unknown-role': '“{role}” is not a role of this policy',
  'policy-error.site-grant-capability':
    'The permission to grant permissions (“{capability}”) must apply to the whole company',
  'policy-error.admin-cannot-grant':
    'The role “{role}” must hold “{capability}” without conditions, or nobody could grant permissions',

  'why.tickets-in-progress': (p, r) =>
    plural(Number(p.count), r, {
      one: 'This contact has # ticket in progress; transfer it first.',
      other: 'This contact has # tickets in progress; transfer them first.',
    }),
  'why.target-not-active': 'Only an active contact (one who has signed in) can receive this.',
  'why.same-contact': 'Choose a contact other than the one the tickets come from.',
  'why.invalid-transition': 'This does not apply to the contact in its current status.',
  'why.not-self-editable': 'An admin sets this on your contact.',
  'why.no-tickets': 'This contact has no tickets in progress to transfer.',
  'why.already-admin': 'This contact is already a general admin.',
  'why.self': 'You cannot do this to your own contact.',
  'why.suspend-not-active': 'Only an active contact can have access suspended.',
  'why.already-inactive': 'This contact is already inactive.',
  'why.not-invitable':
    'This contact has signed in already, or is suspended or inactive: no invitation applies.',
  'why.invitation-pending': 'This contact already has a valid invitation: resend that one instead.',
  'why.invitation-closed': 'This invitation was accepted or revoked; it cannot be used again.',
  'why.resend-cooldown': (p, r) =>
    `Sent moments ago: it can be sent again at ${clockTime(p.at ?? '', r)}.`,
  'why.not-removable': 'Only an expired or revoked invitation can be deleted.',
  'why.link-not-usable':
    'This invitation’s link no longer works: resend the invitation for a new one.',
  'why.contact-inactive': 'An inactive contact cannot be given a password.',
  'why.session': 'Waiting for your session…',
  'why.session-failed': 'Your signed-in session could not be loaded. Try again.',
} satisfies Catalogue;
