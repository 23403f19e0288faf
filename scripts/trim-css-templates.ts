/**
 * The library's styles as a browser needs them. Lit's `css` templates are strings the bundler does not
 * minify, so their comments and indentation would ship to every page that loads an element. In each
 * `css` template of a source file, comments are dropped and each line's indentation removed: a
 * comment's line breaks stay (so line numbers, and the source maps, stay right), and a comment within
 * a line leaves a space, since it may be what separates two tokens. Every other character is kept, so
 * the rules read the same. A template holding a nested template literal is trimmed up to it only.
 *
 * Used by `vite.config.ts` for `npm run build`; the dev server, tests and stories keep the sources as
 * written. Tested in `test/build/trim-css.test.ts`.
 *
 * @module
 */

const cssTemplate = /\bcss`([^`]*)`/g;
const comment = /\/\*[\s\S]*?\*\//g;
const indentation = /\n[ \t]+/g;

/** `code` (a TypeScript or JavaScript module) with its `css` templates trimmed. */
export function trimCssTemplates(code: string): string {
  if (!code.includes('css`')) return code;
  return code.replace(cssTemplate, (_, body: string) => {
    const text = body
      .replace(comment, (said) => said.replace(/[^\n]+/g, '') || ' ')
      .replace(indentation, '\n');
    return `css\`${text}\``;
  });
}
