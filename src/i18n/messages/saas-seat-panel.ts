import { lazyMessages } from '../catalogue.js';
import type en from './saas-seat-panel/en.js';

/**
 * What `<saas-seat-panel>` says: the seat meter and its notices, the SaaS users list, its acts and
 * forms, the requests for more seats and the outcomes. One module per locale
 * (`./saas-seat-panel/<locale>.ts`), loaded when first spoken.
 */
export const saasSeatPanelMessages = lazyMessages<keyof typeof en>({
  en: () => import('./saas-seat-panel/en.js'),
  'pt-BR': () => import('./saas-seat-panel/pt-BR.js'),
  es: () => import('./saas-seat-panel/es.js'),
});

/** A key of {@link saasSeatPanelMessages}. */
export type SaasSeatPanelMessageKey = keyof typeof en;
