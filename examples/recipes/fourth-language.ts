// Recipe 5 — a fourth language. Portico ships en, pt-BR and es; any other `lang` reads English
// (`resolveLocale`). A new language is a contribution to the library, not a runtime option (yet):
// each topic of src/i18n/messages/ gains a module typed against the English keys, so a missing or
// stray key does not compile. This is the provider's topic in French, as it would be added in
// src/i18n/messages/provider/fr.ts (then `'fr'` in `locales`, `resolveLocale` and the topic's
// loaders — see docs/recipes/README.md).
import type { Catalogue } from '../../src/i18n/catalogue.js';
import type en from '../../src/i18n/messages/provider/en.js';

export default {
  'session.loading': 'Chargement de votre portail…',
  'session.ready': 'Connecté en tant que {name}, {company}',
  'session.error': 'Impossible de charger votre session. La page risque de ne pas fonctionner.',
} satisfies Catalogue<keyof typeof en>;
