import { type Catalogue } from '../../catalogue.js';
import glossary from '../../glossary/pt-BR.js';
import { termMessages } from '../../glossary.js';
import type en from './en.js';

/** The common words in Brazilian Portuguese. */
export default {
  ...termMessages('status', glossary.status),

  'toast.close': 'Fechar mensagem',
  'field.required': 'Obrigatório',
  'field.optional': 'opcional',
} satisfies Catalogue<keyof typeof en>;
