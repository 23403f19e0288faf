import { lazyMessages } from '../catalogue.js';
import type en from './invite-status/en.js';

/**
 * What `<invite-status>` says: one person's access and invitation, the company's invitations, their
 * acts and outcomes. One module per locale (`./invite-status/<locale>.ts`), loaded when first spoken.
 */
export const inviteStatusMessages = lazyMessages<keyof typeof en>({
  en: () => import('./invite-status/en.js'),
  'pt-BR': () => import('./invite-status/pt-BR.js'),
  es: () => import('./invite-status/es.js'),
});

/** A key of {@link inviteStatusMessages}. */
export type InviteStatusMessageKey = keyof typeof en;
