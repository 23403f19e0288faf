import { lazyMessages } from '../catalogue.js';
import type en from './validation/en.js';

/**
 * Words for the codes of `src/core/validation/`:
 * - `field.<code>` — a field error (`FieldError.code`), shown beside the field it names; params as
 *   in the error (`{min}`, `{max}`, `{area}`, `{suggestion}`, `{expected}`, `{allowed}`);
 * - `field.invalid` — a field error whose code has no words of its own;
 * - `password.rule.<code>` — one line of a live password checklist (`passwordRules(policy)`).
 *
 * One module per locale (`./validation/<locale>.ts`), loaded when an element first speaks it.
 */
export const validationMessages = lazyMessages<keyof typeof en>({
  en: () => import('./validation/en.js'),
  'pt-BR': () => import('./validation/pt-BR.js'),
  es: () => import('./validation/es.js'),
});

/** A key of {@link validationMessages}. */
export type ValidationMessageKey = keyof typeof en;
