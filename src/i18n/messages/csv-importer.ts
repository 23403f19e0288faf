import { lazyMessages } from '../catalogue.js';
import type en from './csv-importer/en.js';

/**
 * Words of `<csv-importer>`: its steps, the file's encoding and delimiter, the column mapping, the
 * review of every row (the importer's `csv-*` codes; the validators' codes come from `validation.ts`),
 * the progress of the writing, each row's result and the files it writes. Seed 001 gives the pt-BR
 * words ("Importar usuários", "Sucesso!", the caution about CPFs' leading zeros).
 *
 * One module per locale (`./csv-importer/<locale>.ts`), loaded when an element first speaks it.
 */
export const csvImporterMessages = lazyMessages<keyof typeof en>({
  en: () => import('./csv-importer/en.js'),
  'pt-BR': () => import('./csv-importer/pt-BR.js'),
  es: () => import('./csv-importer/es.js'),
});

/** A key of {@link csvImporterMessages}. */
export type CsvImporterMessageKey = keyof typeof en;
