import { html, nothing, type TemplateResult } from 'lit';
import type { PolicyEditor } from '../../controllers/permission-matrix/policy-editor.js';
import type { Capability, Policy } from '../../core/model/index.js';
import { roleCellState } from '../../core/permissions/diff.js';
import { renderGrid, renderGridCell } from '../internal/grid.js';
import type { MatrixViewBase } from './matrix.view.js';

/** The view model of the "by role" view. */
export interface RoleView extends MatrixViewBase {
  /** The policy as saved (a cell that differs from it is marked changed). */
  saved: Policy;
  /** The role table's staged edits: the policy shown, which cells may change and why not. */
  editor: Pick<PolicyEditor, 'shown' | 'refusal' | 'toggle'>;
}

/** Capabilities in the policy's order, grouped by their group in order of first appearance. */
export function groupCapabilities(capabilities: readonly Capability[]): [string, Capability[]][] {
  const groups = new Map<string, Capability[]>();
  for (const capability of capabilities) {
    const list = groups.get(capability.group) ?? [];
    list.push(capability);
    groups.set(capability.group, list);
  }
  return [...groups];
}

const GRID = 'roles';

/**
 * The "by role" view: the roles × capabilities table of the active policy (seed 000's table for the
 * default policy), one row group per capability group. Site-scoped capabilities are not part of roles.
 */
export function renderRoleView(view: RoleView): TemplateResult {
  const { editor, words, mode, saved, grid } = view;
  const policy = editor.shown ?? saved;
  const company = policy.capabilities.filter((c) => c.scope === 'company');
  const hasSite = policy.capabilities.some((c) => c.scope === 'site');
  if (company.length === 0) {
    return html`<p class="empty">${words.msg('load.empty-policy')}</p>`;
  }
  const interactive = mode !== 'view';
  const grant = view.grantRefusal;
  const groups = groupCapabilities(company);
  const rows = company.length;
  const cols = () => policy.roles.length;
  let row = -1;
  return html`
    ${
      mode !== 'edit' && grant
        ? html`<p class="banner" data-tone="info" id="roles-readonly">
            ${words.msg('roles.readonly', { reason: words.reason(grant) })}
          </p>`
        : nothing
    }
    ${renderGrid({
      captionId: 'roles-caption',
      caption: words.msg('roles.caption'),
      interactive,
      keydown: grid.keydown(GRID),
      head: html`<th scope="col" class="row-head">${words.msg('roles.column-capability')}</th>
        ${policy.roles.map((role) => html`<th scope="col">${words.role(role.id)}</th>`)}`,
      body: groups.map(
        ([group, capabilities]) =>
          html`<tbody>
            <tr class="group">
              <th scope="colgroup" colspan=${policy.roles.length + 1}>${words.group(group)}</th>
            </tr>
            ${capabilities.map((capability) => {
              row++;
              const r = row;
              const name = words.capability(capability.id);
              return html`<tr>
                <th scope="row" class="row-head">${name}</th>
                ${policy.roles.map((role, col) => {
                  const state = roleCellState(role, capability.id);
                  const before = roleCellState(
                    saved.roles.find((x) => x.id === role.id),
                    capability.id,
                  );
                  const refusal = editor.refusal(role.id, capability.id);
                  const text = words.holdState(state);
                  return renderGridCell({
                    grid: GRID,
                    key: `${capability.id}@${role.id}`,
                    row: r,
                    col,
                    label: words.msg('cell.label', {
                      capability: name,
                      column: words.role(role.id),
                      state: text,
                    }),
                    text,
                    tone: state === 'always' ? 'inherited' : state === 'none' ? 'none' : 'limited',
                    checked: state !== 'none',
                    changed: state !== before,
                    changedText: words.msg('cell.changed'),
                    reason: refusal
                      ? words.msg('cell.disabled-why', { reason: words.cellReason(refusal) })
                      : undefined,
                    interactive,
                    tabIndex: grid.tabIndex(GRID, r, col, rows, cols),
                    onToggle: () => editor.toggle(role.id, capability.id),
                    onFocus: () => grid.set(GRID, { row: r, col }),
                  });
                })}
              </tr>`;
            })}
          </tbody>`,
      ),
    })}
    ${hasSite ? html`<p class="hint">${words.msg('roles.site-note')}</p>` : nothing}
  `;
}
