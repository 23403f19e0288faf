import type { InviteNotice } from '../../controllers/invite-status/invitations-controller.js';
import type {
  ContactStatus,
  HistoryEntry,
  InvitationStatus,
  RegistrationMethod,
} from '../../core/model/index.js';
import type { Verdict } from '../../core/rules/contact-acts.js';
import { AdapterError } from '../../core/adapter/errors.js';
import { catalogue, type KeysOf, type MessageParams } from '../../i18n/catalogue.js';
import { Explainer } from '../../i18n/explain.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { errorMessages } from '../../i18n/messages/errors.js';
import { inviteStatusMessages } from '../../i18n/messages/invite-status.js';
import { passwordMessages } from '../../i18n/messages/password.js';
import { inviteTemplateMessages } from '../../i18n/messages/invite-template.js';
import { permissionMessages } from '../../i18n/messages/permissions.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import type { ToastTone } from '../internal/toast.js';

/**
 * What `<invite-status>` speaks: shared words, the adapter's errors, validation, the engine's and the
 * invitation acts' reasons, the password field's words, then its own.
 */
export const inviteStatusCatalogue = catalogue(
  commonMessages,
  errorMessages,
  validationMessages,
  permissionMessages,
  passwordMessages,
  inviteStatusMessages,
  inviteTemplateMessages,
);

/** A key of {@link inviteStatusCatalogue}. */
export type InviteStatusKey = KeysOf<typeof inviteStatusCatalogue>;

const day = 86_400_000;

/** How a notice shows: its words, its tone, and how long it stays (0: until dismissed). */
export interface NoticeWords {
  text: string;
  tone: ToastTone;
  duration?: number;
}

/** The words of `<invite-status>` in its locale: reasons and errors through the one `Explainer`. */
export class InviteWords {
  readonly explain: Explainer;

  constructor(readonly t: LocaleController<InviteStatusKey>) {
    this.explain = new Explainer(t);
  }

  readonly msg = (key: InviteStatusKey, params?: MessageParams): string => this.t.msg(key, params);

  /** Why an act is refused; `undefined` when it is allowed. */
  readonly reason = (verdict: Verdict): string | undefined =>
    verdict.allowed ? undefined : this.explain.verdict(verdict);

  /** What went wrong; a rate limit says when to try again. */
  readonly error = (error: unknown): string => {
    if (AdapterError.is(error) && error.kind === 'rate-limited' && error.retryAfter !== undefined) {
      return this.msg('fail.retry-after', { count: Math.max(1, Math.ceil(error.retryAfter)) });
    }
    return this.explain.error(error);
  };

  readonly date = (iso: string): string => this.t.date(iso);

  readonly contactStatus = (status: ContactStatus): string => this.t.msg(`status.${status}`);

  readonly invitationStatus = (status: InvitationStatus): string => this.t.msg(`istatus.${status}`);

  readonly method = (method: RegistrationMethod): string => this.t.msg(`method.${method}`);

  /** "expires in 12 days" (whole days, rounded up) / "expires within a day", from `now` to `expiresAt`. */
  countdown(expiresAt: string, now: string): string {
    const left = Date.parse(expiresAt) - Date.parse(now);
    return left < day
      ? this.msg('invite.today')
      : this.msg('invite.in-days', { count: Math.ceil(left / day) });
  }

  /** One line of the timeline: what happened. */
  event(entry: HistoryEntry): string {
    switch (entry.event) {
      case 'status-changed': {
        const status = entry.changes?.find((change) => change.field === 'status')?.to;
        return this.msg('event.status-changed', {
          status: typeof status === 'string' ? this.contactStatus(status as ContactStatus) : '',
        });
      }
      case 'invitation-accepted':
        return this.msg('event.invitation-accepted', {
          method: this.method(entry.method ?? 'password'),
        });
      default:
        return this.msg(`event.${entry.event}`);
    }
  }

  /** A notice of an act, worded. */
  notice(notice: InviteNotice): NoticeWords {
    switch (notice.kind) {
      case 'done':
        return { text: this.msg(`done.${notice.act}`, { email: notice.email }), tone: 'success' };
      case 'copied':
        return { text: this.msg('done.copied'), tone: 'success' };
      case 'copy-failed':
        return { text: this.msg('fail.copy'), tone: 'error', duration: 0 };
      case 'failed':
        return {
          text: this.msg('fail.generic', { reason: this.error(notice.error) }),
          tone: 'error',
          duration: 0,
        };
    }
  }
}
