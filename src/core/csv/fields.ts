/**
 * The contact fields a CSV column can fill, named by the dotted paths the validators use in their
 * errors (`document.number`, `phone.area`), so an error points straight at its column. For each: the
 * template's header in pt-BR, en and es, and the headers people write for it (synonyms, folded: no
 * accents, lower case, punctuation as spaces — see {@link foldHeader}).
 *
 * @module
 */
import { normalizeText } from '../search/normalize.js';

/** A contact field a column can be mapped to. */
export const importFields = Object.freeze([
  'name',
  'email',
  'country',
  'document.type',
  'document.number',
  'phone.countryCode',
  'phone.area',
  'phone.number',
  'jobTitle',
  'company',
  'address',
  'notes',
  'consultingAuthorized',
  'role',
] as const);

/** One of {@link importFields}. */
export type ImportField = (typeof importFields)[number];

/**
 * Fields a file must have a column for: what the contact form requires and no default can supply
 * (country defaults to Brazil and the phone's country code to 55 when there is no column for them;
 * the area code may come inside the phone number).
 */
export const requiredImportFields: readonly ImportField[] = Object.freeze([
  'name',
  'email',
  'document.number',
  'phone.number',
  'jobTitle',
]);

/** Whether `value` is one of {@link importFields}. */
export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (importFields as readonly string[]).includes(value);
}

/** The locales the importer knows header words and template headers in. */
export type CsvLocale = 'pt-BR' | 'en' | 'es';

/** The template's header for each field, per locale (also recognised when reading, of course). */
export const templateHeaders: Readonly<Record<CsvLocale, Readonly<Record<ImportField, string>>>> =
  Object.freeze({
    'pt-BR': Object.freeze({
      name: 'Nome',
      email: 'E-mail',
      country: 'País',
      'document.type': 'Tipo de documento',
      'document.number': 'CPF ou documento',
      'phone.countryCode': 'DDI',
      'phone.area': 'DDD',
      'phone.number': 'Telefone',
      jobTitle: 'Cargo',
      company: 'Empresa',
      address: 'Endereço',
      notes: 'Observações',
      consultingAuthorized: 'Autorizado a usar consultoria',
      role: 'Perfil',
    }),
    en: Object.freeze({
      name: 'Name',
      email: 'E-mail',
      country: 'Country',
      'document.type': 'Document type',
      'document.number': 'CPF or document',
      'phone.countryCode': 'Country calling code',
      'phone.area': 'Area code',
      'phone.number': 'Phone',
      jobTitle: 'Job title',
      company: 'Company',
      address: 'Address',
      notes: 'Notes',
      consultingAuthorized: 'Authorized to use consulting',
      role: 'Role',
    }),
    es: Object.freeze({
      name: 'Nombre',
      email: 'Correo electrónico',
      country: 'País',
      'document.type': 'Tipo de documento',
      'document.number': 'CPF o documento',
      'phone.countryCode': 'Código de país',
      'phone.area': 'Código de área',
      'phone.number': 'Teléfono',
      jobTitle: 'Cargo',
      company: 'Empresa',
      address: 'Dirección',
      notes: 'Notas',
      consultingAuthorized: 'Autorizado a usar consultoría',
      role: 'Perfil',
    }),
  });

/**
 * Headers people write for each field, in pt-BR, en and es, already folded. A header equal to one of
 * these maps to the field; one that contains one as whole words, or is a typo away from one, is a
 * weaker match (see `suggestMapping`).
 */
