import { html, nothing, type TemplateResult } from 'lit';
import {
  expiringWithinDays,
  invitationOrders,
  invitationViews,
  type InvitationOrder,
  type InvitationView,
} from '../../controllers/invite-status/invitations-controller.js';
import type { BulkInvitationAct } from '../../controllers/invite-status/invite-acts-controller.js';
import type { Invitation } from '../../core/model/index.js';
import type { Verdict } from '../../core/rules/contact-acts.js';
import { whyDisabled } from '../internal/tip.js';
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
  order: InvitationOrder;
  now: string;
  onSearch: (event: Event) => void;
  onView: (event: Event) => void;
  onOrder: (event: Event) => void;
  onMore: () => void;
  /** The selected invitations' ids, and what the selection and its bulk bar do. */
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  bulkVerdict: (act: BulkInvitationAct) => Verdict;
  onBulk: (act: BulkInvitationAct, opener: HTMLElement) => void;
  /** More controls at the end of the toolbar. */
  tools?: TemplateResult;
}

const checked = (event: Event): boolean => (event.target as HTMLInputElement).checked;

/** The bar of bulk acts, while invitations are selected: how many, resend, revoke, clear. */
function renderBulkBar(view: ListView): TemplateResult | typeof nothing {
  const { words } = view.acts;
  const { msg } = words;
  if (view.selected.size === 0) return nothing;
  const button = (act: BulkInvitationAct) => {
    const control = whyDisabled({
      id: `why-bulk-${act}`,
      reason: words.reason(view.bulkVerdict(act)),
      press: (opener) => view.onBulk(act, opener),
    });
    return html`<span class="has-tip act"
      ><button
        type="button"
        class="btn small ${act === 'revoke' ? 'danger' : ''}"
        part="act-button"
        data-bulk=${act}
        aria-disabled=${control.ariaDisabled}
        aria-describedby=${control.describedBy}
        @click=${control.onClick}
      >
        ${msg(`bulk.${act}`)}</button
      >${control.tip}</span
    >`;
  };
  return html`<div class="bulk-bar" part="bulk-bar" role="group" aria-label=${msg('bulk.bar')}>
    <span role="status">${msg('bulk.selected', { count: view.selected.size })}</span>
    ${button('resend')} ${button('revoke')}
    <button type="button" class="btn small ghost" @click=${() => view.onSelectAll(false)}>
      ${msg('bulk.clear')}
    </button>
  </div>`;
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
    <div class="field filter">
      <label for="order">${msg('filter.order')}</label>
      <select id="order" part="order" @change=${view.onOrder}>
        ${invitationOrders.map(
          (option) =>
            html`<option value=${option} ?selected=${option === view.order}>
              ${msg(`order.${option}`)}
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
    <td class="select" part="select">
      <input
        type="checkbox"
        aria-label=${words.msg('bulk.select', { email: invitation.email })}
        .checked=${view.selected.has(invitation.id)}
        @change=${(event: Event) => view.onSelect(invitation.id, checked(event))}
      />
    </td>
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
  const all = view.items.length > 0 && view.items.every((item) => view.selected.has(item.id));
  return html`${renderToolbar(view)} ${renderBulkBar(view)}
    <div class="table-wrap" part="panel">
      <table part="table" aria-label=${msg('invite.list-label')}>
        <thead>
          <tr>
            <th scope="col" class="select">
              <input
                type="checkbox"
                id="select-all"
                aria-label=${msg('bulk.select-all')}
                .checked=${all}
                .indeterminate=${!all && view.selected.size > 0}
                ?disabled=${view.items.length === 0}
                @change=${(event: Event) => view.onSelectAll(checked(event))}
              />
            </th>
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
                  <td colspan="6" class="empty" part="empty">${msg('list.empty')}</td>
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
