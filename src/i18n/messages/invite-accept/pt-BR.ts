import type { Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** As palavras do invite-accept em português do Brasil. */
export default {
  'accept.loading': 'Abrindo seu convite…',
  'accept.no-adapter': 'Esta página ainda não tem uma fonte de dados.',
  'accept.error-title': 'Não foi possível abrir seu convite',
  'accept.retry': 'Tentar de novo',
  'accept.title': 'Entre na {company}',
  'accept.invited-by':
    '{inviter}, da {company}, convidou você, {name} ({email}), para o Portal do Cliente.',
  'accept.invited':
    'Você, {name} ({email}), foi convidado(a) pela {company} para o Portal do Cliente.',
  'accept.expires': 'Este convite vale até {date}.',
  'accept.choose': 'Como você quer entrar?',
  'accept.nothing-yet': 'Nada muda até você escolher e confirmar abaixo.',
  'accept.google': 'Continuar com o Google',
  'accept.microsoft': 'Continuar com a Microsoft',
  'accept.password': 'Criar uma senha',
  'accept.or': 'ou',
  'accept.password-legend': 'Sua senha',
  'accept.password-label': 'Nova senha',
  'accept.confirm-label': 'Confirme a senha',
  'accept.unmet': 'A senha ainda não atende a todas as regras.',
  'accept.mismatch': 'As duas senhas não são iguais.',
  'accept.submit': 'Aceitar o convite',
  'accept.working': 'Aceitando…',
  'accept.failed': 'Não deu certo: {reason}',
  'accept.sign-in': 'Ir para a página de login',
  'method.google': 'o Google',
  'method.microsoft': 'a Microsoft',
  'method.password': 'seu e-mail e senha',
  'closed.expired.title': 'Este convite expirou',
  'closed.expired.body':
    'O convite para a {company} valia até {date}. Peça ao seu administrador que envie um novo convite.',
  'closed.revoked.title': 'Este convite foi cancelado',
  'closed.revoked.body':
    'O convite para a {company} não vale mais. Se você ainda precisa de acesso, peça ao seu administrador um novo convite.',
  'closed.used.title': 'Este convite já foi usado',
  'closed.used.body':
    'A conta {email} na {company} já existe. Entre com ela; se esqueceu a senha, use “Esqueci minha senha” na página de login.',
  'closed.superseded.title': 'Um convite mais novo substituiu este link',
  'closed.superseded.body':
    'Um novo e-mail de convite para a {company} foi enviado depois deste, por isso este link não funciona mais. Abra o link do e-mail mais recente ou peça ao seu administrador que o reenvie.',
  'unknown.title': 'Este link de convite não é válido',
  'unknown.body':
    'O link pode estar incompleto ou digitado errado. Copie o link inteiro do e-mail ou peça ao seu administrador um novo convite.',
  'done.active.title': 'Boas-vindas à {company}',
  'done.active.body': 'Sua conta {email} está pronta. Entre com {method}.',
  'done.activation.title': 'Confira seu e-mail',
  'done.activation.body':
    'Enviamos um e-mail de ativação para {email}. Siga o link dele para ativar sua conta e depois entre.',
  'activate.title': 'Ative sua conta',
  'activate.body': 'Pressione o botão para concluir o cadastro da sua conta.',
  'activate.button': 'Ativar minha conta',
  'activate.working': 'Ativando…',
  'activated.title': 'Sua conta está ativa',
  'activated.body': 'Agora você pode entrar na {company} com {email}.',
  'activation-used.title': 'Esta conta já está ativa',
  'activation-used.body': 'Entre com seu e-mail e senha.',
  'activation-expired.title': 'Este link de ativação expirou',
  'activation-expired.body': 'Peça ao seu administrador que envie um novo convite.',
} satisfies Catalogue<keyof typeof en>;
