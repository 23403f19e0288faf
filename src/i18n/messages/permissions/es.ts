import { clockTime, plural, type Catalogue } from '../../catalogue.js';
import glossary from '../../glossary/es.js';
import { termMessages } from '../../glossary.js';
import type en from './en.js';

/** The permissions words in Spanish. */
export default {
  ...termMessages('capability', glossary.capability),
  ...termMessages('capability-group', glossary.group),
  ...termMessages('role', glossary.role),

  'reason.ok': 'Permitido',
  'reason.role': 'Incluido en el rol {role}',
  'reason.grant': 'Concedido individualmente a esta persona',
  'reason.own-contact': 'Permitido en su propio contacto',
  'reason.site': 'Concedido para el sitio {site}',
  'reason.not-in-role': 'El rol no incluye «{capability}»',
  'reason.own-contact-only': 'Solo puede editar su propio contacto',
  'reason.not-granted': '«{capability}» debe ser concedido primero por un administrador general',
  'reason.not-granted-for-site': 'No concedido para el sitio {site}',
  'reason.site-required': 'Elija un sitio: «{capability}» se concede por sitio',
  'reason.unknown-capability': '«{capability}» no es un permiso de este portal',
  'reason.inactive-actor': 'Los contactos suspendidos o inactivos no pueden hacer nada',
  'reason.cannot-grant': 'Solo un administrador general puede conceder permisos',
  'reason.grant-not-held': 'No puede conceder «{capability}» porque no tiene ese permiso',
  'reason.own-role': 'No puede cambiar su propio rol',
  'reason.last-admin': 'La empresa debe conservar al menos un administrador general',
  'reason.unknown-role': '«{role}» no es un rol de este portal',
  'reason.wrong-scope':
    '«{capability}» se concede en otro nivel (por sitio o para toda la empresa)',
  'reason.capabilities-fixed':
    'Los permisos vienen con el portal: «{capability}» no se puede añadir, quitar ni cambiar de nivel aquí',

  'policy-error.invalid-type': '{field}: se esperaba {expected}',
  'policy-error.required': '{field} es obligatorio',
  'policy-error.too-short': '{field}: se requiere al menos {min}',
  'policy-error.too-long': '{field}: se permite como máximo {max}',
  'policy-error.not-allowed': '{field} no forma parte de una política',
  'policy-error.invalid-value': (p) =>
    p.allowed === undefined
      ? `${p.field} no es válido`
      : `${p.field}: debe ser uno de ${p.allowed}`,
  'policy-error.duplicate-capability': 'El permiso «{capability}» está definido dos veces',
  'policy-error.duplicate-role': 'El rol «{role}» está definido dos veces',
  'policy-error.duplicate-role-capability': '«{capability}» aparece dos veces en el rol «{role}»',
  'policy-error.unknown-capability': '«{capability}» no es un permiso de esta política',
  'policy-error.site-capability-in-role':
    '«{capability}» se concede por sitio y no puede formar parte del rol «{role}»',
  'policy-error.unknown-role': '«{role}» no es un rol de esta política',
  'policy-error.site-grant-capability':
    'El permiso para conceder permisos («{capability}») debe aplicarse a toda la empresa',
  'policy-error.admin-cannot-grant':
    'El rol «{role}» debe tener «{capability}» sin condiciones; de lo contrario nadie podría conceder permisos',

  'why.tickets-in-progress': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Este contacto tiene # ticket en curso; transfiéralo antes.',
      other: 'Este contacto tiene # tickets en curso; transfiéralos antes.',
    }),
  'why.target-not-active': 'Solo un contacto activo (que ya inició sesión) puede recibir esto.',
  'why.same-contact': 'Elige un contacto distinto del que tiene los tickets.',
  'why.invalid-transition': 'Esto no se aplica al contacto en su estado actual.',
  'why.not-self-editable': 'Un administrador define este dato en tu contacto.',
  'why.no-tickets': 'Este contacto no tiene tickets en curso para transferir.',
  'why.already-admin': 'Este contacto ya es administrador general.',
  'why.self': 'No puede hacer esto con su propio contacto.',
  'why.suspend-not-active': 'Solo se puede suspender el acceso de un contacto activo.',
  'why.already-inactive': 'Este contacto ya está inactivo.',
  'why.not-invitable':
    'Este contacto ya accedió al portal, o está suspendido o inactivo: no corresponde una invitación.',
  'why.invitation-pending': 'Este contacto ya tiene una invitación válida: reenvía esa invitación.',
  'why.invitation-closed': 'Esta invitación ya fue aceptada o revocada y no puede usarse de nuevo.',
  'why.resend-cooldown': (p, r) =>
    `Enviada hace un momento: podrá reenviarse a las ${clockTime(p.at ?? '', r)}.`,
  'why.not-removable': 'Solo se puede eliminar una invitación vencida o revocada.',
  'why.link-not-usable':
    'El enlace de esta invitación ya no funciona: reenvía la invitación para generar uno nuevo.',
  'why.contact-inactive': 'No se puede definir la contraseña de un contacto inactivo.',
  'why.session': 'Esperando tu sesión…',
  'why.session-failed': 'No se pudo cargar su sesión. Inténtelo de nuevo.',
} satisfies Catalogue<keyof typeof en>;
