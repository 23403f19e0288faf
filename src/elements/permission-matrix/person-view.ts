import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccessChange, Contact, Policy } from '../../core/model/index.js';
import { roleCellState } from '../../core/permissions/diff.js';
import { accessOf } from '../../controllers/access-editor.js';
import { renderBadge, statusTone } from '../internal/badge.js';
import { renderCell, renderPicker } from './parts.js';
import { groupCapabilities } from './role-view.js';
import type { ViewHost } from './view-host.js';

const GRID = 'person';
const SITES = 'sites';

/**
 * The "by person" view: a people picker, then the chosen person's role, company permissions
 * (inherited from the role, or granted to them) and per-site permissions (seed 003).
 */
export function renderPersonView(host: ViewHost): TemplateResult {
  const { ctrl, words, mode } = host;
  const dirty = ctrl.isDirty('person');
  const contact = ctrl.person.contact;
  const picker =
    mode === 'view'
      ? nothing
      : renderPicker({
          id: 'person',
          label: words.msg('person.search'),
          placeholder: words.msg('person.search-placeholder'),
          ...host.searchState('person'),
          selectedId: contact?.id ?? '',
          emptyText: words.msg('person.none-found'),
          loadingText: words.msg('person.searching'),
          errorText: words.msg('load.error', { reason: words.msg('failure.network') }),
          pickText: (person) => person.name,
          refusal: () => undefined,
          blocked: dirty && contact ? words.msg('person.dirty', { name: contact.name }) : undefined,
          onInput: (value) => host.search('person', value),
          onPick: (person) => host.pickPerson(person),
        });
  let body: TemplateResult | typeof nothing = nothing;
  if (ctrl.personStatus === 'loading') {
    body = html`<p class="loading" role="status">
      <span class="spinner" aria-hidden="true"></span> ${words.msg('load.loading')}
    </p>`;
  } else if (ctrl.personStatus === 'error') {
    body = html`<div class="banner" data-tone="error" role="alert">
      <span>${words.msg('load.error', { reason: words.failure(ctrl.personError) })}</span>
    </div>`;
  } else if (contact && ctrl.policy && ctrl.person.access) {
    body = renderPerson(host, contact, ctrl.policy, ctrl.person.access);
  } else {
    body = html`<p class="empty">${words.msg('person.choose')}</p>`;
  }
  return html`<div class="person-layout">
    ${picker}
    <div class="person-body">${body}</div>
  </div>`;
}

