import { lazyMessages } from '../catalogue.js';
import type en from './provider/en.js';

/** What `<portico-provider>` announces to assistive technology as the session loads or changes. *
 * One module per locale (`./provider/<locale>.ts`), loaded when an element first speaks it.
 */
export const providerMessages = lazyMessages<keyof typeof en>({
  en: () => import('./provider/en.js'),
  'pt-BR': () => import('./provider/pt-BR.js'),
  es: () => import('./provider/es.js'),
});

/** A key of {@link providerMessages}. */
export type ProviderMessageKey = keyof typeof en;
