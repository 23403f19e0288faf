import type { Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** Las palabras de invite-accept en español. */
export default {
  'accept.loading': 'Abriendo tu invitación…',
  'accept.no-adapter': 'Esta página aún no tiene una fuente de datos.',
  'accept.error-title': 'No se pudo abrir tu invitación',
  'accept.retry': 'Reintentar',
  'accept.title': 'Únete a {company}',
  'accept.invited-by':
    '{inviter}, de {company}, te invitó, {name} ({email}), al Portal del Cliente.',
  'accept.invited':
    'Tú, {name} ({email}), tienes una invitación de {company} al Portal del Cliente.',
  'accept.expires': 'Esta invitación es válida hasta el {date}.',
  'accept.choose': '¿Cómo quieres iniciar sesión?',
  'accept.nothing-yet': 'Nada cambia hasta que elijas y confirmes abajo.',
  'accept.google': 'Continuar con Google',
  'accept.microsoft': 'Continuar con Microsoft',
  'accept.password': 'Crear una contraseña',
  'accept.or': 'o',
  'accept.password-legend': 'Tu contraseña',
  'accept.password-label': 'Nueva contraseña',
  'accept.confirm-label': 'Confirma la contraseña',
  'accept.unmet': 'La contraseña aún no cumple todas las reglas.',
  'accept.mismatch': 'Las dos contraseñas no coinciden.',
  'accept.submit': 'Aceptar la invitación',
  'accept.working': 'Aceptando…',
  'accept.failed': 'No funcionó: {reason}',
  'accept.sign-in': 'Ir a la página de inicio de sesión',
  'method.google': 'Google',
  'method.microsoft': 'Microsoft',
  'method.password': 'tu correo y contraseña',
  'closed.expired.title': 'Esta invitación caducó',
  'closed.expired.body':
    'La invitación a {company} era válida hasta el {date}. Pide a tu administrador que te envíe una nueva invitación.',
  'closed.revoked.title': 'Esta invitación fue retirada',
  'closed.revoked.body':
    'La invitación a {company} ya no es válida. Si todavía necesitas acceso, pide a tu administrador una nueva invitación.',
  'closed.used.title': 'Esta invitación ya se usó',
  'closed.used.body':
    'La cuenta {email} en {company} ya existe. Inicia sesión con ella; si olvidaste tu contraseña, usa “Olvidé mi contraseña” en la página de inicio de sesión.',
  'closed.superseded.title': 'Una invitación más reciente reemplazó este enlace',
  'closed.superseded.body':
    'Se envió un correo de invitación a {company} más reciente, así que este enlace ya no funciona. Abre el enlace del correo más reciente o pide a tu administrador que lo reenvíe.',
  'unknown.title': 'Este enlace de invitación no es válido',
  'unknown.body':
    'El enlace puede estar incompleto o mal escrito. Copia el enlace completo del correo o pide a tu administrador una nueva invitación.',
  'done.active.title': 'Te damos la bienvenida a {company}',
  'done.active.body': 'Tu cuenta {email} está lista. Inicia sesión con {method}.',
  'done.activation.title': 'Revisa tu correo',
  'done.activation.body':
    'Enviamos un correo de activación a {email}. Sigue su enlace para activar tu cuenta y luego inicia sesión.',
  'activate.title': 'Activa tu cuenta',
  'activate.body': 'Pulsa el botón para terminar de crear tu cuenta.',
  'activate.button': 'Activar mi cuenta',
  'activate.working': 'Activando…',
  'activated.title': 'Tu cuenta está activa',
  'activated.body': 'Ya puedes iniciar sesión en {company} con {email}.',
  'activation-used.title': 'Esta cuenta ya está activa',
  'activation-used.body': 'Inicia sesión con tu correo y contraseña.',
  'activation-expired.title': 'Este enlace de activación caducó',
  'activation-expired.body': 'Pide a tu administrador que te envíe una nueva invitación.',
} satisfies Catalogue<keyof typeof en>;
