/**
 * The build's trimming of Lit `css` templates (scripts/trim-css-templates.ts): comments and indentation
 * go, every rule stays as written, line numbers stay. Runs in Node: `npm run test:build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { trimCssTemplates } from '../../scripts/trim-css-templates.js';

const repo = resolve(import.meta.dirname, '../..');

/** The CSS as a browser tokenises it, roughly: comments out, every run of whitespace one space. */
function tokens(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('trimCssTemplates', () => {
  it('drops comments and indentation, keeps the rules and the line count', () => {
    const source = [
      'const styles = css`',
      '    /* A phone:',
      '       one column. */',
      '    @container (max-width: 30em) {',
      '      .row {',
      '        grid-template-areas:',
      "          'a b'",
      "          'c d';",
      '        margin: 0/* none */auto;',
      '      }',
      '    }',
      '  `;',
    ].join('\n');
    const trimmed = trimCssTemplates(source);
    assert.equal(trimmed.split('\n').length, source.split('\n').length);
    assert.doesNotMatch(trimmed, /\/\*|A phone|\n /);
    // A comment between two tokens still separates them.
    assert.match(trimmed, /margin: 0 auto;/);
    assert.equal(tokens(trimmed), tokens(source));
  });

  it('trims a template with interpolations, and leaves other templates alone', () => {
    const source =
      'const a = css`\n  .x { color: ${color}; } /* c */\n`;\nconst b = html`\n  <p>  two  spaces</p>\n`;';
    const trimmed = trimCssTemplates(source);
    assert.equal(
      trimmed,
      'const a = css`\n.x { color: ${color}; }  \n`;\nconst b = html`\n  <p>  two  spaces</p>\n`;',
    );
  });

  it('leaves every stylesheet of the elements reading the same, only shorter', () => {
    for (const file of [
      'src/elements/contact-list/contact-list.styles.ts',
      'src/elements/csv-importer/csv-importer.styles.ts',
      'src/elements/internal/styles.ts',
      'src/elements/permission-matrix/permission-matrix.styles.ts',
    ]) {
      const source = readFileSync(resolve(repo, file), 'utf8');
      const trimmed = trimCssTemplates(source);
      assert.ok(trimmed.length < source.length, file);
      assert.equal(trimmed.split('\n').length, source.split('\n').length, file);
      const templates = (code: string) =>
        [...code.matchAll(/\bcss`([^`]*)`/g)].map((match) => tokens(match[1]!));
      assert.deepEqual(templates(trimmed), templates(source), file);
    }
  });
});
