import { defineMessages } from '../src/i18n/catalogue.js';

/** The demo portal's own words (the host page a vendor would write), in the three shipped locales. */
export const demoMessages = defineMessages({
  en: {
    'brand.product': 'Customer Portal',
    'brand.vendor': 'Acme Sistemas',
    'doc.title': '{page} · Customer Portal — Acme Sistemas',
    skip: 'Skip to content',
    'nav.label': 'Main menu',
    'nav.contacts': 'Contacts',
    'nav.permissions': 'Permissions',
    'nav.saas-users': 'SaaS users',
    'nav.import': 'Import',
    'nav.invitations': 'Invitations',
    'nav.section': 'Administration',
    'nav.soon': 'Soon',
    'page.contacts.lead':
      'The people of your company who use the portal. What you may do with each depends on your role.',
    'page.permissions.lead':
      'What each role and each person may do in the portal, and who approves budgets and tickets.',
    'page.saas-users.lead':
      'Licensed seats of your SaaS products and the SaaS users who hold them. What you may do here depends on your role.',
    'page.import.lead':
      'Many contacts at once from a spreadsheet (CSV, semicolon-separated). What you may do here depends on your role.',
    'page.invitations.lead':
      'Invitations sent to your contacts and where each one stands. What you may do with each depends on your role.',
    'nav.mailbox': 'Demo mailbox',
    'page.mailbox.lead':
      'The e-mails the demo backend “sent” (invitation, activation, welcome), newest first. Follow a link to open the page it leads to.',
    'nav.setup': 'Set up your access',
    'page.setup.lead':
      'The public page an invitation e-mail opens (in production it lives outside the portal, for people not signed in).',
    'nav.activate': 'Activate your account',
    'page.activate.lead':
      'The page the activation e-mail opens, after a registration with a password.',
    'mailbox.empty':
      'No e-mail yet. Add a contact (an invitation goes out when a contact is created) or send an invitation.',
    'mailbox.to': 'To {email}',
    'mailbox.open': 'Open the link',
    'mailbox.kind.invitation': 'Invitation',
    'mailbox.kind.activation': 'Activation',
    'mailbox.kind.welcome': 'Welcome',
    'mailbox.back': 'Back to the demo mailbox',
    'coming.title': '{page}: coming in a later release',
    'coming.body':
      'This part of the portal is not available yet. The other pages already work with the demo data.',
    'company.label': 'Company',
    'locale.label': 'Language',
    'view-as.label': 'View as',
    'view-as.option': '{role} — {name}',
    'view-as.banner': 'You are viewing the portal as {name} ({role}), the way this person sees it.',
    'view-as.back': 'Back to the General admin',
    'user.menu': 'Signed in as {name}',
    loading: 'Preparing the demo data…',
    'load-error.title': 'The demo could not start',
    'load-error.body': 'The embedded backend did not load: {message}',
    'footer.note': 'Demo: {count} contacts, saved in this browser only. No server, no account.',
    'footer.note-server': 'Demo: {count} contacts on the reference server at {server}.',
    'reset.button': 'Reset demo data',
    'reset.title': 'Reset the demo data?',
    'reset.body':
      'Every change made in this browser — contacts, permissions, invitations, seats — is discarded and the original demo data is loaded again.',
    'reset.confirm': 'Reset',
    'reset.cancel': 'Cancel',
    'reset.failed': 'The saved demo data could not be removed: {message}',
  },
  'pt-BR': {
    'brand.product': 'Portal do Cliente',
    'brand.vendor': 'Acme Sistemas',
    'doc.title': '{page} · Portal do Cliente — Acme Sistemas',
    skip: 'Pular para o conteúdo',
    'nav.label': 'Menu principal',
    'nav.contacts': 'Contatos',
    'nav.permissions': 'Permissões',
    'nav.saas-users': 'Usuários SaaS',
    'nav.import': 'Importação',
    'nav.invitations': 'Convites',
    'nav.section': 'Administração',
    'nav.soon': 'Em breve',
    'page.contacts.lead':
      'As pessoas da sua empresa que usam o portal. O que você pode fazer com cada uma depende do seu perfil.',
    'page.permissions.lead':
      'O que cada perfil e cada pessoa pode fazer no portal, e quem aprova orçamentos e chamados.',
    'page.saas-users.lead':
      'Licenças dos seus produtos SaaS e os usuários SaaS que as ocupam. O que você pode fazer aqui depende do seu perfil.',
    'page.import.lead':
      'Vários contatos de uma vez a partir de uma planilha (CSV separado por ponto e vírgula). O que você pode fazer aqui depende do seu perfil.',
    'page.invitations.lead':
      'Convites enviados aos seus contatos e a situação de cada um. O que você pode fazer com cada um depende do seu perfil.',
    'nav.mailbox': 'Caixa de e-mails (demo)',
    'page.mailbox.lead':
      'Os e-mails que o backend da demonstração “enviou” (convite, ativação, boas-vindas), do mais novo ao mais antigo. Siga um link para abrir a página a que ele leva.',
    'nav.setup': 'Configure seu acesso',
    'page.setup.lead':
      'A página pública que o e-mail de convite abre (em produção ela fica fora do portal, para quem ainda não entrou).',
    'nav.activate': 'Ative sua conta',
    'page.activate.lead':
      'A página que o e-mail de ativação abre, depois de um cadastro com senha.',
    'mailbox.empty':
      'Nenhum e-mail ainda. Adicione um contato (o convite sai quando o contato é criado) ou envie um convite.',
    'mailbox.to': 'Para {email}',
    'mailbox.open': 'Abrir o link',
    'mailbox.kind.invitation': 'Convite',
    'mailbox.kind.activation': 'Ativação',
    'mailbox.kind.welcome': 'Boas-vindas',
    'mailbox.back': 'Voltar à caixa de e-mails',
    'coming.title': '{page}: disponível em uma próxima versão',
    'coming.body':
      'Esta parte do portal ainda não está disponível. As outras páginas já funcionam com os dados de demonstração.',
    'company.label': 'Empresa',
    'locale.label': 'Idioma',
    'view-as.label': 'Ver como',
    'view-as.option': '{role} — {name}',
    'view-as.banner':
      'Você está vendo o portal como {name} ({role}), do jeito que essa pessoa o vê.',
    'view-as.back': 'Voltar ao Administrador Geral',
    'user.menu': 'Conectado como {name}',
    loading: 'Preparando os dados de demonstração…',
    'load-error.title': 'Não foi possível iniciar a demonstração',
    'load-error.body': 'O backend embutido não carregou: {message}',
    'footer.note':
      'Demonstração: {count} contatos, salvos só neste navegador. Sem servidor, sem conta.',
    'footer.note-server': 'Demonstração: {count} contatos no servidor de referência em {server}.',
    'reset.button': 'Redefinir dados de demonstração',
    'reset.title': 'Redefinir os dados de demonstração?',
    'reset.body':
      'Todas as alterações feitas neste navegador — contatos, permissões, convites, licenças — serão descartadas e os dados originais da demonstração serão carregados novamente.',
    'reset.confirm': 'Redefinir',
    'reset.cancel': 'Cancelar',
    'reset.failed': 'Não foi possível apagar os dados salvos da demonstração: {message}',
  },
  es: {
    'brand.product': 'Portal del Cliente',
    'brand.vendor': 'Acme Sistemas',
    'doc.title': '{page} · Portal del Cliente — Acme Sistemas',
    skip: 'Saltar al contenido',
    'nav.label': 'Menú principal',
    'nav.contacts': 'Contactos',
    'nav.permissions': 'Permisos',
    'nav.saas-users': 'Usuarios SaaS',
    'nav.import': 'Importación',
    'nav.invitations': 'Invitaciones',
    'nav.section': 'Administración',
    'nav.soon': 'Pronto',
    'page.contacts.lead':
      'Las personas de su empresa que usan el portal. Lo que puede hacer con cada una depende de su rol.',
    'page.permissions.lead':
      'Lo que cada rol y cada persona puede hacer en el portal, y quién aprueba presupuestos y tickets.',
    'page.saas-users.lead':
      'Licencias de sus productos SaaS y los usuarios SaaS que las ocupan. Lo que puede hacer aquí depende de su rol.',
    'page.import.lead':
      'Muchos contactos a la vez desde una hoja de cálculo (CSV separado por punto y coma). Lo que puede hacer aquí depende de su rol.',
    'page.invitations.lead':
      'Invitaciones enviadas a sus contactos y el estado de cada una. Lo que puede hacer con cada una depende de su rol.',
    'nav.mailbox': 'Buzón de la demo',
    'page.mailbox.lead':
      'Los correos que el backend de la demo “envió” (invitación, activación, bienvenida), del más reciente al más antiguo. Sigue un enlace para abrir la página a la que lleva.',
    'nav.setup': 'Configura tu acceso',
    'page.setup.lead':
      'La página pública que abre el correo de invitación (en producción está fuera del portal, para quien aún no inició sesión).',
    'nav.activate': 'Activa tu cuenta',
    'page.activate.lead':
      'La página que abre el correo de activación, tras un registro con contraseña.',
    'mailbox.empty':
      'Aún no hay correos. Agrega un contacto (la invitación sale al crearlo) o envía una invitación.',
    'mailbox.to': 'Para {email}',
    'mailbox.open': 'Abrir el enlace',
    'mailbox.kind.invitation': 'Invitación',
    'mailbox.kind.activation': 'Activación',
    'mailbox.kind.welcome': 'Bienvenida',
    'mailbox.back': 'Volver al buzón',
    'coming.title': '{page}: disponible en una próxima versión',
    'coming.body':
      'Esta parte del portal todavía no está disponible. Las demás páginas ya funcionan con los datos de demostración.',
    'company.label': 'Empresa',
    'locale.label': 'Idioma',
    'view-as.label': 'Ver como',
    'view-as.option': '{role} — {name}',
    'view-as.banner': 'Está viendo el portal como {name} ({role}), tal como lo ve esta persona.',
    'view-as.back': 'Volver al Administrador general',
    'user.menu': 'Conectado como {name}',
    loading: 'Preparando los datos de demostración…',
    'load-error.title': 'No se pudo iniciar la demostración',
    'load-error.body': 'El backend integrado no se cargó: {message}',
    'footer.note':
      'Demostración: {count} contactos, guardados solo en este navegador. Sin servidor, sin cuenta.',
    'footer.note-server':
      'Demostración: {count} contactos en el servidor de referencia en {server}.',
    'reset.button': 'Restablecer datos de demostración',
    'reset.title': '¿Restablecer los datos de demostración?',
    'reset.body':
      'Todos los cambios hechos en este navegador — contactos, permisos, invitaciones, licencias — se descartan y se cargan de nuevo los datos originales de la demostración.',
    'reset.confirm': 'Restablecer',
    'reset.cancel': 'Cancelar',
    'reset.failed': 'No se pudieron borrar los datos guardados de la demostración: {message}',
  },
});

/** A key of {@link demoMessages}. */
export type DemoMessageKey = keyof (typeof demoMessages)['en'];
