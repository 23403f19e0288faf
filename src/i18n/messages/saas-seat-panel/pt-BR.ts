import { plural, type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The saas-seat-panel words in Brazilian Portuguese. */
export default {
  'seat.title': 'Usuários SaaS',
  'seat.title-product': 'Usuários SaaS — {product}',
  'seat.loading': 'Carregando usuários SaaS…',
  'seat.error': 'Não foi possível carregar os usuários SaaS: {reason}',
  'seat.no-adapter': 'Este painel ainda não tem uma fonte de dados.',
  'seat.retry': 'Tentar novamente',
  'seat.forbidden': 'Você não tem permissão para gerenciar usuários SaaS.',
  'meter.label': 'Licenças em uso',
  'meter.value': '{used} de {licensed} licenças em uso',
  'meter.words': (p, r) =>
    plural(Number(p.licensed), r, {
      one: `${String(p.used)} de # licença contratada em uso`,
      other: `${String(p.used)} de # licenças contratadas em uso`,
    }),
  'meter.made-of': (p, r) =>
    Number(p.invitations) > 0
      ? `${plural(Number(p.active), r, { one: '# usuário SaaS ativo', other: '# usuários SaaS ativos' })} e ${plural(Number(p.invitations), r, { one: '# convite pendente', other: '# convites pendentes' })}`
      : plural(Number(p.active), r, {
          one: '# usuário SaaS ativo',
          other: '# usuários SaaS ativos',
        }),
  'meter.free': (p, r) =>
    plural(Number(p.count), r, { one: '# licença livre', other: '# licenças livres' }),
  'level.high': 'Mais de 80 % das licenças estão em uso: peça mais antes que acabem.',
  'level.full':
    'Todas as licenças estão em uso: inative um usuário SaaS ou peça mais licenças para adicionar alguém.',
  'level.over': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Há mais licenças em uso do que contratadas: libere # licença antes de adicionar alguém.',
      other:
        'Há mais licenças em uso do que contratadas: libere # licenças antes de adicionar alguém.',
    }),
  'act.add': 'Adicionar usuário SaaS',
  'act.ask-more': 'Pedir mais licenças',
  'act.change-password': 'Alterar senha',
  'act.deactivate': 'Inativar',
  'act.reactivate': 'Reativar',
  'act.bulk-deactivate': 'Inativar selecionados',
  'act.export': 'Exportar CSV',
  'act.acts-for': 'Ações para {name}',
  'act.select': 'Selecionar {name}',
  'act.select-all': 'Selecionar todos os usuários SaaS ativos exibidos',
  'act.cancel': 'Cancelar',
  'act.save': 'Salvar',
  'act.send': 'Enviar pedido',
  'act.close': 'Fechar',
  'act.more': 'Mostrar mais',
  'contact.sales': 'Escreva para {email} para pedir mais licenças.',
  'requests.open': (p, r) =>
    plural(Number(p.count), r, {
      one: `Já há um pedido de mais licenças em aberto: # licença pedida em ${String(p.date)} (pedido ${String(p.id)}).`,
      other: `Já há um pedido de mais licenças em aberto: # licenças pedidas em ${String(p.date)} (pedido ${String(p.id)}).`,
    }),
  'filter.search': 'Buscar',
  'filter.search-placeholder': 'Nome ou e-mail',
  'filter.status': 'Situação',
  'filter.all': 'Todos',
  'filter.sort': 'Ordem',
  'sort.name-asc': 'Nome, de A a Z',
  'sort.name-desc': 'Nome, de Z a A',
  'sort.email-asc': 'E-mail',
  'sort.status-asc': 'Situação',
  'sort.createdAt-desc': 'Mais recentes primeiro',
  'list.label': 'Usuários SaaS',
  'list.total': (p, r) =>
    plural(Number(p.count), r, { one: '# usuário SaaS', other: '# usuários SaaS' }),
  'list.selected': (p, r) =>
    plural(Number(p.count), r, { one: '# selecionado', other: '# selecionados' }),
  'list.empty': 'Nenhum usuário SaaS cadastrado.',
  'list.empty-filtered': 'Nenhum usuário SaaS corresponde a esta busca ou filtro.',
  'col.name': 'Nome',
  'col.email': 'E-mail',
  'col.status': 'Situação',
  'col.created': 'Incluído em',
  'col.acts': 'Ações',
  'ustatus.active': 'Ativo',
  'ustatus.inactive': 'Inativo',
  'form.add-title': 'Adicionar usuário SaaS',
  'form.password-title': 'Alterar a senha de {name}',
  'form.request-title': 'Pedir mais licenças',
  'form.name': 'Nome',
  'form.email': 'E-mail',
  'form.password': 'Senha',
  'form.new-password': 'Nova senha',
  'form.seats': 'Quantas licenças a mais',
  'form.message': 'Mensagem para a equipe comercial',
  'form.message-hint': 'Opcional: para que precisa delas e até quando.',
  'form.seat-note': 'O novo usuário SaaS ocupa uma licença.',
  'done.create': '{name} foi adicionado e ocupa uma licença.',
  'done.change-password': 'A senha de {name} foi alterada.',
  'done.deactivate': '{name} foi inativado; a licença está livre.',
  'done.reactivate': '{name} foi reativado e ocupa uma licença.',
  'done.requested': 'Seu pedido foi enviado à equipe comercial (pedido {id}).',
  'bulk.title': 'Resultado da inativação',
  'bulk.summary': (p, r) =>
    `${plural(Number(p.done), r, { one: '# inativado', other: '# inativados' })}, ${plural(Number(p.failed), r, { one: '# não inativado', other: '# não inativados' })}.`,
  'bulk.ok': 'Inativado',
  'bulk.failed': 'Não inativado: {reason}',
  'fail.generic': 'Não deu certo: {reason}',
  'fail.retry-after': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Muitas tentativas: tente de novo em # segundo.',
      other: 'Muitas tentativas: tente de novo em # segundos.',
    }),
  'csv.status': 'Situação',
} satisfies Catalogue<keyof typeof en>;
