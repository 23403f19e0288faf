import { html, type TemplateResult } from 'lit';
import type { MatrixWords } from './permission-matrix.words.js';

/** The view model of the "discard unsaved changes?" dialog. */
export interface DiscardView {
  words: MatrixWords;
  /** How many single edits would be lost. */
  count: number;
  /** What they do, in sentences. */
  sentences: string[];
  /** Keep editing (the default: it has focus). */
  keep: () => void;
  /** Discard the staged edits. */
  discard: () => void;
}

/**
 * Asked before the host leaves with edits staged (`confirmDiscard()`): what would be lost, in the
 * words of the review, with "Keep editing" focused and "Discard changes" beside it.
 */
export function renderDiscardDialog(view: DiscardView): TemplateResult {
  const { words } = view;
  return html`<dialog
    id="discard-dialog"
    part="discard-dialog"
    aria-labelledby="discard-title"
    aria-describedby="discard-body"
  >
    <div class="dialog-header">
      <h2 id="discard-title">${words.msg('leave.title')}</h2>
    </div>
    <div class="dialog-body">
      <p id="discard-body">${words.msg('leave.body', { count: view.count })}</p>
      <ul class="summary">
        ${view.sentences.map((s) => html`<li>${s}</li>`)}
      </ul>
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn" autofocus @click=${view.keep}>
        ${words.msg('leave.keep')}
      </button>
      <button type="button" class="btn danger" @click=${view.discard}>
        ${words.msg('do.cancel')}
      </button>
    </div>
  </dialog>`;
}
