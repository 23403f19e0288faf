/**
 * One text for reasons and errors. Whatever says "no" — an engine `Explanation`, a contact act's
 * `Verdict`, an adapter's `AdapterError`, a validator's `FieldError` — is put into words here, and
 * only here, so every element says the same thing the same way in each locale.
 *
 * ```ts
 * readonly explain = new Explainer(this.t);
 * html`<span class="why">${this.explain.verdict(verdict)}</span>`;
 * ```
 *
 * @module
 */
import { AdapterError, type FieldError } from '../core/adapter/errors.js';
import type { Explanation } from '../core/permissions/types.js';
import type { Verdict } from '../core/rules/index.js';
import type { PasswordRule } from '../core/validation/index.js';
import type { Words } from './locale-controller.js';
import type { ErrorMessageKey } from './messages/errors.js';
import type { PermissionMessageKey } from './messages/permissions.js';
import type { ValidationMessageKey } from './messages/validation.js';

/** The keys the explanations are worded with: every catalogue that explains must speak these topics. */
export type ExplainKey = ErrorMessageKey | PermissionMessageKey | ValidationMessageKey;

/** Names of things the catalogue cannot know (a company's sites), when the element knows them. */
export interface NameSources {
  /** The name of site `id`, if known. */
  site?(id: string): string | undefined;
}

/** Ends `text` with a full stop unless it already ends with punctuation (to embed a reason in a paragraph). */
export function sentence(text: string): string {
  return !text || /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** An id the catalogue does not name, shown readably: "cloud-backup" → "Cloud backup". */
export function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Words for reasons and errors in the locale of `t`. Ids are named through the catalogue
 * (`capability.<id>`, `role.<id>`, `capability-group.<id>`); a vendor's own id the catalogue does not
 * know is shown humanised rather than hidden.
 */
export class Explainer {
  constructor(
    private readonly t: Words<ExplainKey>,
    private readonly names: NameSources = {},
  ) {}

  /** A capability's name. */
  capability(id: string): string {
    const key = `capability.${id}`;
    return this.t.has(key) ? this.t.msg(key as ExplainKey) : humanise(id);
  }

  /** A capability group's name. */
  group(id: string): string {
    const key = `capability-group.${id}`;
    return this.t.has(key) ? this.t.msg(key as ExplainKey) : humanise(id);
  }

  /** A role's name. */
  role(id: string): string {
    const key = `role.${id}`;
    return this.t.has(key) ? this.t.msg(key as ExplainKey) : humanise(id);
  }

  /** A site's name, when the element knows it; else its id. */
  site(id: string): string {
    return this.names.site?.(id) ?? id;
  }

  /** Why the engine allows or refuses: "The role does not include “Deletes contacts”". */
  reason(explanation: Explanation): string {
    const { code, missing, subject, via, siteId } = explanation;
    const capability = missing ?? subject;
    const site =
      siteId ?? (code === 'site' ? via : code === 'not-granted-for-site' ? subject : undefined);
    const role = code === 'role' ? via : subject;
    return this.t.msg(`reason.${code}`, {
      capability: capability === undefined ? '' : this.capability(capability),
      site: site === undefined ? '' : this.site(site),
      role: role === undefined ? '' : this.role(role),
    });
  }

  /** Why a contact act is refused: the engine's reason, or one about the contact's state. */
  verdict(verdict: Verdict): string {
    if (verdict.allowed) return '';
    if ('engine' in verdict) return this.reason(verdict.engine);
    return this.t.msg(`why.${verdict.state}`, verdict.params ?? {});
  }

  /**
   * What is wrong with a field: the validator's `field.<code>`, else the adapter's sentence for the code
   * (`error.code.<code>`), else a generic line.
   */
  field(error: FieldError): string {
    for (const key of [`field.${error.code}`, `error.code.${error.code}`]) {
      if (this.t.has(key)) return this.t.msg(key as ExplainKey, error.params ?? {});
    }
    return this.t.msg(error.code === 'required' ? 'field.required' : 'field.invalid');
  }

  /** A line of a password checklist: what one rule of the policy asks ("At least 8 characters"). */
  passwordRule(rule: PasswordRule): string {
    return this.t.msg(`password.rule.${rule.code}`, rule.params ?? {});
  }

  /** What is wrong in a permission policy a vendor wrote (`parsePolicy`'s field errors). */
  policyError(error: FieldError): string {
    const key = `policy-error.${error.code}`;
    if (!this.t.has(key)) return this.field(error);
    return this.t.msg(key as ExplainKey, { field: error.field, ...error.params });
  }

  /**
   * What went wrong: for an adapter's failure, its code when the catalogue knows it (`error.code.<code>`,
   * the engine's `reason.<code>`, a contact act's `why.<code>`), else its fields' errors (a validation),
   * else its kind (`error.<kind>`); anything else is "Something went wrong".
   */
  error(error: unknown): string {
    if (!AdapterError.is(error)) return this.t.msg('error.unknown');
    for (const key of [`error.code.${error.code}`, `reason.${error.code}`, `why.${error.code}`]) {
      if (this.t.has(key)) return this.t.msg(key as ExplainKey, { count: 1 });
    }
    if (error.kind === 'validation' && error.fields.length) {
      return error.fields.map((field) => sentence(this.field(field))).join(' ');
    }
    return this.t.msg(`error.${error.kind}`);
  }
}
