import { html, nothing, type TemplateResult } from 'lit';
import { matrixViews, type MatrixView } from '../../controllers/permission-matrix/matrix-types.js';
import type { MatrixWords } from './permission-matrix.words.js';

/** The view model of the view tabs. */
export interface TabsView {
  words: MatrixWords;
  view: MatrixView;
  /** Whether a view has unsaved edits (its tab shows a dot). */
  dirty: (view: MatrixView) => boolean;
  /** Shows `view`; `focus` moves focus to its tab (the arrow keys). */
  select: (view: MatrixView, focus: boolean) => void;
}

/** The tabs of the three views: arrows, Home and End move between them (the APG tabs pattern). */
export function renderTabs(model: TabsView): TemplateResult {
  const { words, view: current } = model;
  const onKey = (e: KeyboardEvent) => {
    const index = matrixViews.indexOf(current);
    const count = matrixViews.length;
    const next =
      e.key === 'ArrowRight'
        ? matrixViews[(index + 1) % count]
        : e.key === 'ArrowLeft'
          ? matrixViews[(index + count - 1) % count]
          : e.key === 'Home'
            ? matrixViews[0]
            : e.key === 'End'
              ? matrixViews[count - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    model.select(next, true);
  };
  return html`<div
    class="tabs"
    part="tabs"
    role="tablist"
    aria-label=${words.msg('views.label')}
    @keydown=${onKey}
  >
    ${matrixViews.map(
      (view) =>
        html`<button
          type="button"
          role="tab"
          part="tab"
          id=${`tab-${view}`}
          aria-selected=${view === current ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${view === current ? 0 : -1}
          @click=${() => model.select(view, false)}
        >
          ${words.msg(`view.${view}`)}
          ${model.dirty(view) ? html`<span class="dot" aria-hidden="true"></span>` : nothing}
        </button>`,
    )}
  </div>`;
}
