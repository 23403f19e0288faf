import { html, nothing, type TemplateResult } from 'lit';
import type { ResultRow } from '../../controllers/csv-importer/import-controller.js';
import { resultIssues, rowResultWord } from '../../core/csv/result.js';
import type { ImporterWords } from './csv-importer.words.js';
import { renderPager } from './review.view.js';

/** The last step: every row's result and the files to download. */
export interface ResultView {
  words: ImporterWords;
  /** Every row of the file by what became of it (`failed`: not written, the plan's errors too). */
  counts: { created: number; updated: number; skipped: number; failed: number };
  rows: readonly ResultRow[];
  total: number;
  offset: number;
  pageSize: number;
  /** Writing was cancelled: rows never sent say so. */
  cancelled: boolean;
  page: (offset: number) => void;
  downloadFailed: () => void;
  downloadResult: () => void;
  again: () => void;
}

function resultText(
  view: ResultView,
  row: ResultRow,
): { tone: string; text: string; details: string[] } {
  const { words } = view;
  const planned = resultIssues(row.view.issues, row.result?.status).map((issue) =>
    words.rowIssue(issue),
  );
  const result = row.result;
  const text = words.result(rowResultWord(row.view.outcome, result?.status, view.cancelled));
  if (result) {
    if (result.status === 'failed') {
      const details = row.error
        ? row.error.error.fields.length
          ? row.error.error.fields.map((field) =>
              field.field
                ? `${words.field(field.field)}: ${words.code(field.code, field.params ?? {}, field.field)}`
                : words.code(field.code, field.params ?? {}),
            )
          : [words.failure(row.error.error)]
        : [];
      return { tone: 'error', text, details };
    }
    if (result.status === 'skipped') {
      return { tone: 'muted', text, details: result.code ? [words.code(result.code)] : [] };
    }
    return { tone: 'success', text, details: [] };
  }
  return { tone: row.view.outcome === 'error' ? 'error' : 'muted', text, details: planned };
}

/** The counts, each row's result ("Sucesso!" or what went wrong), the downloads. */
export function renderResultView(view: ResultView): TemplateResult {
  const { words, counts } = view;
  return html`<p
      class="banner"
      data-tone=${counts.failed ? 'warning' : 'success'}
      role="status"
      part="summary"
    >
      ${words.msg('result.summary', counts)}
    </p>
    <div class="actions">
      ${
        counts.failed
          ? html`<button
              type="button"
              class="btn primary"
              part="download-failed"
              @click=${view.downloadFailed}
            >
              ${words.msg('do.download-failed')}
            </button>`
          : nothing
      }
      <button type="button" class="btn" part="download-result" @click=${view.downloadResult}>
        ${words.msg('do.download-result')}
      </button>
      <button type="button" class="btn ghost" @click=${view.again}>
        ${words.msg('do.another')}
      </button>
    </div>
    <div class="scroll" tabindex="0">
      <table class="table rows" part="results">
        <caption>
          ${words.msg('result.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${words.msg('rows.row')}</th>
            <th scope="col">${words.msg('csv.result')}</th>
            <th scope="col">${words.msg('csv.details')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.rows.map((row) => {
            const { tone, text, details } = resultText(view, row);
            return html`<tr>
              <th scope="row">${row.view.row}</th>
              <td><span class="outcome" data-tone=${tone}>${text}</span></td>
              <td>
                ${
                  details.length
                    ? html`<ul class="problems">
                        ${details.map((d) => html`<li>${d}</li>`)}
                      </ul>`
                    : nothing
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${renderPager(words, view)}`;
}
