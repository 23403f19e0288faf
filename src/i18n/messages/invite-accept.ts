import { lazyMessages } from '../catalogue.js';
import type en from './invite-accept/en.js';

/**
 * What `<invite-accept>` says: the invitation as its holder sees it, the ways to sign up, the password
 * form, and a page for each link that no longer works. One module per locale
 * (`./invite-accept/<locale>.ts`), loaded when first spoken.
 */
export const inviteAcceptMessages = lazyMessages<keyof typeof en>({
  en: () => import('./invite-accept/en.js'),
  'pt-BR': () => import('./invite-accept/pt-BR.js'),
  es: () => import('./invite-accept/es.js'),
});

/** A key of {@link inviteAcceptMessages}. */
export type InviteAcceptMessageKey = keyof typeof en;
