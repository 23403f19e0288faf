/**
 * One row of cells read as a contact and checked by the same validator as the contact form
 * (`validateContactInput`), its errors pointed at the cells they come from.
 *
 * Before validation, cells are read the way people fill spreadsheets — never by guessing types, and
 * never by changing a value the user must decide on (an Excel-stripped CPF stays as it is; the
 * validator's `cpf-leading-zeros` carries the fix as a suggestion):
 * - a country as its ISO code or its name in pt-BR, en or es ("Brasil", "Brazil", "España");
 * - a document type as a word ("Passaporte", "RG", "DNI", "Otro", or the contact form's own words,
 *   which `<contact-list>`'s export writes);
 * - the consulting flag as Sim/Não/S/N/Yes/No/Y/Sí/true/false/1/0/X (empty: not set);
 * - a role by id or by any of its names (the caller passes them: core has no catalogue);
 * - a phone whose area code is inside the number ("(11) 98765-4321", "+55 11 98765-4321") when no area
 *   code is given apart;
 * - a leading `'` before `=`, `+`, `-` or `@` dropped: it is how our own exports escape formulas.
 * A value the file leaves out — no column, or an empty cell — takes its default: the country is Brazil
 * (`defaults.country`), a Brazilian phone's country code 55, a foreign document's type `other` (a
 * row whose country is not a real one gets Brazil's defaults, so the country is its only error). A
 * required value with no default (name, e-mail, document number, phone, job title) is left to the
 * validator, which says `required`.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import type { ContactInput, IdentityDocument } from '../model/index.js';
import { countryCodes, isCountryCode } from '../validation/countries.js';
import {
  QuickContactMemo,
  isStoredContactInput,
  quickContactInput,
  validateContactInput,
} from '../validation/contact.js';
import { normalizePhoneDigits } from '../validation/phone.js';
import { TextSlots } from '../validation/text-slot.js';
import { foldHeader, importFields, type ImportField } from './fields.js';
import { csvCodes, type RowIssue } from './issues.js';
import type { ColumnMapping } from './mapping.js';
import {
  RoleVocabulary,
  type RoleMatch,
  type RoleNames,
  type RoleRefusal,
} from '../rules/role-names.js';

export type { RoleNames, RoleRefusal } from '../rules/role-names.js';

/** Values used when the file has no column for them. */
export interface RowDefaults {
  /** ISO code of the country when there is no country column. Default `BR`. */
  country?: string;
  /** Country calling code of Brazilian rows when there is no column for it. Default `55`. */
  phoneCountryCode?: string;
}

/** What a row reader needs besides the mapping. */
export interface RowReaderOptions {
  /**
   * The roles a `role` column may name (`policyRoleNames`): by id, by name, or by a generic word
   * (`RoleVocabulary`). Without it, a role cell is passed on as a role id.
   */
  roles?: readonly RoleNames[];
  /**
   * The roles the actor may not give a new contact (`importRoleRefusals`): a row that would create a
   * contact with one is an error (`csv-role-refused`); an update leaves the role as it is.
   */
  refusedRoles?: readonly RoleRefusal[];
  defaults?: RowDefaults;
}

/**
 * What a plan keeps of a row's check ({@link RowReader.judge}): {@link RowCheck} without the contact,
 * only its keys.
 */
export interface RowVerdict {
  /** As {@link RowCheck.issues}. */
  issues: RowIssue[];
  /** Whether the row reads as a contact (no issue is an error). */
  valid: boolean;
  /** When valid: the contact's e-mail as stored, and its CPF (11 digits) when its document is one. */
  email?: string;
  cpf?: string;
  /** As {@link RowCheck.refused}. */
  refused?: RowIssue;
}

/** A row read and checked. */
export interface RowCheck {
  /** Problems of the values (validators' codes and the importer's), with their columns. */
  issues: RowIssue[];
  /** The contact, cleaned, when no issue is an error. */
  value?: ContactInput;
  /** When the row names a role the actor may not give: what a create of it would be refused with. */
  refused?: RowIssue;
}

const yes = new Set(['sim', 's', 'yes', 'y', 'si', 'true', 'verdadeiro', 'verdadero', '1', 'x']);
const no = new Set(['nao', 'n', 'no', 'false', 'falso', '0']);

