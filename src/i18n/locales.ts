/** The locales Portico ships catalogues for. */
export const locales = ['pt-BR', 'en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const sourceLocale: Locale = 'en';

/** Maps any BCP 47 tag to a shipped locale: `pt`, `pt-PT` → `pt-BR`; `es-AR` → `es`; anything else → `en`. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower.startsWith('pt')) return 'pt-BR';
  if (lower.startsWith('es')) return 'es';
  return 'en';
}
