import { defineMessages, plural } from '../catalogue.js';

/**
 * Words every element shares: contact statuses (seed 003), lifecycle acts, generic actions and
 * states and the outcome messages of seed 001 ("Registro salvo com sucesso!"). The adapter's error
 * words live in `errors.ts` (`errorMessages`). Merge it into an element's own module with
 * `mergeMessages(commonMessages, …)`.
 */
export const commonMessages = defineMessages({
  en: {
    'status.potential': 'Potential',
    'status.site-assigned': 'Site assigned',
    'status.invited': 'Invited',
    'status.active': 'Active',
    'status.suspended': 'Suspended',
    'status.inactive': 'Inactive',

    'lifecycle.activate': 'Activate',
    'lifecycle.inactivate': 'Inactivate',
    'lifecycle.suspend': 'Suspend',
    'lifecycle.reactivate': 'Reactivate',

    'role.general-admin': 'General administrator',
    'role.registration-admin': 'Registration administrator',
    'role.system-user': 'System user',

    'action.save': 'Save',
    'action.cancel': 'Cancel',
    'action.close': 'Close',
    'action.retry': 'Try again',
    'action.confirm': 'Confirm',
    'action.yes': 'Yes',
    'action.no': 'No',
    'action.edit': 'Edit',
    'action.delete': 'Delete',
    'action.add': 'Add',
    'action.search': 'Search',
    'action.clear': 'Clear',
    'action.back': 'Back',
    'action.next': 'Next',
    'action.previous': 'Previous',
    'action.load-more': 'Load more',
    'action.more': 'More actions',

    'state.loading': 'Loading…',
    'state.error': 'Something went wrong.',
    'state.empty': 'Nothing to show yet.',
    'state.no-results': 'No results match your search.',
    'state.saved': 'Record saved successfully!',
    'state.removed': 'Record removed successfully!',
    'state.saving': 'Saving…',
    'state.unauthenticated':
      'No portal connection: set an adapter or place the element inside <portico-provider>.',

    'toast.close': 'Dismiss message',
    'field.required': 'Required',
    'field.optional': 'optional',

    'page.total': (p, rules) =>
      Number(p.count) === 0
        ? 'No contacts'
        : plural(Number(p.count), rules, { one: '# contact', other: '# contacts' }),
  },
  'pt-BR': {
    'status.potential': 'Potencial',
    'status.site-assigned': 'Site atribuído',
    'status.invited': 'Convidado',
    'status.active': 'Ativo',
    'status.suspended': 'Suspenso',
    'status.inactive': 'Inativo',

    'lifecycle.activate': 'Ativar',
    'lifecycle.inactivate': 'Inativar',
    'lifecycle.suspend': 'Suspender',
    'lifecycle.reactivate': 'Reativar',

    'role.general-admin': 'Administrador geral',
    'role.registration-admin': 'Administrador de cadastro',
    'role.system-user': 'Usuário do sistema',

    'action.save': 'Salvar',
    'action.cancel': 'Cancelar',
    'action.close': 'Fechar',
    'action.retry': 'Tentar novamente',
    'action.confirm': 'Confirmar',
    'action.yes': 'Sim',
    'action.no': 'Não',
    'action.edit': 'Editar',
    'action.delete': 'Excluir',
    'action.add': 'Adicionar',
    'action.search': 'Pesquisar',
    'action.clear': 'Limpar',
    'action.back': 'Voltar',
    'action.next': 'Próximo',
    'action.previous': 'Anterior',
    'action.load-more': 'Carregar mais',
    'action.more': 'Mais ações',

    'state.loading': 'Carregando…',
    'state.error': 'Algo deu errado.',
    'state.empty': 'Nada para mostrar ainda.',
    'state.no-results': 'Nenhum resultado para a sua pesquisa.',
    'state.saved': 'Registro salvo com sucesso!',
    'state.removed': 'Registro removido com sucesso!',
    'state.saving': 'Salvando…',
    'state.unauthenticated':
      'Sem conexão com o portal: defina um adapter ou coloque o elemento dentro de <portico-provider>.',

    'toast.close': 'Fechar mensagem',
    'field.required': 'Obrigatório',
    'field.optional': 'opcional',

    'page.total': (p, rules) =>
      Number(p.count) === 0
        ? 'Nenhum contato'
        : plural(Number(p.count), rules, { one: '# contato', other: '# contatos' }),
  },
  es: {
    'status.potential': 'Potencial',
    'status.site-assigned': 'Sitio asignado',
    'status.invited': 'Invitado',
    'status.active': 'Activo',
    'status.suspended': 'Suspendido',
    'status.inactive': 'Inactivo',

    'lifecycle.activate': 'Activar',
    'lifecycle.inactivate': 'Desactivar',
    'lifecycle.suspend': 'Suspender',
    'lifecycle.reactivate': 'Reactivar',

    'role.general-admin': 'Administrador general',
    'role.registration-admin': 'Administrador de registro',
    'role.system-user': 'Usuario del sistema',

    'action.save': 'Guardar',
    'action.cancel': 'Cancelar',
    'action.close': 'Cerrar',
    'action.retry': 'Reintentar',
    'action.confirm': 'Confirmar',
    'action.yes': 'Sí',
    'action.no': 'No',
    'action.edit': 'Editar',
    'action.delete': 'Eliminar',
    'action.add': 'Agregar',
    'action.search': 'Buscar',
    'action.clear': 'Limpiar',
    'action.back': 'Volver',
    'action.next': 'Siguiente',
    'action.previous': 'Anterior',
    'action.load-more': 'Cargar más',
    'action.more': 'Más acciones',

    'state.loading': 'Cargando…',
    'state.error': 'Algo salió mal.',
    'state.empty': 'Todavía no hay nada para mostrar.',
    'state.no-results': 'Ningún resultado coincide con su búsqueda.',
    'state.saved': '¡Registro guardado con éxito!',
    'state.removed': '¡Registro eliminado con éxito!',
    'state.saving': 'Guardando…',
    'state.unauthenticated':
      'Sin conexión con el portal: defina un adapter o coloque el elemento dentro de <portico-provider>.',

    'toast.close': 'Cerrar mensaje',
    'field.required': 'Obligatorio',
    'field.optional': 'opcional',

    'page.total': (p, rules) =>
      Number(p.count) === 0
        ? 'Ningún contacto'
        : plural(Number(p.count), rules, { one: '# contacto', other: '# contactos' }),
  },
});

/** A key of {@link commonMessages}. */
export type CommonMessageKey = keyof (typeof commonMessages)['en'];
