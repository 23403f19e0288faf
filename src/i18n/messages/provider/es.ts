import { type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The provider words in Spanish. */
export default {
  'session.loading': 'Cargando su portal…',
  'session.ready': 'Conectado como {name}, {company}',
  'session.error':
    'No se pudo cargar su sesión. Es posible que la página no funcione como se espera.',
} satisfies Catalogue<keyof typeof en>;
