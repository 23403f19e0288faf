import type { Topic } from '../../src/i18n/catalogue.js';
import { commonMessages } from '../../src/i18n/messages/common.js';
import { contactListMessages } from '../../src/i18n/messages/contact-list.js';
import { csvImporterMessages } from '../../src/i18n/messages/csv-importer.js';
import { errorMessages } from '../../src/i18n/messages/errors.js';
import { inviteAcceptMessages } from '../../src/i18n/messages/invite-accept.js';
import { inviteStatusMessages } from '../../src/i18n/messages/invite-status.js';
import { inviteTemplateMessages } from '../../src/i18n/messages/invite-template.js';
import { passwordMessages } from '../../src/i18n/messages/password.js';
import { permissionMatrixMessages } from '../../src/i18n/messages/permission-matrix.js';
import { permissionMessages } from '../../src/i18n/messages/permissions.js';
import { providerMessages } from '../../src/i18n/messages/provider.js';
import { saasSeatPanelMessages } from '../../src/i18n/messages/saas-seat-panel.js';
import { validationMessages } from '../../src/i18n/messages/validation.js';
// The demo portal is not the library, but it is localised the same way.
import { demoMessages } from '../../demo/messages.js';

/**
 * Every topic of words, by the module it lives in (`src/i18n/messages/<name>.ts`, or the demo's).
 * A new topic is added here; the key test fails on a topic module that is not.
 */
export const topics: Record<string, Topic<string>> = {
  common: commonMessages,
  'contact-list': contactListMessages,
  'csv-importer': csvImporterMessages,
  errors: errorMessages,
  'invite-accept': inviteAcceptMessages,
  'invite-status': inviteStatusMessages,
  'invite-template': inviteTemplateMessages,
  'permission-matrix': permissionMatrixMessages,
  password: passwordMessages,
  permissions: permissionMessages,
  provider: providerMessages,
  'saas-seat-panel': saasSeatPanelMessages,
  validation: validationMessages,
  'demo/messages': demoMessages,
};
