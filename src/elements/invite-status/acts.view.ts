import { html, nothing, type TemplateResult } from 'lit';
import type { AccessAct } from '../../controllers/invite-status/invite-acts-controller.js';
import type { Invitation } from '../../core/model/index.js';
import type { InvitationAct } from '../../core/rules/invitations.js';
import type { Verdict } from '../../core/rules/contact-acts.js';
import { whyDisabled } from '../internal/tip.js';
import type { InviteWords } from './invite-status.words.js';

/** An act a button of `<invite-status>` offers: on an invitation, or on the contact's access. */
export type ViewAct = InvitationAct | AccessAct;

/** What a row of act buttons needs: the verdicts, the act, and which act is running. */
export interface ActsView {
  words: InviteWords;
  /** A prefix for the tips' ids (unique within the element). */
  idPrefix: string;
  verdict: (act: ViewAct, invitation?: Invitation) => Verdict;
  /** `opener`: the button pressed (focus returns to it when a dialog it opened closes). */
  press: (act: ViewAct, invitation: Invitation | undefined, opener: HTMLElement) => void;
  /** `act:id` of the act running now. */
  busy: string | undefined;
}

const labels = {
  send: 'act.send',
  resend: 'act.resend',
  revoke: 'act.revoke',
  remove: 'act.remove',
  'copy-link': 'act.copy-link',
  confirm: 'act.confirm',
  'set-password': 'act.set-password',
  suspend: 'act.suspend',
  reactivate: 'act.reactivate',
} as const;

/** One act's button: enabled, or focusable with `aria-disabled` and the engine's reason as its tip. */
export function renderAct(
  view: ActsView,
  act: ViewAct,
  subject: { id: string; invitation?: Invitation | undefined },
): TemplateResult {
  const { words } = view;
  const id = `${view.idPrefix}-${act}-${subject.id}`;
  const running = view.busy === `${act}:${subject.id}`;
  const control = whyDisabled({
    id: `why-${id}`,
    reason: words.reason(view.verdict(act, subject.invitation)),
    press: (opener) => view.press(act, subject.invitation, opener),
  });
  const hint = act === 'resend' && !control.tip ? `hint-${id}` : undefined;
  const tone =
    act === 'revoke' || act === 'remove' || act === 'suspend'
      ? 'danger'
      : act === 'send'
        ? 'primary'
        : '';
  return html`<span class="has-tip act"
    ><button
      type="button"
      class="btn small ${tone}"
      part="act-button"
      data-act=${act}
      aria-disabled=${running ? 'true' : control.ariaDisabled}
      aria-busy=${running ? 'true' : 'false'}
      aria-describedby=${hint ?? control.describedBy}
      @click=${running ? undefined : control.onClick}
    >
      ${words.msg(labels[act])}</button
    >${control.tip}${
      hint
        ? html`<span id=${hint} class="visually-hidden">${words.msg('act.resend-hint')}</span>`
        : nothing
    }</span
  >`;
}
