// Recipe 1b — React 19: the typed wrappers of `@portico/elements/react` (React stays your own).
// Properties are props; each domain event is an `on…` prop with its typed `detail`.
import { RestAdapter } from '@portico/elements';
import { ContactList, PermissionMatrix, PorticoProvider } from '@portico/elements/react';
import { useMemo } from 'react';

export function AdminPage({ token }: { token: string }) {
  const adapter = useMemo(
    () => new RestAdapter({ baseUrl: '/api/portico/v1', getToken: () => token }),
    [token],
  );
  return (
    <PorticoProvider adapter={adapter} locale="pt-BR">
      <ContactList onPorticoContactSaved={(event) => console.info(event.detail.contact.name)} />
      <PermissionMatrix />
    </PorticoProvider>
  );
}
