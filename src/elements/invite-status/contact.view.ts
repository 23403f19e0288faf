import { html, nothing, type TemplateResult } from 'lit';
import type { ActorNames } from '../../controllers/invite-status/invitations-controller.js';
import type { Contact, HistoryEntry, Invitation } from '../../core/model/index.js';
import { renderBadge, statusTone } from '../internal/badge.js';
import { renderAct, type ActsView } from './acts.view.js';
import { invitationTone } from './list.view.js';

/** The view model of one person's access: the contact, their newest invitation, their history. */
export interface ContactView {
  acts: ActsView;
  contact: Contact;
  /** The newest invitation, as it reads now (`undefined`: none was ever sent). */
  invitation: Invitation | undefined;
  history: readonly HistoryEntry[];
  actors: ActorNames;
  now: string;
}

/** The dates of an invitation: sent, and expiry (with a countdown), acceptance or revocation. */
function renderDates(view: ContactView, invitation: Invitation): TemplateResult {
  const { words } = view.acts;
  const { msg, date } = words;
  const sent = html`<li>
    ${msg('invite.sent', { date: date(invitation.sentAt) })}
    (${msg('invite.sent-count', { count: invitation.sendCount })})
  </li>`;
  switch (invitation.status) {
    case 'pending':
      return html`${sent}
        <li part="expiry">
          ${msg('invite.expires', { date: date(invitation.expiresAt) })} —
          <strong>${words.countdown(invitation.expiresAt, view.now)}</strong>
        </li>`;
    case 'expired':
      return html`${sent}
        <li part="expiry">${msg('invite.expired-on', { date: date(invitation.expiresAt) })}</li>`;
    case 'accepted':
      return html`${sent}
        <li>
          ${msg('invite.accepted-on', { date: date(invitation.acceptedAt ?? invitation.sentAt) })}
          ${invitation.method ? html`(${words.method(invitation.method)})` : nothing}
        </li>`;
    case 'revoked':
      return html`${sent}
        <li>
          ${msg('invite.revoked-on', { date: date(invitation.revokedAt ?? invitation.sentAt) })}
        </li>`;
  }
}

/** The timeline: what happened to this person's access, when, and who did it. */
function renderTimeline(view: ContactView): TemplateResult {
  const { words } = view.acts;
  const { msg } = words;
  return html`<section class="timeline" aria-labelledby="timeline-title" part="timeline">
    <h3 id="timeline-title">${msg('invite.timeline')}</h3>
    ${
      view.history.length === 0
        ? html`<p class="muted">${msg('invite.timeline-empty')}</p>`
        : html`<ol>
            ${view.history.map((entry) => {
              const name = entry.actorId === null ? undefined : view.actors.get(entry.actorId);
              return html`<li>
                <span class="what">${words.event(entry)}</span>
                <span class="when"
                  ><time datetime=${entry.at}>${words.date(entry.at)}</time> ${
                    entry.actorId === null
                      ? msg('invite.automatic')
                      : name
                        ? msg('invite.by', { name })
                        : nothing
                  }</span
                >
              </li>`;
            })}
          </ol>`
    }
  </section>`;
}

/** One person's access at a glance: status, the newest invitation and its acts, the timeline. */
export function renderContact(view: ContactView): TemplateResult {
  const { acts, contact, invitation } = view;
  const { words } = acts;
  const { msg } = words;
  const subject = { id: invitation?.id ?? contact.id, invitation };
  return html`<section class="person" part="panel" aria-labelledby="person-title">
    <header class="person-head">
      <h2 id="person-title">${contact.name}</h2>
      <span class="email">${contact.email}</span>
      ${renderBadge(words.contactStatus(contact.status), statusTone(contact.status))}
    </header>
    <section class="invitation" aria-labelledby="invitation-title" part="invitation">
      <h3 id="invitation-title" tabindex="-1">
        ${msg('invite.current')}
        ${
          invitation
            ? renderBadge(
                words.invitationStatus(invitation.status),
                invitationTone(invitation, view.now),
              )
            : nothing
        }
      </h3>
      ${
        invitation
          ? html`<ul class="dates">
              ${renderDates(view, invitation)}
            </ul>`
          : html`<p class="muted">${msg('invite.none')}</p>`
      }
      <div class="acts" role="group" aria-label=${msg('act.acts-for', { email: contact.email })}>
        ${
          invitation && invitation.status !== 'accepted' && invitation.status !== 'revoked'
            ? html`${renderAct(acts, 'resend', subject)} ${renderAct(acts, 'copy-link', subject)}
              ${renderAct(acts, 'revoke', subject)}`
            : renderAct(acts, 'send', { id: contact.id })
        }
        ${renderAct(acts, 'confirm', { id: contact.id })}
      </div>
      <div class="acts" role="group" aria-label=${msg('act.account-for', { email: contact.email })}>
        ${renderAct(acts, 'set-password', { id: contact.id })}
        ${renderAct(acts, contact.status === 'suspended' ? 'reactivate' : 'suspend', { id: contact.id })}
      </div>
    </section>
    ${renderTimeline(view)}
  </section>`;
}
