import { lazyMessages } from '../catalogue.js';
import type en from './common/en.js';

/**
 * Words every element shares: contact statuses (seed 003), role names, field marks. The adapter's
 * error words live in `errors.ts`, the engine's and the contact acts' reasons in `permissions.ts`.
 * An element lists it first in its `catalogue(commonMessages, …)`.
 *
 * One module per locale (`./common/<locale>.ts`), loaded when an element first speaks it.
 */
export const commonMessages = lazyMessages<keyof typeof en>({
  en: () => import('./common/en.js'),
  'pt-BR': () => import('./common/pt-BR.js'),
  es: () => import('./common/es.js'),
});

/** A key of {@link commonMessages}. */
export type CommonMessageKey = keyof typeof en;
