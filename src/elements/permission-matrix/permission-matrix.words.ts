import type { CellReason } from '../../controllers/permission-matrix/matrix-types.js';
import type { Contact, Policy, Site } from '../../core/model/index.js';
import type {
  AccessDiff,
  ApproversDiff,
  HoldState,
  PolicyDiff,
  RoleCellChange,
} from '../../core/permissions/diff.js';
import type { Explanation } from '../../core/permissions/types.js';
import { catalogue, type KeysOf, type MessageParams } from '../../i18n/catalogue.js';
import { Explainer, sentence } from '../../i18n/explain.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { errorMessages } from '../../i18n/messages/errors.js';
import { permissionMatrixMessages } from '../../i18n/messages/permission-matrix.js';
import { permissionMessages } from '../../i18n/messages/permissions.js';
import { validationMessages } from '../../i18n/messages/validation.js';

/**
 * What `<permission-matrix>` speaks: shared words, the adapter's errors, validation, the engine's
 * words, then its own (a later topic wins on a shared key).
 */
export const matrixCatalogue = catalogue(
  commonMessages,
  errorMessages,
  validationMessages,
  permissionMessages,
  permissionMatrixMessages,
);

/** A key of {@link matrixCatalogue}. */
export type MatrixMessageKey = KeysOf<typeof matrixCatalogue>;

/** Lookups for names the catalogue does not know: the company's sites, the people seen. */
export interface NameSources {
  sites: readonly Site[];
  people: ReadonlyMap<string, Contact>;
}

/**
 * The words of `<permission-matrix>` in its locale: ids named (an id the catalogue does not name is
 * shown humanised rather than hidden), reasons and errors through the one `Explainer`, and the
 * plain-language sentences of staged changes.
 */
export class MatrixWords {
  readonly explain: Explainer;

  constructor(
    private readonly t: LocaleController<MatrixMessageKey>,
    private readonly names: () => NameSources,
  ) {
    this.explain = new Explainer(t, {
      site: (id) => this.names().sites.find((s) => s.id === id)?.name,
    });
  }

  readonly msg = (key: MatrixMessageKey, params?: MessageParams): string => this.t.msg(key, params);

  list(items: string[]): string {
    return this.t.list(items);
  }

  capability(id: string): string {
    return this.explain.capability(id);
  }

  group(id: string): string {
    return this.explain.group(id);
  }

  role(id: string): string {
    return this.explain.role(id);
  }

  site(id: string): string {
    return this.explain.site(id);
  }

  /** Why the engine refuses, as a sentence (it is embedded in longer text). */
  reason(explanation: Explanation): string {
    return sentence(this.explain.reason(explanation));
  }

  /** What went wrong, as a sentence. */
  failure(error: unknown): string {
    return sentence(this.explain.error(error));
  }

  person(id: string): string {
    return this.names().people.get(id)?.name ?? this.msg('approvers.unknown', { id });
  }

  /** Why a cell is disabled. */
  cellReason(reason: CellReason): string {
    if (reason.kind === 'engine') return this.reason(reason.explanation);
    if (reason.kind === 'invalid') return sentence(this.explain.policyError(reason.error));
    if (reason.kind === 'locked') {
      return this.msg('roles.locked', {
        role: this.role(reason.role),
        capability: this.capability(reason.capability),
      });
    }
    return this.msg('person.inherited-why', { role: this.role(reason.role) });
  }

  /** A role-table cell's state in words. */
  holdState(state: HoldState): string {
    return this.msg(`cell.${state}`);
  }

