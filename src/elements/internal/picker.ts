import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Contact } from '../../core/model/index.js';

/** What a people picker shows and does. */
export interface PickerSpec {
  /** A prefix for the ids inside (`<id>-input`, `<id>-results`); unique in the shadow root. */
  id: string;
  label: string;
  placeholder: string;
  /** The search as it stands (a `PeopleSearchController` fits). */
  search: { text: string; status: 'idle' | 'loading' | 'ready' | 'error'; results: Contact[] };
  /** The person chosen now, when the picker chooses one (`aria-pressed` on the results). */
  selectedId?: string | undefined;
  emptyText: string;
  loadingText: string;
  /** What to say when the search failed. */
  errorText: string;
  /** The visible text of the button that picks `person`. */
  pickText: (person: Contact) => string;
  /** A reason the person cannot be picked, or `undefined`. */
  refusal: (person: Contact) => string | undefined;
  /** A reason nobody but the selected person can be picked now, said once above the results. */
  blocked?: string | undefined;
  onInput: (value: string) => void;
  onPick: (person: Contact) => void;
}

/**
 * A searchable people picker: a labelled search field, a polite status line (searching, nothing
 * found, failed), and a button per person found — disabled ones keep focus and say why.
 * Needs {@link pickerStyles}.
 */
export function renderPicker(spec: PickerSpec): TemplateResult {
  const { status, results, text } = spec.search;
  const statusText =
    status === 'loading'
      ? spec.loadingText
      : status === 'error'
        ? spec.errorText
        : status === 'ready' && results.length === 0
          ? spec.emptyText
          : '';
  return html`<div class="picker" part="picker">
    <div class="field">
      <label for=${`${spec.id}-input`}>${spec.label}</label>
      <input
        id=${`${spec.id}-input`}
        type="search"
        autocomplete="off"
        placeholder=${spec.placeholder}
        .value=${text}
        aria-controls=${`${spec.id}-results`}
        @input=${(e: Event) => spec.onInput((e.target as HTMLInputElement).value)}
      />
    </div>
    <p class="hint" role="status">${statusText}</p>
    ${
      spec.blocked
        ? html`<p class="hint blocked" id=${`${spec.id}-blocked`}>${spec.blocked}</p>`
        : nothing
    }
    <ul class="results" id=${`${spec.id}-results`} aria-label=${spec.label}>
      ${results.map((person) => {
        const own = spec.refusal(person);
        const blocked = spec.blocked !== undefined && person.id !== spec.selectedId;
        const refusal = own ?? (blocked ? spec.blocked : undefined);
        const tip = own ? `${spec.id}-why-${person.id}` : `${spec.id}-blocked`;
        return html`<li>
          <button
            type="button"
            class="btn small result"
            aria-pressed=${ifDefined(
              spec.selectedId === undefined
                ? undefined
                : spec.selectedId === person.id
                  ? 'true'
                  : 'false',
            )}
            aria-disabled=${refusal ? 'true' : 'false'}
            aria-describedby=${ifDefined(refusal ? tip : undefined)}
            @click=${() => {
              if (!refusal) spec.onPick(person);
            }}
          >
            ${spec.pickText(person)}
          </button>
          <span class="result-email">${person.email}</span>
          ${own ? html`<span class="hint" id=${tip}>${own}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The look of {@link renderPicker}. */
export const pickerStyles: CSSResult = css`
  .picker {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .picker .hint {
    margin: 0;
    min-height: 1.2em;
  }
  .picker .blocked {
    color: var(--portico-color-warning);
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .results li {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .result {
    max-width: 100%;
    white-space: normal;
    text-align: start;
    justify-content: flex-start;
  }
  .result[aria-pressed='true'] {
    border-color: var(--portico-color-primary);
    color: var(--portico-color-primary);
  }
  .result-email {
    font-size: 0.86em;
    color: var(--portico-color-muted);
    padding-inline-start: var(--portico-space);
  }
`;
