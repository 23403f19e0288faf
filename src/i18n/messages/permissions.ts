import { defineMessages } from '../catalogue.js';

/**
 * Words of the permission engine: capability names (every capability of every preset), capability
 * groups, roles, the reason of every `Explanation` code, and `parsePolicy`'s field errors.
 *
 * Keys: `capability.<id>`, `capability-group.<group>`, `role.<id>`, `reason.<ReasonCode>`,
 * `policy-error.<PolicyErrorCode>`.
 *
 * Params of `reason.*` (pass display names, already localised, not ids):
 * - `{capability}` — the explanation's `missing`, or `subject` in grant checks;
 * - `{site}` — the explanation's `siteId`, or `via` (`site`) / `subject` (`not-granted-for-site`);
 * - `{role}` — the explanation's `via` (`role`) or `subject` (`unknown-role`).
 * Params of `policy-error.*`: `{field}` plus the field error's own `params`
 * (`{capability}`, `{role}`, `{expected}`, `{min}`, `{max}`, `{allowed}`).
 */
export const permissionMessages = defineMessages({
  en: {
    'capability.grant-permissions': 'Grants permissions to users',
    'capability.define-approvers': 'Defines budget approvers',
    'capability.enable-platforms': 'Enables use of platforms',
    'capability.open-tickets': 'Opens tickets',
    'capability.approve-budgets': 'Approves budgets',
    'capability.edit-contacts': 'Edits contacts',
    'capability.activate-contacts': 'Activates or deactivates contacts',
    'capability.download-public-files': 'Downloads public files (system updates)',
    'capability.download-private-files': 'Downloads private files',
    'capability.add-contacts': 'Adds contacts',
    'capability.delete-contacts': 'Deletes contacts',
    'capability.import-contacts': 'Imports contacts',
    'capability.transfer-tickets': 'Transfers tickets',
    'capability.manage-saas-users': 'Manages SaaS users',
    'capability.manage-invitations': 'Manages invitations',
    'capability.transfer-administration': 'Transfers the administration',
    'capability.self-service-portal': 'Self-service customer portal',
    'capability.corporate-education-manager': 'Corporate education manager (clients only)',
    'capability.corporate-education-manager-franchise':
      'Corporate education manager II (franchises only)',
    'capability.bpo-tickets-full': 'Full access to BPO tickets',
    'capability.tickets-restricted': 'Restricted access to tickets',
    'capability.cloud-control-centre': 'Cloud control centre',
    'capability.it-admins': 'IT admins',
    'capability.site-view': 'Views the site',
    'capability.site-comment': 'Comments on the site',
    'capability.site-edit': 'Edits the site',
    'capability.site-publish': 'Publishes the site',
    'capability.site-manage-users': "Manages the site's users",

    'capability-group.permissions': 'Permissions',
    'capability-group.tickets': 'Tickets and budgets',
    'capability-group.contacts': 'Contacts',
    'capability-group.files': 'Files',
    'capability-group.administration': 'Administration',
    'capability-group.access': 'Access permissions',
    'capability-group.sites': 'Sites',

    'role.general-admin': 'General admin',
    'role.registration-admin': 'Registration admin',
    'role.system-user': 'System user',

    'reason.ok': 'Allowed',
    'reason.role': 'Included in the role {role}',
    'reason.grant': 'Granted to this person',
    'reason.own-contact': 'Allowed on their own contact',
    'reason.site': 'Granted for site {site}',
    'reason.not-in-role': 'The role does not include “{capability}”',
    'reason.own-contact-only': 'You can edit only your own contact',
    'reason.not-granted': '“{capability}” must first be granted by a general admin',
    'reason.not-granted-for-site': 'Not granted for site {site}',
    'reason.site-required': 'Choose a site: “{capability}” is granted per site',
    'reason.unknown-capability': '“{capability}” is not a permission of this portal',
    'reason.inactive-actor': 'Suspended or inactive contacts cannot do anything',
    'reason.cannot-grant': 'Only a general admin can grant permissions',
    'reason.grant-not-held': 'You cannot grant “{capability}” because you do not hold it',
    'reason.own-role': 'You cannot change your own role',
    'reason.last-admin': 'The company must keep at least one general admin',
    'reason.unknown-role': '“{role}” is not a role of this portal',
    'reason.wrong-scope':
      '“{capability}” is granted at another level (per site or for the whole company)',
    'reason.capabilities-fixed':
      'The permissions themselves come with the portal: “{capability}” cannot be added, removed or moved to another level here',

    'policy-error.invalid-type': '{field}: expected {expected}',
    'policy-error.required': '{field} is required',
    'policy-error.too-short': '{field}: at least {min} required',
    'policy-error.too-long': '{field}: at most {max} allowed',
    'policy-error.not-allowed': '{field} is not part of a policy',
    'policy-error.invalid-value': (p) =>
      p.allowed === undefined
        ? `${p.field} is not valid`
        : `${p.field}: must be one of ${p.allowed}`,
    'policy-error.duplicate-capability': 'The permission “{capability}” is defined twice',
    'policy-error.duplicate-role': 'The role “{role}” is defined twice',
    'policy-error.duplicate-role-capability': '“{capability}” appears twice in the role “{role}”',
    'policy-error.unknown-capability': '“{capability}” is not a permission of this policy',
    'policy-error.site-capability-in-role':
      '“{capability}” is granted per site and cannot be part of the role “{role}”',
    'policy-error.unknown-role': '“{role}” is not a role of this policy',
    'policy-error.site-grant-capability':
      'The permission to grant permissions (“{capability}”) must apply to the whole company',
    'policy-error.admin-cannot-grant':
      'The role “{role}” must hold “{capability}” without conditions, or nobody could grant permissions',
  },
  'pt-BR': {
    'capability.grant-permissions': 'Concede permissões aos usuários',
    'capability.define-approvers': 'Define aprovadores de orçamentos',
    'capability.enable-platforms': 'Libera o uso para plataformas',
    'capability.open-tickets': 'Abre chamados',
    'capability.approve-budgets': 'Aprova orçamentos',
    'capability.edit-contacts': 'Edita contatos',
    'capability.activate-contacts': 'Ativa ou inativa contatos',
    'capability.download-public-files':
      'Pode fazer o download de arquivos públicos (atualização do Sistema)',
    'capability.download-private-files': 'Pode fazer o download de arquivos privados',
    'capability.add-contacts': 'Adiciona contatos',
    'capability.delete-contacts': 'Exclui contatos',
    'capability.import-contacts': 'Importa contatos',
    'capability.transfer-tickets': 'Transfere chamados',
    'capability.manage-saas-users': 'Gerencia usuários SaaS',
    'capability.manage-invitations': 'Gerencia convites',
    'capability.transfer-administration': 'Transfere a administração',
    'capability.self-service-portal': 'Portal de Clientes Autoatendimento',
    'capability.corporate-education-manager':
      'Gestor Educação Corporativa (exclusivo para clientes)',
    'capability.corporate-education-manager-franchise':
      'Gestor Educação Corporativa II (exclusivo para franquias)',
    'capability.bpo-tickets-full': 'Acesso completo a chamados BPO',
    'capability.tickets-restricted': 'Restringir acesso aos chamados',
    'capability.cloud-control-centre': 'Centro de Controle Cloud',
    'capability.it-admins': 'Administradores de TI',
    'capability.site-view': 'Visualiza o site',
    'capability.site-comment': 'Comenta no site',
    'capability.site-edit': 'Edita o site',
    'capability.site-publish': 'Publica o site',
    'capability.site-manage-users': 'Gerencia os usuários do site',

    'capability-group.permissions': 'Permissões',
    'capability-group.tickets': 'Chamados e orçamentos',
    'capability-group.contacts': 'Contatos',
    'capability-group.files': 'Arquivos',
    'capability-group.administration': 'Administração',
    'capability-group.access': 'Permissões de acesso',
    'capability-group.sites': 'Sites e permissões',

    'role.general-admin': 'Administrador Geral',
    'role.registration-admin': 'Administrador de Cadastros',
    'role.system-user': 'Usuário do Sistema',

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
      p.allowed === undefined
        ? `${p.field} não é válido`
        : `${p.field}: deve ser um de ${p.allowed}`,
    'policy-error.duplicate-capability': 'A permissão “{capability}” está definida duas vezes',
    'policy-error.duplicate-role': 'O perfil “{role}” está definido duas vezes',
    'policy-error.duplicate-role-capability':
      '“{capability}” aparece duas vezes no perfil “{role}”',
    'policy-error.unknown-capability': '“{capability}” não é uma permissão desta política',
    'policy-error.site-capability-in-role':
      '“{capability}” é concedida por site e não pode fazer parte do perfil “{role}”',
    'policy-error.unknown-role': '“{role}” não é um perfil desta política',
    'policy-error.site-grant-capability':
      'A permissão de conceder permissões (“{capability}”) deve valer para toda a empresa',
    'policy-error.admin-cannot-grant':
      'O perfil “{role}” precisa ter “{capability}” sem condições, senão ninguém poderia conceder permissões',
  },
  es: {
    'capability.grant-permissions': 'Concede permisos a los usuarios',
    'capability.define-approvers': 'Define aprobadores de presupuestos',
    'capability.enable-platforms': 'Habilita el uso de plataformas',
    'capability.open-tickets': 'Abre tickets',
    'capability.approve-budgets': 'Aprueba presupuestos',
    'capability.edit-contacts': 'Edita contactos',
    'capability.activate-contacts': 'Activa o inactiva contactos',
    'capability.download-public-files': 'Descarga archivos públicos (actualizaciones del sistema)',
    'capability.download-private-files': 'Descarga archivos privados',
    'capability.add-contacts': 'Agrega contactos',
    'capability.delete-contacts': 'Elimina contactos',
    'capability.import-contacts': 'Importa contactos',
    'capability.transfer-tickets': 'Transfiere tickets',
    'capability.manage-saas-users': 'Gestiona usuarios SaaS',
    'capability.manage-invitations': 'Gestiona invitaciones',
    'capability.transfer-administration': 'Transfiere la administración',
    'capability.self-service-portal': 'Portal de clientes de autoservicio',
    'capability.corporate-education-manager':
      'Gestor de educación corporativa (exclusivo para clientes)',
    'capability.corporate-education-manager-franchise':
      'Gestor de educación corporativa II (exclusivo para franquicias)',
    'capability.bpo-tickets-full': 'Acceso completo a tickets BPO',
    'capability.tickets-restricted': 'Acceso restringido a tickets',
    'capability.cloud-control-centre': 'Centro de control cloud',
    'capability.it-admins': 'Administradores de TI',
    'capability.site-view': 'Ve el sitio',
    'capability.site-comment': 'Comenta en el sitio',
    'capability.site-edit': 'Edita el sitio',
    'capability.site-publish': 'Publica el sitio',
    'capability.site-manage-users': 'Gestiona los usuarios del sitio',

    'capability-group.permissions': 'Permisos',
    'capability-group.tickets': 'Tickets y presupuestos',
    'capability-group.contacts': 'Contactos',
    'capability-group.files': 'Archivos',
    'capability-group.administration': 'Administración',
    'capability-group.access': 'Permisos de acceso',
    'capability-group.sites': 'Sitios',

    'role.general-admin': 'Administrador general',
    'role.registration-admin': 'Administrador de registros',
    'role.system-user': 'Usuario del sistema',

    'reason.ok': 'Permitido',
    'reason.role': 'Incluido en el rol {role}',
    'reason.grant': 'Concedido individualmente a esta persona',
    'reason.own-contact': 'Permitido en su propio contacto',
    'reason.site': 'Concedido para el sitio {site}',
    'reason.not-in-role': 'El rol no incluye «{capability}»',
    'reason.own-contact-only': 'Solo puede editar su propio contacto',
    'reason.not-granted': '«{capability}» debe ser concedido primero por un administrador general',
    'reason.not-granted-for-site': 'No concedido para el sitio {site}',
    'reason.site-required': 'Elija un sitio: «{capability}» se concede por sitio',
    'reason.unknown-capability': '«{capability}» no es un permiso de este portal',
    'reason.inactive-actor': 'Los contactos suspendidos o inactivos no pueden hacer nada',
    'reason.cannot-grant': 'Solo un administrador general puede conceder permisos',
    'reason.grant-not-held': 'No puede conceder «{capability}» porque no tiene ese permiso',
    'reason.own-role': 'No puede cambiar su propio rol',
    'reason.last-admin': 'La empresa debe conservar al menos un administrador general',
    'reason.unknown-role': '«{role}» no es un rol de este portal',
    'reason.wrong-scope':
      '«{capability}» se concede en otro nivel (por sitio o para toda la empresa)',
    'reason.capabilities-fixed':
      'Los permisos vienen con el portal: «{capability}» no se puede añadir, quitar ni cambiar de nivel aquí',

    'policy-error.invalid-type': '{field}: se esperaba {expected}',
    'policy-error.required': '{field} es obligatorio',
    'policy-error.too-short': '{field}: se requiere al menos {min}',
    'policy-error.too-long': '{field}: se permite como máximo {max}',
    'policy-error.not-allowed': '{field} no forma parte de una política',
    'policy-error.invalid-value': (p) =>
      p.allowed === undefined
        ? `${p.field} no es válido`
        : `${p.field}: debe ser uno de ${p.allowed}`,
    'policy-error.duplicate-capability': 'El permiso «{capability}» está definido dos veces',
    'policy-error.duplicate-role': 'El rol «{role}» está definido dos veces',
    'policy-error.duplicate-role-capability': '«{capability}» aparece dos veces en el rol «{role}»',
    'policy-error.unknown-capability': '«{capability}» no es un permiso de esta política',
    'policy-error.site-capability-in-role':
      '«{capability}» se concede por sitio y no puede formar parte del rol «{role}»',
    'policy-error.unknown-role': '«{role}» no es un rol de esta política',
    'policy-error.site-grant-capability':
      'El permiso para conceder permisos («{capability}») debe aplicarse a toda la empresa',
    'policy-error.admin-cannot-grant':
      'El rol «{role}» debe tener «{capability}» sin condiciones; de lo contrario nadie podría conceder permisos',
  },
});

/** Every key of {@link permissionMessages}. */
export type PermissionMessageKey = keyof (typeof permissionMessages)['en'];
