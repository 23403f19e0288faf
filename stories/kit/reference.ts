import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mockPortal, portalOf } from '../support/portal.js';
import { exampleOf, publicElements } from './gallery.js';

/** What the generated reference pages (`reference/<tag>.stories.ts`) say about their element. */
export interface ReferenceSubject {
  tag: string;
  /** Its entry: `@portico/elements/<entry>`, `@portico/elements/react/<entry>`, `cdn/<entry>.js`. */
  entry: string;
  className: string;
  events: { name: string; reactProp: string }[];
}

/** A reference page has no controls of its own: the manifest's API is the table below the example. */
export type ReferenceArgs = Record<string, never>;

/** How to put the element on a page, in each host: the text at the top of its reference page. */
export function usage(subject: ReferenceSubject): string {
  const event = subject.events[0];
  const react = event
    ? `<${subject.className} adapter={adapter} ${event.reactProp}={(event) => console.log(event.detail)} />`
    : `<${subject.className} adapter={adapter} />`;
  return [
    '**With a bundler** (Vite, webpack, Angular, Next): import the entry, which registers the tag.',
    '',
    '```js',
    `import '@portico/elements/${subject.entry}';`,
    '```',
    '',
    '**React**: the typed wrapper (every event is an `on…` prop).',
    '',
    '```tsx',
    `import { ${subject.className} } from '@portico/elements/react/${subject.entry}';`,
    react,
    '```',
    '',
    '**Without a bundler**: the self-contained file, Lit included.',
    '',
    '```html',
    `<script type="module" src="https://your-cdn.example/@portico/elements/dist/cdn/${subject.entry}.js"></script>`,
    '```',
    '',
    `The tables below come from \`custom-elements.json\`: attributes, properties, events${
      subject.events.length ? ` (${subject.events.map((e) => `\`${e.name}\``).join(', ')})` : ''
    }, slots, \`::part\`s and \`--portico-*\` tokens (each element also follows \`color-scheme\`, \`density\` and the dark scheme's \`--portico-dark-*\` tokens). See **Kit › Brand playground** to change the tokens live.`,
  ].join('\n');
}

/** The shared part of every reference page: the element, its docs page, its usage text. */
export function referenceMeta(subject: ReferenceSubject): Meta<ReferenceArgs> {
  const summary = publicElements.find((element) => element.tag === subject.tag)?.summary ?? '';
  return {
    component: subject.tag,
    tags: ['autodocs'],
    loaders: [mockPortal()],
    parameters: {
      docs: { description: { component: `${summary}\n\n${usage(subject)}` } },
    },
  };
}

/** The live example: the element on its own demo company, signed in as a general admin. */
export function referenceStory(tag: string): StoryObj<ReferenceArgs> {
  return {
    render: (_args, context) => exampleOf(tag, portalOf(context).embedded('generalAdmin')),
  };
}
