import { lazyMessages } from '../catalogue.js';
import type en from './password/en.js';

/**
 * What the shared password field says around the rules (`src/elements/internal/password.ts`): show and
 * hide, generate, copy, and how the checklist reads each rule (met / not met). The rules' own words are
 * the validation topic's `password.rule.<code>`, worded through the `Explainer`. One module per locale
 * (`./password/<locale>.ts`), loaded when an element first speaks it.
 */
export const passwordMessages = lazyMessages<keyof typeof en>({
  en: () => import('./password/en.js'),
  'pt-BR': () => import('./password/pt-BR.js'),
  es: () => import('./password/es.js'),
});

/** A key of {@link passwordMessages}. */
export type PasswordMessageKey = keyof typeof en;
