import { html, nothing, type TemplateResult } from 'lit';
import type { CellMenuTarget } from '../../controllers/permission-matrix/cell-menu.js';
import type { PolicyEditor } from '../../controllers/permission-matrix/policy-editor.js';
import type { Capability, Policy } from '../../core/model/index.js';
import { roleCellState, type HoldState } from '../../core/permissions/diff.js';
import { renderGrid, renderGridCell } from '../internal/grid.js';
import type { MatrixViewBase } from './matrix.view.js';

/** The view model of the "by role" view. */
export interface RoleView extends MatrixViewBase {
  /** The policy as saved (a cell that differs from it is marked changed). */
  saved: Policy;
  /** The role table's staged edits: the policy shown, which states each cell may take and why not. */
  editor: Pick<PolicyEditor, 'shown' | 'refusal' | 'choices' | 'set'>;
  /** The state menu of the cells: which one is open; open, close and its keys. */
  menu: {
    open: CellMenuTarget | undefined;
    toggle(target: CellMenuTarget): void;
    close(refocus: boolean): void;
    keydown(event: KeyboardEvent): void;
  };
}

const tones: Record<HoldState, 'inherited' | 'limited' | 'none'> = {
  always: 'inherited',
  granted: 'limited',
  'own-contact': 'limited',
  none: 'none',
};

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
              <th scope="colgroup" colspan=${policy.roles.length + 1}>
                <span class="held-in-view">${words.group(group)}</span>
              </th>
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
                  const key = `${capability.id}@${role.id}`;
                  return renderGridCell({
                    grid: GRID,
                    key,
                    row: r,
                    col,
                    label: words.msg('cell.label', {
                      capability: name,
                      column: words.role(role.id),
                      state: text,
                    }),
                    text,
                    tone: tones[state],
                    checked: state !== 'none',
                    menu: { id: 'cell-menu', expanded: view.menu.open?.key === key },
                    changed: state !== before,
                    changedText: words.msg('cell.changed'),
                    reason: refusal
                      ? words.msg('cell.disabled-why', { reason: words.cellReason(refusal) })
                      : undefined,
                    interactive,
                    tabIndex: grid.tabIndex(GRID, r, col, rows, cols),
                    onToggle: () =>
                      view.menu.toggle({ key, role: role.id, capability: capability.id }),
                    onFocus: () => grid.set(GRID, { row: r, col }),
                  });
                })}
              </tr>`;
            })}
          </tbody>`,
      ),
    })}
    ${hasSite ? html`<p class="hint">${words.msg('roles.site-note')}</p>` : nothing}
    ${interactive ? renderCellMenu(view) : nothing}
  `;
}

/**
 * The menu of the open cell: each state a role may hold a capability in, the current one checked, a
 * refused one disabled with its reason (the core rules a backend runs decide which).
 */
function renderCellMenu(view: RoleView): TemplateResult {
  const { words, editor, menu } = view;
  const open = menu.open;
  const choices = open ? editor.choices(open.role, open.capability) : [];
  const label = open
    ? words.msg('cell.menu', {
        capability: words.capability(open.capability),
        role: words.role(open.role),
      })
    : '';
  return html`<div
    id="cell-menu"
    class="cell-menu"
    part="cell-menu"
    popover="manual"
    role="menu"
    aria-label=${label}
    @keydown=${menu.keydown}
  >
    ${choices.map((choice) => {
      const hint = `cell-menu-hint-${choice.state}`;
      const why = `cell-menu-why-${choice.state}`;
      const refused = choice.refusal !== undefined;
      return html`<button
        type="button"
        role="menuitemradio"
        tabindex="-1"
        data-state=${choice.state}
        aria-checked=${choice.current ? 'true' : 'false'}
        aria-disabled=${refused ? 'true' : 'false'}
        aria-describedby=${refused ? `${hint} ${why}` : hint}
        @click=${() => {
          if (!open || refused) return;
          editor.set(open.role, open.capability, choice.state);
          menu.close(true);
        }}
      >
        <span class="choice-mark" aria-hidden="true"></span>
        <span class="choice-text">
          <span class="choice-name">${words.holdState(choice.state)}</span>
          <span class="choice-hint" id=${hint} aria-hidden="true"
            >${words.msg(`cell.hint.${choice.state}`)}</span
          >
          ${
            choice.refusal
              ? html`<span class="choice-why" id=${why} aria-hidden="true"
                  >${words.cellReason(choice.refusal)}</span
                >`
              : nothing
          }
        </span>
      </button>`;
    })}
  </div>`;
}
