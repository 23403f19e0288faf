import { html, nothing, type TemplateResult } from 'lit';
import type { DetailState, Loaded } from '../../controllers/contact-list/detail-controller.js';
import type { Contact, HistoryChange, HistoryEntry } from '../../core/model/index.js';
import type { Verdict } from '../../core/rules/index.js';
import { formatCpf, formatPhone } from '../../core/validation/index.js';
import { renderBadge, statusTone } from '../internal/badge.js';
import type { ListWords } from './contact-list.words.js';

/** The view model of a contact's detail view. */
export interface DetailView {
  words: ListWords;
  detail: DetailState;
  /** The name of a country in the locale. */
  country: (code: string) => string;
  /** A date and time in the locale's format. */
  when: (iso: string) => string;
  /** A date in the locale's format. */
  date: (iso: string) => string;
  /** Whether the actor may edit this contact (core's verdict): the "Edit contact" button. */
  edit: Verdict;
  onEdit: (opener: HTMLElement) => void;
  more: () => void;
  retry: () => void;
  close: () => void;
}

/** The detail view's title (also the dialog's accessible name). */
export function detailTitle(words: ListWords, detail: DetailState): string {
  return words.msg('detail.title', { name: detail.contact.name });
}

function loading(words: ListWords): TemplateResult {
  return html`<span class="spinner" aria-hidden="true"></span> ${words.msg('detail.loading')}`;
}

/** What a loaded part shows: its value, a spinner, or its failure worded. */
function part<T>(
  words: ListWords,
  state: Loaded<T>,
  show: (value: T) => TemplateResult | string,
): TemplateResult | string {
  if (state.status === 'loading') return loading(words);
  if (state.status === 'error')
    return html`<span class="error-text">${words.error(state.error)}</span>`;
  return show(state.value);
}

function row(label: string, value: TemplateResult | string): TemplateResult {
  return html`<div class="detail-row">
    <dt>${label}</dt>
    <dd>${value || '—'}</dd>
  </div>`;
}

/** A contact's document: the CPF with its mask, another document with its type. */
function documentText(words: ListWords, contact: Contact): string {
  const { type, number } = contact.document;
  if (type === 'cpf') return `${words.msg('form.cpf')} ${formatCpf(number)}`;
  return `${words.msg(`form.doc.${type}`)} ${number}`;
}

/** The invitation line: none sent, pending (and until when), expired, accepted, revoked. */
function invitationText(view: DetailView): TemplateResult | string {
  const { words } = view;
  return part(words, view.detail.invitation, (invitation) => {
    if (!invitation) return words.msg('detail.invitation.none');
    const params = { sent: view.date(invitation.sentAt), expires: view.date(invitation.expiresAt) };
    const expired =
      invitation.status === 'expired' ||
      (invitation.status === 'pending' && Date.parse(invitation.expiresAt) < Date.now());
    return words.msg(`detail.invitation.${expired ? 'expired' : invitation.status}`, params);
  });
}

/**
 * A contact's detail view: the profile and access as the adapter has them now, the invitation, the
 * sites, and the history (who changed what and when, newest first, paged) — without the edit form.
 */
export function renderDetail(view: DetailView): TemplateResult {
  const { words, detail } = view;
  const { msg } = words;
  const contact = detail.fresh.status === 'ready' ? detail.fresh.value : detail.contact;
  const sites = part(words, detail.sites, (names) =>
    contact.sites.length
      ? words.list(contact.sites.map((s) => names.get(s.siteId) ?? s.siteId))
      : msg('detail.sites.none'),
  );
  // The body scrolls (a long history): it takes focus so the keyboard can scroll it too.
  return html`<div
      class="dialog-body detail"
      part="detail"
      role="region"
      aria-labelledby="dialog-title"
      tabindex="0"
    >
      ${
        detail.fresh.status === 'error'
          ? html`<div class="banner" data-tone="error" role="alert">
              ${msg('detail.error', { reason: words.error(detail.fresh.error) })}
              <button type="button" class="btn small" @click=${view.retry}>
                ${msg('list.retry')}
              </button>
            </div>`
          : nothing
      }
      <section aria-labelledby="detail-profile">
        <h3 id="detail-profile">${msg('detail.profile')}</h3>
        <dl class="detail-list">
          ${row(msg('col.email'), contact.email)}
          ${row(msg('col.phone'), formatPhone(contact.phone))}
          ${row(msg('form.country'), view.country(contact.country))}
          ${row(msg('detail.document'), documentText(words, contact))}
          ${row(msg('col.jobTitle'), contact.jobTitle)}
          ${row(msg('detail.company'), contact.company ?? '')}
          ${row(msg('detail.address'), contact.address ?? '')}
          ${row(msg('detail.notes'), contact.notes ?? '')}
          ${row(
            msg('form.consulting'),
            msg(contact.consultingAuthorized ? 'detail.yes' : 'detail.no'),
          )}
          ${row(msg('detail.created'), view.date(contact.createdAt))}
        </dl>
      </section>
      <section aria-labelledby="detail-access">
        <h3 id="detail-access">${msg('detail.access')}</h3>
        <dl class="detail-list">
          ${row(msg('col.role'), words.role(contact.role))}
          ${row(
            msg('col.status'),
            renderBadge(words.status(contact.status), statusTone(contact.status)),
          )}
          ${row(
            msg('col.lastSignInAt'),
            contact.lastSignInAt ? view.date(contact.lastSignInAt) : msg('list.never-signed-in'),
          )}
          ${row(msg('detail.tickets'), msg('transfer.count', { count: contact.openTickets }))}
          ${row(msg('detail.invitation'), invitationText(view))} ${row(msg('detail.sites'), sites)}
        </dl>
      </section>
      ${renderHistory(view)}
    </div>
    <div class="dialog-actions">
      ${
        view.edit.allowed
          ? html`<button
              type="button"
              class="btn"
              @click=${(event: Event) => view.onEdit(event.currentTarget as HTMLElement)}
            >
              ${msg('act.edit')}
            </button>`
          : nothing
      }
      <button type="button" class="btn primary" autofocus @click=${view.close}>
        ${msg('dialog.close')}
      </button>
    </div>`;
}

