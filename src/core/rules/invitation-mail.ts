/**
 * The e-mails of the journey, as plain text: the company's invitation e-mail (its template, with
 * `{name}`, `{company}`, `{link}` and `{expiresAt}` filled in), and the two e-mails the backend words
 * itself — the activation e-mail of a registration with a password (seed 002: "Você receberá um e-mail
 * de ativação") and the welcome e-mail once access is ready. The invitation preview of
 * `<invite-status>` renders with {@link renderInvitationMail}, the very function the backends send with,
 * so the preview is what the invitee receives.
 *
 * Everything here is plain text: a value filled in is never read as markup or as a placeholder (a
 * contact named `{link}` stays `{link}`), and the UI shows the result as text.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import {
  invitationPlaceholders,
  invitationSettingsLimits,
  legacyLinkPlaceholder,
  type InvitationPlaceholder,
  type MailLocale,
} from '../model/constants.js';
import type { InvitationTemplate } from '../model/index.js';

/** The values of an invitation e-mail's placeholders. */
export type InvitationMailValues = Record<InvitationPlaceholder, string>;

const placeholderPattern = /\{(\w+)\}/g;

/** Whether `name` is a placeholder a template may use (the legacy `{setupUrl}` included). */
function knownPlaceholder(name: string): boolean {
  return (
    (invitationPlaceholders as readonly string[]).includes(name) || name === legacyLinkPlaceholder
  );
}

/** Fills `{name}`-style placeholders of `text` from `values` in one pass (values are never re-read). */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(placeholderPattern, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : whole,
  );
}

/**
 * The invitation e-mail as the invitee receives it: `template` with its placeholders filled in from
 * `values` (`{setupUrl}` reads as `{link}`). Plain text.
 */
export function renderInvitationMail(
  template: Pick<InvitationTemplate, 'subject' | 'body'>,
  values: InvitationMailValues,
): { subject: string; body: string } {
  const all = { ...values, [legacyLinkPlaceholder]: values.link };
  return { subject: fill(template.subject, all), body: fill(template.body, all) };
}

/**
 * The invitation e-mail to one person, as the backends send it and `<invite-status>` previews it: the
 * company's `template` filled with the invitee's name, the company's name, the setup link, and the
 * link's expiry (ISO 8601) written as a date in the company's `locale`. Plain text.
 */
export function invitationMail(
  template: Pick<InvitationTemplate, 'subject' | 'body'>,
  values: { name: string; company: string; link: string; expiresAt: string },
  locale: MailLocale,
): { subject: string; body: string } {
  return renderInvitationMail(template, {
    ...values,
    expiresAt: formatMailDate(values.expiresAt, locale),
  });
}

/**
 * What is wrong with an invitation e-mail an administrator wrote, every problem at once: subject and
 * body required (`required`, `invalid-type`), at most 200 and 10,000 characters (`too-long`), the
 * subject on one line (`single-line`: an e-mail header cannot hold a line break), no placeholder
 * but `{name}`, `{company}`, `{link}`, `{expiresAt}` (`unknown-placeholder`, `params.placeholder`),
 * and the body must carry the link (`missing-placeholder`, `params.placeholder: '{link}'`).
 */
export function templateErrors(template: unknown): FieldError[] {
  const body = (template ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const field of ['subject', 'body'] as const) {
    const value = body[field];
    const max = invitationSettingsLimits[field].max;
    if (typeof value !== 'string') {
      errors.push({
        field,
        code: value === undefined || value === null ? 'required' : 'invalid-type',
        ...(value === undefined || value === null ? {} : { params: { expected: 'string' } }),
      });
      continue;
    }
    if (!value.trim()) {
      errors.push({ field, code: 'required' });
      continue;
    }
    if (value.length > max) errors.push({ field, code: 'too-long', params: { max } });
    if (field === 'subject' && /[\r\n]/.test(value)) errors.push({ field, code: 'single-line' });
    const unknown = new Set<string>();
    for (const match of value.matchAll(placeholderPattern)) {
      if (!knownPlaceholder(match[1]!)) unknown.add(match[0]);
    }
    for (const placeholder of unknown) {
      errors.push({ field, code: 'unknown-placeholder', params: { placeholder } });
    }
    if (field === 'body' && !/\{link\}|\{setupUrl\}/.test(value)) {
      errors.push({ field, code: 'missing-placeholder', params: { placeholder: '{link}' } });
    }
  }
  return errors;
}

/** The date a link expires, as the company's e-mails write it ("1 de dezembro de 2026"). */
export function formatMailDate(iso: string, locale: MailLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The words of the e-mails the backend writes itself, per language. */
const builtIn: Record<
  MailLocale,
  Record<'activation' | 'welcome', { subject: string; body: string }>
> = {
  'pt-BR': {
    activation: {
      subject: 'Ative sua conta no Portal do Cliente — {company}',
      body: [
        'Olá, {name}!',
        '',
        'Sua conta foi criada com o e-mail {email}. Para concluir o cadastro, ative-a pelo link abaixo',
        '(válido até {expiresAt}):',
        '{link}',
        '',
        'Se você não criou esta conta, ignore este e-mail.',
      ].join('\n'),
    },
    welcome: {
      subject: 'Seu acesso ao Portal do Cliente está pronto — {company}',
      body: [
        'Olá, {name}!',
        '',
        'Seu acesso ao Portal do Cliente da {company} está ativo. Entre com o e-mail {email}:',
        '{link}',
      ].join('\n'),
    },
  },
  en: {
    activation: {
      subject: 'Activate your Client Portal account — {company}',
      body: [
        'Hello {name},',
        '',
        'Your account was created with the e-mail {email}. To finish, activate it with the link below',
        '(valid until {expiresAt}):',
        '{link}',
        '',
        'If you did not create this account, ignore this e-mail.',
      ].join('\n'),
    },
    welcome: {
      subject: 'Your Client Portal access is ready — {company}',
      body: [
        'Hello {name},',
        '',
        'Your access to the {company} Client Portal is active. Sign in with the e-mail {email}:',
        '{link}',
      ].join('\n'),
    },
  },
  es: {
    activation: {
      subject: 'Activa tu cuenta del Portal del Cliente — {company}',
      body: [
        '¡Hola, {name}!',
        '',
        'Tu cuenta se creó con el correo {email}. Para terminar, actívala con el enlace de abajo',
        '(válido hasta el {expiresAt}):',
        '{link}',
        '',
        'Si no creaste esta cuenta, ignora este correo.',
      ].join('\n'),
    },
    welcome: {
      subject: 'Tu acceso al Portal del Cliente está listo — {company}',
      body: [
        '¡Hola, {name}!',
        '',
        'Tu acceso al Portal del Cliente de {company} está activo. Inicia sesión con el correo {email}:',
        '{link}',
      ].join('\n'),
    },
  },
};

/** The activation or welcome e-mail in `locale`, with its values filled in. Plain text. */
export function renderSystemMail(
  kind: 'activation' | 'welcome',
  locale: MailLocale,
  values: { name: string; company: string; email: string; link: string; expiresAt?: string },
): { subject: string; body: string } {
  const words = builtIn[locale] ?? builtIn['pt-BR'];
  const { subject, body } = words[kind];
  const all: Record<string, string> = {
    name: values.name,
    company: values.company,
    email: values.email,
    link: values.link,
    expiresAt: values.expiresAt ? formatMailDate(values.expiresAt, locale) : '',
  };
  return { subject: fill(subject, all), body: fill(body, all) };
}
