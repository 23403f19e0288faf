import { AdapterError, type FieldError } from '../../core/adapter/errors.js';
import type { Explanation } from '../../core/permissions/types.js';
import type { Verdict } from '../../core/rules/index.js';

type Msg = (key: string, params?: Record<string, string | number>) => string;

const has = (msg: Msg, key: string) => msg(key) !== key;

/** The words of an engine explanation, with its capability / role / site named in the locale. */
export function describeExplanation(msg: Msg, explanation: Explanation): string {
  const name = (prefix: string, id: string | undefined) =>
    id === undefined ? '' : has(msg, `${prefix}.${id}`) ? msg(`${prefix}.${id}`) : id;
  const key = `reason.${explanation.code}`;
  if (!has(msg, key)) return msg('error.forbidden');
  return msg(key, {
    capability: name('capability', explanation.missing ?? explanation.subject),
    role: name('role', explanation.code === 'role' ? explanation.via : explanation.subject),
    site: explanation.siteId ?? explanation.subject ?? explanation.via ?? '',
  });
}

/** The words of a refusal: the engine's reason, or one about the contact's state. */
export function describeVerdict(msg: Msg, verdict: Verdict): string {
  if (verdict.allowed) return '';
  if ('engine' in verdict) return describeExplanation(msg, verdict.engine);
  return msg(`why.${verdict.state}`, verdict.params ?? {});
}

/** The words of a field error: the validator's `field.<code>`, else a generic line. */
export function fieldErrorText(msg: Msg, error: FieldError): string {
  if (error.code === 'email-mismatch') return msg('form.email-mismatch');
  const key = `field.${error.code}`;
  if (has(msg, key)) return msg(key, error.params ?? {});
  return error.code === 'required' ? msg('form.required') : msg('form.invalid');
}

/**
 * The words of an adapter's failure: its specific code when the catalogues know it (`error.code.<code>`,
 * the engine's `reason.<code>`, the list's `why.<code>`), else its kind (`error.<kind>`).
 */
export function describeError(msg: Msg, error: unknown): string {
  if (AdapterError.is(error)) {
    for (const key of [`error.code.${error.code}`, `reason.${error.code}`, `why.${error.code}`]) {
      if (has(msg, key)) return msg(key, { count: 1 });
    }
    if (error.kind === 'validation' && error.fields.length) {
      return error.fields.map((field) => fieldErrorText(msg, field)).join(' ');
    }
    return msg(`error.${error.kind}`);
  }
  return msg('state.error');
}
