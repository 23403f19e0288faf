/**
 * The requirements of `docs/rest-api.md` the conformance command proves, each with the words of the
 * contract. `MUST n` are the numbered items of "What your backend MUST enforce"; the others are the
 * MUSTs of the sections on conventions, errors and lists. Every check names the requirements it proves.
 */
export interface Requirement {
  id: string;
  section: string;
  text: string;
}

export const requirements: Requirement[] = [
  {
    id: 'MUST 1',
    section: 'Identity and tenancy',
    text: 'Authenticate every request; 401 otherwise.',
  },
  {
    id: 'MUST 2',
    section: 'Identity and tenancy',
    text: "The company comes from the session; another company's ids answer 404; searches, totals and cursors never reveal another company; POST /session/company switches only to a company the session serves.",
  },
  {
    id: 'MUST 3',
    section: 'The role table',
    text: 'The capability of the signed-in person is checked for every write; refusals are 403 with the engine’s reason code.',
  },
  {
    id: 'MUST 4',
    section: 'No escalation',
    text: 'Nobody grants a capability or role they do not hold; changing access needs grant-permissions.',
  },
  { id: 'MUST 5', section: 'No escalation', text: 'Nobody changes their own role (own-role).' },
  {
    id: 'MUST 6',
    section: 'No escalation',
    text: 'A company never has zero general admins: the last one can be neither demoted, suspended, inactivated nor deleted (last-admin).',
  },
  {
    id: 'MUST 7',
    section: 'No escalation',
    text: 'A new contact starts in the default role; creating it needs each of that role’s capabilities held (grant-not-held); another role, grants or sites go through rule 4.',
  },
  {
    id: 'MUST 8',
    section: 'No escalation',
    text: 'PUT /policy needs the grant capability (cannot-grant) and each changed role-table cell’s capability held outright (grant-not-held, params.capability, params.role); capabilities stay fixed (capabilities-fixed); the admin role keeps the grant capability (admin-cannot-grant).',
  },
  {
    id: 'MUST 9',
    section: 'Contacts',
    text: 'The e-mail is immutable: a PATCH with email is 422 email-immutable and changes nothing.',
  },
  {
    id: 'MUST 10',
    section: 'Contacts',
    text: 'The e-mail is unique per company (case-insensitive, trimmed): 422 email-taken.',
  },
  {
    id: 'MUST 11',
    section: 'Contacts',
    text: 'Deleting is refused while the contact has tickets in progress (403 tickets-in-progress).',
  },
  {
    id: 'MUST 12',
    section: 'Contacts',
    text: 'Lifecycle transitions only from sensible states: 409 invalid-transition.',
  },
  {
    id: 'MUST 13',
    section: 'Contacts',
    text: 'Nobody deletes, suspends or inactivates their own contact, nor hands administration to themselves (403 self).',
  },
  {
    id: 'MUST 14',
    section: 'Contacts',
    text: 'Someone who edits only their own contact changes only the self-editable fields: any other field changed is 403 not-self-editable, one fields entry each; a field sent unchanged is no change.',
  },
  {
    id: 'MUST 15',
    section: 'Versions and idempotency',
    text: 'Every write to a versioned record checks If-Match atomically: stale → 409 stale-version with current, nothing written; missing → 428.',
  },
  {
    id: 'MUST 16',
    section: 'Versions and idempotency',
    text: 'Creates honour Idempotency-Key: the same key never makes a second record.',
  },
  {
    id: 'MUST 17-20',
    section: 'Validation',
    text: 'All-or-nothing validation: every bad field (CPF, phone, e-mail, password) in one 422, nothing written.',
  },
  {
    id: 'MUST 21',
    section: 'Seats',
    text: 'A SaaS user is created or reactivated only while used < licensed (409 no-seats, nothing written).',
  },
  {
    id: 'MUST 22',
    section: 'Policy',
    text: 'PUT /policy must be a valid policy and may not remove a role still held (role-in-use).',
  },
  {
    id: 'MUST 23',
    section: 'Approvers',
    text: 'Budget approvers hold approve-budgets, ticket approvers open-tickets, and can act.',
  },
  {
    id: 'MUST 24',
    section: 'Transfers',
    text: 'Administration only to an active contact, never to oneself; tickets never to the same contact.',
  },
  {
    id: 'MUST 25',
    section: 'Imports',
    text: 'Only who may import imports: anyone else’s batch is 403 and writes nothing, a replayed key included; more than 500 rows is 422 too-long.',
  },
  {
    id: 'MUST 26',
    section: 'Imports',
    text: 'Each row goes through the checks of a single create or edit and is answered on its own (created, updated, skipped, error with every field); a refused row never stops the others; an update never changes the e-mail.',
  },
  {
    id: 'MUST 27',
    section: 'Imports',
    text: 'A batch’s Idempotency-Key is honoured: the same key and body answers the first answer and writes nothing twice; another body is 409 idempotency-key-reused.',
  },
  {
    id: 'MUST 28',
    section: 'Invitations',
    text: 'Opening a setup link (GET /invitation-links/{token}) changes nothing.',
  },
  {
    id: 'MUST 29',
    section: 'Invitations',
    text: 'A revoked, used, superseded or expired link is refused (409 invitation-<status>) and writes nothing.',
  },
  {
    id: 'MUST 30',
    section: 'Invitations',
    text: 'A contact holds at most one usable invitation: another send is 409 invitation-pending.',
  },
  {
    id: 'MUST 31',
    section: 'Invitations',
    text: 'Resending issues a new link; the earlier one stops working (invitation-superseded).',
  },
  {
    id: 'VERSIONS',
    section: 'Conventions',
    text: 'Reads of a single versioned record answer ETag: "<version>"; so do writes that return a record.',
  },
  {
    id: 'ERRORS',
    section: 'Errors',
    text: 'Every non-2xx answer carries { error: { code, … } } and the status decides the kind.',
  },
  {
    id: 'LISTS paging',
    section: 'Lists',
    text: 'Paging visits each matching record exactly once; total counts every match; nextCursor is null on the last page.',
  },
  {
    id: 'LISTS query',
    section: 'Lists',
    text: 'A malformed query is 400 invalid-query naming each bad parameter; a cursor the server did not issue is 400 invalid-cursor.',
  },
  {
    id: 'LISTS search',
    section: 'Lists',
    text: 'Search is accent- and case-insensitive; for contacts it matches name, e-mail, CPF digits and phone digits.',
  },
  {
    id: 'LISTS sort',
    section: 'Lists',
    text: 'Sort is stable (ties broken by id) and names sort by the locale’s collation.',
  },
  {
    id: 'LISTS filter',
    section: 'Lists',
    text: 'A filter key repeated means "any of"; different keys combine with "and".',
  },
  {
    id: 'SHAPES',
    section: 'OpenAPI',
    text: 'Every answer has the shape docs/openapi.json gives for its operation and status.',
  },
];

export const requirementIds = new Set(requirements.map((r) => r.id));

/**
 * The numbered MUSTs of `docs/rest-api.md` no check proves yet: the report names them, so a vendor
 * knows to test them on their own. Together with `requirements`, every number of the docs' list.
 */
export const unproven: Requirement[] = [];
