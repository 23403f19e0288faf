import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Contact } from '../../core/model/index.js';

/** A small padlock: the cell cannot be changed (the reason is in text beside it). */
const lockIcon = html`<svg
  class="lock"
  viewBox="0 0 16 16"
  width="12"
  height="12"
  aria-hidden="true"
  focusable="false"
>
  <path
    fill="currentColor"
    d="M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z"
  />
</svg>`;

/** How a cell reads: its tone drives the look, `label` the accessible name, `text` what is seen. */
export interface CellSpec {
  grid: string;
  /** A stable hook for tests and stories: `<capability>@<role id | site id | "access">`. */
  key: string;
  row: number;
  col: number;
  /** The accessible name: "Approves budgets, Registration admin: Yes". */
  label: string;
  /** The visible text of the state. */
  text: string;
  /** `inherited` (from a role), `granted` (explicit), `limited` (conditional), `none`. */
  tone: 'inherited' | 'granted' | 'limited' | 'none';
  checked: boolean | 'mixed';
  /** Staged and not saved. */
  changed: boolean;
  /** Why the cell cannot be toggled; `undefined` when it can. */
  reason: string | undefined;
  /** Whether to render a control at all (false in the read-only `view` mode). */
  interactive: boolean;
  tabIndex: number;
  onToggle: () => void;
  onFocus: () => void;
  changedText: string;
}

/**
 * One cell of a matrix grid. Interactive cells hold a checkbox-like button that stays focusable when
 * disabled (`aria-disabled`), so its reason — shown beside it on hover and focus, and linked with
 * `aria-describedby` — reaches keyboard and screen-reader users alike.
 */
export function renderCell(spec: CellSpec): TemplateResult {
  const tipId = `${spec.grid}-tip-${spec.row}-${spec.col}`;
  const face = html`<span class="mark" aria-hidden="true"></span
    ><span class="cell-text">${spec.text}</span>`;
  if (!spec.interactive) {
    return html`<td class="cell" part="cell" data-tone=${spec.tone} data-key=${spec.key}>
      <span class="cell-face">${face}</span>
    </td>`;
  }
  const disabled = spec.reason !== undefined;
  return html`<td
    role="gridcell"
    class="cell"
    part="cell"
    data-tone=${spec.tone}
    ?data-changed=${spec.changed}
  >
    <button
      type="button"
      class="cell-face"
      role="checkbox"
      data-row=${spec.row}
      data-col=${spec.col}
      data-key=${spec.key}
      tabindex=${spec.tabIndex}
      aria-checked=${spec.checked === 'mixed' ? 'mixed' : spec.checked ? 'true' : 'false'}
      aria-disabled=${disabled ? 'true' : 'false'}
      aria-label=${spec.changed ? `${spec.label} (${spec.changedText})` : spec.label}
      aria-describedby=${ifDefined(disabled ? tipId : undefined)}
      @click=${() => {
        if (!disabled) spec.onToggle();
      }}
      @focus=${spec.onFocus}
    >
      ${face}${disabled ? lockIcon : nothing}
    </button>
    ${
      disabled
        ? html`<span class="tip" part="reason" id=${tipId} role="tooltip">${spec.reason}</span>`
        : nothing
    }
  </td>`;
}

/** A search field with a short list of matching people under it. */
export interface PickerSpec {
  id: string;
  label: string;
  placeholder: string;
  query: string;
  status: 'idle' | 'loading' | 'ready' | 'error';
  results: Contact[];
  selectedId?: string | undefined;
  emptyText: string;
  loadingText: string;
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

/** A searchable picker: a labelled search field and the buttons of the people it finds. */
export function renderPicker(spec: PickerSpec): TemplateResult {
  const statusText =
    spec.status === 'loading'
      ? spec.loadingText
      : spec.status === 'error'
        ? spec.errorText
        : spec.status === 'ready' && spec.results.length === 0
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
        .value=${spec.query}
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
      ${spec.results.map((person) => {
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
