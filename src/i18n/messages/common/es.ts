import { type Catalogue } from '../../catalogue.js';
import glossary from '../../glossary/es.js';
import { termMessages } from '../../glossary.js';
import type en from './en.js';

/** The common words in Spanish. */
export default {
  ...termMessages('status', glossary.status),

  'toast.close': 'Cerrar mensaje',
  'field.required': 'Obligatorio',
  'field.optional': 'opcional',
} satisfies Catalogue<keyof typeof en>;
