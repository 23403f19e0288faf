/**
 * Role names as a spreadsheet user writes them ("Administrador", "Admin", "Usuário do sistema",
 * "General admin", "Usuario del sistema"…) mapped to the company's roles — by id or by name, accent-,
 * case- and punctuation-insensitive (`foldHeader`), in pt-BR, en and es. A name that fits more than one
 * role is ambiguous, never guessed: granting the wrong role is worse than asking.
 *
 * A {@link RoleVocabulary} answers in tiers, the first that knows the word deciding:
 * 1. a role's id (`general-admin`);
 * 2. a role's own names: those the caller passes (the element's words for it, a vendor's labels) and,
 *    for the default policy's roles, {@link defaultRoleWords} (the glossary's names in the three
 *    locales and their common short forms);
 * 3. the generic words of a kind of role ({@link genericRoleWords}): "Admin", "Administrador" name every
 *    administrator role of the policy, "Usuário", "User" its default role.
 * Within a tier, a word two roles claim is ambiguous (the default policy's two administrators share
 * "Administrador").
 *
 * Core keeps no catalogue: these are matching words (like the header synonyms of `../csv/fields.ts`),
 * not what the UI says.
 *
 * Whether the actor may give the role a row names is not decided here: `importRoleRefusals` in
 * `./import.ts` asks the same function a create runs (`newcomerAccessRefusals`).
 *
 * @module
 */
import { foldHeader } from '../csv/fields.js';
import type { Policy } from '../model/index.js';

/** A role of the policy and the names people may write for it (in every locale the file may use). */
export interface RoleNames {
  id: string;
  /** Names of this role alone. */
  names: readonly string[];
  /** Words naming a kind of role this role is one of ("admin"): shared with the others of its kind. */
  generic?: readonly string[];
}

/**
 * A role the actor may not give a new contact, and the engine's first reason (`cannot-grant`,
 * `grant-not-held` with the capability in `missing`…): `importRoleRefusals` in `./import.ts`.
 */
export interface RoleRefusal {
  role: string;
  code: string;
  missing?: string;
  subject?: string;
}

/** What a word names: one role, several (ambiguous), or none (`undefined`). */
export type RoleMatch = { role: string } | { ambiguous: readonly string[] } | undefined;

/** The default policy's roles by their names in pt-BR, en and es, and their usual short forms. */
// prettier-ignore
export const defaultRoleWords: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'general-admin': [
    'administrador geral', 'admin geral', 'adm geral', 'administrador geral do sistema',
    'administradores gerais', 'general admin', 'general administrator', 'admin general',
    'administrador general', 'administradores generales', 'super admin', 'superadmin',
  ],
  'registration-admin': [
    'administrador de cadastro', 'administrador de cadastros', 'admin de cadastro',
    'admin de cadastros', 'adm de cadastro', 'administradores de cadastros', 'admin cadastro',
    'registration admin', 'registration administrator', 'administrador de registro',
    'administrador de registros', 'admin de registros', 'administradores de registros',
  ],
  'system-user': [
    'usuario do sistema', 'usuarios do sistema', 'usuario de sistema', 'system user',
    'usuario del sistema', 'usuarios del sistema', 'usuario comum', 'usuario padrao',
    'regular user', 'standard user', 'usuario estandar',
  ],
});

/** Generic words: any administrator role, and the policy's default role. */
export const genericRoleWords = Object.freeze({
  admin: ['admin', 'administrador', 'administradora', 'administrator', 'adm', 'administradores'],
  user: ['usuario', 'usuaria', 'user', 'usuarios', 'users', 'colaborador', 'colaboradora'],
} as const);

/**
 * The vocabulary entries of a policy's roles: each id with `names` (the caller's, then the default
 * roles' {@link defaultRoleWords}) and the generic words of its kind — an administrator role (the
 * policy's `adminRole`, or any role whose id says `admin`) takes "admin"…, the default role "user"….
 */
export function policyRoleNames(
  policy: Pick<Policy, 'roles' | 'adminRole' | 'defaultRole'>,
  names: (id: string) => readonly string[] = () => [],
): RoleNames[] {
  return policy.roles.map((role) => {
    const own = [...names(role.id), ...(defaultRoleWords[role.id] ?? [])];
    const admin = role.id === policy.adminRole || /(^|[-_ ])adm(in)?([-_ ]|$)/i.test(role.id);
    const generic =
      role.id === policy.defaultRole ? genericRoleWords.user : admin ? genericRoleWords.admin : [];
    return { id: role.id, names: own, generic };
  });
}

/** Maps what a cell says to a role; see the module comment. */
export class RoleVocabulary {
  private readonly tiers = [0, 1, 2].map(() => new Map<string, string[]>());
  /**
   * The roles' ids in the policy's order: what a word may name. A message about a word naming none
   * lists them (each in the person's words), so the fix is in front of them.
   */
  readonly ids: readonly string[];

  constructor(roles: readonly RoleNames[]) {
    this.ids = Object.freeze(roles.map((role) => role.id));
    const claim = (tier: number, word: string, id: string): void => {
      const key = foldHeader(word);
      if (key === '') return;
      const ids = this.tiers[tier]!.get(key);
      if (!ids) this.tiers[tier]!.set(key, [id]);
      else if (!ids.includes(id)) ids.push(id);
    };
    for (const role of roles) {
      claim(0, role.id, role.id);
      for (const name of role.names) claim(1, name, role.id);
      for (const word of role.generic ?? []) claim(2, word, role.id);
    }
  }

  /** The role `word` names (as written, or folded already with `folded`). */
  match(word: string, folded = foldHeader(word)): RoleMatch {
    for (const tier of this.tiers) {
      const ids = tier.get(folded);
      if (ids === undefined) continue;
      return ids.length === 1 ? { role: ids[0]! } : { ambiguous: ids };
    }
    return undefined;
  }
}
