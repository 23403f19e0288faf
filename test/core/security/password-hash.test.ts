import { expect } from '@open-wc/testing';
import {
  defaultPasswordHashIterations,
  hashPassword,
  isPasswordHash,
  passwordHashScheme,
  verifyPassword,
} from '../../../src/core/security/password-hash.js';
import {
  checkPassword,
  defaultPasswordPolicy,
  generatePassword,
  generatedPasswordLength,
  nistPasswordPolicy,
} from '../../../src/core/validation/index.js';
import { mulberry32 } from '../../../src/core/demo/random.js';

/** Seeded bytes, so a failing draw can be replayed. */
function seededBytes(seed: number) {
  const next = mulberry32(seed);
  return (bytes: Uint8Array<ArrayBuffer>) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
    return bytes;
  };
}

describe('hashPassword / verifyPassword', () => {
  it('hashes with PBKDF2-SHA-256 at OWASP’s cost by default, and verifies', async () => {
    const hash = await hashPassword('Portico#2026');
    const [scheme, iterations, salt, key] = hash.split('$');
    expect(scheme).to.equal(passwordHashScheme);
    expect(Number(iterations)).to.equal(defaultPasswordHashIterations);
    expect(salt!.length).to.be.at.least(21);
    expect(key!.length).to.equal(43);
    expect(hash).not.to.contain('Portico');
    expect(isPasswordHash(hash)).to.equal(true);
    expect(await verifyPassword('Portico#2026', hash)).to.equal(true);
    expect(await verifyPassword('portico#2026', hash)).to.equal(false);
  });

  it('salts each hash, so one password never hashes the same twice', async () => {
    const [a, b] = await Promise.all([
      hashPassword('Portico#2026', { iterations: 1_000 }),
      hashPassword('Portico#2026', { iterations: 1_000 }),
    ]);
    expect(a).not.to.equal(b);
    expect(await verifyPassword('Portico#2026', a)).to.equal(true);
    expect(await verifyPassword('Portico#2026', b)).to.equal(true);
  });

  it('matches a password typed in another Unicode normal form', async () => {
    const hash = await hashPassword('Senha#Çã2026', { iterations: 1_000 });
    expect(await verifyPassword('Senha#C\u0327a\u03032026', hash)).to.equal(true);
  });

  it('answers false, never throws, for anything that is not one of its hashes', async () => {
    for (const stored of [
      '',
      'Portico#2026',
      'md5$x$y$z',
      'pbkdf2-sha256$10$abc$def',
      'a$b$c$d$e',
    ]) {
      expect(isPasswordHash(stored), stored).to.equal(false);
      expect(await verifyPassword('Portico#2026', stored), stored).to.equal(false);
    }
  });
});

describe('generatePassword', () => {
  it('meets every rule of seed 000’s policy and of the NIST preset, for any draw', () => {
    for (const policy of [defaultPasswordPolicy, nistPasswordPolicy]) {
      for (let seed = 1; seed <= 200; seed++) {
        const context = { name: 'Ana Souza', email: 'ana.souza@horizonte.com.br' };
        const password = generatePassword(policy, seededBytes(seed), context);
        expect(password.length).to.equal(generatedPasswordLength(policy));
        expect(checkPassword(password, policy, context), password).to.deep.equal([]);
        expect(password).not.to.match(/[Il1O0]/);
      }
    }
  });

  it('draws different passwords from different randomness', () => {
    const drawn = new Set<string>();
    for (let seed = 1; seed <= 50; seed++) {
      drawn.add(generatePassword(defaultPasswordPolicy, seededBytes(seed)));
    }
    expect(drawn.size).to.equal(50);
  });

  it('refuses a policy no password can meet', () => {
    const impossible = { ...defaultPasswordPolicy, minLength: 2, maxLength: 2 };
    expect(() => generatePassword(impossible, seededBytes(1))).to.throw(RangeError);
  });
});
