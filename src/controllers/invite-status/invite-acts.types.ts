/**
 * The types shared by {@link InviteActsController} and its writes (`invite-writes.ts`, loaded on first
 * use): the writes take the controller through {@link InviteActs}, so neither file imports the other's code.
 *
 * @module
 */
import type { ReactiveControllerHost } from 'lit';
import type { Invitation } from '../../core/model/index.js';
import type { Verdict } from '../../core/rules/index.js';
import type { Portal } from '../portal-controller.js';
import type { InvitationsController } from './invitations-controller.js';

/** An act of `<invite-status>` that asks first, in a dialog. */
export type ConfirmAct = 'resend' | 'revoke' | 'confirm' | 'suspend';

/** The acts on a selection of the company's invitations. */
export type BulkInvitationAct = 'resend' | 'revoke';

/** The contact's lifecycle acts the person form offers (the same verdict `<contact-list>` asks). */
export type AccessAct = 'suspend' | 'reactivate';

/** One item a bulk act did not do: the verdict that refused it, the backend's error, or a cancel. */
export interface BulkRefusal {
  invitation: Invitation;
  verdict?: Verdict;
  error?: unknown;
}

/** The dialog on screen. */
export type InviteDialog =
  | { kind: 'confirm'; act: ConfirmAct; invitation?: Invitation | undefined }
  | { kind: 'bulk-confirm'; act: BulkInvitationAct; targets: Invitation[]; busy: boolean }
  | { kind: 'bulk-result'; act: BulkInvitationAct; done: Invitation[]; refused: BulkRefusal[] }
  | { kind: 'password'; busy: boolean; error?: unknown };

/** What the dialog part of the element does (a {@link DialogController}). */
export interface DialogHandle {
  open(opener?: HTMLElement | null): void;
  close(): void;
}

export interface InviteActsOptions {
  portal: Portal;
  invitations: InvitationsController;
  dialog: DialogHandle;
  /** The password typed in the password dialog (memory only), and forgetting it. */
  password: { readonly value: string; clear(): void };
  /** Says an outcome (the element words it). */
  done(act: 'set-password' | AccessAct, email: string): void;
  failed(error: unknown): void;
}

/** What the writes use of the controller. */
export interface InviteActs {
  dialog: InviteDialog | undefined;
  readonly selected: Set<string>;
  readonly host: ReactiveControllerHost & EventTarget;
  readonly options: InviteActsOptions;
  accessVerdict(act: AccessAct): Verdict;
}
