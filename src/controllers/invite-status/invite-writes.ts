/**
 * The writes of `InviteActsController`: a confirmed act, the password set by hand, a bulk act
 * item by item, suspend / reactivate. Loaded with a dynamic `import()` on first use (with the dialogs),
 * so `<invite-status>` loads with less.
 *
 * @module
 */
import type { Invitation } from '../../core/model/index.js';
import { lifecycleOf } from '../../core/rules/index.js';
import { emit } from '../../events.js';
import type { AccessAct, BulkRefusal, InviteActs, InviteDialog } from './invite-acts.types.js';

/** The dialog's main button: the act it confirms, the password, the bulk act, or "Close". */
export async function confirm(acts: InviteActs): Promise<void> {
  const state = acts.dialog;
  if (!state) return;
  switch (state.kind) {
    case 'confirm':
      acts.options.dialog.close();
      if (state.act === 'suspend') return transition(acts, 'suspend');
      return acts.options.invitations.run(state.act, state.invitation);
    case 'password':
      return savePassword(acts, state);
    case 'bulk-confirm':
      return runBulk(acts, state);
    case 'bulk-result':
      acts.options.dialog.close();
  }
}

/** Suspends or reactivates the contact: its request event, `contacts.transition`, then a reload. */
export async function transition(acts: InviteActs, act: AccessAct): Promise<void> {
  const { portal, invitations } = acts.options;
  const contact = invitations.contact;
  const adapter = portal.adapter;
  if (!adapter || !contact || !acts.accessVerdict(act).allowed) return;
  const action = lifecycleOf[act]!.action;
  if (!emit(acts.host, 'portico-contact-transition-request', { contact, action })) return;
  invitations.busy = `${act}:${contact.id}`;
  acts.host.requestUpdate();
  try {
    await adapter.contacts.transition(contact.id, action, { version: contact.version });
    acts.options.done(act, contact.email);
  } catch (error) {
    acts.options.failed(error);
  } finally {
    invitations.busy = undefined;
  }
  await invitations.load();
}

/** Saves the password typed: its request (without it), the adapter, then it is forgotten. */
async function savePassword(
  acts: InviteActs,
  state: Extract<InviteDialog, { kind: 'password' }>,
): Promise<void> {
  const { portal, invitations, password } = acts.options;
  const contact = invitations.contact;
  const adapter = portal.adapter;
  if (!adapter || !contact || state.busy) return;
  if (!invitations.verdict('set-password').allowed) return;
  const request = { act: 'set-password', contactId: contact.id } as const;
  if (!emit(acts.host, 'portico-invitation-request', request)) return;
  acts.dialog = { kind: 'password', busy: true };
  acts.host.requestUpdate();
  try {
    const saved = await adapter.invitations.setPassword(contact.id, password.value, {
      version: contact.version,
    });
    password.clear();
    acts.options.dialog.close();
    emit(acts.host, 'portico-invitation-changed', { ...request, contact: saved });
    acts.options.done('set-password', contact.email);
    await invitations.load();
  } catch (error) {
    if (acts.dialog?.kind === 'password') acts.dialog = { kind: 'password', busy: false, error };
    acts.host.requestUpdate();
  }
}

/**
 * Each selected invitation in turn: its verdict (`invitationVerdict`, as the backend), its cancelable
 * request, the write; one refusal never stops the rest. Then the result dialog.
 */
async function runBulk(
  acts: InviteActs,
  state: Extract<InviteDialog, { kind: 'bulk-confirm' }>,
): Promise<void> {
  const { invitations } = acts.options;
  if (state.busy) return;
  acts.dialog = { ...state, busy: true };
  acts.host.requestUpdate();
  const done: Invitation[] = [];
  const refused: BulkRefusal[] = [];
  for (const invitation of state.targets) {
    const answer = await invitations.write(state.act, invitation);
    if (answer.ok) done.push(invitation);
    else refused.push({ invitation, ...answer });
  }
  acts.selected.clear();
  acts.dialog = { kind: 'bulk-result', act: state.act, done, refused };
  acts.host.requestUpdate();
  await invitations.load();
}
