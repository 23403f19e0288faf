import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { invitationSettingsErrors, templateErrors } from '../../src/core/rules/index.js';
import { actors, dropTemplate, testServer, type TestServer } from './helpers.js';

after(dropTemplate);

/**
 * The invitation e-mail and settings writes refuse exactly what `<invite-status>`'s dialog marks
 * before saving: the server decides with `decideUpdateTemplate` / `decideUpdateSettings`, whose
 * checks are core's `templateErrors` and `invitationSettingsErrors`.
 */
const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });
type Refusal = { error?: { code?: string; fields?: { field: string; code: string }[] } };
const fieldsOf = (body: unknown) =>
  ((body as Refusal).error?.fields ?? []).map((field) => ({
    field: field.field,
    code: field.code,
  }));

describe('invitation e-mail and settings on the server', () => {
  let test: TestServer;
  before(async () => {
    test = await testServer();
  });
  after(() => test.close());

  it('refuses settings out of their limits with the fields core names, and keeps the settings', async () => {
    const current = await test.call(actors.generalAdmin, 'GET', '/invitation-settings');
    assert.equal(current.status, 200);
    const input = { validityDays: 91, resendCooldownSeconds: -1, autoSend: 'daily', locale: 'fr' };
    const refused = await test.call(actors.generalAdmin, 'PUT', '/invitation-settings', {
      body: input,
      headers: ifMatch(current.body as { version: number }),
    });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    const expected = invitationSettingsErrors(input).map(({ field, code }) => ({ field, code }));
    assert.equal(expected.length, 4);
    assert.deepEqual(fieldsOf(refused.body), expected);
    const after = await test.call(actors.generalAdmin, 'GET', '/invitation-settings');
    assert.deepEqual(after.body, current.body);

    const saved = await test.call(actors.generalAdmin, 'PUT', '/invitation-settings', {
      body: { validityDays: 45 },
      headers: ifMatch(current.body as { version: number }),
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal((saved.body as { validityDays: number }).validityDays, 45);
  });

  it('refuses an unknown placeholder in the template, naming the field', async () => {
    const current = await test.call(actors.generalAdmin, 'GET', '/invitation-template');
    assert.equal(current.status, 200, JSON.stringify(current.body));
    const input = { subject: 'Olá {nome}', body: 'Entre: {link}' };
    const refused = await test.call(actors.generalAdmin, 'PUT', '/invitation-template', {
      body: input,
      headers: ifMatch(current.body as { version: number }),
    });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.deepEqual(
      fieldsOf(refused.body),
      templateErrors(input).map(({ field, code }) => ({ field, code })),
    );
    assert.deepEqual(fieldsOf(refused.body), [{ field: 'subject', code: 'unknown-placeholder' }]);
  });

  it('refuses a system user’s settings write', async () => {
    const settings = await test.call(actors.systemUser, 'PUT', '/invitation-settings', {
      body: { validityDays: 10 },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(settings.status, 403, JSON.stringify(settings.body));
  });
});
