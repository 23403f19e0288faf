/**
 * The glossary: the one spelling, per locale, of every term the portal names — roles, capabilities,
 * contact statuses and the records it keeps — and the words a locale does not use for them. The
 * catalogues take role, capability and status names from here (`termMessages`), and
 * `test/i18n/glossary.test.ts` fails on a second spelling of any term, or an avoided word, in any
 * catalogue (the demo's included).
 *
 * pt-BR follows the seeds: seed 000's role table ("Administrador Geral", "Administrador de
 * Cadastros", "Usuário do Sistema") and capability names, "chamados" for tickets (seeds 000 and
 * 001), "contato" for a person of the client company (seed 000's "Lista de Contatos",
 * "+ Adicionar Contato": our elements show contacts, so seed 001's "Adicionar Usuário" — on a page
 * called "Usuários do Sistema", which is also a role's name — is not used).
 *
 * One module per locale (`./glossary/<locale>.ts`); a catalogue module imports its locale's.
 *
 * @module
 */
import type en from './glossary/en.js';

/** A record noun in the singular and the plural. */
export interface Noun {
  one: string;
  other: string;
}

/** A word a locale does not use, and what to say instead. */
export interface Avoid {
  /** A regular expression (flags `iu`) of the word or phrase, matched outside glossary terms. */
  pattern: string;
  /** The term to use instead, for the test's message. */
  use: string;
}

/** The terms of one locale: the same keys in every locale (`en` is the source). */
export interface Glossary {
  role: Record<keyof (typeof en)['role'], string>;
  capability: Record<keyof (typeof en)['capability'], string>;
  group: Record<keyof (typeof en)['group'], string>;
  status: Record<keyof (typeof en)['status'], string>;
  noun: Record<keyof (typeof en)['noun'], Noun>;
  avoid: readonly Avoid[];
}

/** The catalogue entries of a kind of term: `termMessages('role', g.role)` → `{ 'role.system-user': … }`. */
export function termMessages<const Prefix extends string, Id extends string>(
  prefix: Prefix,
  terms: Readonly<Record<Id, string>>,
): Record<`${Prefix}.${Id}`, string> {
  const entries = Object.entries(terms).map(([id, text]) => [`${prefix}.${id}`, text]);
  return Object.fromEntries(entries) as Record<`${Prefix}.${Id}`, string>;
}
