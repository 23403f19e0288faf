import { html, nothing, type TemplateResult } from 'lit';
import type { WriteProgress } from '../../controllers/csv-importer/import-controller.js';
import type { ImporterWords } from './csv-importer.words.js';

/** The fourth step: the writing, batch by batch. */
export interface ProgressView {
  words: ImporterWords;
  progress: WriteProgress;
  /** Cancel was asked: the batch on its way finishes first. */
  cancelling: boolean;
  /** A batch failed: resume from the last confirmed one. */
  failed: boolean;
  cancel: () => void;
  retry: () => void;
}

/** The progress bar with rows done, rows/s and time left (in a live region), cancel and retry. */
export function renderProgressView(view: ProgressView): TemplateResult {
  const { words, progress } = view;
  const rows = words.msg('progress.rows', {
    done: words.number(progress.done),
    total: words.number(progress.total),
  });
  return html`<div class="progress" part="progress">
    <progress
      aria-label=${words.msg('progress.label')}
      max=${Math.max(1, progress.total)}
      .value=${progress.done}
    ></progress>
    <p role="status" aria-live="polite">
      ${rows}
      ${
        progress.rate > 0
          ? html` · ${words.msg('progress.rate', { rate: words.number(Math.round(progress.rate)) })}`
          : nothing
      }
      ${
        progress.secondsLeft !== undefined && progress.done < progress.total
          ? html` · ${words.msg('progress.left', { seconds: Math.ceil(progress.secondsLeft) })}`
          : nothing
      }
      ${view.cancelling ? html` · ${words.msg('progress.cancelling')}` : nothing}
    </p>
    <div class="actions">
      ${
        view.failed
          ? html`<button type="button" class="btn primary" @click=${view.retry}>
              ${words.msg('do.retry')}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="btn"
        part="cancel-button"
        ?disabled=${view.cancelling}
        @click=${view.cancel}
      >
        ${words.msg('do.cancel')}
      </button>
    </div>
  </div>`;
}
