import { clockTime, plural, type Catalogue } from '../../catalogue.js';
import glossary from '../../glossary/pt-BR.js';
import { termMessages } from '../../glossary.js';
import type en from './en.js';

/** The permissions words in Brazilian Portuguese. */
export default {
  ...termMessages('capability', glossary.capability),
  ...termMessages('capability-group', glossary.group),
  ...termMessages('role', glossary.role),

  'reason.ok': 'Permitido',
  'reason.role': 'Incluída no perfil {role}',
  'reason.grant': 'Concedida individualmente a esta pessoa',
  'reason.own-contact': 'Permitida no próprio contato',
  'reason.site': 'Concedida para o site {site}',
  'reason.not-in-role': 'O perfil não inclui “{capability}”',
  'reason.own-contact-only': 'Você pode editar apenas o seu próprio contato',
  'reason.not-granted': '“{capability}” precisa ser liberada por um Administrador Geral',
  'reason.not-granted-for-site': 'Não concedida para o site {site}',
  'reason.site-required': 'Escolha um site: “{capability}” é concedida por site',
  'reason.unknown-capability': '“{capability}” não é uma permissão deste portal',
  'reason.inactive-actor': 'Contatos suspensos ou inativos não podem fazer nada',
  'reason.cannot-grant': 'Apenas um Administrador Geral pode conceder permissões',
  'reason.grant-not-held': 'Você não pode conceder “{capability}” porque não tem essa permissão',
  'reason.own-role': 'Você não pode alterar o seu próprio perfil',
  'reason.last-admin': 'A empresa precisa manter pelo menos um Administrador Geral',
  'reason.unknown-role': '“{role}” não é um perfil deste portal',
  'reason.wrong-scope':
    '“{capability}” é concedida em outro nível (por site ou para toda a empresa)',
  'reason.capabilities-fixed':
    'As permissões em si vêm com o portal: “{capability}” não pode ser incluída, removida ou mudada de nível aqui',

  'policy-error.invalid-type': '{field}: esperado {expected}',
  'policy-error.required': '{field} é obrigatório',
  'policy-error.too-short': '{field}: mínimo de {min}',
  'policy-error.too-long': '{field}: máximo de {max}',
  'policy-error.not-allowed': '{field} não faz parte de uma política',
  'policy-error.invalid-value': (p) =>
    p.allowed === undefined ? `${p.field} não é válido` : `${p.field}: deve ser um de ${p.allowed}`,
  'policy-error.duplicate-capability': 'A permissão “{capability}” está definida duas vezes',
  'policy-error.duplicate-role': 'O perfil “{role}” está definido duas vezes',
  'policy-error.duplicate-role-capability': '“{capability}” aparece duas vezes no perfil “{role}”',
  'policy-error.unknown-capability': '“{capability}” não é uma permissão desta política',
  'policy-error.site-capability-in-role':
    '“{capability}” é concedida por site e não pode fazer parte do perfil “{role}”',
  'policy-error.unknown-role': '“{role}” não é um perfil desta política',
  'policy-error.site-grant-capability':
    'A permissão de conceder permissões (“{capability}”) deve valer para toda a empresa',
  'policy-error.admin-cannot-grant':
    'O perfil “{role}” precisa ter “{capability}” sem condições, senão ninguém poderia conceder permissões',

  'why.tickets-in-progress': (p, r) =>
    plural(Number(p.count), r, {
      one: 'Este contato tem # chamado em andamento; transfira-o antes.',
      other: 'Este contato tem # chamados em andamento; transfira-os antes.',
    }),
  'why.target-not-active': 'Só um contato ativo (que já acessou o portal) pode receber isto.',
  'why.same-contact': 'Escolha um contato diferente daquele de onde vêm os chamados.',
  'why.invalid-transition': 'Isto não se aplica ao contato na situação atual.',
  'why.not-self-editable': 'Um administrador define isto no seu contato.',
  'why.no-tickets': 'Este contato não tem chamados em andamento para transferir.',
  'why.already-admin': 'Este contato já é Administrador Geral.',
  'why.self': 'Você não pode fazer isto com o seu próprio contato.',
  'why.suspend-not-active': 'Só é possível suspender o acesso de um contato ativo.',
  'why.already-inactive': 'Este contato já está inativo.',
  'why.not-invitable':
    'Este contato já acessou o portal, ou está suspenso ou inativo: convite não se aplica.',
  'why.invitation-pending': 'Este contato já tem um convite válido: reenvie esse convite.',
  'why.invitation-closed': 'Este convite já foi aceito ou revogado e não pode ser usado de novo.',
  'why.resend-cooldown': (p, r) =>
    `Enviado há instantes: poderá ser reenviado às ${clockTime(p.at ?? '', r)}.`,
  'why.not-removable': 'Só é possível excluir um convite expirado ou revogado.',
  'why.link-not-usable':
    'O link deste convite não funciona mais: reenvie o convite para gerar um novo.',
  'why.contact-inactive': 'Não é possível definir a senha de um contato inativo.',
  'why.session': 'Aguardando a sua sessão…',
  'why.session-failed': 'Não foi possível carregar a sua sessão. Tente novamente.',
} satisfies Catalogue<keyof typeof en>;
