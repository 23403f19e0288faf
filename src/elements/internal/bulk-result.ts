/**
 * The result of a bulk act, shared by `<contact-list>` and `<invite-status>`: the count line ("18 done,
 * 2 refused", part `bulk-summary`, a status so it is announced), the refusals (part `bulk-refusals`, one
 * line an item or a group of items, each saying why) and the button that closes the dialog (focused
 * when the result opens). Each element words its own lines; this is the dialog body they sit in.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The view model of a bulk act's result; `Refusal` is whatever one line of the refusals shows. */
export interface BulkResultView<Refusal> {
  /** The count line, in the element's words ("3 done, 1 not done."). */
  summary: string;
  /** What the act did not do: an item, or a group of items refused for the same reason. */
  refused: readonly Refusal[];
  /** The inside of one refusal's list item: who, and why. */
  refusal: (item: Refusal) => TemplateResult;
  /** The close button's words, and closing the dialog. */
  closeLabel: string;
  close: () => void;
}

/** The body and the close button of a bulk act's result dialog (the element renders the header). */
export function renderBulkResult<Refusal>(view: BulkResultView<Refusal>): TemplateResult {
  return html`<div class="dialog-body">
      <p role="status" class="summary" part="bulk-summary">${view.summary}</p>
      ${
        view.refused.length
          ? html`<ul class="refusals" part="bulk-refusals">
              ${view.refused.map((item) => html`<li>${view.refusal(item)}</li>`)}
            </ul>`
          : nothing
      }
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn primary" autofocus @click=${view.close}>
        ${view.closeLabel}
      </button>
    </div>`;
}
