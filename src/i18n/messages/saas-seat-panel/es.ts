import { plural, type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The saas-seat-panel words in Spanish. */
export default {
  'seat.title': 'Usuarios SaaS',
  'seat.title-product': 'Usuarios SaaS — {product}',
  'seat.loading': 'Cargando usuarios SaaS…',
  'seat.error': 'No se pudieron cargar los usuarios SaaS: {reason}',
  'seat.no-adapter': 'Este panel aún no tiene una fuente de datos.',
  'seat.retry': 'Reintentar',
  'seat.forbidden': 'No tiene permiso para gestionar usuarios SaaS.',
  'meter.label': 'Licencias en uso',
  'meter.value': '{used} de {licensed} licencias en uso',
  'meter.words': (p, r) =>
    plural(Number(p.licensed), r, {
      one: `${String(p.used)} de # licencia contratada en uso`,
      other: `${String(p.used)} de # licencias contratadas en uso`,
    }),
  'meter.made-of': (p, r) =>
    Number(p.invitations) > 0
      ? `${plural(Number(p.active), r, { one: '# usuario SaaS activo', other: '# usuarios SaaS activos' })} y ${plural(Number(p.invitations), r, { one: '# invitación pendiente', other: '# invitaciones pendientes' })}`
      : plural(Number(p.active), r, {
          one: '# usuario SaaS activo',
          other: '# usuarios SaaS activos',
        }),
  'meter.free': (p, r) =>
    plural(Number(p.count), r, { one: '# licencia libre', other: '# licencias libres' }),
  'level.high': 'Más del 80 % de las licencias están en uso: pida más antes de que se agoten.',
  'level.full':
    'Todas las licencias están en uso: desactive un usuario SaaS o pida más licencias para añadir a alguien.',
  'level.over': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Hay más licencias en uso que contratadas: libere # licencia antes de añadir a alguien.',
      other:
        'Hay más licencias en uso que contratadas: libere # licencias antes de añadir a alguien.',
    }),
  'act.add': 'Añadir usuario SaaS',
  'act.ask-more': 'Pedir más licencias',
  'act.change-password': 'Cambiar contraseña',
  'act.deactivate': 'Desactivar',
  'act.reactivate': 'Reactivar',
  'act.bulk-deactivate': 'Desactivar seleccionados',
  'act.export': 'Exportar CSV',
  'act.acts-for': 'Acciones para {name}',
  'act.select': 'Seleccionar {name}',
  'act.select-all': 'Seleccionar todos los usuarios SaaS activos mostrados',
  'act.cancel': 'Cancelar',
  'act.save': 'Guardar',
  'act.send': 'Enviar solicitud',
  'act.close': 'Cerrar',
  'act.more': 'Mostrar más',
  'contact.sales': 'Escriba a {email} para pedir más licencias.',
  'requests.open': (p, r) =>
    plural(Number(p.count), r, {
      one: `Ya hay una solicitud de más licencias abierta: # licencia pedida el ${String(p.date)} (solicitud ${String(p.id)}).`,
      other: `Ya hay una solicitud de más licencias abierta: # licencias pedidas el ${String(p.date)} (solicitud ${String(p.id)}).`,
    }),
  'filter.search': 'Buscar',
  'filter.search-placeholder': 'Nombre o correo',
  'filter.status': 'Estado',
  'filter.all': 'Todos',
  'filter.sort': 'Orden',
  'sort.name-asc': 'Nombre, de la A a la Z',
  'sort.name-desc': 'Nombre, de la Z a la A',
  'sort.email-asc': 'Correo',
  'sort.status-asc': 'Estado',
  'sort.createdAt-desc': 'Más recientes primero',
  'list.label': 'Usuarios SaaS',
  'list.total': (p, r) =>
    plural(Number(p.count), r, { one: '# usuario SaaS', other: '# usuarios SaaS' }),
  'list.selected': (p, r) =>
    plural(Number(p.count), r, { one: '# seleccionado', other: '# seleccionados' }),
  'list.empty': 'Aún no hay usuarios SaaS.',
  'list.empty-filtered': 'Ningún usuario SaaS coincide con esta búsqueda o filtro.',
  'col.name': 'Nombre',
  'col.email': 'Correo',
  'col.status': 'Estado',
  'col.created': 'Añadido',
  'col.acts': 'Acciones',
  'ustatus.active': 'Activo',
  'ustatus.inactive': 'Inactivo',
  'form.add-title': 'Añadir usuario SaaS',
  'form.password-title': 'Cambiar la contraseña de {name}',
  'form.request-title': 'Pedir más licencias',
  'form.name': 'Nombre',
  'form.email': 'Correo',
  'form.password': 'Contraseña',
  'form.new-password': 'Nueva contraseña',
  'form.seats': 'Cuántas licencias más',
  'form.message': 'Mensaje para el equipo comercial',
  'form.message-hint': 'Opcional: para qué las necesita y para cuándo.',
  'form.seat-note': 'El nuevo usuario SaaS ocupa una licencia.',
  'done.create': '{name} fue añadido y ocupa una licencia.',
  'done.change-password': 'Se cambió la contraseña de {name}.',
  'done.deactivate': '{name} fue desactivado; la licencia está libre.',
  'done.reactivate': '{name} fue reactivado y ocupa una licencia.',
  'done.requested': 'Su solicitud se envió al equipo comercial (solicitud {id}).',
  'bulk.title': 'Resultado de la desactivación',
  'bulk.summary': (p, r) =>
    `${plural(Number(p.done), r, { one: '# desactivado', other: '# desactivados' })}, ${plural(Number(p.failed), r, { one: '# no desactivado', other: '# no desactivados' })}.`,
  'bulk.ok': 'Desactivado',
  'bulk.failed': 'No desactivado: {reason}',
  'fail.generic': 'No funcionó: {reason}',
  'fail.retry-after': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Demasiados intentos: inténtelo de nuevo en # segundo.',
      other: 'Demasiados intentos: inténtelo de nuevo en # segundos.',
    }),
  'csv.status': 'Estado',
} satisfies Catalogue<keyof typeof en>;
