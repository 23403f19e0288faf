import type { CsvDelimiter } from '../../core/csv/dialect.js';
import { importFields } from '../../core/csv/fields.js';
import { csvCodes, paramLabel, type FileIssue, type RowIssue } from '../../core/csv/issues.js';
import type { RowOutcome } from '../../core/csv/plan.js';
import { rowResultWords, type RowResultWord } from '../../core/csv/result.js';
import type { RoleRefusal } from '../../core/csv/row.js';
import type { ResultLabels } from '../../core/csv/session.js';
import type { Explanation, ReasonCode } from '../../core/permissions/types.js';
import type { Verdict } from '../../core/rules/contact-acts.js';
import { catalogue, type KeysOf, type MessageParams } from '../../i18n/catalogue.js';
import { Explainer, sentence } from '../../i18n/explain.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { csvImporterMessages } from '../../i18n/messages/csv-importer.js';
import { errorMessages } from '../../i18n/messages/errors.js';
import { permissionMessages } from '../../i18n/messages/permissions.js';
import { validationMessages } from '../../i18n/messages/validation.js';

/**
 * What `<csv-importer>` speaks: shared words, the adapter's errors, validation (the row checks are the
 * contact form's), the engine's words (why importing is refused), then its own.
 */
export const importerCatalogue = catalogue(
  commonMessages,
  errorMessages,
  validationMessages,
  permissionMessages,
  csvImporterMessages,
);

/** A key of {@link importerCatalogue}. */
export type ImporterMessageKey = KeysOf<typeof importerCatalogue>;

const delimiterNames: Record<CsvDelimiter, string> = {
  ';': 'semicolon',
  ',': 'comma',
  '\t': 'tab',
  '|': 'pipe',
};

/** The validators' codes a row of a file meets (the result file words them; others as their code). */
const validatorCodes = [
  'required',
  'invalid-type',
  'invalid-value',
  'too-short',
  'too-long',
  'email-format',
  'email-taken',
  'document-taken',
  'country-code',
  'document-cpf-required',
  'document-cpf-foreign',
  'cpf-format',
  'cpf-length',
  'cpf-repeated',
  'cpf-check-digits',
  'cpf-leading-zeros',
  'phone-format',
  'phone-country-code',
  'phone-ddd',
  'phone-brazil-number',
  'phone-e164',
  'import-exists',
  'import-duplicate-in-batch',
];

/**
 * The words of `<csv-importer>` in its locale: fields, the importer's codes and the validators' (each
 * through the one `Explainer`), and the labels of the files it writes.
 */
export class ImporterWords {
  readonly explain: Explainer;

  constructor(private readonly t: LocaleController<ImporterMessageKey>) {
    this.explain = new Explainer(t);
  }

  readonly msg = (key: ImporterMessageKey, params?: MessageParams): string =>
    this.t.msg(key, params);

  get locale(): string {
    return this.t.locale;
  }

  number(value: number): string {
    return this.t.number(value);
  }

  /** A contact field's name (`document.number` → "Document number (CPF)"). */
  field(path: string): string {
    const key = `import-field.${path.replace('.', '-')}`;
    return this.t.has(key) ? this.t.msg(key) : path;
  }

  delimiter(delimiter: CsvDelimiter): string {
    return this.msg(`delimiter.${delimiterNames[delimiter]}` as ImporterMessageKey);
  }

  /** What a code says: the importer's own (`code.<code>`), else the validators' and the adapter's. */
  code(code: string, params: Record<string, string | number> = {}, field = ''): string {
    const named = { ...params, field: field ? this.field(field) : '' };
    const key = `code.${code}`;
    if (this.t.has(key)) return this.t.msg(key, named);
    return sentence(this.explain.field({ field, code, params: named }));
  }

  /** A file or mapping issue, as a sentence. */
  fileIssue(issue: FileIssue): string {
    const params = { ...issue.params };
    if (issue.code === 'csv-sep-line' && typeof params.delimiter === 'string') {
      params.delimiter = params.delimiter === '\t' ? 'TAB' : params.delimiter;
    }
    if (typeof params.encoding === 'string') {
      params.encoding = this.msg(`encoding.${params.encoding}` as ImporterMessageKey);
    }
    return this.code(issue.code, params, issue.field ?? '');
  }

