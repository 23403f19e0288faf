import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { csvEncodings, type CsvEncoding } from '../../core/csv/decode.js';
import { csvDelimiters, type CsvDelimiter } from '../../core/csv/dialect.js';
import { importFields, requiredImportFields, type ImportField } from '../../core/csv/fields.js';
import type { FileIssue } from '../../core/csv/issues.js';
import type { CsvPreview } from '../../core/csv/session.js';
import type { ImporterMessageKey, ImporterWords } from './csv-importer.words.js';

/** The second step: how the file reads (encoding, delimiter) and which field each column fills. */
export interface MappingView {
  words: ImporterWords;
  fileName: string;
  preview: CsvPreview;
  busy: boolean;
  disabled: boolean;
  setEncoding: (encoding: CsvEncoding) => void;
  setDelimiter: (delimiter: CsvDelimiter) => void;
  setMapping: (column: number, field: ImportField | null) => void;
  back: () => void;
  check: () => void;
}

const tones: Record<FileIssue['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

/** File and mapping issues, each a banner in its tone. */
export function renderIssues(words: ImporterWords, issues: readonly FileIssue[]): TemplateResult {
  return html`${issues.map(
    (issue) =>
      html`<p class="banner" data-tone=${tones[issue.severity]} part="issue">
        ${words.fileIssue(issue)}
      </p>`,
  )}`;
}

function fieldLabel(words: ImporterWords, field: ImportField): string {
  const name = words.field(field);
  return requiredImportFields.includes(field)
    ? words.msg('mapping.required', { field: name })
    : name;
}

/**
 * The encoding and delimiter (detected, overridable), the mapping table, the first rows. Each select
 * shows the preview's value `live`: a choice whose reading failed goes back to what is still shown.
 */
export function renderMappingView(view: MappingView): TemplateResult {
  const { words, preview } = view;
  const disabled = view.disabled || view.busy;
  const { encoding, dialect } = preview;
  return html`<div class="read" part="read-settings">
      <label class="field">
        <span class="label">${words.msg('read.encoding')}</span>
        <select
          part="encoding"
          ?disabled=${disabled}
          .value=${live(encoding.encoding)}
          @change=${(event: Event) =>
            view.setEncoding((event.target as HTMLSelectElement).value as CsvEncoding)}
        >
          ${csvEncodings.map(
            (value) =>
              html`<option value=${value} ?selected=${value === encoding.encoding}>
                ${words.msg(`encoding.${value}` as ImporterMessageKey)}
              </option>`,
          )}
        </select>
        <span class="hint"
          >${words.msg(`encoding.why.${encoding.reason}` as ImporterMessageKey)}</span
        >
      </label>
      <label class="field">
        <span class="label">${words.msg('read.delimiter')}</span>
        <select
          part="delimiter"
          ?disabled=${disabled}
          .value=${live(dialect.delimiter)}
          @change=${(event: Event) =>
            view.setDelimiter((event.target as HTMLSelectElement).value as CsvDelimiter)}
        >
          ${csvDelimiters.map(
            (value) =>
              html`<option value=${value} ?selected=${value === dialect.delimiter}>
                ${words.delimiter(value)}
              </option>`,
          )}
        </select>
        <span class="hint"
          >${words.msg(`delimiter.why.${dialect.reason}` as ImporterMessageKey)}</span
        >
      </label>
    </div>
    ${renderIssues(words, [...preview.fileIssues, ...preview.mappingIssues])}
    <div class="scroll">
      <table class="table mapping" part="mapping">
        <caption>
          ${words.msg('mapping.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${words.msg('mapping.column')}</th>
            <th scope="col">${words.msg('mapping.sample')}</th>
            <th scope="col">${words.msg('mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          ${preview.headers.map((header, column) => {
            const field = preview.mapping[column] ?? null;
            const match = preview.matches[column] ?? 'none';
            const id = `map-${column}`;
            return html`<tr>
              <th scope="row" id=${`${id}-header`}>${header}</th>
              <td class="sample">${preview.sample[0]?.[column] ?? ''}</td>
              <td>
                <select
                  aria-labelledby=${`${id}-header`}
                  ?disabled=${disabled}
                  .value=${live(field ?? '')}
                  @change=${(event: Event) => {
                    const value = (event.target as HTMLSelectElement).value;
                    view.setMapping(column, value === '' ? null : (value as ImportField));
                  }}
                >
                  <option value="" ?selected=${field === null}>
                    ${words.msg('mapping.ignore')}
                  </option>
                  ${importFields.map(
                    (option) =>
                      html`<option value=${option} ?selected=${option === field}>
                        ${fieldLabel(words, option)}
                      </option>`,
                  )}
                </select>
                ${
                  field !== null && match !== 'none'
                    ? html`<span class="hint">
                        ${words.msg(match === 'remembered' ? 'mapping.remembered' : 'mapping.auto')}
                      </span>`
                    : nothing
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${
      preview.sample.length
        ? html`<div class="scroll" tabindex="0">
            <table class="table preview" part="preview">
              <caption>
                ${words.msg('preview.caption')}
              </caption>
              <thead>
                <tr>
                  ${preview.headers.map((header) => html`<th scope="col">${header}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${preview.sample.slice(0, 5).map(
                  (cells) =>
                    html`<tr>
                      ${preview.headers.map((_, column) => html`<td>${cells[column] ?? ''}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    <div class="actions">
      <button type="button" class="btn" @click=${view.back}>${words.msg('do.back')}</button>
      <button
        type="button"
        class="btn primary"
        part="check-button"
        ?disabled=${disabled || preview.blocked}
        @click=${view.check}
      >
        ${words.msg('do.check')}
      </button>
    </div>`;
}
