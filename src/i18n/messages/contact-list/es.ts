import { plural, type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The contact-list words in Spanish. */
export default {
  'list.label': 'Contactos',
  'list.total': (p, r) => plural(Number(p.count), r, { one: '# contacto', other: '# contactos' }),
  'list.showing': (p, r) => {
    const n = new Intl.NumberFormat(r.resolvedOptions().locale);
    return `Mostrando ${n.format(Number(p.first))}–${n.format(Number(p.last))} de ${n.format(Number(p.total))}`;
  },
  'list.loading': 'Cargando contactos…',
  'list.loading-more': 'Cargando más contactos…',
  'list.empty': 'Todavía no hay contactos.',
  'list.empty-filtered': 'Ningún contacto coincide con esta búsqueda o filtro.',
  'list.error': 'No se pudieron cargar los contactos: {reason}',
  'list.no-adapter': 'Esta lista todavía no tiene fuente de datos.',
  'list.retry': 'Reintentar',
  'list.search': 'Buscar contactos',
  'list.search-placeholder': 'Nombre, e-mail, CPF o teléfono',
  'list.filter-status': 'Estado',
  'list.filter-role': 'Perfil',
  'list.filter-any': 'Todos',
  'list.sort-by': 'Ordenar por {column}',
  'col.select': 'Seleccionar',
  'col.name': 'Nombre',
  'col.email': 'E-mail',
  'col.phone': 'Teléfono',
  'col.jobTitle': 'Cargo',
  'col.role': 'Perfil',
  'col.status': 'Estado',
  'col.actions': 'Acciones',
  'select.row': 'Seleccionar a {name}',
  'select.page': 'Seleccionar todos los contactos cargados',
  'select.all-matching': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Seleccionar el # contacto que coincide con el filtro',
      other: 'Seleccionar los # contactos que coinciden con el filtro',
    }),
  'select.count': (p, r) =>
    plural(Number(p.count), r, { one: '# seleccionado', other: '# seleccionados' }),
  'select.clear': 'Borrar selección',
  'act.add': 'Agregar contacto',
  'act.edit': 'Editar perfil',
  'act.more': 'Más acciones para {name}',
  'act.activate': 'Activar',
  'act.inactivate': 'Inactivar',
  'act.suspend': 'Suspender acceso',
  'act.reactivate': 'Reactivar acceso',
  'act.delete': 'Eliminar perfil',
  'act.transfer-admin': 'Transferir administración',
  'act.transfer-tickets': 'Transferir tickets',
  'act.resend-invitation': 'Reenviar invitación',
  'bulk.label': 'Acciones en lote',
  'bulk.inactivate': 'Inactivar seleccionados',
  'bulk.resend-invitation': 'Reenviar invitación a los seleccionados',
  'bulk.delete': 'Eliminar seleccionados',
  'bulk.running': 'Procesando {count} contactos…',
  'bulk.summary': (p, r) => {
    const done = plural(Number(p.done), r, { one: '# hecho', other: '# hechos' });
    const refused = Number(p.refused);
    return refused === 0
      ? done
      : `${done}, ${plural(refused, r, { one: '# rechazado', other: '# rechazados' })}:`;
  },
  'bulk.title': 'Resultado',
  'bulk.confirm': (p, r) =>
    plural(Number(p.count), r, {
      one: '¿Aplicar «{act}» a # contacto?',
      other: '¿Aplicar «{act}» a # contactos?',
    }).replace('{act}', String(p.act)),
  'form.add-title': 'Agregar contacto',
  'form.edit-title': 'Editar perfil de {name}',
  'form.country': 'País',
  'form.name': 'Nombre completo',
  'form.cpf': 'CPF',
  'form.document-type': 'Tipo de documento',
  'form.document-number': 'Número de documento',
  'form.doc.cpf': 'CPF',
  'form.doc.passport': 'Pasaporte',
  'form.doc.national-id': 'Documento nacional de identidad',
  'form.doc.other': 'Otro documento',
  'form.phone-area': 'Código de área',
  'form.phone-number': 'Teléfono',
  'form.email': 'E-mail',
  'form.email-confirmation': 'Confirmar e-mail',
  'form.email-readonly':
    'El e-mail es el inicio de sesión del contacto y no se puede cambiar después de crearlo.',
  'form.job-title': 'Cargo',
  'form.consulting': '¿Autorizado a usar consultoría?',
  'form.company': 'Empresa (opcional)',
  'form.address': 'Dirección (opcional)',
  'form.notes': 'Notas (opcional)',
  'form.role': 'Perfil',
  'form.role-limited': 'Solo se ofrecen los perfiles que usted puede otorgar: {reason}',
  'form.fix-count': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Revise el # campo marcado abajo.',
      other: 'Revise los # campos marcados abajo.',
    }),
  'form.suggestion': 'Usar {value}',
  'form.submit-add': 'Agregar contacto',
  'form.submit-edit': 'Guardar cambios',
  'form.cancel': 'Cancelar',
  'form.saving': 'Guardando…',
  'form.conflict':
    'Otra persona cambió este contacto mientras tanto. Se cargaron sus valores actuales con sus cambios encima; revise y guarde de nuevo.',
  'confirm.yes': 'Sí',
  'confirm.no': 'No',
  'confirm.delete': '¿Está seguro de que desea eliminar a este usuario?',
  'confirm.delete-title': 'Eliminar a {name}',
  'confirm.transfer-admin':
    '¿Está seguro de que desea transferir la administración a este usuario?',
  'confirm.transfer-admin-title': 'Transferir la administración a {name}',
  'confirm.keep-own': 'Mantener mi perfil de administrador general',
  'confirm.transition-title': '{act}: {name}',
  'confirm.suspend':
    '{name} no podrá iniciar sesión hasta que se reactive el acceso. Sus datos se conservan.',
  'confirm.inactivate': '{name} será inactivado.',
  'transfer.title': 'Transferir tickets de {name}',
  'transfer.search': 'Nombre del contacto',
  'transfer.choose': 'Elija el contacto que recibirá los tickets.',
  'transfer.submit': 'Transferir',
  'transfer.none': 'No se encontró ningún contacto.',
  'transfer.count': (p, r) =>
    plural(Number(p.count), r, { one: '# ticket en curso', other: '# tickets en curso' }),
  'done.saved': '¡Registro guardado con éxito!',
  'done.removed': '¡Registro eliminado con éxito!',
  'done.tickets': '¡Tickets transferidos con éxito!',
  'done.invitation': 'Invitación enviada a {email}.',
  'done.transition': '{name}: {status}.',
  'fail.rolled-back': '{name} no se modificó: {reason}',
  'fail.generic': 'Algo salió mal: {reason}',
  'toast.dismiss': 'Cerrar aviso',
  'dialog.close': 'Cerrar',
} satisfies Catalogue<keyof typeof en>;