const synonymWords: Readonly<Record<ImportField, readonly string[]>> = {
  name: [
    'nome', 'nome completo', 'nome do contato', 'nome e sobrenome', 'name', 'full name',
    'contact name', 'nombre', 'nombre completo', 'nombre y apellido', 'nombre y apellidos',
    'nombre del contacto',
  ],
  email: [
    'email', 'e mail', 'endereco de email', 'endereco de e mail', 'correio eletronico', 'mail',
    'email address', 'e mail address', 'correo', 'correo electronico', 'direccion de correo',
    'direccion de correo electronico',
  ],
  country: ['pais', 'country', 'pais de residencia', 'country of residence', 'nacao'],
  'document.type': [
    'tipo de documento', 'tipo do documento', 'tipo documento', 'document type', 'type of document',
    'id type',
  ],
  'document.number': [
    'cpf', 'documento', 'numero do documento', 'numero do cpf', 'cpf ou documento', 'cpf documento',
    'documento de identificacao', 'identificacao', 'document', 'document number', 'cpf or document',
    'id number', 'identity document', 'numero de documento', 'documento de identidad', 'cpf o documento',
    'dni', 'cedula',
  ],
  'phone.countryCode': [
    'ddi', 'codigo do pais', 'codigo de pais', 'codigo pais', 'country code', 'country calling code',
    'calling code', 'prefijo internacional', 'prefixo internacional',
  ],
  'phone.area': [
    'ddd', 'codigo de area', 'codigo da area', 'area code', 'prefijo', 'codigo area', 'ddd telefone',
    'ddd celular',
  ],
  'phone.number': [
    'telefone', 'celular', 'fone', 'tel', 'telefone celular', 'numero de telefone', 'numero do telefone',
    'whatsapp', 'phone', 'phone number', 'telephone', 'mobile', 'mobile phone', 'cell', 'cell phone',
    'telefono', 'movil', 'numero de telefono', 'telefono movil',
  ],
  jobTitle: [
    'cargo', 'funcao', 'profissao', 'ocupacao', 'job title', 'title', 'position', 'job', 'puesto',
    'ocupacion', 'cargo do contato',
  ],
  company: [
    'empresa', 'nome da empresa', 'organizacao', 'razao social', 'company', 'company name',
    'organization', 'organisation', 'compania', 'nombre de la empresa',
  ],
  address: ['endereco', 'endereco completo', 'address', 'street address', 'direccion', 'domicilio'],
  notes: [
    'observacoes', 'observacao', 'obs', 'notas', 'anotacoes', 'comentarios', 'notes', 'note',
    'comments', 'remarks', 'observaciones',
  ],
  consultingAuthorized: [
    'consultoria', 'autorizado a usar consultoria', 'autorizado para utilizar consultoria',
    'autorizado para usar consultoria', 'autorizado a utilizar consultoria', 'consultoria autorizada',
    'autorizado consultoria', 'consulting', 'consulting authorized', 'authorized to use consulting',
    'authorised to use consulting', 'consulting allowed',
  ],
  role: [
    'perfil', 'perfil de acesso', 'papel', 'funcao no portal', 'tipo de usuario', 'role', 'user role',
    'access role', 'user type', 'rol', 'rol de usuario', 'perfil de usuario',
  ],
}; // prettier-ignore

/** The synonyms of each field (folded), template headers of the three locales included. */
export const fieldSynonyms: Readonly<Record<ImportField, readonly string[]>> = Object.freeze(
  Object.fromEntries(
    importFields.map((field) => {
      const words = new Set(synonymWords[field]);
      for (const locale of Object.keys(templateHeaders) as CsvLocale[]) {
        words.add(foldHeader(templateHeaders[locale][field]));
      }
      return [field, Object.freeze([...words])];
    }),
  ) as Record<ImportField, readonly string[]>,
);

/**
 * A header folded for comparison: accents and case ignored ({@link normalizeText}), a byte-order mark,
 * zero-width characters and punctuation turned into single spaces, trimmed. `"  E-Mail* "` → `"e mail"`.
 */
export function foldHeader(header: string): string {
  const folded = normalizeText(header);
  let out = '';
  let space = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const alnum = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 0x17f;
    if (alnum && code !== 0xfeff && code !== 0x200b && code !== 0x200c && code !== 0x200d) {
      if (space && out !== '') out += ' ';
      out += folded[i];
      space = false;
    } else space = true;
  }
  return out;
}
