// Recipe 1a — a plain page. The markup:
//
//   <portico-provider lang="pt-BR">
//     <contact-list></contact-list>
//   </portico-provider>
//   <script type="module" src="./embed-html.js"></script>
//
// The order of the imports does not matter: an element registered before its provider finds the
// provider once the provider is registered.
import '@portico/elements/contact-list';
import '@portico/elements/provider';
import { RestAdapter } from '@portico/elements';

const provider = document.querySelector('portico-provider');
if (provider) {
  provider.adapter = new RestAdapter({
    baseUrl: '/api/portico/v1',
    getToken: () => sessionStorage.getItem('token'),
  });
}

// Every domain event bubbles out of shadow roots: listen where it suits the page.
document.addEventListener('portico-contact-saved', (event) => {
  console.info('saved', event.detail.contact.id);
});
