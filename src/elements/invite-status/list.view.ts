import { html, nothing, type TemplateResult } from 'lit';
import {
  expiringWithinDays,
  invitationViews,
  type InvitationView,
} from '../../controllers/invite-status/invitations-controller.js';
import type { Invitation } from '../../core/model/index.js';
import { renderBadge, type BadgeTone } from '../internal/badge.js';
import { renderAct, type ActsView } from './acts.view.js';

const day = 86_400_000;

/** The tone of an invitation's badge: pending calm (amber when it expires within 7 days), accepted green. */
export function invitationTone(invitation: Invitation, now: string): BadgeTone {
  switch (invitation.status) {
    case 'pending':
      return Date.parse(invitation.expiresAt) - Date.parse(now) < expiringWithinDays * day
        ? 'warning'
        : 'info';
    case 'accepted':
      return 'success';
    case 'expired':
      return 'danger';
    case 'revoked':
      return 'neutral';
  }
}

/** The view model of the company's invitations. */
export interface ListView {
  acts: ActsView;
  items: readonly Invitation[];
  total: number;
  more: boolean;
  search: string;
  view: InvitationView;
  now: string;
  onSearch: (event: Event) => void;
  onView: (event: Event) => void;
  onMore: () => void;
  /** More controls at the end of the toolbar. */
  tools?: TemplateResult;
}

/** The toolbar: search by e-mail, the view (status filter), the total. */
function renderToolbar(view: ListView): TemplateResult {
  const { msg } = view.acts.words;
  return html`<div class="toolbar" part="toolbar">
    <div class="field search">
      <label for="search">${msg('filter.search')}</label>
      <input
        id="search"
        type="search"
        part="search"
        autocomplete="off"
        placeholder=${msg('filter.search-placeholder')}
        .value=${view.search}
        @input=${view.onSearch}
      />
    </div>
    <div class="field filter">
      <label for="view-filter">${msg('filter.view')}</label>
      <select id="view-filter" part="view-filter" @change=${view.onView}>
        ${invitationViews.map(
          (option) =>
            html`<option value=${option} ?selected=${option === view.view}>
              ${msg(`view.${option}`)}
            </option>`,
        )}
      </select>
    </div>
    <span class="spacer"></span>
    <span class="total" part="total" role="status"
      >${msg('list.total', { count: view.total })}</span
    >
    ${view.tools ?? nothing}
  </div>`;
}

/** One invitation's row: e-mail, status, dates, and the acts that apply to its state. */
function renderRow(view: ListView, invitation: Invitation): TemplateResult {
  const { acts, now } = view;
  const { words } = acts;
  const subject = { id: invitation.id, invitation };
  const open = invitation.status === 'pending' || invitation.status === 'expired';
  return html`<tr part="row" data-id=${invitation.id}>
    <th scope="row">${invitation.email}</th>
    <td>
      ${renderBadge(words.invitationStatus(invitation.status), invitationTone(invitation, now))}
    </td>
    <td><time datetime=${invitation.sentAt}>${words.date(invitation.sentAt)}</time></td>
    <td>
      <time datetime=${invitation.expiresAt}>${words.date(invitation.expiresAt)}</time>
      ${
        invitation.status === 'pending'
          ? html`<span class="muted">${words.countdown(invitation.expiresAt, now)}</span>`
          : nothing
      }
    </td>
    <td>
      <div
        class="acts"
        role="group"
        aria-label=${words.msg('act.acts-for', { email: invitation.email })}
      >
        ${
          open
            ? html`${renderAct(acts, 'resend', subject)} ${renderAct(acts, 'revoke', subject)}`
            : nothing
        }
        ${
          invitation.status === 'expired' || invitation.status === 'revoked'
            ? renderAct(acts, 'remove', subject)
            : nothing
        }
      </div>
    </td>
  </tr>`;
}

/** The company's invitations: toolbar, table, and "Show more" while the adapter has more. */
export function renderInvitationList(view: ListView): TemplateResult {
  const { msg } = view.acts.words;
  return html`${renderToolbar(view)}
    <div class="table-wrap" part="panel">
      <table part="table" aria-label=${msg('invite.list-label')}>
        <thead>
          <tr>
            <th scope="col">${msg('col.email')}</th>
            <th scope="col">${msg('col.status')}</th>
            <th scope="col">${msg('col.sent')}</th>
            <th scope="col">${msg('col.expires')}</th>
            <th scope="col">${msg('col.acts')}</th>
          </tr>
        </thead>
        <tbody>
          ${
            view.items.length === 0
              ? html`<tr>
                  <td colspan="5" class="empty" part="empty">${msg('list.empty')}</td>
                </tr>`
              : view.items.map((invitation) => renderRow(view, invitation))
          }
        </tbody>
      </table>
    </div>
    ${
      view.more
        ? html`<button type="button" class="btn more" part="more-button" @click=${view.onMore}>
            ${msg('list.more')}
          </button>`
        : nothing
    }`;
}
