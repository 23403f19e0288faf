import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ImportController,
  importPageSize,
  type ImportStep,
} from '../../controllers/csv-importer/import-controller.js';
import { PortalController } from '../../controllers/portal-controller.js';
import type { PortalAdapter } from '../../core/adapter/types.js';
import { CsvImportClient } from '../../core/csv/client.js';
import type { CsvLocale } from '../../core/csv/fields.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { downloadCsv } from '../internal/download.js';
import { csvImporterStyles } from './csv-importer.styles.js';
import { ImporterWords, importerCatalogue } from './csv-importer.words.js';
import { renderFileView } from './file.view.js';
import { renderIssues, renderMappingView } from './mapping.view.js';
import { renderProgressView } from './progress.view.js';
import { renderPlanning, renderReviewView } from './review.view.js';
import { renderResultView } from './result.view.js';

export type { ImportDoneDetail, ImportProgressDetail, ImportSummary } from '../../events.js';

const steps: readonly ImportStep[] = ['file', 'mapping', 'review', 'importing', 'done'];

/**
 * Starts the import Worker (the file is read, parsed and checked there, off the page's thread). Where
 * a page's policy forbids Workers, the same session runs in the page, loaded on demand.
 */
async function connectWorker(): Promise<CsvImportClient> {
  try {
    const worker = new Worker(new URL('../../core/csv/worker.ts', import.meta.url), {
      type: 'module',
    });
    return new CsvImportClient(worker);
  } catch {
    const { serveImportSession } = await import('../../core/csv/protocol.js');
    const channel = new MessageChannel();
    serveImportSession(channel.port2);
    return new CsvImportClient(channel.port1);
  }
}

function baseName(name: string): string {
  return name.replace(/\.[^.]*$/, '') || 'contacts';
}

/**
 * Imports contacts from a CSV file an admin's spreadsheet produced, with every row accounted for (seed
 * 001). Steps: choose or drop the file → how it reads (the detected encoding and delimiter, each
 * changeable) and which contact field each column fills (matched from the headers in pt-BR, en and
 * es, editable; the company's last mapping is remembered) → review (every row's outcome — create,
 * update, skip or error — with each problem naming its row and field; fix a cell in place; accept a
 * suggested fix for all rows like it; skip or update existing contacts) → import (batches of at most
 * 500 rows through the adapter's `contacts.import`, with progress, rows/s, time left and cancel) →
 * result (each row's "Success!" or what went wrong; the rows to fix as a CSV to import again).
 *
 * The file is read, parsed and checked in a Worker, in chunks: a large file never blocks the page.
 * Nothing is type-guessed (CPFs keep their leading zeros), and every CSV it writes escapes cells that
 * look like formulas. Only who may import (the rules layer's `importVerdict`, which the backend
 * enforces) can use it; anyone else sees why.
 *
 * `updateComplete` resolves once the element has rendered in the words of its locale.
 *
 * @summary Imports contacts from a CSV file: mapping, review, batches, every row's result.
 * @tag csv-importer
 *
 * @csspart steps - The list of steps.
 * @csspart drop-zone - The area a file is dropped on.
 * @csspart file-button - The "choose a file" button.
 * @csspart template-button - The template download.
 * @csspart read-settings - The encoding and delimiter fields.
 * @csspart encoding - The encoding field.
 * @csspart delimiter - The delimiter field.
 * @csspart issue - A note about the file or the mapping.
 * @csspart mapping - The column mapping table.
 * @csspart preview - The first rows of the file.
 * @csspart check-button - The button that checks every row.
 * @csspart existing - The choice for contacts that already exist.
 * @csspart suggestion - A suggested fix for several rows.
 * @csspart rows - The table of rows and their outcomes.
 * @csspart import-button - The button that starts the import.
 * @csspart progress - The progress of the import.
 * @csspart cancel-button - The button that cancels the import.
 * @csspart summary - The counts once the import is done.
 * @csspart results - The table of each row's result.
 * @csspart download-failed - The download of the rows to fix.
 * @csspart download-result - The download of every row's result.
 *
 * @cssprop [--portico-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif] - Font of all text.
 * @cssprop [--portico-font-size=14px] - Base font size.
 * @cssprop [--portico-color-primary=#1d4ed8] - The current step, primary buttons, the drop zone when dragging.
 * @cssprop [--portico-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--portico-color-success=#067647] - Rows created or updated.
 * @cssprop [--portico-color-warning=#b54708] - Warnings and suggestions.
 * @cssprop [--portico-color-danger=#b42318] - Rows with errors, rows not imported.
 * @cssprop [--portico-color-text=#1d2939] - Body text.
 * @cssprop [--portico-color-muted=#475467] - Hints, skipped rows.
 * @cssprop [--portico-color-surface=#ffffff] - Background of tables and the drop zone.
 * @cssprop [--portico-color-surface-alt=#f5f7fa] - Table headers.
 * @cssprop [--portico-color-border=#d0d5dd] - Table rules and outlines.
 * @cssprop [--portico-radius=6px] - Corner radius.
 * @cssprop [--portico-space=8px] - The spacing unit.
 * @cssprop [--portico-focus-ring=2px solid #1d4ed8] - The focus outline.
 *
 * @fires {CustomEvent<ImportSummary>} portico-import-request - Cancelable, before anything is
 *   written: the file's name and the plan's counts (`rows`, `create`, `update`, `skip`, `error`).
 *   Calling `preventDefault()` writes nothing.
 * @fires {CustomEvent<ImportProgressDetail>} portico-import-progress - After each batch: rows
 *   answered of those to write, and how many were created, updated, skipped or refused.
 * @fires {CustomEvent<ImportDoneDetail>} portico-import-done - When writing stopped (finished or
 *   cancelled): the summary and `cancelled`.
 */