function renderPerson(
  host: ViewHost,
  contact: Contact,
  policy: Policy,
  access: AccessChange,
): TemplateResult {
  const { ctrl, words, mode } = host;
  const interactive = mode !== 'view';
  const self = ctrl.actor?.id === contact.id;
  const saved = accessOf(contact);
  const role = policy.roles.find((r) => r.id === access.role);
  const company = policy.capabilities.filter((c) => c.scope === 'company');
  const siteCaps = policy.capabilities.filter((c) => c.scope === 'site');
  const grant = ctrl.grantRefusal();
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
    ${renderRoleField(host, contact, policy, access)}
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
    <div class="scroll">
      <table
        class="matrix person"
        part="grid"
        role=${interactive ? 'grid' : 'table'}
        aria-labelledby="person-caption"
        @keydown=${(e: KeyboardEvent) => host.onGridKeydown(e, GRID)}
      >
        <caption id="person-caption">
          ${words.msg('person.caption', { name: contact.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="row-head">${words.msg('roles.column-capability')}</th>
            <th scope="col">${words.msg('person.column-access')}</th>
          </tr>
        </thead>
        ${groupCapabilities(company).map(
          ([group, capabilities]) =>
            html`<tbody>
              <tr class="group">
                <th scope="colgroup" colspan="2">${words.group(group)}</th>
              </tr>
              ${capabilities.map((capability) => {
                row++;
                const r = row;
                const id = capability.id;
                const name = words.capability(id);
                const inRole = roleCellState(role, id);
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
                const proposed = ctrl.person.withGrant(id, !granted);
                const refusal =
                  !granted && inRole === 'always'
                    ? words.cellReason({ kind: 'inherited', role: access.role })
                    : proposed
                      ? ctrl.person.refusalsOf(proposed).map((e) => words.reason(e))[0]
                      : undefined;
                const changed = granted !== saved.grants.includes(id) || access.role !== saved.role;
                return html`<tr>
                  <th scope="row" class="row-head">${name}</th>
                  ${renderCell({
                    grid: GRID,
                    key: `${id}@access`,
                    row: r,
                    col: 0,
                    label: words.msg('cell.label', {
                      capability: name,
                      column: contact.name,
                      state: text,
                    }),
                    text,
                    tone: granted
                      ? 'granted'
                      : inRole === 'always'
                        ? 'inherited'
                        : inRole === 'own-contact'
                          ? 'limited'
                          : 'none',
                    checked:
                      granted || inRole === 'always'
                        ? true
                        : inRole === 'own-contact'
                          ? 'mixed'
                          : false,
                    changed,
                    changedText: words.msg('cell.changed'),
                    reason:
                      refusal === undefined
                        ? undefined
                        : words.msg('cell.disabled-why', { reason: refusal }),
                    interactive,
                    tabIndex: host.gridFocus.tabIndex(GRID, r, 0, rows, () => 1),
                    onToggle: () => {
                      if (proposed) ctrl.person.stage(proposed);
                    },
                    onFocus: () => host.gridFocus.set(GRID, { row: r, col: 0 }),
                  })}
                </tr>`;
              })}
            </tbody>`,
        )}
      </table>
    </div>
    ${
      siteCaps.length
        ? renderSites(
            host,
            contact,
            access,
            siteCaps.map((c) => c.id),
          )
        : nothing
    }
  `;
}

function renderRoleField(
  host: ViewHost,
  contact: Contact,
  policy: Policy,
  access: AccessChange,
): TemplateResult {
  const { ctrl, words, mode } = host;
  if (mode === 'view') {
    return html`<p class="role-line">
      <span class="label">${words.msg('person.role')}:</span> ${words.role(access.role)}
    </p>`;
  }
  const options = policy.roles.map((role) => {
    if (role.id === access.role) return { id: role.id, refusal: undefined };
    const refusal = ctrl.person.refusalsOf({ ...access, role: role.id })[0];
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
        ctrl.person.stage({ ...access, role: value });
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

function renderSites(
  host: ViewHost,
  contact: Contact,
  access: AccessChange,
  siteCaps: string[],
): TemplateResult {
  const { ctrl, words, mode } = host;
  const interactive = mode !== 'view';
  const saved = accessOf(contact);
  const rows = access.sites.length;
  const cols = () => siteCaps.length + (interactive ? 1 : 0);
  const unassigned = ctrl.sites.filter((s) => !access.sites.some((a) => a.siteId === s.id));
  const chosen = unassigned.some((s) => s.id === host.siteToAssign) ? host.siteToAssign : '';
  const assignProposal = chosen ? ctrl.person.withSite(chosen, true) : undefined;
  const assignRefusal = assignProposal
    ? ctrl.person.refusalsOf(assignProposal)[0]
    : ctrl.grantRefusal();
  return html`<section class="sites" aria-labelledby="sites-title">
    <h3 id="sites-title">${words.msg('person.sites')}</h3>
    ${
      access.sites.length === 0
        ? html`<p class="muted">${words.msg('person.no-sites')}</p>`
        : html`<div class="scroll">
            <table
              class="matrix"
              part="grid"
              role=${interactive ? 'grid' : 'table'}
              aria-labelledby="sites-caption"
              @keydown=${(e: KeyboardEvent) => host.onGridKeydown(e, SITES)}
            >
              <caption id="sites-caption">
                ${words.msg('person.sites-caption', { name: contact.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="row-head">${words.msg('person.column-site')}</th>
                  ${siteCaps.map((id) => html`<th scope="col">${words.capability(id)}</th>`)}
                  ${
                    interactive
                      ? html`<th scope="col">
                          <span class="visually-hidden">${words.msg('person.column-actions')}</span>
                        </th>`
                      : nothing
                  }
                </tr>
              </thead>
              <tbody>
                ${access.sites.map((site, r) => {
                  const siteName = words.site(site.siteId);
                  const before = saved.sites.find((s) => s.siteId === site.siteId);
                  const unassign = ctrl.person.withSite(site.siteId, false);
                  const unassignRefusal = unassign
                    ? ctrl.person.refusalsOf(unassign)[0]
                    : undefined;
                  const unassignCol = siteCaps.length;
                  return html`<tr>
                    <th scope="row" class="row-head">${siteName}</th>
                    ${siteCaps.map((id, col) => {
                      const held = site.capabilities.includes(id);
                      const proposed = ctrl.person.withSiteCapability(site.siteId, id, !held);
                      const refusal = proposed ? ctrl.person.refusalsOf(proposed)[0] : undefined;
                      const text = words.msg(held ? 'person.site-held' : 'person.site-not-held');
                      return renderCell({
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
                        tabIndex: host.gridFocus.tabIndex(SITES, r, col, rows, cols),
                        onToggle: () => {
                          if (proposed) ctrl.person.stage(proposed);
                        },
                        onFocus: () => host.gridFocus.set(SITES, { row: r, col }),
                      });
                    })}
                    ${
                      interactive
                        ? html`<td role="gridcell" class="cell action-cell">
                            <button
                              type="button"
                              class="btn small ghost"
                              data-row=${r}
                              data-col=${unassignCol}
                              tabindex=${host.gridFocus.tabIndex(SITES, r, unassignCol, rows, cols)}
                              aria-disabled=${unassignRefusal ? 'true' : 'false'}
                              aria-describedby=${ifDefined(
                                unassignRefusal ? `unassign-why-${r}` : undefined,
                              )}
                              aria-label=${words.msg('person.unassign', { site: siteName })}
                              @focus=${() => host.gridFocus.set(SITES, { row: r, col: unassignCol })}
                              @click=${() => {
                                if (unassign && !unassignRefusal) ctrl.person.stage(unassign);
                              }}
                            >
                              ${words.msg('person.unassign-short')}
                            </button>
                            ${
                              unassignRefusal
                                ? html`<span class="tip" role="tooltip" id=${`unassign-why-${r}`}
                                    >${words.reason(unassignRefusal)}</span
                                  >`
                                : nothing
                            }
                          </td>`
                        : nothing
                    }
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
    }
    ${
      interactive && unassigned.length
        ? html`<div class="assign toolbar">
            <div class="field">
              <label for="assign-site">${words.msg('person.assign-site')}</label>
              <select
                id="assign-site"
                .value=${live(chosen)}
                @change=${(e: Event) =>
                  host.chooseSiteToAssign((e.target as HTMLSelectElement).value)}
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
                if (assignProposal && !assignRefusal && !ctrl.person.stage(assignProposal)) {
                  host.chooseSiteToAssign('');
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
