// Recipe 1c — Vue 3: the elements are native tags. Tell the template compiler so
// (`compilerOptions.isCustomElement: (tag) => tag === 'portico-provider' || tag.includes('-')` in
// vite.config's vue plugin), register them once, and pass the adapter as a DOM property (`.adapter`).
import '@portico/elements/define';
import { RestAdapter } from '@portico/elements';
import { defineComponent, h } from 'vue';

const adapter = new RestAdapter({ baseUrl: '/api/portico/v1' });

/** In a single-file component: `<portico-provider .adapter="adapter"><contact-list /></portico-provider>`. */
export const AdminPage = defineComponent({
  setup() {
    return () =>
      h('portico-provider', { '.adapter': adapter, lang: 'pt-BR' }, [
        h('contact-list', {
          onPorticoContactSaved: (event: CustomEvent<{ contact: { id: string } }>) =>
            console.info(event.detail.contact.id),
        }),
      ]);
  },
});
