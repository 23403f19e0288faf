import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { accessOf } from '../../controllers/permission-matrix/access-editor.js';
import type { AccessChange, Contact, Policy } from '../../core/model/index.js';
import { roleCellState } from '../../core/permissions/diff.js';
import { renderBadge, statusTone } from '../internal/badge.js';
import { renderGrid, renderGridCell } from '../internal/grid.js';
import { renderPicker } from '../internal/picker.js';
import { groupCapabilities } from './role.view.js';
import { renderSites, type SitesView } from './sites.view.js';

/** The view model of the "by person" view (its site permissions are a {@link SitesView}). */
export interface PersonView extends SitesView {
  /** The person picker's search, as it stands. */
  search: {
    text: string;
    status: 'idle' | 'loading' | 'ready' | 'error';
    results: Contact[];
    error: unknown;
  };
  onSearch: (text: string) => void;
  onPick: (person: Contact) => void;
  /** Loading the person chosen. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  policy: Policy | undefined;
  /** The signed-in person's id (their own contact says so). */
  actorId: string | undefined;
  /** Whether the person's access has unsaved edits (another person cannot be picked meanwhile). */
  dirty: boolean;
}

const GRID = 'person';

/**
 * The "by person" view: a people picker, then the chosen person's role, company permissions
 * (inherited from the role, or granted to them) and per-site permissions (seed 003).
 */
export function renderPersonView(view: PersonView): TemplateResult {
  const { editor, words, mode, dirty } = view;
  const contact = editor.contact;
  const picker =
    mode === 'view'
      ? nothing
      : renderPicker({
          id: 'person',
          label: words.msg('person.search'),
          placeholder: words.msg('person.search-placeholder'),
          search: view.search,
          selectedId: contact?.id ?? '',
          emptyText: words.msg('person.none-found'),
          loadingText: words.msg('person.searching'),
          errorText: words.msg('load.error', { reason: words.failure(view.search.error) }),
          pickText: (person) => person.name,
          refusal: () => undefined,
          blocked: dirty && contact ? words.msg('person.dirty', { name: contact.name }) : undefined,
          onInput: view.onSearch,
          onPick: view.onPick,
        });
  let body: TemplateResult | typeof nothing = nothing;
  if (view.status === 'loading') {
    body = html`<p class="loading" role="status">
      <span class="spinner" aria-hidden="true"></span> ${words.msg('load.loading')}
    </p>`;
  } else if (view.status === 'error') {
    body = html`<div class="banner" data-tone="error" role="alert">
      <span>${words.msg('load.error', { reason: words.failure(view.error) })}</span>
    </div>`;
  } else if (contact && view.policy && editor.access) {
    body = renderPerson(view, contact, view.policy, editor.access);
  } else {
    body = html`<p class="empty">${words.msg('person.choose')}</p>`;
  }
  return html`<div class="person-layout">
    ${picker}
    <div class="person-body">${body}</div>
  </div>`;
}

function renderPerson(
  view: PersonView,
  contact: Contact,
  policy: Policy,
  access: AccessChange,
): TemplateResult {
  const { words, mode, grid } = view;
  const interactive = mode !== 'view';
  const self = view.actorId === contact.id;
  const saved = accessOf(contact);
  const role = policy.roles.find((r) => r.id === access.role);
  const company = policy.capabilities.filter((c) => c.scope === 'company');
  const siteCaps = policy.capabilities.filter((c) => c.scope === 'site');
  const grant = view.grantRefusal;
  const rows = company.length;
  let row = -1;
  return html`
    <header class="person-head">
      <h3 id="person-name">${contact.name}</h3>
      ${renderBadge(words.msg(`status.${contact.status}` as const), statusTone(contact.status))}
      <span class="muted">${contact.email}</span>
      ${self ? html`<span class="muted">${words.msg('person.self')}</span>` : nothing}
    </header>
    ${
      mode === 'explain' && grant
        ? html`<p class="banner" data-tone="info">
            ${words.msg('person.readonly', { reason: words.reason(grant) })}
          </p>`
        : nothing
    }
    ${renderRoleField(view, contact, policy, access)}
    <ul class="legend" aria-label=${words.msg('person.legend')}>
      <li data-tone="inherited">
        <span class="swatch" aria-hidden="true"></span>${words.msg('person.legend-inherited')}
      </li>
      <li data-tone="granted">
        <span class="swatch" aria-hidden="true"></span>${words.msg('person.legend-granted')}
      </li>
      <li data-tone="none">
        <span class="swatch" aria-hidden="true"></span>${words.msg('person.legend-none')}
      </li>
    </ul>
    ${renderGrid({
      captionId: 'person-caption',
      caption: words.msg('person.caption', { name: contact.name }),
      interactive,
      classes: 'person',
      keydown: grid.keydown(GRID),
      head: html`<th scope="col" class="row-head">${words.msg('roles.column-capability')}</th>
        <th scope="col">${words.msg('person.column-access')}</th>`,
      body: groupCapabilities(company).map(
        ([group, capabilities]) =>
          html`<tbody>
            <tr class="group">
              <th scope="colgroup" colspan="2">
                <span class="held-in-view">${words.group(group)}</span>
              </th>
            </tr>
            ${capabilities.map((capability) => {
              row++;
              return renderCapabilityRow(view, capability.id, row, rows, {
                contact,
                access,
                saved,
                inRole: roleCellState(role, capability.id),
              });
            })}
          </tbody>`,
      ),
    })}
    ${
      siteCaps.length
        ? renderSites(
            view,
            contact,
            access,
            siteCaps.map((c) => c.id),
          )
        : nothing
    }
  `;
}

