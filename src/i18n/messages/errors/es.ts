import { type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The errors words in Spanish. */
export default {
  'error.validation': 'Algunos campos necesitan atención.',
  'error.conflict': 'Este registro cambió mientras tanto.',
  'error.forbidden': 'No tienes permiso para hacer esto.',
  'error.not-found': 'Este registro ya no existe.',
  'error.network': 'No se pudo contactar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  'error.rate-limited': 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.',

  'error.code.stale-version':
    'Otra persona cambió este registro. Se cargaron los valores actuales; tus cambios se conservan.',
  'error.code.invalid-transition': 'Esta acción no se aplica al registro en su estado actual.',
  'error.code.invitation-pending': 'Este contacto ya tiene una invitación válida. Reenvíala.',
  'error.code.idempotency-key-reused': 'Esta solicitud ya se envió con otro contenido.',
  'error.code.tickets-in-progress':
    'Este contacto tiene tickets en curso y no se puede eliminar. Transfiere los tickets primero.',
  'error.code.no-seats':
    'Todas las licencias contratadas están en uso. Desactiva un usuario SaaS o pide más licencias.',
  'error.code.saas-user-inactive': 'Este usuario SaaS está inactivo. Reactívalo primero.',
  'error.code.saas-user-active': 'Este usuario SaaS ya está activo.',
  'error.code.target-not-active': 'Solo un contacto activo puede recibir esto.',
  'error.code.same-contact': 'Elige otro contacto.',
  'error.code.self':
    'No puedes hacer esto con tu propio contacto. Para dejar la función, transfiere la administración a otra persona.',
  'error.code.already-admin': 'Este contacto ya es administrador general.',
  'error.code.no-tickets': 'Este contacto no tiene tickets en curso para transferir.',
  'error.code.document-taken': 'Otro contacto de esta empresa ya usa este CPF.',
  'error.code.not-self-editable':
    'Un administrador define este dato de tu contacto; pídele que lo cambie.',
  'error.code.not-allowed': 'La solicitud tiene un campo que no se acepta.',
  'error.code.capabilities-fixed':
    'Los permisos vienen con el portal: se pueden organizar en roles, no añadir, quitar ni cambiar de nivel.',
  'error.code.unknown-actor': 'Tu sesión ya no es válida. Vuelve a iniciar sesión.',
  'error.code.inactive-actor': 'Tu acceso está suspendido o inactivo.',
  'error.code.not-found': 'Este registro ya no existe.',
  'error.code.email-taken': 'Otro contacto de esta empresa ya usa este correo electrónico.',
  'error.code.email-immutable': 'El correo electrónico no se puede cambiar después del registro.',
  'error.code.email-format': 'Introduce un correo electrónico válido.',
  'error.code.unknown-role': 'Este rol no existe en la política de permisos.',
  'error.code.unknown-site': 'Este sitio no existe.',
  'error.code.unknown-capability': 'Este permiso no existe en la política de permisos.',
  'error.code.unknown-contact': 'Este contacto no existe.',
  'error.code.approver-inactive': 'Un contacto suspendido o inactivo no puede ser aprobador.',
  'error.code.approver-lacks-capability': 'Este aprobador no tiene el permiso para aprobar.',
  'error.code.role-in-use': 'Este rol aún está asignado a contactos y no se puede eliminar.',
  'error.code.missing-placeholder': 'El mensaje debe contener {placeholder}.',
  'error.code.unknown-placeholder':
    'Marcador desconocido {placeholder}. Usa {name}, {company}, {link} o {expiresAt}.',
  'error.code.invalid-cursor': 'La lista cambió. Vuelve a cargarla desde el principio.',
  'error.code.invalid-query': 'La búsqueda, el filtro o el orden no es válido.',
  'error.code.invalid-input': 'Algunos campos necesitan atención.',
  'error.code.invalid-value': 'Un valor no es aceptado.',
  'error.code.invalid-type': 'Un valor tiene el tipo incorrecto.',
  'error.code.required': 'Un campo obligatorio está vacío.',
  'error.code.too-long': 'Un texto es demasiado largo.',
  'error.code.too-short': 'Un texto es demasiado corto.',
  'error.code.bad-response': 'El servidor envió una respuesta que no se pudo leer.',
  'error.code.server-error':
    'El servidor no pudo atender esta solicitud. Inténtalo de nuevo en un momento.',
  'error.code.timeout': 'El servidor no respondió a tiempo. Inténtalo de nuevo.',
  'error.code.unauthenticated': 'Tu sesión terminó. Vuelve a iniciar sesión.',
  'error.code.last-admin': 'La empresa debe conservar al menos un administrador general.',
  'error.code.own-role': 'No puedes cambiar tu propio rol.',
  'error.code.cannot-grant': 'Solo un administrador general puede conceder permisos.',
  'error.code.grant-not-held': 'No puedes conceder un permiso que no tienes.',
  'error.code.not-in-role': 'Tu rol no lo permite.',
  'error.code.own-contact-only': 'Solo puedes cambiar tu propio contacto.',
  'error.code.not-granted': 'Este permiso no se te ha concedido.',
  'error.code.not-granted-for-site': 'Este permiso no se te ha concedido en este sitio.',
  'error.code.site-required': 'Elige un sitio primero.',

  'error.code.no-backend':
    'No se encontró el servicio del portal en su dirección, así que no se puede mostrar nada. Avisa al soporte del portal.',

  'error.unknown': 'Algo salió mal.',
} satisfies Catalogue<keyof typeof en>;
