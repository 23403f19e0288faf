import { lazyMessages } from '../catalogue.js';
import type en from './permissions/en.js';

/**
 * Words of the permission engine and of the rules in `src/core/rules`: capability names (every
 * capability of every preset), capability groups, roles, the reason of every `Explanation` code, the
 * reason of every contact act's `StateReason`, and `parsePolicy`'s field errors. `i18n/explain.ts`
 * is the one place that puts them into sentences.
 *
 * Keys: `capability.<id>`, `capability-group.<group>`, `role.<id>`, `reason.<ReasonCode>`,
 * `why.<StateReason>` (params as the verdict's, e.g. `{count}`), `policy-error.<PolicyErrorCode>`.
 *
 * Params of `reason.*` (pass display names, already localised, not ids):
 * - `{capability}` — the explanation's `missing`, or `subject` in grant checks;
 * - `{site}` — the explanation's `siteId`, or `via` (`site`) / `subject` (`not-granted-for-site`);
 * - `{role}` — the explanation's `via` (`role`) or `subject` (`unknown-role`).
 * Params of `policy-error.*`: `{field}` plus the field error's own `params`
 * (`{capability}`, `{role}`, `{expected}`, `{minimum}`, `{options}`).
 *
 * One module per locale (`./permissions/<locale>.ts`), loaded when an element first speaks it.
 */
export const permissionMessages = lazyMessages<keyof typeof en>({
  en: () => import('./permissions/en.js'),
  'pt-BR': () => import('./permissions/pt-BR.js'),
  es: () => import('./permissions/es.js'),
});

/** A key of {@link permissionMessages}. */
export type PermissionMessageKey = keyof typeof en;