/** The history section: refused with core's reason, loading, failed, empty, or the entries. */
function renderHistory(view: DetailView): TemplateResult {
  const { words, detail } = view;
  const { msg } = words;
  const { history } = detail;
  let body: TemplateResult | string;
  if (history.refused) body = html`<p class="hint">${words.explain.reason(history.refused)}</p>`;
  else if (history.status === 'loading' || history.status === 'idle')
    body = html`<p role="status">${loading(words)}</p>`;
  else if (history.status === 'error')
    body = html`<div class="banner" data-tone="error" role="alert">
      ${msg('detail.error', { reason: words.error(history.error) })}
      <button type="button" class="btn small" @click=${view.retry}>${msg('list.retry')}</button>
    </div>`;
  else if (history.entries.length === 0) body = html`<p class="hint">${msg('history.empty')}</p>`;
  else
    body = html`<ol class="history" part="history">
        ${history.entries.map((entry) => renderEntry(view, entry))}
      </ol>
      ${
        history.nextCursor
          ? html`<button
              type="button"
              class="btn small"
              ?disabled=${history.loadingMore}
              @click=${view.more}
            >
              ${history.loadingMore ? loading(words) : msg('history.more')}
            </button>`
          : nothing
      }
      ${
        history.error && history.status === 'ready'
          ? html`<p class="error-text" role="alert">${words.error(history.error)}</p>`
          : nothing
      }`;
  return html`<section aria-labelledby="detail-history">
    <h3 id="detail-history">${msg('detail.history')}</h3>
    ${body}
  </section>`;
}

/** Who made an entry: a person by name, someone deleted since, or the contact / the system. */
function actorOf(view: DetailView, entry: HistoryEntry): string {
  const { words, detail } = view;
  if (entry.actorId === null) return words.msg('history.by-system');
  return words.msg('history.by', {
    name: detail.people.get(entry.actorId) ?? words.msg('history.someone-deleted'),
  });
}

/** What an entry says happened. */
function eventText(view: DetailView, entry: HistoryEntry): string {
  const { words, detail } = view;
  const { msg } = words;
  if (entry.event === 'tickets-transferred') {
    const change = entry.changes?.find((c) => c.field === 'openTickets');
    const out = Number(change?.to ?? 0) < Number(change?.from ?? 0);
    const name = entry.counterpartId
      ? (detail.people.get(entry.counterpartId) ?? msg('history.someone-deleted'))
      : '';
    return msg(out ? 'history.tickets-out' : 'history.tickets-in', {
      count: entry.count ?? 0,
      name,
    });
  }
  if (entry.event === 'invitation-accepted' && entry.method)
    return msg('history.accepted-with', { method: msg(`history.method.${entry.method}`) });
  return msg(`history.event.${entry.event}`);
}

/** A stored value as a person reads it (a status's, a role's name; a phone written its country's way). */
function valueText(view: DetailView, field: string, value: unknown): string {
  const { words } = view;
  if (value === undefined || value === null || value === '')
    return words.msg('history.empty-value');
  switch (field) {
    case 'status':
      return words.status(value as Contact['status']);
    case 'role':
      return words.role(text(value));
    case 'phone':
      return formatPhone(value as Contact['phone']);
    case 'country':
      return view.country(text(value));
    case 'document': {
      const doc = value as Contact['document'];
      return documentText(words, { document: doc } as Contact);
    }
    case 'consultingAuthorized':
      return words.msg(value ? 'detail.yes' : 'detail.no');
    case 'grants':
      return words.list((value as string[]).map((id) => words.explain.capability(id)));
    case 'sites': {
      const names =
        view.detail.sites.status === 'ready' ? view.detail.sites.value : new Map<string, string>();
      return words.list(
        (value as { siteId: string }[]).map((s) => names.get(s.siteId) ?? s.siteId),
      );
    }
    default:
      return text(value);
  }
}

/** A stored value as text: strings and numbers as they are, anything else as JSON. */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

function changeText(view: DetailView, change: HistoryChange): string {
  const { msg } = view.words;
  const field = view.words.field(change.field);
  return msg('history.change', {
    field,
    from: valueText(view, change.field, change.from),
    to: valueText(view, change.field, change.to),
  });
}

function renderEntry(view: DetailView, entry: HistoryEntry): TemplateResult {
  const changes = entry.event === 'tickets-transferred' ? [] : (entry.changes ?? []);
  return html`<li class="history-entry">
    <div class="history-head">
      <strong>${eventText(view, entry)}</strong>
      <span class="hint"
        ><time datetime=${entry.at}>${view.when(entry.at)}</time> · ${actorOf(view, entry)}</span
      >
    </div>
    ${
      changes.length
        ? html`<ul class="history-changes">
            ${changes.map((change) => html`<li>${changeText(view, change)}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}