const documentTypeWords: ReadonlyMap<string, IdentityDocument['type']> = new Map(
  Object.entries({
    cpf: 'cpf',
    passport: 'passport',
    passaporte: 'passport',
    pasaporte: 'passport',
    'national id': 'national-id',
    'national-id': 'national-id',
    rg: 'national-id',
    identidade: 'national-id',
    'carteira de identidade': 'national-id',
    dni: 'national-id',
    cedula: 'national-id',
    'cedula de identidad': 'national-id',
    'documento nacional de identidad': 'national-id',
    'id card': 'national-id',
    // The contact form's words in pt-BR, en and es (what an export of the list writes).
    'national identity card': 'national-id',
    'documento nacional de identidade': 'national-id',
    'other document': 'other',
    'outro documento': 'other',
    'otro documento': 'other',
    other: 'other',
    outro: 'other',
    otro: 'other',
  } satisfies Record<string, IdentityDocument['type']>),
);

/** {@link countryNames}, made once: the same for every reader (asking `Intl` costs milliseconds). */
let countryTable: ReadonlyMap<string, string> | undefined;

/** Folded country names (pt-BR, en, es) and codes → ISO code, from `Intl.DisplayNames`. */
function countryNames(): ReadonlyMap<string, string> {
  countryTable ??= buildCountryNames();
  return countryTable;
}

