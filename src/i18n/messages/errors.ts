import { defineMessages } from '../catalogue.js';

/**
 * Words for `AdapterError`s:
 * - `error.<kind>` — the headline for each of the six kinds;
 * - `error.code.<code>` — a sentence for each stable code an adapter emits (the error's `code`, and the
 *   codes of its field errors that `field.<code>` in the validation messages does not cover). Engine
 *   refusals carry the engine's reason code (`last-admin`, `own-contact-only`…), worded here as what
 *   happened to the request.
 *
 * Look up `error.code.<code>` first and fall back to `error.<kind>`.
 */
export const errorMessages = defineMessages({
  en: {
    'error.validation': 'Some fields need attention.',
    'error.conflict': 'This record changed in the meantime.',
    'error.forbidden': 'You are not allowed to do this.',
    'error.not-found': 'This record no longer exists.',
    'error.network': 'The server could not be reached. Check your connection and try again.',
    'error.rate-limited': 'Too many requests. Please wait a moment and try again.',

    'error.code.stale-version':
      'Someone else changed this record. The current values were loaded; your changes are kept.',
    'error.code.invalid-transition':
      'This action does not apply to the record in its current status.',
    'error.code.invitation-pending':
      'This contact already has a valid invitation. Resend it instead.',
    'error.code.idempotency-key-reused': 'This request was already sent with different content.',
    'error.code.tickets-in-progress':
      'This contact has tickets in progress and cannot be deleted. Transfer the tickets first.',
    'error.code.seats-full':
      'Every licensed seat is in use. Deactivate a user or ask for more seats.',
    'error.code.target-not-active': 'Only an active contact can receive this.',
    'error.code.same-contact': 'Choose a different contact.',
    'error.code.self':
      'You cannot do this to your own contact. To step down, hand the administration over to someone else.',
    'error.code.already-admin': 'This contact is already a general admin.',
    'error.code.no-tickets': 'This contact has no tickets in progress to transfer.',
    'error.code.document-taken': 'This CPF is already used by another contact of this company.',
    'error.code.not-self-editable':
      'An administrator sets this information on your contact; ask one to change it.',
    'error.code.not-allowed': 'The request has a field that is not accepted.',
    'error.code.capabilities-fixed':
      'The permissions come with the portal: they can be arranged in roles, not added, removed or moved to another level.',
    'error.code.unknown-actor': 'Your session is no longer valid. Sign in again.',
    'error.code.inactive-actor': 'Your access is suspended or inactive.',
    'error.code.not-found': 'This record no longer exists.',
    'error.code.email-taken': 'This e-mail is already used by another contact of this company.',
    'error.code.email-immutable': 'The e-mail cannot be changed after the contact is created.',
    'error.code.email-format': 'Enter a valid e-mail address.',
    'error.code.unknown-role': 'This role does not exist in the permission policy.',
    'error.code.unknown-site': 'This site does not exist.',
    'error.code.unknown-capability': 'This permission does not exist in the permission policy.',
    'error.code.unknown-contact': 'This contact does not exist.',
    'error.code.approver-inactive': 'A suspended or inactive contact cannot be an approver.',
    'error.code.approver-lacks-capability':
      'This approver does not hold the permission to approve.',
    'error.code.role-in-use': 'This role is still assigned to contacts and cannot be removed.',
    'error.code.missing-placeholder': 'The message must contain {placeholder}.',
    'error.code.unknown-placeholder':
      'Unknown placeholder {placeholder}. Use {name}, {company} or {setupUrl}.',
    'error.code.invalid-cursor': 'The list changed shape. Reload it from the start.',
    'error.code.invalid-query': 'The search, filter or sort is not valid.',
    'error.code.invalid-input': 'Some fields need attention.',
    'error.code.invalid-value': 'A value is not accepted.',
    'error.code.invalid-type': 'A value has the wrong type.',
    'error.code.required': 'A required field is empty.',
    'error.code.too-long': 'A text is too long.',
    'error.code.too-short': 'A text is too short.',
    'error.code.bad-response': 'The server sent an answer that could not be read.',
    'error.code.server-error': 'The server failed to answer this request. Try again in a moment.',
    'error.code.timeout': 'The server did not answer in time. Try again.',
    'error.code.unauthenticated': 'Your session has ended. Sign in again.',
    'error.code.last-admin': 'The company must keep at least one general admin.',
    'error.code.own-role': 'You cannot change your own role.',
    'error.code.cannot-grant': 'Only a general admin can grant permissions.',
    'error.code.grant-not-held': 'You cannot grant a permission you do not hold.',
    'error.code.not-in-role': 'Your role does not allow this.',
    'error.code.own-contact-only': 'You can change only your own contact.',
    'error.code.not-granted': 'This permission has not been granted to you.',
    'error.code.not-granted-for-site': 'This permission has not been granted to you on this site.',
    'error.code.site-required': 'Choose a site first.',
  },
  'pt-BR': {
    'error.validation': 'Alguns campos precisam de atenção.',
    'error.conflict': 'Este registro foi alterado nesse meio-tempo.',
    'error.forbidden': 'Você não tem permissão para fazer isso.',
    'error.not-found': 'Este registro não existe mais.',
    'error.network':
      'Não foi possível falar com o servidor. Verifique sua conexão e tente de novo.',
    'error.rate-limited': 'Muitas solicitações. Aguarde um instante e tente de novo.',

    'error.code.stale-version':
      'Outra pessoa alterou este registro. Os valores atuais foram carregados; suas alterações foram mantidas.',
    'error.code.invalid-transition': 'Esta ação não se aplica ao registro na situação atual.',
    'error.code.invitation-pending': 'Este contato já tem um convite válido. Reenvie o convite.',
    'error.code.idempotency-key-reused': 'Esta solicitação já foi enviada com outro conteúdo.',
    'error.code.tickets-in-progress':
      'Este contato tem chamados em andamento e não pode ser excluído. Transfira os chamados antes.',
    'error.code.seats-full':
      'Todas as licenças contratadas estão em uso. Desative um usuário ou peça mais licenças.',
    'error.code.target-not-active': 'Somente um contato ativo pode receber isto.',
    'error.code.same-contact': 'Escolha outro contato.',
    'error.code.self':
      'Você não pode fazer isso com o seu próprio contato. Para deixar a função, transfira a administração para outra pessoa.',
    'error.code.already-admin': 'Este contato já é administrador geral.',
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
    'error.code.role-in-use':
      'Este perfil ainda está atribuído a contatos e não pode ser removido.',
    'error.code.missing-placeholder': 'A mensagem precisa conter {placeholder}.',
    'error.code.unknown-placeholder':
      'Marcador desconhecido {placeholder}. Use {name}, {company} ou {setupUrl}.',
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
    'error.code.last-admin': 'A empresa precisa manter pelo menos um administrador geral.',
    'error.code.own-role': 'Você não pode alterar o seu próprio perfil.',
    'error.code.cannot-grant': 'Somente um administrador geral pode conceder permissões.',
    'error.code.grant-not-held': 'Você não pode conceder uma permissão que não tem.',
    'error.code.not-in-role': 'O seu perfil não permite isso.',
    'error.code.own-contact-only': 'Você só pode alterar o seu próprio contato.',
    'error.code.not-granted': 'Esta permissão não foi concedida a você.',
    'error.code.not-granted-for-site': 'Esta permissão não foi concedida a você neste site.',
    'error.code.site-required': 'Escolha um site antes.',
  },
  es: {
    'error.validation': 'Algunos campos necesitan atención.',
    'error.conflict': 'Este registro cambió mientras tanto.',
    'error.forbidden': 'No tienes permiso para hacer esto.',
    'error.not-found': 'Este registro ya no existe.',
    'error.network':
      'No se pudo contactar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
    'error.rate-limited': 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.',

    'error.code.stale-version':
      'Otra persona cambió este registro. Se cargaron los valores actuales; tus cambios se conservan.',
    'error.code.invalid-transition': 'Esta acción no se aplica al registro en su estado actual.',
    'error.code.invitation-pending': 'Este contacto ya tiene una invitación válida. Reenvíala.',
    'error.code.idempotency-key-reused': 'Esta solicitud ya se envió con otro contenido.',
    'error.code.tickets-in-progress':
      'Este contacto tiene tickets en curso y no se puede eliminar. Transfiere los tickets primero.',
    'error.code.seats-full':
      'Todas las licencias contratadas están en uso. Desactiva un usuario o pide más licencias.',
    'error.code.target-not-active': 'Solo un contacto activo puede recibir esto.',
    'error.code.same-contact': 'Elige otro contacto.',
    'error.code.self':
      'No puedes hacer esto con tu propio contacto. Para dejar la función, transfiere la administración a otra persona.',
    'error.code.already-admin': 'Este contacto ya es administrador general.',
    'error.code.no-tickets': 'Este contacto no tiene tickets en curso para transferir.',
    'error.code.document-taken': 'Otro contacto de esta empresa ya usa este CPF.',
    'error.code.not-self-editable':
      'Un administrador define este dato de tu contacto; pídele que lo cambie.',
    'error.code.not-allowed': 'La solicitud tiene un campo que no se acepta.',
    'error.code.capabilities-fixed':
      'Los permisos vienen con el portal: se pueden organizar en roles, no añadir, quitar ni cambiar de nivel.',
    'error.code.unknown-actor': 'Tu sesión ya no es válida. Vuelve a iniciar sesión.',
    'error.code.inactive-actor': 'Tu acceso está suspendido o inactivo.',
    'error.code.not-found': 'Este registro ya no existe.',
    'error.code.email-taken': 'Otro contacto de esta empresa ya usa este correo electrónico.',
    'error.code.email-immutable': 'El correo electrónico no se puede cambiar después del registro.',
    'error.code.email-format': 'Introduce un correo electrónico válido.',
    'error.code.unknown-role': 'Este rol no existe en la política de permisos.',
    'error.code.unknown-site': 'Este sitio no existe.',
    'error.code.unknown-capability': 'Este permiso no existe en la política de permisos.',
    'error.code.unknown-contact': 'Este contacto no existe.',
    'error.code.approver-inactive': 'Un contacto suspendido o inactivo no puede ser aprobador.',
    'error.code.approver-lacks-capability': 'Este aprobador no tiene el permiso para aprobar.',
    'error.code.role-in-use': 'Este rol aún está asignado a contactos y no se puede eliminar.',
    'error.code.missing-placeholder': 'El mensaje debe contener {placeholder}.',
    'error.code.unknown-placeholder':
      'Marcador desconocido {placeholder}. Usa {name}, {company} o {setupUrl}.',
    'error.code.invalid-cursor': 'La lista cambió. Vuelve a cargarla desde el principio.',
    'error.code.invalid-query': 'La búsqueda, el filtro o el orden no es válido.',
    'error.code.invalid-input': 'Algunos campos necesitan atención.',
    'error.code.invalid-value': 'Un valor no es aceptado.',
    'error.code.invalid-type': 'Un valor tiene el tipo incorrecto.',
    'error.code.required': 'Un campo obligatorio está vacío.',
    'error.code.too-long': 'Un texto es demasiado largo.',
    'error.code.too-short': 'Un texto es demasiado corto.',
    'error.code.bad-response': 'El servidor envió una respuesta que no se pudo leer.',
    'error.code.server-error':
      'El servidor no pudo atender esta solicitud. Inténtalo de nuevo en un momento.',
    'error.code.timeout': 'El servidor no respondió a tiempo. Inténtalo de nuevo.',
    'error.code.unauthenticated': 'Tu sesión terminó. Vuelve a iniciar sesión.',
    'error.code.last-admin': 'La empresa debe conservar al menos un administrador general.',
    'error.code.own-role': 'No puedes cambiar tu propio rol.',
    'error.code.cannot-grant': 'Solo un administrador general puede conceder permisos.',
    'error.code.grant-not-held': 'No puedes conceder un permiso que no tienes.',
    'error.code.not-in-role': 'Tu rol no lo permite.',
    'error.code.own-contact-only': 'Solo puedes cambiar tu propio contacto.',
    'error.code.not-granted': 'Este permiso no se te ha concedido.',
    'error.code.not-granted-for-site': 'Este permiso no se te ha concedido en este sitio.',
    'error.code.site-required': 'Elige un sitio primero.',
  },
});
