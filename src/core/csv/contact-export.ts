/**
 * Contacts as a CSV file for people: what `<contact-list>` exports (the list, the filtered list or the
 * selection), through the one writer of `./writer.ts` (`;`, CRLF, UTF-8 with BOM, formula prefixes
 * escaped).
 *
 * The file goes back through the importer unchanged: it starts with the import template's columns, in
 * its order and under its headers in the locale ({@link templateHeaderRow}), each value in a form the
 * importer reads — the country by its name in the locale (`Intl.DisplayNames`, the names the importer
 * matches), the document type and the role in words, the consulting flag as the locale's yes / no, the
 * phone as country code, area code and number, a CPF with its mask (a spreadsheet keeps its leading
 * zeros). The columns an admin also expects and an import does not write follow, under the element's
 * words: status, sites, tickets in progress, created, last sign-in (dates as `YYYY-MM-DD`, which every
 * spreadsheet reads as a date); the importer leaves them out.
 *
 * Core keeps no catalogue: the element passes its words ({@link ContactExportWords}).
 *
 * @module
 */
import type { Contact, ContactStatus, IdentityDocument } from '../model/index.js';
import { formatCpf } from '../validation/cpf.js';
import { templateFields, templateHeaderRow, writeCsv, type CsvWriteOptions } from './writer.js';
import type { CsvLocale, ImportField } from './fields.js';

/** The columns after the import template's, which the importer leaves out. */
export const contactExportExtras = Object.freeze([
  'status',
  'sites',
  'openTickets',
  'createdAt',
  'lastSignInAt',
] as const);

/** One of {@link contactExportExtras}. */
export type ContactExportExtra = (typeof contactExportExtras)[number];

/** The words of an export, in the locale of the person exporting. */
export interface ContactExportWords {
  /** The locale of the template's headers and of the country names. */
  locale: CsvLocale;
  /** The headers of the columns after the template's. */
  extras: Readonly<Record<ContactExportExtra, string>>;
  role: (id: string) => string;
  status: (status: ContactStatus) => string;
  documentType: (type: IdentityDocument['type']) => string;
  /** The consulting flag: the locale's "yes" and "no" (the importer reads Sim/Não, Yes/No, Sí/No). */
  yes: string;
  no: string;
  /** A site's name (its id when unknown). */
  site: (id: string) => string;
  /** How a list of site names is joined (`Intl.ListFormat`, say); default `, `. */
  list?: (items: readonly string[]) => string;
}

/** A country's name in `locale`, else its code (a runtime without region names). */
function countryNamer(locale: CsvLocale): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = undefined;
  }
  return (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** A date-time as its calendar date, `YYYY-MM-DD`; empty when there is none. */
const day = (value: string | undefined): string => (value ?? '').slice(0, 10);

/** The header row and one row per contact, in the order given. */
export function contactExportRows(
  contacts: Iterable<Contact>,
  words: ContactExportWords,
): string[][] {
  const country = countryNamer(words.locale);
  const list = words.list ?? ((items: readonly string[]) => items.join(', '));
  const header = [
    ...templateHeaderRow(words.locale),
    ...contactExportExtras.map((extra) => words.extras[extra]),
  ];
  const rows = [header];
  for (const contact of contacts) {
    const template: Record<ImportField, string> = {
      name: contact.name,
      email: contact.email,
      country: country(contact.country),
      'document.type': words.documentType(contact.document.type),
      'document.number':
        contact.document.type === 'cpf'
          ? formatCpf(contact.document.number)
          : contact.document.number,
      'phone.countryCode': contact.phone.countryCode,
      'phone.area': contact.phone.area,
      'phone.number': contact.phone.number,
      jobTitle: contact.jobTitle,
      company: contact.company ?? '',
      address: contact.address ?? '',
      notes: contact.notes ?? '',
      consultingAuthorized: contact.consultingAuthorized ? words.yes : words.no,
      role: words.role(contact.role),
    };
    const extras: Record<ContactExportExtra, string> = {
      status: words.status(contact.status),
      sites: list(contact.sites.map((access) => words.site(access.siteId))),
      openTickets: String(contact.openTickets),
      createdAt: day(contact.createdAt),
      lastSignInAt: day(contact.lastSignInAt),
    };
    rows.push([
      ...templateFields.map((field) => template[field]),
      ...contactExportExtras.map((extra) => extras[extra]),
    ]);
  }
  return rows;
}

/** The contacts as CSV text (see the module): header row, one row per contact, formula prefixes escaped. */
export function writeContactCsv(
  contacts: Iterable<Contact>,
  words: ContactExportWords,
  options: CsvWriteOptions = {},
): string {
  return writeCsv(contactExportRows(contacts, words), options);
}