export class CsvImporter extends LitElement {
  static override styles = csvImporterStyles;

  /** The adapter to use; when unset, the one of the nearest `<portico-provider>`. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  @state() private dragging = false;

  private readonly t = new LocaleController(this, importerCatalogue);
  /** @internal */ readonly portal = new PortalController(this);
  private readonly words = new ImporterWords(this.t);
  /** @internal */ readonly importer = new ImportController(this, {
    portal: this.portal,
    connect: connectWorker,
    roleNames: () =>
      (this.portal.engine?.policy.roles ?? []).map((role) => ({
        id: role.id,
        names: [role.id, this.words.explain.role(role.id)],
      })),
  });

  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing chosen yet: the Worker goes. Mid-import it stays, so a re-attached element goes on.
    if (this.importer.step === 'file' && !this.importer.busy) this.importer.close();
  }

  private refusal(): string | undefined {
    const verdict = this.importer.verdict();
    return verdict && !verdict.allowed
      ? this.words.msg('forbidden', { reason: this.words.verdict(verdict) })
      : undefined;
  }

  private downloadTemplate(): void {
    const locale = this.words.locale as CsvLocale;
    void this.importer
      .template(locale)
      .then((text) => downloadCsv(text, `${this.words.msg('title')}.csv`));
  }

  /**
   * The result file as the download holds it, in the words of the element's locale.
   * @internal
   */
  resultFile(failedOnly: boolean): Promise<string> {
    const { importer } = this;
    const labels = this.words.resultLabels({
      roles: this.portal.engine?.policy.roles.map((role) => role.id),
      refusals: importer.roleRefusals(),
    });
    return importer.resultCsv(labels, failedOnly);
  }

  private download(failedOnly: boolean): void {
    const suffix = failedOnly ? this.words.msg('result.failed') : this.words.msg('csv.result');
    const name = `${baseName(this.importer.fileName)} - ${suffix}.csv`;
    void this.resultFile(failedOnly).then((text) => downloadCsv(text, name));
  }

  private renderSteps(): TemplateResult {
    const current = this.importer.step;
    return html`<ol class="steps" part="steps" aria-label=${this.words.msg('steps.label')}>
      ${steps.map(
        (step) =>
          html`<li aria-current=${step === current ? 'step' : 'false'}>
            ${this.words.msg(`step.${step}`)}
          </li>`,
      )}
    </ol>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.importer.notice;
    const { words } = this;
    if (!notice) return nothing;
    const text =
      notice.code === 'spreadsheet' || notice.code === 'not-csv'
        ? words.msg(`notice.${notice.code}`, { name: notice.name })
        : notice.code === 'failed' || notice.code === 'import-failed'
          ? words.msg(`notice.${notice.code}`, { reason: words.failure(notice.error) })
          : notice.code === 'cancelled'
            ? words.msg('notice.cancelled', { count: notice.written })
            : words.msg('notice.vetoed');
    const tone = notice.code === 'cancelled' || notice.code === 'vetoed' ? 'warning' : 'error';
    return html`<p class="banner" data-tone=${tone} role="alert">${text}</p>`;
  }

  private renderStep(refusal: string | undefined): TemplateResult | typeof nothing {
    const { importer, words } = this;
    const disabled = refusal !== undefined;
    switch (importer.step) {
      case 'file':
        return renderFileView({
          words,
          refusal,
          opening: importer.busy === 'opening',
          dragging: this.dragging,
          choose: (file) => void importer.choose(file),
          setDragging: (dragging) => {
            this.dragging = dragging;
          },
          downloadTemplate: () => this.downloadTemplate(),
        });
      case 'mapping': {
        const preview = importer.preview!;
        if (importer.busy === 'planning') return renderPlanning(words, importer.planProgress);
        return renderMappingView({
          words,
          fileName: importer.fileName,
          preview,
          busy: importer.busy !== undefined,
          disabled,
          setEncoding: (encoding) => void importer.setEncoding(encoding),
          setDelimiter: (delimiter) => void importer.setDelimiter(delimiter),
          setMapping: (column, field) => void importer.setMapping(column, field),
          back: () => importer.reset(),
          check: () => void importer.check(),
        });
      }
      case 'review':
        return html`${renderIssues(words, importer.plan?.fileIssues ?? [])}
        ${renderReviewView({
          words,
          summary: importer.summary!,
          headers: importer.plan?.headers ?? [],
          rows: importer.rows,
          total: importer.rowTotal,
          offset: importer.offset,
          pageSize: importPageSize,
          filter: importer.filter,
          busy: importer.busy !== undefined,
          disabled,
          show: (filter) => void importer.show(filter),
          page: (offset) => void importer.page(offset),
          setExisting: (policy) => void importer.setExisting(policy),
          applySuggestion: (field, code) => void importer.applySuggestion(field, code),
          edit: (index, column, value) => void importer.edit(index, column, value),
          drop: (index, drop) => void importer.drop(index, drop),
          back: () => importer.back(),
          start: () => void importer.start(),
        })}`;
      case 'importing':
        return renderProgressView({
          words,
          progress: importer.write!,
          cancelling: importer.cancelling,
          failed: importer.notice?.code === 'import-failed',
          cancel: () => importer.cancel(),
          retry: () => void importer.resume(),
        });
      case 'done':
        return renderResultView({
          words,
          counts: importer.fileCounts,
          rows: importer.resultRows,
          total: importer.rowTotal,
          offset: importer.offset,
          pageSize: importPageSize,
          cancelled: importer.cancelled,
          page: (offset) => void importer.page(offset),
          downloadFailed: () => this.download(true),
          downloadResult: () => this.download(false),
          again: () => importer.reset(),
        });
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.t.loaded) return nothing;
    const { portal, words } = this;
    if (portal.adapter === undefined) {
      return html`<p class="empty">${words.msg('load.no-adapter')}</p>`;
    }
    if (portal.status === 'error') {
      return html`<div class="banner" data-tone="error" role="alert">
        <span>${words.msg('load.error', { reason: words.failure(portal.error) })}</span>
        <button type="button" class="btn small" @click=${() => void portal.reload()}>
          ${words.msg('do.retry')}
        </button>
      </div>`;
    }
    if (portal.status !== 'ready') {
      return html`<p class="loading" role="status">
        <span class="spinner" aria-hidden="true"></span> ${words.msg('load.loading')}
      </p>`;
    }
    const refusal = this.refusal();
    return html`<section aria-labelledby="title">
      <h2 id="title">${words.msg('title')}</h2>
      ${this.renderSteps()}
      ${refusal ? html`<p class="banner" data-tone="info" id="refusal">${refusal}</p>` : nothing}
      ${this.renderNotice()} ${this.renderStep(refusal)}
    </section>`;
  }
}
