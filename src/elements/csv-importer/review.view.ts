import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { csvCodes } from '../../core/csv/issues.js';
import type { PlanProgress } from '../../core/csv/session.js';
import type { ExistingPolicy, PlanRowView, PlanSummary, RowOutcome } from '../../core/csv/plan.js';
import type { ImporterWords } from './csv-importer.words.js';

/** The third step: every row's outcome, its problems, the fixes. */
export interface ReviewView {
  words: ImporterWords;
  summary: PlanSummary;
  headers: readonly string[];
  rows: readonly PlanRowView[];
  total: number;
  offset: number;
  pageSize: number;
  filter: RowOutcome | 'warning' | undefined;
  busy: boolean;
  disabled: boolean;
  show: (filter: RowOutcome | 'warning' | undefined) => void;
  page: (offset: number) => void;
  setExisting: (policy: ExistingPolicy) => void;
  applySuggestion: (field: string, code: string) => void;
  edit: (index: number, column: number, value: string) => void;
  /** Leave a row out (`drop`) or put it back. */
  drop: (index: number, drop: boolean) => void;
  back: () => void;
  start: () => void;
}

/** Planning's progress, in a live region. */
export function renderPlanning(
  words: ImporterWords,
  progress: PlanProgress | undefined,
): TemplateResult {
  const text = !progress
    ? words.msg('file.opening')
    : progress.phase === 'reading'
      ? words.msg('check.reading', {
          percent: progress.total ? Math.floor((progress.done / progress.total) * 100) : 0,
        })
      : words.msg('check.checking', { done: progress.done, total: progress.total });
  return html`<p role="status" class="loading">
    <span class="spinner" aria-hidden="true"></span> ${text}
  </p>`;
}

const outcomes: readonly RowOutcome[] = ['create', 'update', 'skip', 'error'];

/** The page navigation of a table of rows. */
export function renderPager(
  words: ImporterWords,
  view: { total: number; offset: number; pageSize: number; page: (offset: number) => void },
): TemplateResult | typeof nothing {
  if (view.total <= view.pageSize) return nothing;
  const to = Math.min(view.total, view.offset + view.pageSize);
  return html`<div class="pager">
    <button
      type="button"
      class="btn small"
      ?disabled=${view.offset === 0}
      @click=${() => view.page(view.offset - view.pageSize)}
    >
      ${words.msg('do.previous')}
    </button>
    <span>${words.msg('rows.page', { from: view.offset + 1, to, total: view.total })}</span>
    <button
      type="button"
      class="btn small"
      ?disabled=${to >= view.total}
      @click=${() => view.page(view.offset + view.pageSize)}
    >
      ${words.msg('do.next')}
    </button>
  </div>`;
}

/**
 * Every field of a row whose problem is the whole row (too few or too many fields, a quote that never
 * closed): each cell editable, labelled by its column's header, the extra ones as extra fields.
 */
function renderRowFields(view: ReviewView, row: PlanRowView): TemplateResult {
  const { words, headers } = view;
  const count = Math.max(headers.length, row.cells.length);
  return html`<fieldset class="row-fields" part="row-fields" ?disabled=${view.busy}>
    <legend>${words.msg('rows.fields', { row: row.row })}</legend>
    ${Array.from({ length: count }, (_, column) => {
      const header = headers[column];
      const label =
        header === undefined
          ? words.msg('rows.extra', { n: column - headers.length + 1, row: row.row })
          : words.msg('rows.cell', { header: header.trim() || String(column + 1), row: row.row });
      return html`<input
        class="fix"
        aria-label=${label}
        placeholder=${header ?? ''}
        .value=${row.cells[column] ?? ''}
        @change=${(event: Event) =>
          view.edit(row.index, column, (event.target as HTMLInputElement).value)}
      />`;
    })}
  </fieldset>`;
}

function renderProblems(view: ReviewView, row: PlanRowView): TemplateResult {
  const { words } = view;
  const dropped = row.issues.some((issue) => issue.code === csvCodes.dropped);
  const wholeRow = row.issues.some((issue) => issue.field === '' && issue.severity === 'error');
  return html`${renderIssues(view, row)}
  ${wholeRow && !view.disabled ? renderRowFields(view, row) : nothing}
  ${
    (row.outcome === 'error' || dropped) && !view.disabled
      ? html`<button
          type="button"
          class="btn small"
          part="drop"
          ?disabled=${view.busy}
          @click=${() => view.drop(row.index, !dropped)}
        >
          ${words.msg(dropped ? 'rows.restore' : 'rows.drop', { row: row.row })}
        </button>`
      : nothing
  }`;
}

