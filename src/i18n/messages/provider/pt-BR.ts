import { type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The provider words in Brazilian Portuguese. */
export default {
  'session.loading': 'Carregando o seu portal…',
  'session.ready': 'Conectado como {name}, {company}',
  'session.error':
    'Não foi possível carregar a sua sessão. A página pode não funcionar como esperado.',
} satisfies Catalogue<keyof typeof en>;
