import type { RegistrationMethod } from '../../core/model/index.js';
import type { PasswordRule } from '../../core/validation/password.js';
import { catalogue, type KeysOf, type MessageParams } from '../../i18n/catalogue.js';
import { Explainer } from '../../i18n/explain.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { errorMessages } from '../../i18n/messages/errors.js';
import { inviteAcceptMessages } from '../../i18n/messages/invite-accept.js';
import { passwordMessages } from '../../i18n/messages/password.js';
import { permissionMessages } from '../../i18n/messages/permissions.js';
import { validationMessages } from '../../i18n/messages/validation.js';

/**
 * What `<invite-accept>` speaks: shared words, the adapter's errors, validation (the password rules
 * and their checklist), the reasons the one `Explainer` needs, the shared password field's, then its own.
 */
export const inviteAcceptCatalogue = catalogue(
  commonMessages,
  errorMessages,
  validationMessages,
  permissionMessages,
  passwordMessages,
  inviteAcceptMessages,
);

/** A key of {@link inviteAcceptCatalogue}. */
export type InviteAcceptKey = KeysOf<typeof inviteAcceptCatalogue>;

/** The words of `<invite-accept>` in its locale: errors and rules through the one `Explainer`. */
export class AcceptWords {
  readonly explain: Explainer;

  constructor(readonly t: LocaleController<InviteAcceptKey>) {
    this.explain = new Explainer(t);
  }

  readonly msg = (key: InviteAcceptKey, params?: MessageParams): string => this.t.msg(key, params);

  readonly date = (iso: string): string => this.t.date(iso);

  readonly method = (method: RegistrationMethod): string => this.t.msg(`method.${method}`);

  /** A line of the password checklist ("At least 8 characters"). */
  readonly rule = (rule: PasswordRule): string => this.explain.passwordRule(rule);

  /** What went wrong, in the one wording every element uses. */
  readonly error = (error: unknown): string => this.explain.error(error);
}
