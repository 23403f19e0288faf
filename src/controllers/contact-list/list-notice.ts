import type { Contact } from '../../core/model/index.js';

/**
 * The outcome of an act of `<contact-list>`, as its controllers report it; the element words it (a
 * toast) in its locale. Controllers never hold words.
 */
export type ListNotice =
  | { kind: 'saved' }
  /** The form was submitted as it was opened: nothing was written. */
  | { kind: 'unchanged'; contact: Contact }
  | { kind: 'removed' }
  | { kind: 'tickets-moved' }
  | { kind: 'invitation-sent'; email: string }
  | { kind: 'transitioned'; contact: Contact }
  | { kind: 'rolled-back'; contact: Contact; error: unknown }
  | { kind: 'failed'; error: unknown };