function renderIssues(view: ReviewView, row: PlanRowView): TemplateResult {
  const { words } = view;
  return html`<ul class="problems">
    ${row.issues.map((issue) => {
      const fixable = issue.column !== undefined && issue.severity === 'error' && !view.disabled;
      const label = words.msg('rows.fix', { field: words.field(issue.field), row: row.row });
      return html`<li data-severity=${issue.severity}>
        <span>${words.rowIssue(issue)}</span>
        ${
          fixable
            ? html`<input
                class="fix"
                aria-label=${label}
                .value=${row.cells[issue.column!] ?? ''}
                ?disabled=${view.busy}
                @change=${(event: Event) =>
                  view.edit(row.index, issue.column!, (event.target as HTMLInputElement).value)}
              />`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}

/**
 * Counts per outcome (each a filter), the existing-contacts choice, suggestions, the rows. The choice
 * shows the plan's policy `live`: one the plan did not take (a failed call) goes back to it.
 */
export function renderReviewView(view: ReviewView): TemplateResult {
  const { words, summary } = view;
  const toWrite = summary.create + summary.update;
  const filterButton = (filter: RowOutcome | 'warning' | undefined, label: string) =>
    html`<button
      type="button"
      class="btn small filter"
      aria-pressed=${view.filter === filter ? 'true' : 'false'}
      @click=${() => view.show(filter)}
    >
      ${label}
    </button>`;
  return html`<div class="counts" role="group" aria-label=${words.msg('review.filter')}>
      ${filterButton(undefined, words.msg('review.all', { count: summary.rows }))}
      ${outcomes.map((outcome) =>
        filterButton(outcome, words.msg(`outcome.${outcome}`, { count: summary[outcome] })),
      )}
      ${
        summary.withWarnings
          ? filterButton('warning', words.msg('review.warning', { count: summary.withWarnings }))
          : nothing
      }
      ${
        summary.blank
          ? html`<span class="hint">${words.msg('review.blank', { count: summary.blank })}</span>`
          : nothing
      }
    </div>
    <fieldset class="existing" part="existing" ?disabled=${view.disabled || view.busy}>
      <legend>${words.msg('existing.label')}</legend>
      ${(['skip', 'update'] as const).map(
        (policy) =>
          html`<label>
            <input
              type="radio"
              name="existing"
              .checked=${live(summary.existing === policy)}
              @change=${() => view.setExisting(policy)}
            />
            ${words.msg(`existing.${policy}`)}
          </label>`,
      )}
      ${
        summary.checkedExisting
          ? nothing
          : html`<p class="hint">${words.msg('existing.unchecked')}</p>`
      }
    </fieldset>
    ${summary.suggestions.map(
      (group) =>
        html`<p class="banner" data-tone="warning" part="suggestion">
          <span
            >${words.msg('suggestion.text', { count: group.count, field: words.field(group.field) })}</span
          >
          <button
            type="button"
            class="btn small"
            ?disabled=${view.disabled || view.busy}
            @click=${() => view.applySuggestion(group.field, group.code)}
          >
            ${words.msg('suggestion.apply', { count: group.count })}
          </button>
        </p>`,
    )}
    <div class="scroll" tabindex="0">
      <table class="table rows" part="rows">
        <caption>
          ${words.msg('rows.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${words.msg('rows.row')}</th>
            <th scope="col">${words.msg('rows.outcome')}</th>
            <th scope="col">${words.msg('rows.problems')}</th>
            ${view.headers.map((header) => html`<th scope="col">${header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${
            view.rows.length === 0
              ? html`<tr>
                  <td colspan=${3 + view.headers.length}>${words.msg('rows.none')}</td>
                </tr>`
              : view.rows.map(
                  (row) =>
                    html`<tr data-outcome=${row.outcome}>
                      <th scope="row">${row.row}</th>
                      <td>
                        <span class="outcome" data-outcome=${row.outcome}
                          >${words.outcome(row.outcome)}</span
                        >
                      </td>
                      <td>${row.issues.length ? renderProblems(view, row) : nothing}</td>
                      ${view.headers.map((_, column) => html`<td>${row.cells[column] ?? ''}</td>`)}
                    </tr>`,
                )
          }
        </tbody>
      </table>
    </div>
    ${renderPager(words, view)}
    ${toWrite === 0 ? html`<p class="banner" data-tone="info">${words.msg('import.none')}</p>` : nothing}
    <div class="actions">
      <button type="button" class="btn" ?disabled=${view.busy} @click=${view.back}>
        ${words.msg('do.back')}
      </button>
      <button
        type="button"
        class="btn primary"
        part="import-button"
        ?disabled=${view.disabled || view.busy || toWrite === 0}
        @click=${view.start}
      >
        ${words.msg('do.import', { count: toWrite })}
      </button>
    </div>`;
}
