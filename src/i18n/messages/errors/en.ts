import { type Catalogue } from '../../catalogue.js';

/** The errors words in English (the source locale: its keys are the topic’s keys). */
export default {
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
  'error.code.no-seats':
    'Every licensed seat is in use. Deactivate a SaaS user or ask for more seats.',
  'error.code.saas-user-inactive': 'This SaaS user is inactive. Reactivate the SaaS user first.',
  'error.code.saas-user-active': 'This SaaS user is already active.',
  'error.code.target-not-active': 'Only an active contact can receive this.',
  'error.code.same-contact': 'Choose a different contact.',
  'error.code.self':
    'You cannot do this to your own contact. To step down, hand the administration over to someone else.',
  'error.code.already-admin': 'This contact is already a general admin.',
  'error.code.no-tickets': 'This contact has no tickets in progress to transfer.',
  'error.code.document-taken': 'This CPF is already used by another contact of this company.',
  'error.code.not-self-editable':
    'An admin sets this information on your contact; ask one to change it.',
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
  'error.code.approver-lacks-capability': 'This approver does not hold the permission to approve.',
  'error.code.role-in-use': 'This role is still assigned to contacts and cannot be removed.',
  'error.code.missing-placeholder': 'The message must contain {placeholder}.',
  'error.code.unknown-placeholder':
    'Unknown placeholder {placeholder}. Use {name}, {company}, {link} or {expiresAt}.',
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

  'error.code.no-backend':
    'The portal’s service was not found at its address, so nothing can be shown. Please tell the portal’s support team.',

  'error.unknown': 'Something went wrong.',
} satisfies Catalogue;
