import { type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The common words in Brazilian Portuguese. */
export default {
  'status.potential': 'Potencial',
  'status.site-assigned': 'Site atribuído',
  'status.invited': 'Convidado',
  'status.active': 'Ativo',
  'status.suspended': 'Suspenso',
  'status.inactive': 'Inativo',

  'role.general-admin': 'Administrador geral',
  'role.registration-admin': 'Administrador de cadastro',
  'role.system-user': 'Usuário do sistema',

  'toast.close': 'Fechar mensagem',
  'field.required': 'Obrigatório',
  'field.optional': 'opcional',
} satisfies Catalogue<keyof typeof en>;
