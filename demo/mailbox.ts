import { html, type TemplateResult } from 'lit';
import type { SentMail } from '../src/core/adapter/memory/state.js';
import { setupUrlToken } from '../src/core/rules/invitation-links.js';

/** The demo page a mail's link opens: the setup page, the activation page, or the portal. */
export function demoHref(mail: Pick<SentMail, 'kind' | 'link'>): string {
  const token = encodeURIComponent(setupUrlToken(mail.link) ?? '');
  if (mail.kind === 'invitation') return `#/setup?token=${token}`;
  if (mail.kind === 'activation') return `#/activate?token=${token}`;
  return '#/contacts';
}

/** What the mailbox shows besides the mails: its words and dates. */
export interface MailboxWords {
  msg(key: 'mailbox.empty' | 'mailbox.open' | `mailbox.kind.${SentMail['kind']}`): string;
  to(email: string): string;
  date(iso: string): string;
}

/**
 * The demo mailbox: every e-mail the embedded backend "sent", newest first, as plain text (a body is
 * never read as markup), each with its link turned into the demo page it opens.
 */
export function renderMailbox(mails: readonly SentMail[], words: MailboxWords): TemplateResult {
  if (!mails.length) return html`<p class="mail-empty">${words.msg('mailbox.empty')}</p>`;
  return html`<ol class="mails">
    ${[...mails].reverse().map(
      (mail) =>
        html`<li>
          <article class="mail" aria-labelledby="mail-${mail.id}">
            <header class="mail-head">
              <span class="badge" data-kind=${mail.kind}
                >${words.msg(`mailbox.kind.${mail.kind}`)}</span
              >
              <h2 id="mail-${mail.id}">${mail.subject}</h2>
              <span class="mail-meta"
                >${words.to(mail.to)} ·
                <time datetime=${mail.at}>${words.date(mail.at)}</time></span
              >
            </header>
            <pre class="mail-body">${mail.body}</pre>
            <a class="btn primary small" href=${demoHref(mail)}>${words.msg('mailbox.open')}</a>
          </article>
        </li>`,
    )}
  </ol>`;
}
