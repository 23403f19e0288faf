import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { accessOf, type AccessEditor } from '../../controllers/permission-matrix/access-editor.js';
import type { AccessChange, Contact, Site } from '../../core/model/index.js';
import { renderGrid, renderGridCell } from '../internal/grid.js';
import { whyDisabled } from '../internal/tip.js';
import type { MatrixViewBase } from './matrix.view.js';

/** The view model of a person's site permissions. */
export interface SitesView extends MatrixViewBase {
  /** The person's staged access edits, and which the engine refuses. */
  editor: AccessEditor;
  /** The company's sites, and the one chosen in the "assign a site" field. */
  sites: readonly Site[];
  siteToAssign: string;
  chooseSite: (id: string) => void;
}

const SITES = 'sites';

/**
 * A person's permissions per site (seed 003): a grid of site × site-scoped capability, each cell
 * staged like the company ones, a button to unassign each site, and a field to assign another.
 */
export function renderSites(
  view: SitesView,
  contact: Contact,
  access: AccessChange,
  siteCaps: string[],
): TemplateResult {
  const { editor, words, mode, grid } = view;
  const interactive = mode !== 'view';
  const saved = accessOf(contact);
  const rows = access.sites.length;
  const cols = () => siteCaps.length + (interactive ? 1 : 0);
  const unassigned = view.sites.filter((s) => !access.sites.some((a) => a.siteId === s.id));
  const chosen = unassigned.some((s) => s.id === view.siteToAssign) ? view.siteToAssign : '';
  const assignProposal = chosen ? editor.withSite(chosen, true) : undefined;
  const assignRefusal = assignProposal ? editor.refusalsOf(assignProposal)[0] : view.grantRefusal;
  return html`<section class="sites" aria-labelledby="sites-title">
    <h3 id="sites-title">${words.msg('person.sites')}</h3>
    ${
      access.sites.length === 0
        ? html`<p class="muted">${words.msg('person.no-sites')}</p>`
        : renderGrid({
            captionId: 'sites-caption',
            caption: words.msg('person.sites-caption', { name: contact.name }),
            interactive,
            keydown: grid.keydown(SITES),
            head: html`<th scope="col" class="row-head">${words.msg('person.column-site')}</th>
              ${siteCaps.map((id) => html`<th scope="col">${words.capability(id)}</th>`)}
              ${
                interactive
                  ? html`<th scope="col">
                      <span class="visually-hidden">${words.msg('person.column-actions')}</span>
                    </th>`
                  : nothing
              }`,
            body: html`<tbody>
              ${access.sites.map((site, r) => {
                const siteName = words.site(site.siteId);
                const before = saved.sites.find((s) => s.siteId === site.siteId);
                const unassign = editor.withSite(site.siteId, false);
                const unassignRefusal = unassign ? editor.refusalsOf(unassign)[0] : undefined;
                const unassignCol = siteCaps.length;
                const unassignWhy = whyDisabled({
                  id: `unassign-why-${r}`,
                  reason: unassignRefusal ? words.reason(unassignRefusal) : undefined,
                  press: () => {
                    if (unassign) editor.stage(unassign);
                  },
                  placement: 'center',
                });
                return html`<tr>
                  <th scope="row" class="row-head">${siteName}</th>
                  ${siteCaps.map((id, col) => {
                    const held = site.capabilities.includes(id);
                    const proposed = editor.withSiteCapability(site.siteId, id, !held);
                    const refusal = proposed ? editor.refusalsOf(proposed)[0] : undefined;
                    const text = words.msg(held ? 'person.site-held' : 'person.site-not-held');
                    return renderGridCell({
                      grid: SITES,
                      key: `${id}@${site.siteId}`,
                      row: r,
                      col,
                      label: words.msg('cell.label', {
                        capability: words.capability(id),
                        column: siteName,
                        state: text,
                      }),
                      text,
                      tone: held ? 'granted' : 'none',
                      checked: held,
                      changed: held !== (before?.capabilities.includes(id) ?? false),
                      changedText: words.msg('cell.changed'),
                      reason: refusal
                        ? words.msg('cell.disabled-why', { reason: words.reason(refusal) })
                        : undefined,
                      interactive,
                      tabIndex: grid.tabIndex(SITES, r, col, rows, cols),
                      onToggle: () => {
                        if (proposed) editor.stage(proposed);
                      },
                      onFocus: () => grid.set(SITES, { row: r, col }),
                    });
                  })}
                  ${
                    interactive
                      ? html`<td role="gridcell" class="cell action-cell has-tip">
                          <button
                            type="button"
                            class="btn small ghost"
                            data-row=${r}
                            data-col=${unassignCol}
                            tabindex=${grid.tabIndex(SITES, r, unassignCol, rows, cols)}
                            aria-disabled=${unassignWhy.ariaDisabled}
                            aria-describedby=${unassignWhy.describedBy}
                            aria-label=${words.msg('person.unassign', { site: siteName })}
                            @focus=${() => grid.set(SITES, { row: r, col: unassignCol })}
                            @click=${unassignWhy.onClick}
                          >
                            ${words.msg('person.unassign-short')}
                          </button>
                          ${unassignWhy.tip}
                        </td>`
                      : nothing
                  }
                </tr>`;
              })}
            </tbody>`,
          })
    }
    ${
      interactive && unassigned.length
        ? html`<div class="assign toolbar">
            <div class="field">
              <label for="assign-site">${words.msg('person.assign-site')}</label>
              <select
                id="assign-site"
                .value=${live(chosen)}
                @change=${(e: Event) => view.chooseSite((e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${chosen === ''}>
                  ${words.msg('person.assign-choose')}
                </option>
                ${unassigned.map(
                  (s) =>
                    html`<option value=${s.id} ?selected=${s.id === chosen}>${s.name}</option>`,
                )}
              </select>
            </div>
            <button
              type="button"
              class="btn"
              aria-disabled=${!chosen || assignRefusal ? 'true' : 'false'}
              aria-describedby=${ifDefined(assignRefusal ? 'assign-why' : undefined)}
              @click=${() => {
                if (assignProposal && !assignRefusal && !editor.stage(assignProposal)) {
                  view.chooseSite('');
                }
              }}
            >
              ${words.msg('person.assign')}
            </button>
            ${
              assignRefusal
                ? html`<span class="hint" id="assign-why">${words.reason(assignRefusal)}</span>`
                : nothing
            }
          </div>`
        : nothing
    }
  </section>`;
}
