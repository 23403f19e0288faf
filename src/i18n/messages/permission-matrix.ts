import { lazyMessages } from '../catalogue.js';
import type en from './permission-matrix/en.js';

/**
 * Words of `<permission-matrix>`: its three views, the cells and their sources, the staged-change
 * summary, saving and conflicts. Capability, group, role and reason words come from `permissions.ts`.
 * Seed 000 gives the pt-BR names of the approvers ("aprovadores de orçamentos", "de tickets").
 *
 * One module per locale (`./permission-matrix/<locale>.ts`), loaded when an element first speaks it.
 */
export const permissionMatrixMessages = lazyMessages<keyof typeof en>({
  en: () => import('./permission-matrix/en.js'),
  'pt-BR': () => import('./permission-matrix/pt-BR.js'),
  es: () => import('./permission-matrix/es.js'),
});

/** A key of {@link permissionMatrixMessages}. */
export type PermissionMatrixMessageKey = keyof typeof en;
