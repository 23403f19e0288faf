// Vue 3: the elements are native tags (the compiler is told so: `isCustomElement`, see
// scripts/kit/examples.ts); `@portico/elements/define` registers them.
import '@portico/elements/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
