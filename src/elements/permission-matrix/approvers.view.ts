import { html, nothing, type TemplateResult } from 'lit';
import type {
  ApproverList,
  ApproversEditor,
} from '../../controllers/permission-matrix/approvers-editor.js';
import type { Approvers, Contact } from '../../core/model/index.js';
import { renderPicker } from '../internal/picker.js';
import type { MatrixViewBase } from './matrix.view.js';

/** The view model of the "approvers" view. */
export interface ApproversView extends MatrixViewBase {
  /** The lists as saved (a person not on them is marked changed). */
  saved: Omit<Approvers, 'version'>;
  /** The staged edits of the lists, who may change them and who may be on them. */
  editor: Pick<ApproversEditor, 'shown' | 'refusal' | 'personRefusal' | 'set'>;
  /** The "add" search of each list, as it stands. */
  searches: Record<
    ApproverList,
    {
      text: string;
      status: 'idle' | 'loading' | 'ready' | 'error';
      results: Contact[];
      error: unknown;
    }
  >;
  onSearch: (list: ApproverList, text: string) => void;
}

/**
 * The "approvers" view (seed 000): who approves budgets and who approves tickets. Only someone who
 * holds `define-approvers` (a general admin by default) changes them; a budget approver must be able
 * to approve budgets, a ticket approver to open tickets.
 */
export function renderApproversView(view: ApproversView): TemplateResult {
  const { editor, words, mode, saved } = view;
  const shown = editor.shown ?? saved;
  const refusal = editor.refusal();
  const editable = !refusal;
  return html`
    ${
      refusal && mode !== 'view'
        ? html`<p class="banner" data-tone="info">
            ${words.msg('approvers.readonly', { reason: words.reason(refusal) })}
          </p>`
        : nothing
    }
    <div class="approvers">
      ${(['budgets', 'tickets'] as const).map((list) => {
        const title = words.msg(list === 'budgets' ? 'approvers.budgets' : 'approvers.tickets');
        return html`<section
          class="approver-list"
          part="approver-list"
          aria-labelledby=${`${list}-title`}
        >
          <h3 id=${`${list}-title`}>${title}</h3>
          ${
            shown[list].length === 0
              ? html`<p class="muted">${words.msg('approvers.empty')}</p>`
              : html`<ul aria-labelledby=${`${list}-title`}>
                  ${shown[list].map((id) => {
                    const name = words.person(id);
                    const added = !saved[list].includes(id);
                    return html`<li ?data-changed=${added}>
                      <span>${name}</span>
                      ${
                        added
                          ? html`<span class="hint changed-note"
                              >${words.msg('cell.changed')}</span
                            >`
                          : nothing
                      }
                      ${
                        editable
                          ? html`<button
                              type="button"
                              class="btn small ghost"
                              aria-label=${words.msg('approvers.remove', { name })}
                              @click=${() => editor.set(list, id, false)}
                            >
                              ${words.msg('approvers.remove-short')}
                            </button>`
                          : nothing
                      }
                    </li>`;
                  })}
                </ul>`
          }
          ${
            editable
              ? renderPicker({
                  id: list,
                  label: `${words.msg('approvers.add')} — ${title}`,
                  placeholder: words.msg('person.search-placeholder'),
                  search: view.searches[list],
                  emptyText: words.msg('person.none-found'),
                  loadingText: words.msg('person.searching'),
                  errorText: words.msg('load.error', {
                    reason: words.failure(view.searches[list].error),
                  }),
                  pickText: (person) => `${words.msg('approvers.add')}: ${person.name}`,
                  refusal: (person) => {
                    if (shown[list].includes(person.id)) return undefined;
                    const why = editor.personRefusal(list, person);
                    return why
                      ? words.msg(
                          list === 'budgets'
                            ? 'approvers.cannot-approve'
                            : 'approvers.cannot-tickets',
                          { name: person.name, reason: words.reason(why) },
                        )
                      : undefined;
                  },
                  onInput: (value) => view.onSearch(list, value),
                  onPick: (person) => {
                    if (!shown[list].includes(person.id)) editor.set(list, person.id, true, person);
                  },
                })
              : nothing
          }
        </section>`;
      })}
    </div>
  `;
}
