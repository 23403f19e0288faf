import type { SeatNotice } from '../../controllers/saas-seat-panel/seats-controller.js';
import { AdapterError, type FieldError } from '../../core/adapter/errors.js';
import type { SaasUser } from '../../core/model/index.js';
import type { SeatVerdict } from '../../core/rules/saas-users.js';
import { catalogue, type KeysOf, type MessageParams } from '../../i18n/catalogue.js';
import { Explainer } from '../../i18n/explain.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { errorMessages } from '../../i18n/messages/errors.js';
import { passwordMessages } from '../../i18n/messages/password.js';
import { permissionMessages } from '../../i18n/messages/permissions.js';
import { saasSeatPanelMessages } from '../../i18n/messages/saas-seat-panel.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import type { ToastTone } from '../internal/toast.js';

/**
 * What `<saas-seat-panel>` speaks: shared words, the adapter's errors, validation, the engine's
 * reasons, the password field's words, then its own.
 */
export const saasSeatPanelCatalogue = catalogue(
  commonMessages,
  errorMessages,
  validationMessages,
  permissionMessages,
  passwordMessages,
  saasSeatPanelMessages,
);

/** A key of {@link saasSeatPanelCatalogue}. */
export type SaasSeatPanelKey = KeysOf<typeof saasSeatPanelCatalogue>;

/** How a notice shows: its words, its tone, and how long it stays (0: until dismissed). */
export interface NoticeWords {
  text: string;
  tone: ToastTone;
  duration?: number;
}

/** The words of `<saas-seat-panel>` in its locale: reasons and errors through the one `Explainer`. */
export class SeatWords {
  readonly explain: Explainer;

  constructor(readonly t: LocaleController<SaasSeatPanelKey>) {
    this.explain = new Explainer(t);
  }

  readonly msg = (key: SaasSeatPanelKey, params?: MessageParams): string => this.t.msg(key, params);

  /** Why a seat act is refused (the engine's reason, or the state's); `undefined` when allowed. */
  readonly reason = (verdict: SeatVerdict): string | undefined => {
    if (verdict.allowed) return undefined;
    if ('engine' in verdict) return this.explain.reason(verdict.engine);
    if (verdict.state === 'session') return this.t.msg('why.session');
    return this.t.msg(`error.code.${verdict.state}`);
  };

  /** What went wrong; a rate limit says when to try again. */
  readonly error = (error: unknown): string => {
    if (AdapterError.is(error) && error.kind === 'rate-limited' && error.retryAfter !== undefined) {
      return this.msg('fail.retry-after', { count: Math.max(1, Math.ceil(error.retryAfter)) });
    }
    return this.explain.error(error);
  };

  /** A form field's error from a refused write, worded. */
  readonly field = (error: FieldError): string => this.explain.field(error);

  readonly date = (iso: string): string => this.t.date(iso);

  readonly status = (status: SaasUser['status']): string => this.t.msg(`ustatus.${status}`);

  /** A notice of an act, worded. */
  notice(notice: SeatNotice): NoticeWords {
    switch (notice.kind) {
      case 'done':
        return { text: this.msg(`done.${notice.act}`, { name: notice.name }), tone: 'success' };
      case 'requested':
        return {
          text: this.msg('done.requested', { id: notice.requestId }),
          tone: 'success',
          duration: 0,
        };
      case 'bulk':
        return {
          text: this.msg('bulk.summary', { done: notice.done, failed: notice.failed }),
          tone: notice.failed ? 'error' : 'success',
          duration: notice.failed ? 0 : undefined,
        };
      case 'failed':
        return {
          text: this.msg('fail.generic', { reason: this.error(notice.error) }),
          tone: 'error',
          duration: 0,
        };
    }
  }
}