function buildCountryNames(): Map<string, string> {
  const names = new Map<string, string>();
  const locales = ['pt-BR', 'en', 'es'];
  let displays: Intl.DisplayNames[] = [];
  try {
    displays = locales.map((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
  } catch {
    // A runtime without region names: only codes and the aliases below are recognised.
  }
  for (const code of countryCodes) {
    names.set(code.toLowerCase(), code);
    for (const display of displays) {
      const name = display.of(code);
      if (name && name !== code) names.set(foldHeader(name), code);
    }
  }
  const aliases: Record<string, string> = {
    brazil: 'BR', brasil: 'BR', eua: 'US', usa: 'US', 'estados unidos da america': 'US',
    'united states of america': 'US', uk: 'GB', inglaterra: 'GB', england: 'GB', holanda: 'NL',
  }; // prettier-ignore
  for (const [alias, code] of Object.entries(aliases)) names.set(alias, code);
  return names;
}

/** The mapped column of each field, -1 when none. */
type Columns = Record<ImportField, number>;

/** Reads and checks rows for one mapping; build one per plan (it holds a few lookup tables). */
export class RowReader {
  private readonly columns: Columns;
  private readonly countries = countryNames();
  private readonly roles: RoleVocabulary | undefined;
  /** The roles' ids, `, `-separated: what `csv-role-unknown` lists (one string for every row). */
  private readonly roleIds: string = '';
  private readonly refusedRoles: Map<string, RoleRefusal>;
  private readonly country: string;
  private readonly phoneCountryCode: string;
  /** Words already folded (countries, document types, flags, roles repeat row after row). */
  private readonly folds = new Map<string, string>();
  /**
   * Cells already read, by their text as the file has it (document types, flags and roles repeat row
   * after row): {@link documentTypeIn}, {@link flagIn}, {@link roleIn}.
   */
  private readonly typeCells = new CellMemo<IdentityDocument['type'] | '' | null>();
  private readonly flagCells = new CellMemo<boolean | '' | null>();
  private readonly roleCells = new CellMemo<Exclude<RoleMatch, undefined> | '' | null>();
  /** What the validators' fast path remembers from row to row (job titles). */
  private readonly quickMemo = new QuickContactMemo();

  constructor(mapping: ColumnMapping, options: RowReaderOptions = {}) {
    const columns = {} as Columns;
    for (const field of importFields) {
      columns[field] = mapping.indexOf(field);
    }
    this.columns = columns;
    this.country = (options.defaults?.country ?? 'BR').toUpperCase();
    this.phoneCountryCode = options.defaults?.phoneCountryCode ?? '55';
    if (options.roles) {
      this.roles = new RoleVocabulary(options.roles);
      this.roleIds = this.roles.ids.join(', ');
    }
    this.refusedRoles = new Map((options.refusedRoles ?? []).map((r) => [r.role, r]));
  }

  /** The column a validator's field path points at, if any. */
  columnOf(field: string): number | undefined {
    const column = (this.columns as Record<string, number | undefined>)[field];
    if (column !== undefined && column >= 0) return column;
    // The area code read from inside the phone number.
    if (field === 'phone.area' && this.columns['phone.number'] >= 0) {
      return this.columns['phone.number'];
    }
    return undefined;
  }

  /**
   * Reads `cells` as a contact and checks it. A row the contact form's checks would take as it is
   * takes their fast path (`quickContactInput`); the outcome is always {@link checkFully}'s.
   */
  check(cells: readonly string[]): RowCheck {
    return this.read(cells, 'check');
  }

  /**
   * {@link check} for a plan, which keeps the verdict and the keys and builds a row's contact only when
   * it writes it: the same issues and refusal; `valid` when `check` gives a value, with that value's
   * e-mail, and its CPF when its document is one.
   */
  judge(cells: readonly string[]): RowVerdict {
    return this.read(cells, 'judge') as RowVerdict;
  }

  /**
   * {@link check} without the validators' fast path: the reference it is held to (a property test
   * compares the two on every kind of row).
   */
  checkFully(cells: readonly string[]): RowCheck {
    return this.read(cells, 'reference');
  }

  /** {@link check}, {@link judge} or {@link checkFully}, as `as` says. */
  private read(
    cells: readonly string[],
    as: 'check' | 'judge' | 'reference',
  ): RowCheck | RowVerdict {
    const c = this.columns;
    const issues: RowIssue[] = [];

    const countryCell = c.country >= 0 ? cell(cells, c.country).trim() : '';
    const country =
      countryCell === ''
        ? this.country
        : countryCell.length === 2
          ? countryCell
          : (this.countries.get(this.fold(countryCell)) ?? countryCell);
    const code = isUpperCode(country) ? country : country.toUpperCase();
    const brazil = code === 'BR';
    // A country that is not a real one is reported by the validator; the defaults below then act as
    // for Brazil, so that its fix is the only one the row needs.
    const foreign = !brazil && isCountryCode(code);

    let documentType: IdentityDocument['type'] | undefined;
    const type =
      c['document.type'] >= 0 ? this.documentTypeIn(cells[c['document.type']] ?? '') : '';
    if (type === null) {
      const word = cell(cells, c['document.type']).trim();
      issues.push(issue(csvCodes.documentType, 'document.type', c['document.type'], word));
    } else if (type !== '') documentType = type;
    else if (foreign) documentType = 'other';

    const countryCodeCell = c['phone.countryCode'] >= 0 ? cell(cells, c['phone.countryCode']) : '';
    let countryCode =
      countryCodeCell.trim() === '' && !foreign ? this.phoneCountryCode : countryCodeCell;
    let area = c['phone.area'] >= 0 ? cell(cells, c['phone.area']) : '';
    let number = cell(cells, c['phone.number']);
    if (area.trim() === '') {
      const split = splitAreaCode(number, countryCode, !foreign);
      if (split) ({ countryCode, area, number } = split);
    }

    let consultingAuthorized: boolean | undefined;
    if (c.consultingAuthorized >= 0) {
      const flag = this.flagIn(cells[c.consultingAuthorized] ?? '');
      if (flag === null) {
        const word = cell(cells, c.consultingAuthorized).trim();
        issues.push(issue(csvCodes.boolean, 'consultingAuthorized', c.consultingAuthorized, word));
      } else if (flag !== '') consultingAuthorized = flag;
    }

    let role: string | undefined;
    let refused: RowIssue | undefined;
    if (c.role >= 0) {
      const match = this.roleIn(cells[c.role] ?? '');
      if (match !== '') {
        const word = match === null || 'ambiguous' in match ? cell(cells, c.role).trim() : '';
        if (match === null) {
          const found = issue(csvCodes.roleUnknown, 'role', c.role, word);
          found.params!.roles = this.roleIds;
          issues.push(found);
        } else if ('ambiguous' in match) {
          const found = issue(csvCodes.roleAmbiguous, 'role', c.role, word);
          found.params!.roles = match.ambiguous.join(', ');
          issues.push(found);
        } else {
          role = match.role;
          const refusal = this.refusedRoles.get(role);
          if (refusal) refused = refusedIssue(refusal, c.role, cell(cells, c.role).trim());
        }
      }
    }

    const input = {
      name: cell(cells, c.name),
      email: cell(cells, c.email),
      country,
      document: { type: documentType, number: cell(cells, c['document.number']) },
      phone: { countryCode, area, number },
      jobTitle: cell(cells, c.jobTitle),
      company: optional(cells, c.company),
      address: optional(cells, c.address),
      notes: optional(cells, c.notes),
      consultingAuthorized,
      role,
    };
    // The reading's own issues so far are all errors; only the formula warnings below are not.
    const blocked = issues.length > 0;
    // Field by field, in this order: a loop over the names costs a keyed look-up per field and row.
    if (looksLikeFormula(input.name)) formulaIssue(issues, 'name', c.name);
    if (looksLikeFormula(input.jobTitle)) formulaIssue(issues, 'jobTitle', c.jobTitle);
    if (input.company !== undefined && looksLikeFormula(input.company)) {
      formulaIssue(issues, 'company', c.company);
    }
    if (input.address !== undefined && looksLikeFormula(input.address)) {
      formulaIssue(issues, 'address', c.address);
    }
    if (input.notes !== undefined && looksLikeFormula(input.notes)) {
      formulaIssue(issues, 'notes', c.notes);
    }

    const judging = as === 'judge';
    let value: ContactInput | undefined;
    let email: string;
    let cpf: string | undefined;
    if (judging && isStoredContactInput(input, this.quickMemo)) {
      // As `quickContactInput`'s value would say (see `isStoredContactInput`).
      email = input.email;
      cpf = input.country === 'BR' ? input.document.number : undefined;
    } else {
      value = as === 'check' ? quickContactInput(input, this.quickMemo) : undefined;
      if (value === undefined) {
        const result = validateContactInput(input);
        if (!result.ok) {
          for (const error of result.errors) issues.push(this.fromFieldError(error));
          return judging ? { issues, valid: false } : { issues };
        }
        value = result.value;
      }
      email = value.email;
      cpf = value.document.type === 'cpf' ? value.document.number : undefined;
    }
    if (blocked) return judging ? { issues, valid: false } : { issues };
    if (judging) {
      return refused
        ? { issues, valid: true, email, cpf, refused }
        : { issues, valid: true, email, cpf };
    }
    return refused ? { issues, value, refused } : { issues, value };
  }

  /** The document type a cell names: `''` when it is empty, `null` when it names none. */
  private documentTypeIn(raw: string): IdentityDocument['type'] | '' | null {
    let type = this.typeCells.get(raw);
    if (type === undefined) {
      const word = unquote(raw).trim();
      type = word === '' ? '' : (documentTypeWords.get(this.fold(word)) ?? null);
      this.typeCells.set(raw, type);
    }
    return type;
  }

  /** The flag a cell says: `''` when it is empty, `null` when it is no yes or no. */
  private flagIn(raw: string): boolean | '' | null {
    let flag = this.flagCells.get(raw);
    if (flag === undefined) {
      const word = unquote(raw).trim();
      const folded = word === '' ? '' : this.fold(word);
      flag = word === '' ? '' : yes.has(folded) ? true : no.has(folded) ? false : null;
      this.flagCells.set(raw, flag);
    }
    return flag;
  }

  /**
   * The role a cell names: `''` when it is empty, `null` when it names none. Without the roles' names,
   * the cell is taken as a role id.
   */
  private roleIn(raw: string): Exclude<RoleMatch, undefined> | '' | null {
    let match = this.roleCells.get(raw);
    if (match === undefined) {
      const word = unquote(raw).trim();
      match =
        word === ''
          ? ''
          : this.roles
            ? (this.roles.match(word, this.fold(word)) ?? null)
            : { role: word };
      this.roleCells.set(raw, match);
    }
    return match;
  }

  /** {@link foldHeader}, remembered for the first few thousand distinct words. */
  private fold(word: string): string {
    let folded = this.folds.get(word);
    if (folded === undefined) {
      folded = foldHeader(word);
      remember(this.folds, word, folded);
    }
    return folded;
  }

  private fromFieldError(error: FieldError): RowIssue {
    const found: RowIssue = { severity: 'error', code: error.code, field: error.field };
    const column = this.columnOf(error.field);
    if (column !== undefined) found.column = column;
    if (error.params) found.params = error.params;
    return found;
  }
}

/** A text a spreadsheet could run as a formula: a warning, the value is kept. */
function formulaIssue(issues: RowIssue[], field: ImportField, column: number): void {
  issues.push({ severity: 'warning', code: csvCodes.formulaLike, field, column });
}

/** Whether `value` is two upper-case ASCII letters (a country code as it is stored). */
function isUpperCode(value: string): boolean {
  if (value.length !== 2) return false;
  const first = value.charCodeAt(0);
  const second = value.charCodeAt(1);
  return first >= 65 && first <= 90 && second >= 65 && second <= 90;
}

function issue(code: string, field: string, column: number, value: string): RowIssue {
  return { severity: 'error', code, field, column, params: { value } };
}

/** A row's role the actor may not give, as the error a create of it meets (`csv-role-refused`). */
function refusedIssue(refusal: RoleRefusal, column: number, value: string): RowIssue {
  const params: Record<string, string> = { value, role: refusal.role, reason: refusal.code };
  if (refusal.missing !== undefined) params.missing = refusal.missing;
  if (refusal.subject !== undefined) params.subject = refusal.subject;
  return { severity: 'error', code: csvCodes.roleRefused, field: 'role', column, params };
}

/**
 * What was read from cells, by their text: a few hundred slots found by a cheap hash of a cell's length
 * and ends ({@link TextSlots}: a repeated word is then found by one comparison of texts, where a `Map`
 * first hashes every character of the new cell), in front of a `Map` of the first few thousand.
 */
class CellMemo<T> {
  private readonly recent = new TextSlots<T>();
  private readonly all = new Map<string, T>();

  get(raw: string): T | undefined {
    const recent = this.recent.get(raw);
    if (recent !== undefined) return recent;
    const value = this.all.get(raw);
    if (value !== undefined) this.recent.set(raw, value);
    return value;
  }

  set(raw: string, value: T): void {
    this.recent.set(raw, value);
    remember(this.all, raw, value);
  }
}

/** Keeps `value` under `key` while `cache` holds fewer than a few thousand entries. */
function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size < 4096) cache.set(key, value);
}

