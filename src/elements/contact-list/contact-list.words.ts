import type { ListNotice } from '../../controllers/contact-list/list-notice.js';
import type { ContactExportWords } from '../../core/csv/contact-export.js';
import type { ContactStatus } from '../../core/model/index.js';
import type { Verdict } from '../../core/rules/index.js';
import { catalogue, type KeysOf, type MessageParams } from '../../i18n/catalogue.js';
import { Explainer } from '../../i18n/explain.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { contactListMessages } from '../../i18n/messages/contact-list.js';
import { errorMessages } from '../../i18n/messages/errors.js';
import { permissionMessages } from '../../i18n/messages/permissions.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import type { ToastTone } from '../internal/toast.js';

/**
 * What `<contact-list>` speaks: shared words, the adapter's errors, validation, the engine's and the
 * contact acts' reasons, then its own (a later topic wins on a shared key).
 */
export const contactListCatalogue = catalogue(
  commonMessages,
  errorMessages,
  validationMessages,
  permissionMessages,
  contactListMessages,
);

/** A key of {@link contactListCatalogue}. */
export type ContactListKey = KeysOf<typeof contactListCatalogue>;

/** How a notice shows: its words, its tone, how long it stays (0: until dismissed), and its undo. */
export interface NoticeWords {
  text: string;
  tone: ToastTone;
  duration?: number;
  /** "Undo", when the act has an inverse. */
  action?: { label: string; run: () => void };
}

/** How long a toast that offers an undo stays (it pauses while the pointer or focus is on it). */
const undoDuration = 10_000;

/**
 * The words of `<contact-list>` in its locale: its catalogue, reasons and errors through the one
 * `Explainer`, role and status names, and the notices of its acts.
 */
export class ListWords {
  readonly explain: Explainer;

  constructor(readonly t: LocaleController<ContactListKey>) {
    this.explain = new Explainer(t);
  }

  readonly msg = (key: ContactListKey, params?: MessageParams): string => this.t.msg(key, params);

  /** Why an act is refused. */
  readonly reason = (verdict: Verdict): string => this.explain.verdict(verdict);

  /** What went wrong. */
  readonly error = (error: unknown): string => this.explain.error(error);

  /** A role's name. */
  readonly role = (id: string): string => this.explain.role(id);

  /** A status's name. */
  readonly status = (status: ContactStatus): string => this.t.msg(`status.${status}`);

  /**
   * A filter's date in the locale ("31 Jan 2026"): a date alone is that calendar day wherever the
   * reader is; a date-time is shown in the reader's zone; what is no date is shown as it came.
   */
  readonly day = (value: string): string => {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const shown = day
      ? this.t.date(new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
      : this.t.date(value);
    return shown || value;
  };

  /** A list in words: "Ana, Bia e Carla". */
  readonly list = (items: readonly string[]): string => this.t.list(items);

  /** The name of a field of a contact's history (`history.field.<field>`), else the field's id. */
  readonly field = (field: string): string => {
    const key = `history.field.${field}`;
    return this.t.has(key) ? this.t.msg(key) : field;
  };

  /** The words of a CSV export in the locale (`writeContactCsv`): the importer's, and the list's. */
  exportWords(site: (id: string) => string): ContactExportWords {
    const { msg } = this;
    return {
      locale: this.t.locale,
      extras: {
        status: msg('col.status'),
        sites: msg('detail.sites'),
        openTickets: msg('detail.tickets'),
        createdAt: msg('detail.created'),
        lastSignInAt: msg('col.lastSignInAt'),
      },
      role: this.role,
      status: this.status,
      documentType: (type) => msg(`form.doc.${type}`),
      yes: msg('detail.yes'),
      no: msg('detail.no'),
      site,
      list: this.list,
    };
  }

  /** An "Undo" button for a notice that carries an undo. */
  private undo(undo: (() => Promise<void>) | undefined): NoticeWords['action'] {
    return undo ? { label: this.msg('toast.undo'), run: () => void undo() } : undefined;
  }

  /** A notice of an act, worded. */
  notice(notice: ListNotice): NoticeWords {
    const { msg } = this;
    switch (notice.kind) {
      case 'saved':
        return { text: msg('done.saved'), tone: 'success' };
      case 'unchanged':
        return { text: msg('done.unchanged', { name: notice.contact.name }), tone: 'info' };
      case 'removed':
        return { text: msg('done.removed'), tone: 'success' };
      case 'tickets-moved':
        return {
          text: notice.to
            ? `${msg('done.tickets')} ${msg('done.tickets-to', { count: notice.count ?? 0, name: notice.to.name })}`
            : msg('done.tickets'),
          tone: 'success',
        };
      case 'admin-transferred':
        return {
          text: `${msg('done.admin-to', { name: notice.to.name, role: this.role(notice.to.role) })} ${msg(
            notice.keptOwn ? 'done.admin-kept' : 'done.admin-stepped-down',
            { role: this.role(notice.actor.role) },
          )}`,
          tone: 'success',
          duration: notice.undo ? undoDuration : 0,
          action: this.undo(notice.undo),
        };
      case 'undone':
        return { text: msg('done.undone', { name: notice.contact.name }), tone: 'success' };
      case 'undo-refused':
        return {
          text: msg('fail.undo', {
            name: notice.contact.name,
            reason: notice.verdict ? this.reason(notice.verdict) : this.error(notice.error),
          }),
          tone: 'error',
          duration: 0,
        };
      case 'invitation-sent':
        return { text: msg('done.invitation', { email: notice.email }), tone: 'success' };
      case 'transitioned':
        return {
          text: msg('done.transition', {
            name: notice.contact.name,
            status: this.status(notice.contact.status),
          }),
          tone: 'success',
          duration: notice.undo ? undoDuration : undefined,
          action: this.undo(notice.undo),
        };
      case 'rolled-back':
        return {
          text: msg('fail.rolled-back', {
            name: notice.contact.name,
            reason: this.error(notice.error),
          }),
          tone: 'error',
          duration: 0,
        };
      case 'failed':
        return {
          text: msg('fail.generic', { reason: this.error(notice.error) }),
          tone: 'error',
          duration: 0,
        };
    }
  }
}
