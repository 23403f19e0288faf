import { defineMessages } from '../catalogue.js';

/** What `<portico-provider>` announces to assistive technology as the session loads or changes. */
export const providerMessages = defineMessages({
  en: {
    'session.loading': 'Loading your portal…',
    'session.ready': 'Signed in as {name}, {company}.',
    'session.error': 'Could not load your session. The page may not work as expected.',
  },
  'pt-BR': {
    'session.loading': 'Carregando o seu portal…',
    'session.ready': 'Conectado como {name}, {company}.',
    'session.error':
      'Não foi possível carregar a sua sessão. A página pode não funcionar como esperado.',
  },
  es: {
    'session.loading': 'Cargando su portal…',
    'session.ready': 'Conectado como {name}, {company}.',
    'session.error':
      'No se pudo cargar su sesión. Es posible que la página no funcione como se espera.',
  },
});
