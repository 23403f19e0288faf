import { lazyMessages } from '../catalogue.js';
import type en from './errors/en.js';

/**
 * Words for `AdapterError`s:
 * - `error.<kind>` — the headline for each of the six kinds;
 * - `error.code.<code>` — a sentence for each stable code an adapter emits (the error's `code`, and the
 *   codes of its field errors that `field.<code>` in the validation messages does not cover). Engine
 *   refusals carry the engine's reason code (`last-admin`, `own-contact-only`…), worded here as what
 *   happened to the request.
 *
 * - `error.unknown` — anything that is not an `AdapterError`.
 *
 * `i18n/explain.ts` looks up `error.code.<code>` first and falls back to `error.<kind>`.
 *
 * One module per locale (`./errors/<locale>.ts`), loaded when an element first speaks it.
 */
export const errorMessages = lazyMessages<keyof typeof en>({
  en: () => import('./errors/en.js'),
  'pt-BR': () => import('./errors/pt-BR.js'),
  es: () => import('./errors/es.js'),
});

/** A key of {@link errorMessages}. */
export type ErrorMessageKey = keyof typeof en;
