import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, verifyPassword } from '../src/password.js';

describe('password hashing (scrypt)', () => {
  it('hashes with a fresh salt, never the password itself, and verifies only the right password', async () => {
    const password = 'Senha#Forte2026';
    const first = await hashPassword(password);
    const second = await hashPassword(password);
    assert.match(first, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    assert.notEqual(first, second, 'a fresh salt each time');
    assert.ok(!first.includes(password));
    assert.equal(await verifyPassword(password, first), true);
    assert.equal(await verifyPassword(password, second), true);
    assert.equal(await verifyPassword('Senha#Forte2027', first), false);
    assert.equal(await verifyPassword(password, 'plain-text'), false);
  });

  it('verifies a password written in another Unicode normal form', async () => {
    const composed = 'Conceição#1';
    assert.equal(
      await verifyPassword(composed.normalize('NFD'), await hashPassword(composed)),
      true,
    );
  });
});
