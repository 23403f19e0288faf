import { type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The errors words in Brazilian Portuguese. */
export default {
  'error.validation': 'Alguns campos precisam de atenção.',
  'error.conflict': 'Este registro foi alterado nesse meio-tempo.',
  'error.forbidden': 'Você não tem permissão para fazer isso.',
  'error.not-found': 'Este registro não existe mais.',
  'error.network': 'Não foi possível falar com o servidor. Verifique sua conexão e tente de novo.',
  'error.rate-limited': 'Muitas solicitações. Aguarde um instante e tente de novo.',

  'error.code.stale-version':
    'Outra pessoa alterou este registro. Os valores atuais foram carregados; suas alterações foram mantidas.',
  'error.code.invalid-transition': 'Esta ação não se aplica ao registro na situação atual.',
  'error.code.invitation-pending': 'Este contato já tem um convite válido. Reenvie o convite.',
  'error.code.idempotency-key-reused': 'Esta solicitação já foi enviada com outro conteúdo.',
  'error.code.tickets-in-progress':
    'Este contato tem chamados em andamento e não pode ser excluído. Transfira os chamados antes.',
  'error.code.no-seats':
    'Todas as licenças contratadas estão em uso. Desative um usuário SaaS ou peça mais licenças.',
  'error.code.saas-user-inactive': 'Este usuário SaaS está inativo. Reative-o primeiro.',
  'error.code.saas-user-active': 'Este usuário SaaS já está ativo.',
  'error.code.target-not-active': 'Somente um contato ativo pode receber isto.',
  'error.code.same-contact': 'Escolha outro contato.',
  'error.code.self':
    'Você não pode fazer isso com o seu próprio contato. Para deixar a função, transfira a administração para outra pessoa.',
  'error.code.already-admin': 'Este contato já é Administrador Geral.',
  'error.code.no-tickets': 'Este contato não tem chamados em andamento para transferir.',
  'error.code.document-taken': 'Este CPF já está em uso por outro contato desta empresa.',
  'error.code.not-self-editable':
    'Um administrador define esta informação do seu contato; peça a ele para alterá-la.',
  'error.code.not-allowed': 'A solicitação tem um campo que não é aceito.',
  'error.code.capabilities-fixed':
    'As permissões vêm com o portal: podem ser organizadas em perfis, não incluídas, removidas ou mudadas de nível.',
  'error.code.unknown-actor': 'Sua sessão não é mais válida. Entre novamente.',
  'error.code.inactive-actor': 'Seu acesso está suspenso ou inativo.',
  'error.code.not-found': 'Este registro não existe mais.',
  'error.code.email-taken': 'Este e-mail já está em uso por outro contato desta empresa.',
  'error.code.email-immutable': 'O e-mail não pode ser alterado depois do cadastro.',
  'error.code.email-format': 'Informe um e-mail válido.',
  'error.code.unknown-role': 'Este perfil não existe na política de permissões.',
  'error.code.unknown-site': 'Este site não existe.',
  'error.code.unknown-capability': 'Esta permissão não existe na política de permissões.',
  'error.code.unknown-contact': 'Este contato não existe.',
  'error.code.approver-inactive': 'Um contato suspenso ou inativo não pode ser aprovador.',
  'error.code.approver-lacks-capability': 'Este aprovador não tem a permissão para aprovar.',
  'error.code.role-in-use': 'Este perfil ainda está atribuído a contatos e não pode ser removido.',
  'error.code.missing-placeholder': 'A mensagem precisa conter {placeholder}.',
  'error.code.unknown-placeholder':
    'Marcador desconhecido {placeholder}. Use {name}, {company}, {link} ou {expiresAt}.',
  'error.code.invalid-cursor': 'A lista mudou. Recarregue-a desde o início.',
  'error.code.invalid-query': 'A busca, o filtro ou a ordenação não é válida.',
  'error.code.invalid-input': 'Alguns campos precisam de atenção.',
  'error.code.invalid-value': 'Um valor não é aceito.',
  'error.code.invalid-type': 'Um valor é do tipo errado.',
  'error.code.required': 'Um campo obrigatório está vazio.',
  'error.code.too-long': 'Um texto está longo demais.',
  'error.code.too-short': 'Um texto está curto demais.',
  'error.code.bad-response': 'O servidor enviou uma resposta que não pôde ser lida.',
  'error.code.server-error':
    'O servidor não conseguiu atender este pedido. Tente de novo em instantes.',
  'error.code.timeout': 'O servidor não respondeu a tempo. Tente de novo.',
  'error.code.unauthenticated': 'Sua sessão terminou. Entre novamente.',
  'error.code.last-admin': 'A empresa precisa manter pelo menos um Administrador Geral.',
  'error.code.own-role': 'Você não pode alterar o seu próprio perfil.',
  'error.code.cannot-grant': 'Somente um Administrador Geral pode conceder permissões.',
  'error.code.grant-not-held': 'Você não pode conceder uma permissão que não tem.',
  'error.code.not-in-role': 'O seu perfil não permite isso.',
  'error.code.own-contact-only': 'Você só pode alterar o seu próprio contato.',
  'error.code.not-granted': 'Esta permissão não foi concedida a você.',
  'error.code.not-granted-for-site': 'Esta permissão não foi concedida a você neste site.',
  'error.code.site-required': 'Escolha um site antes.',

  'error.code.no-backend':
    'O serviço do portal não foi encontrado no endereço configurado, então nada pode ser exibido. Avise o suporte do portal.',

  'error.unknown': 'Algo deu errado.',
} satisfies Catalogue<keyof typeof en>;
