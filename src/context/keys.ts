import { createContext } from '@lit/context';
import type { PortalAdapter, Session } from '../core/adapter/types.js';
import type { PermissionEngine } from '../core/permissions/types.js';
import type { Locale } from '../i18n/locales.js';

/** The adapter every element inside a `<portico-provider>` talks to. */
export const adapterContext = createContext<PortalAdapter | undefined>(
  Symbol.for('portico.adapter'),
);

/** The locale the provider was given (elements still prefer a nearer `lang`). */
export const localeContext = createContext<Locale | undefined>(Symbol.for('portico.locale'));

/** The signed-in session: the actor, their company, the companies they may switch to. */
export const sessionContext = createContext<Session | undefined>(Symbol.for('portico.session'));

/** The permission engine compiled from the company's policy. */
export const engineContext = createContext<PermissionEngine | undefined>(
  Symbol.for('portico.engine'),
);
