import { lazyMessages } from '../catalogue.js';
import type en from './invite-template/en.js';

/**
 * What `<invite-status>`'s invitation e-mail dialog says: the subject and body editors, the
 * placeholders, the preview, and the company's invitation settings. One module per locale
 * (`./invite-template/<locale>.ts`), loaded when first spoken.
 */
export const inviteTemplateMessages = lazyMessages<keyof typeof en>({
  en: () => import('./invite-template/en.js'),
  'pt-BR': () => import('./invite-template/pt-BR.js'),
  es: () => import('./invite-template/es.js'),
});

/** A key of {@link inviteTemplateMessages}. */
export type InviteTemplateMessageKey = keyof typeof en;