  /** A row issue: "E-mail: Enter a valid e-mail…", or the row's own problem. */
  rowIssue(issue: RowIssue): string {
    const text = this.code(issue.code, this.rowParams(issue), issue.field);
    return issue.field ? `${this.field(issue.field)}: ${text}` : text;
  }

  /** A row issue's params in words: role ids as role names, the engine's reason as a sentence. */
  private rowParams(issue: RowIssue): Record<string, string | number> {
    const params = { ...issue.params };
    const { roles, role, reason, missing, subject } = params;
    const listsRoles = issue.code === csvCodes.roleAmbiguous || issue.code === csvCodes.roleUnknown;
    if (listsRoles && typeof roles === 'string') {
      params.roles = roles
        .split(', ')
        .map((id) => `“${this.explain.role(id)}”`)
        .join(', ');
    }
    if (issue.code === csvCodes.roleRefused) {
      if (typeof role === 'string') params.role = this.explain.role(role);
      const explanation: Explanation = { allowed: false, code: String(reason) as ReasonCode };
      if (typeof missing === 'string') explanation.missing = missing;
      if (typeof subject === 'string') explanation.subject = subject;
      params.reason = sentence(this.explain.reason(explanation));
    }
    return params;
  }

  outcome(outcome: RowOutcome): string {
    return this.msg(`row.${outcome}`);
  }

  /** What became of a row once the import ran ("Sucesso!", "Não importado"…), on screen and in the file. */
  result(word: RowResultWord): string {
    return this.msg(`result.${word}`);
  }

  /** Why importing is refused (the rules layer's verdict). */
  verdict(verdict: Verdict): string {
    return sentence(this.explain.verdict(verdict));
  }

  failure(error: unknown): string {
    return sentence(this.explain.error(error));
  }

  /**
   * The words the result file is written in: its two columns, outcomes, statuses, fields and codes,
   * and the words of the ids and codes the rows' issues carry as params (`param.<name>.<id>`): each
   * of `roles` by its name, and each of `refusals` — why a role may not be given — as the engine's
   * reason, so a refused or ambiguous role reads as the review says it, never as an id.
   */
  resultLabels(
    context: { roles?: readonly string[]; refusals?: readonly RoleRefusal[] } = {},
  ): ResultLabels {
    const labels: Record<string, string> = {
      result: this.msg('csv.result'),
      details: this.msg('csv.details'),
    };
    // A row's result in the words the screen shows it in (`rowResultWord`).
    for (const word of rowResultWords) labels[word] = this.result(word);
    for (const field of importFields) labels[`field.${field}`] = this.field(field);
    // `{param}` stays in the words: the writer fills it from each row's own params.
    for (const code of [...Object.values(csvCodes), ...validatorCodes]) {
      labels[code] = this.code(code, {});
    }
    const roles = new Set(context.roles);
    for (const refusal of context.refusals ?? []) roles.add(refusal.role);
    for (const id of roles) {
      labels[paramLabel('role', id)] = this.explain.role(id);
      labels[paramLabel('roles', id)] = `“${this.explain.role(id)}”`;
    }
    for (const { code, missing, subject } of context.refusals ?? []) {
      // `{missing}` and `{subject}` stay in the reason: the writer fills them from the row's params.
      const reason: Explanation = { allowed: false, code: code as ReasonCode };
      if (missing !== undefined) {
        reason.missing = '{missing}';
        labels[paramLabel('missing', missing)] = this.explain.capability(missing);
      }
      if (subject !== undefined) {
        reason.subject = '{subject}';
        labels[paramLabel('subject', subject)] = roles.has(subject)
          ? this.explain.role(subject)
          : this.explain.capability(subject);
      }
      labels[paramLabel('reason', code)] = sentence(this.explain.reason(reason));
    }
    return labels;
  }
}
