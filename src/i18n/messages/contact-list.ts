import { lazyMessages } from '../catalogue.js';
import type en from './contact-list/en.js';

/**
 * Words of `<contact-list>`: the list, its toolbar, the contact form, the confirmations, the bulk summary
 * and the reasons an act is refused that are not the permission engine's (those live in `permissions.ts`).
 * Seed 001 gives the pt-BR wording of the confirmations and of the success messages.
 *
 * One module per locale (`./contact-list/<locale>.ts`), loaded when an element first speaks it.
 */
export const contactListMessages = lazyMessages<keyof typeof en>({
  en: () => import('./contact-list/en.js'),
  'pt-BR': () => import('./contact-list/pt-BR.js'),
  es: () => import('./contact-list/es.js'),
});

/** A key of {@link contactListMessages}. */
export type ContactListMessageKey = keyof typeof en;
