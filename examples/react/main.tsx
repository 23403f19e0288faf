// React 19 with the typed wrappers of `@portico/elements/react` (React is the host's, never bundled
// by the package): properties are props, every event an `on…` prop with its typed `detail`.
import { MemoryAdapter, MemoryBackend, createDemoData } from '@portico/elements';
import { ContactList } from '@portico/elements/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const data = createDemoData({ contacts: 40 });
const adapter = new MemoryAdapter({
  backend: new MemoryBackend({ data }),
  actorId: data.actors.generalAdmin,
});

function App() {
  const [search, setSearch] = useState('');
  return (
    <main>
      <h1>Contacts</h1>
      <ContactList
        adapter={adapter}
        onPorticoQueryChange={(event) => setSearch(event.detail.search)}
      />
      <p>
        Last search: <output id="received">{search}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