  /** "Maria Souza gains: approves budgets; loses: edits contacts." */
  accessSentence(diff: AccessDiff, name: string): string {
    const caps = (ids: string[]) => this.list(ids.map((id) => lowerFirst(this.capability(id))));
    const parts: string[] = [];
    if (diff.role) {
      parts.push(
        this.msg('diff.role', { from: this.role(diff.role.from), to: this.role(diff.role.to) }),
      );
    }
    if (diff.gains.length) parts.push(this.msg('diff.gains', { list: caps(diff.gains) }));
    if (diff.loses.length) parts.push(this.msg('diff.loses', { list: caps(diff.loses) }));
    if (diff.limited.length) parts.push(this.msg('diff.limited', { list: caps(diff.limited) }));
    if (diff.widened.length) parts.push(this.msg('diff.widened', { list: caps(diff.widened) }));
    // Grant edits that change no hold (the role gives it anyway) are still said.
    const held = new Set([...diff.gains, ...diff.loses, ...diff.limited, ...diff.widened]);
    const added = diff.grants.added.filter((id) => !held.has(id));
    const removed = diff.grants.removed.filter((id) => !held.has(id));
    if (added.length) parts.push(this.msg('diff.granted', { list: caps(added) }));
    if (removed.length) parts.push(this.msg('diff.ungranted', { list: caps(removed) }));
    for (const site of diff.sites) {
      const siteName = this.site(site.siteId);
      if (site.change === 'assigned') {
        parts.push(
          site.gains.length
            ? this.msg('diff.site-assigned-with', { site: siteName, list: caps(site.gains) })
            : this.msg('diff.site-assigned', { site: siteName }),
        );
        continue;
      }
      if (site.change === 'unassigned') {
        parts.push(this.msg('diff.site-unassigned', { site: siteName }));
        continue;
      }
      if (site.gains.length) {
        parts.push(this.msg('diff.site-gains', { site: siteName, list: caps(site.gains) }));
      }
      if (site.loses.length) {
        parts.push(this.msg('diff.site-loses', { site: siteName, list: caps(site.loses) }));
      }
    }
    return this.msg('diff.sentence', { subject: name, changes: parts.join('; ') });
  }

  /**
   * One sentence per role whose row of the table changes: what it gains (with the condition, when
   * there is one), what it loses, and what it keeps under another condition ("from “When granted” to
   * “Yes”").
   */
  policySentences(diff: PolicyDiff, policy: Policy): string[] {
    const sentences: string[] = [];
    for (const role of policy.roles) {
      const cells = diff.cells.filter((c) => c.role === role.id);
      if (!cells.length) continue;
      const name = (c: RoleCellChange) => lowerFirst(this.capability(c.capability));
      const gained = (c: RoleCellChange) => {
        if (c.to === 'own-contact')
          return this.msg('diff.cell-own-contact', { capability: name(c) });
        if (c.to === 'granted') return this.msg('diff.cell-granted', { capability: name(c) });
        return name(c);
      };
      const gains = cells.filter((c) => c.from === 'none' && c.to !== 'none').map(gained);
      const loses = cells.filter((c) => c.to === 'none').map(name);
      const moved = cells
        .filter((c) => c.from !== 'none' && c.to !== 'none')
        .map((c) =>
          this.msg('diff.cell-from-to', {
            capability: name(c),
            from: this.holdState(c.from),
            to: this.holdState(c.to),
          }),
        );
      const parts: string[] = [];
      if (gains.length) parts.push(this.msg('diff.gains', { list: this.list(gains) }));
      if (loses.length) parts.push(this.msg('diff.loses', { list: this.list(loses) }));
      if (moved.length) parts.push(this.msg('diff.changes', { list: this.list(moved) }));
      sentences.push(
        this.msg('diff.sentence', { subject: this.role(role.id), changes: parts.join('; ') }),
      );
    }
    return sentences;
  }

  /** "Budget approvers: adds Ana; removes Bia." */
  approverSentences(diff: ApproversDiff): string[] {
    const sentences: string[] = [];
    for (const list of ['budgets', 'tickets'] as const) {
      const { added, removed } = diff[list];
      const parts: string[] = [];
      const people = (ids: string[]) => this.list(ids.map((id) => this.person(id)));
      if (added.length) parts.push(this.msg('diff.adds', { list: people(added) }));
      if (removed.length) parts.push(this.msg('diff.removes', { list: people(removed) }));
      if (!parts.length) continue;
      sentences.push(
        this.msg('diff.sentence', {
          subject: `${this.msg(list === 'budgets' ? 'approvers.budgets' : 'approvers.tickets')}:`,
          changes: parts.join('; '),
        }),
      );
    }
    return sentences;
  }
}

/** Lower-cases a leading capital inside a sentence, but leaves acronyms ("IT admins") alone. */
function lowerFirst(text: string): string {
  const [first = '', second = ''] = text;
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return first.toLocaleLowerCase() + text.slice(1);
}