/** The cell at `column` ('' when unmapped or missing), without the `'` our exports put before a formula prefix. */
function cell(cells: readonly string[], column: number): string {
  if (column < 0) return '';
  const value = cells[column];
  return value === undefined ? '' : unquote(value);
}

/** `value` without the `'` our exports put before a formula prefix (`=`, `+`, `-`, `@`). */
function unquote(value: string): string {
  if (value.charCodeAt(0) === 39 /* ' */ && value.length > 1) {
    const next = value.charCodeAt(1);
    if (next === 61 || next === 43 || next === 45 || next === 64) return value.slice(1);
  }
  return value;
}

function optional(cells: readonly string[], column: number): string | undefined {
  const value = cell(cells, column);
  return value.trim() === '' ? undefined : value;
}

/** A text that a spreadsheet would run: `=…`, or `+ - @` followed by a call or a pipe. */
export function looksLikeFormula(value: string): boolean {
  const head = value.charCodeAt(0);
  // Only a formula prefix, or whitespace before one, needs a closer look.
  if (head !== 61 && head !== 43 && head !== 45 && head !== 64 && head > 32) return false;
  const text = value.trimStart();
  const first = text.charCodeAt(0);
  if (first === 61 /* = */) return text.length > 1;
  if (first === 43 || first === 45 || first === 64) return /[(|!]/.test(text);
  return false;
}

/**
 * A Brazilian number written with its area code ("(11) 98765-4321", "011 3456-7890",
 * "+55 11 98765-4321") split into its parts; undefined when it is not one.
 */
function splitAreaCode(
  number: string,
  countryCode: string,
  brazil: boolean,
): { countryCode: string; area: string; number: string } | undefined {
  const code = normalizePhoneDigits(countryCode).replace(/^0+/, '');
  if (code !== '55' && !(code === '' && brazil)) return undefined;
  let digits = normalizePhoneDigits(number);
  const international = number.trimStart().startsWith('+') || digits.startsWith('0055');
  if (international || (digits.length >= 12 && digits.startsWith('55'))) {
    digits = digits.replace(/^0*55/, '');
  } else if (digits.length === 11 || digits.length === 12) {
    if (digits.startsWith('0')) digits = digits.slice(1);
  }
  if (digits.length !== 10 && digits.length !== 11) return undefined;
  return { countryCode: '55', area: digits.slice(0, 2), number: digits.slice(2) };
}
