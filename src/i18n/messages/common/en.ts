import { type Catalogue } from '../../catalogue.js';

/** The common words in English (the source locale: its keys are the topic’s keys). */
export default {
  'status.potential': 'Potential',
  'status.site-assigned': 'Site assigned',
  'status.invited': 'Invited',
  'status.active': 'Active',
  'status.suspended': 'Suspended',
  'status.inactive': 'Inactive',

  'role.general-admin': 'General administrator',
  'role.registration-admin': 'Registration administrator',
  'role.system-user': 'System user',

  'toast.close': 'Dismiss message',
  'field.required': 'Required',
  'field.optional': 'optional',
} satisfies Catalogue;
