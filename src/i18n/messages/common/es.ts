import { type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The common words in Spanish. */
export default {
  'status.potential': 'Potencial',
  'status.site-assigned': 'Sitio asignado',
  'status.invited': 'Invitado',
  'status.active': 'Activo',
  'status.suspended': 'Suspendido',
  'status.inactive': 'Inactivo',

  'role.general-admin': 'Administrador general',
  'role.registration-admin': 'Administrador de registro',
  'role.system-user': 'Usuario del sistema',

  'toast.close': 'Cerrar mensaje',
  'field.required': 'Obligatorio',
  'field.optional': 'opcional',
} satisfies Catalogue<keyof typeof en>;
