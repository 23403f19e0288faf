import { html, nothing, type TemplateResult } from 'lit';
import type { SaveNotice } from '../../controllers/permission-matrix/matrix-types.js';
import type { Explanation } from '../../core/permissions/types.js';
import type { MatrixWords } from './permission-matrix.words.js';

/** The view model of the staged-change review and the save notice. */
export interface ReviewView {
  words: MatrixWords;
  /** Whether the view shown can be changed at all (else only the notice shows). */
  editable: boolean;
  /** The outcome of the last save, for the live region. */
  notice: SaveNotice | undefined;
  /** The plain-language sentences of the staged edits; none when nothing is staged. */
  sentences: string[];
  /** How many single edits are staged. */
  count: number;
  /** Why the staged edits cannot be saved as they are (after a rebase), if so. */
  refusals: Explanation[];
  saving: boolean;
  discard: () => void;
  save: () => void;
}

function noticeText(words: MatrixWords, notice: SaveNotice): string {
  switch (notice.kind) {
    case 'saved':
      return words.msg('save.saved');
    case 'conflict':
      return words.msg('save.conflict');
    case 'vetoed':
      return words.msg('save.vetoed');
    case 'failed':
      return words.msg('save.failed', { reason: words.failure(notice.error) });
  }
}

/**
 * What the staged edits do, in sentences, with Save and Discard — and the polite live region that
 * says how the last save went.
 */
export function renderReview(view: ReviewView): TemplateResult {
  const { words, notice } = view;
  const status = html`<div class="notice" role="status" aria-live="polite">
    ${
      notice
        ? html`<p class="banner" data-tone=${notice.tone}>${noticeText(words, notice)}</p>`
        : nothing
    }
  </div>`;
  if (!view.editable) return status;
  const { sentences, refusals } = view;
  const dirty = sentences.length > 0;
  const blocked = !dirty || view.saving || refusals.length > 0;
  return html`<section class="review" part="review" aria-labelledby="review-title">
    <h3 id="review-title">
      ${words.msg('diff.title')}
      ${
        dirty
          ? html`<span class="count">${words.msg('diff.count', { count: view.count })}</span>`
          : nothing
      }
    </h3>
    ${
      dirty
        ? html`<ul class="summary">
            ${sentences.map((s) => html`<li>${s}</li>`)}
          </ul>`
        : html`<p class="muted">${words.msg('diff.none')}</p>`
    }
    ${
      refusals.length
        ? html`<ul class="refusals" id="review-refusals">
            ${refusals.map((r) => html`<li>${words.reason(r)}</li>`)}
          </ul>`
        : nothing
    }
    ${status}
    <div class="toolbar">
      <span class="spacer"></span>
      <button
        type="button"
        class="btn"
        part="cancel-button"
        aria-disabled=${!dirty || view.saving ? 'true' : 'false'}
        @click=${() => {
          if (dirty && !view.saving) view.discard();
        }}
      >
        ${words.msg('do.cancel')}
      </button>
      <button
        type="button"
        class="btn primary"
        part="save-button"
        aria-disabled=${blocked ? 'true' : 'false'}
        aria-describedby=${refusals.length ? 'review-refusals' : nothing}
        @click=${view.save}
      >
        ${
          view.saving
            ? html`<span class="spinner" aria-hidden="true"></span> ${words.msg('do.saving')}`
            : words.msg('do.save')
        }
      </button>
    </div>
  </section>`;
}