function renderRoleField(
  view: PersonView,
  contact: Contact,
  policy: Policy,
  access: AccessChange,
): TemplateResult {
  const { editor, words, mode } = view;
  if (mode === 'view') {
    return html`<p class="role-line">
      <span class="label">${words.msg('person.role')}:</span> ${words.role(access.role)}
    </p>`;
  }
  const options = policy.roles.map((role) => {
    if (role.id === access.role) return { id: role.id, refusal: undefined };
    const refusal = editor.refusalsOf({ ...access, role: role.id })[0];
    return { id: role.id, refusal: refusal ? words.reason(refusal) : undefined };
  });
  const others = options.filter((o) => o.id !== access.role);
  const reasons = [...new Set(others.map((o) => o.refusal))];
  // One reason for every other role (not your own role; no right to grant) disables the field.
  const blocked = others.length > 0 && reasons.length === 1 && reasons[0] !== undefined;
  const hint = blocked ? words.msg('person.role-why', { reason: reasons[0] ?? '' }) : '';
  return html`<div class="field role-field">
    <label for="role-select">${words.msg('person.role')}</label>
    <select
      id="role-select"
      part="role-select"
      ?disabled=${blocked}
      aria-describedby=${ifDefined(blocked ? 'role-why' : undefined)}
      .value=${live(access.role)}
      @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        editor.stage({ ...access, role: value });
      }}
    >
      ${options.map(
        (o) =>
          html`<option
            value=${o.id}
            ?selected=${o.id === access.role}
            ?disabled=${o.refusal !== undefined && !blocked}
          >
            ${
              o.refusal !== undefined && !blocked
                ? `${words.role(o.id)} — ${o.refusal}`
                : words.role(o.id)
            }
          </option>`,
      )}
    </select>
    ${blocked ? html`<span class="hint" id="role-why">${hint}</span>` : nothing}
    ${
      contact.role !== access.role
        ? html`<span class="hint changed-note">${words.msg('cell.changed')}</span>`
        : nothing
    }
  </div>`;
}

/** One company capability of the person: where they hold it from, and the cell that changes it. */
function renderCapabilityRow(
  view: PersonView,
  id: string,
  r: number,
  rows: number,
  state: {
    contact: Contact;
    access: AccessChange;
    saved: AccessChange;
    inRole: ReturnType<typeof roleCellState>;
  },
): TemplateResult {
  const { editor, words, mode, grid } = view;
  const { contact, access, saved, inRole } = state;
  const name = words.capability(id);
  const granted = access.grants.includes(id);
  const roleName = words.role(access.role);
  const text = granted
    ? inRole === 'always'
      ? words.msg('person.src-grant-and-role', { role: roleName })
      : words.msg('person.src-grant')
    : inRole === 'always'
      ? words.msg('person.src-role', { role: roleName })
      : inRole === 'own-contact'
        ? words.msg('person.src-own', { role: roleName })
        : inRole === 'granted'
          ? words.msg('person.src-needs-grant', { role: roleName })
          : words.msg('person.src-none');
  const proposed = editor.withGrant(id, !granted);
  const refusal =
    !granted && inRole === 'always'
      ? words.cellReason({ kind: 'inherited', role: access.role })
      : proposed
        ? editor.refusalsOf(proposed).map((e) => words.reason(e))[0]
        : undefined;
  const changed = granted !== saved.grants.includes(id) || access.role !== saved.role;
  return html`<tr>
    <th scope="row" class="row-head">${name}</th>
    ${renderGridCell({
      grid: GRID,
      key: `${id}@access`,
      row: r,
      col: 0,
      label: words.msg('cell.label', { capability: name, column: contact.name, state: text }),
      text,
      tone: granted
        ? 'granted'
        : inRole === 'always'
          ? 'inherited'
          : inRole === 'own-contact'
            ? 'limited'
            : 'none',
      checked: granted || inRole === 'always' ? true : inRole === 'own-contact' ? 'mixed' : false,
      changed,
      changedText: words.msg('cell.changed'),
      reason:
        refusal === undefined ? undefined : words.msg('cell.disabled-why', { reason: refusal }),
      interactive: mode !== 'view',
      tabIndex: grid.tabIndex(GRID, r, 0, rows, () => 1),
      onToggle: () => {
        if (proposed) editor.stage(proposed);
      },
      onFocus: () => grid.set(GRID, { row: r, col: 0 }),
    })}
  </tr>`;
}
