import {
  invitationAutoSendModes,
  invitationPlaceholders,
  invitationSettingsLimits,
  mailLocales,
} from '../../core/model/constants.js';
import { invitationMail, templateErrors } from '../../core/rules/invitation-mail.js';
import { invitationPolicyVerdict, invitationSettingsErrors } from '../../core/rules/invitations.js';
import { DialogController } from '../internal/dialog.js';
import { dialogStyles } from '../internal/styles.js';

/**
 * What the lazily loaded invitation e-mail dialog uses of modules the page holds already (core's rules
 * and limits, the dialog driver, the dialog styles), handed to it by `<invite-status>` rather than
 * imported: a dynamic chunk that imports them makes the bundler split the page's shared chunks (it
 * groups modules by the entries that reach them), and every split costs compressed bytes of the
 * `define` budget.
 */
export const templateKit = {
  invitationAutoSendModes,
  invitationPlaceholders,
  invitationSettingsLimits,
  mailLocales,
  invitationMail,
  templateErrors,
  invitationPolicyVerdict,
  invitationSettingsErrors,
  DialogController,
  dialogStyles,
};

/** See {@link templateKit}. */
export type TemplateKit = typeof templateKit;
