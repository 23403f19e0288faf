import type { Contact } from '../../core/model/index.js';
import type { Verdict } from '../../core/rules/index.js';

/**
 * The outcome of an act of `<contact-list>`, as its controllers report it; the element words it (a
 * toast) in its locale. Controllers never hold words. An `undo`, when there is one, performs the inverse
 * act (the toast offers it as a button).
 */
export type ListNotice =
  | { kind: 'saved' }
  /** The form was submitted as it was opened: nothing was written. */
  | { kind: 'unchanged'; contact: Contact }
  | { kind: 'removed' }
  | { kind: 'tickets-moved'; count?: number; to?: Contact }
  | { kind: 'invitation-sent'; email: string }
  | { kind: 'transitioned'; contact: Contact; undo?: () => Promise<void> }
  | {
      kind: 'admin-transferred';
      /** The new general admin. */
      to: Contact;
      /** The actor as they are now (stepped down, unless they kept their role). */
      actor: Contact;
      keptOwn: boolean;
      /** The new admin as they were before. */
      before: Contact;
      undo?: () => Promise<void>;
    }
  | { kind: 'undone'; contact: Contact }
  | { kind: 'undo-refused'; contact: Contact; verdict?: Verdict; error?: unknown }
  | { kind: 'rolled-back'; contact: Contact; error: unknown }
  | { kind: 'failed'; error: unknown };
