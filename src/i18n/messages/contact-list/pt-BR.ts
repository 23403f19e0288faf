import { plural, type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The contact-list words in Brazilian Portuguese. */
export default {
  'list.label': 'Contatos',
  'list.total': (p, r) => plural(Number(p.count), r, { one: '# contato', other: '# contatos' }),
  'list.showing': (p, r) => {
    const n = new Intl.NumberFormat(r.resolvedOptions().locale);
    return `Mostrando ${n.format(Number(p.first))}–${n.format(Number(p.last))} de ${n.format(Number(p.total))}`;
  },
  'list.loading': 'Carregando contatos…',
  'list.loading-more': 'Carregando mais contatos…',
  'list.empty': 'Nenhum contato cadastrado.',
  'list.empty-filtered': 'Nenhum contato corresponde a esta busca ou filtro.',
  'list.error': 'Não foi possível carregar os contatos: {reason}',
  'list.no-adapter': 'Esta lista ainda não tem fonte de dados.',
  'list.retry': 'Tentar novamente',
  'list.search': 'Buscar contatos',
  'list.search-placeholder': 'Nome, e-mail, CPF ou telefone',
  'list.filter-status': 'Status',
  'list.filter-role': 'Perfil',
  'list.filter-any': 'Todos',
  'list.sort-by': 'Ordenar por {column}',
  'col.select': 'Selecionar',
  'col.name': 'Nome',
  'col.email': 'E-mail',
  'col.phone': 'Telefone',
  'col.jobTitle': 'Cargo',
  'col.role': 'Perfil',
  'col.status': 'Status',
  'col.actions': 'Ações',
  'select.row': 'Selecionar {name}',
  'select.page': 'Selecionar todos os contatos carregados',
  'select.all-matching': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Selecionar o # contato que corresponde ao filtro',
      other: 'Selecionar todos os # contatos que correspondem ao filtro',
    }),
  'select.count': (p, r) =>
    plural(Number(p.count), r, { one: '# selecionado', other: '# selecionados' }),
  'select.clear': 'Limpar seleção',
  'act.add': 'Adicionar usuário',
  'act.edit': 'Editar perfil',
  'act.more': 'Mais ações para {name}',
  'act.activate': 'Ativar',
  'act.inactivate': 'Inativar',
  'act.suspend': 'Suspender acesso',
  'act.reactivate': 'Reativar acesso',
  'act.delete': 'Excluir perfil',
  'act.transfer-admin': 'Transferir administração',
  'act.transfer-tickets': 'Transferir chamados',
  'act.resend-invitation': 'Reenviar convite',
  'bulk.label': 'Ações em lote',
  'bulk.inactivate': 'Inativar selecionados',
  'bulk.resend-invitation': 'Reenviar convite aos selecionados',
  'bulk.delete': 'Excluir selecionados',
  'bulk.running': 'Processando {count} contatos…',
  'bulk.summary': (p, r) => {
    const done = plural(Number(p.done), r, { one: '# concluído', other: '# concluídos' });
    const refused = Number(p.refused);
    return refused === 0
      ? done
      : `${done}, ${plural(refused, r, { one: '# recusado', other: '# recusados' })}:`;
  },
  'bulk.title': 'Resultado',
  'bulk.confirm': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Aplicar “{act}” a # contato?',
      other: 'Aplicar “{act}” a # contatos?',
    }).replace('{act}', String(p.act)),
  'form.add-title': 'Adicionar usuário',
  'form.edit-title': 'Editar perfil de {name}',
  'form.country': 'País',
  'form.name': 'Nome completo',
  'form.cpf': 'CPF',
  'form.document-type': 'Tipo de documento',
  'form.document-number': 'Número do documento',
  'form.doc.cpf': 'CPF',
  'form.doc.passport': 'Passaporte',
  'form.doc.national-id': 'Documento nacional de identidade',
  'form.doc.other': 'Outro documento',
  'form.phone-area': 'DDD',
  'form.phone-number': 'Telefone',
  'form.email': 'E-mail',
  'form.email-confirmation': 'Confirmação de e-mail',
  'form.email-readonly':
    'O e-mail é o login do contato e não pode ser alterado depois do cadastro.',
  'form.job-title': 'Cargo',
  'form.consulting': 'Autorizado para utilizar consultoria?',
  'form.company': 'Empresa (opcional)',
  'form.address': 'Endereço (opcional)',
  'form.notes': 'Observações (opcional)',
  'form.role': 'Perfil',
  'form.role-limited': 'Só aparecem os perfis que você pode conceder: {reason}',
  'form.fix-count': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Verifique o # campo indicado abaixo.',
      other: 'Verifique os # campos indicados abaixo.',
    }),
  'form.suggestion': 'Usar {value}',
  'form.submit-add': 'Adicionar usuário',
  'form.submit-edit': 'Salvar alterações',
  'form.cancel': 'Cancelar',
  'form.saving': 'Salvando…',
  'form.conflict':
    'Outra pessoa alterou este contato enquanto você editava. Os valores atuais foram carregados com as suas alterações por cima; revise e salve de novo.',
  'confirm.yes': 'Sim',
  'confirm.no': 'Não',
  'confirm.delete': 'Tem certeza que deseja remover este usuário?',
  'confirm.delete-title': 'Excluir {name}',
  'confirm.transfer-admin':
    'Você tem certeza que deseja transferir a administração para este usuário?',
  'confirm.transfer-admin-title': 'Transferir administração para {name}',
  'confirm.keep-own': 'Manter o meu perfil de administrador geral',
  'confirm.transition-title': '{act}: {name}',
  'confirm.suspend':
    '{name} não poderá acessar a plataforma até o acesso ser reativado. Os dados são mantidos.',
  'confirm.inactivate': '{name} será inativado.',
  'transfer.title': 'Transferir chamados de {name}',
  'transfer.search': 'Nome do contato',
  'transfer.choose': 'Selecione o contato que receberá os chamados.',
  'transfer.submit': 'Transferir',
  'transfer.none': 'Nenhum contato encontrado.',
  'transfer.count': (p, r) =>
    plural(Number(p.count), r, {
      one: '# chamado em andamento',
      other: '# chamados em andamento',
    }),
  'done.saved': 'Registro salvo com sucesso!',
  'done.removed': 'Registro removido com sucesso!',
  'done.tickets': 'Chamados transferidos com sucesso!',
  'done.invitation': 'Convite enviado para {email}.',
  'done.transition': '{name}: {status}.',
  'fail.rolled-back': '{name} não foi alterado: {reason}',
  'fail.generic': 'Algo deu errado: {reason}',
  'toast.dismiss': 'Fechar aviso',
  'dialog.close': 'Fechar',
} satisfies Catalogue<keyof typeof en>;
