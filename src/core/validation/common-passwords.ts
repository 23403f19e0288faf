/**
 * A small blocklist of the passwords most often found in breach corpora (the public "most common
 * passwords" lists of recent years), plus frequent Brazilian and Spanish ones. Lower-case; compared
 * case-insensitively by {@link checkPassword}. Vendors with a larger list pass it in their own
 * `PasswordPolicy.blocklist`.
 *
 * @module
 */
export const commonPasswords: readonly string[] = Object.freeze([
  '123456', 'password', '123456789', '12345678', '12345', 'qwerty', '1234567', '111111', '1234567890',
  '123123', 'abc123', '1234', 'password1', 'iloveyou', '1q2w3e4r', '000000', 'qwerty123', 'zaq12wsx',
  'dragon', 'sunshine', 'princess', 'letmein', '654321', 'monkey', '27653', '1qaz2wsx', '123321',
  'qwertyuiop', 'superman', 'asdfghjkl', 'football', 'baseball', 'welcome', 'admin', 'admin123',
  'administrator', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'password123', 'password@123', 'welcome1',
  'welcome123', 'master', 'shadow', 'michael', 'jennifer', 'trustno1', 'hello123', 'charlie',
  'freedom', 'whatever', 'qazwsx', 'ashley', 'mustang', 'access', 'starwars', 'login', 'solo',
  'changeme', 'secret', 'default', 'guest', 'root', 'test123', 'test1234', 'qwe123', 'q1w2e3r4t5',
  '1q2w3e4r5t', '1q2w3e', 'a1b2c3d4', 'aa123456', 'abcd1234', 'abcdef', 'abc12345', '11111111',
  '88888888', '987654321', '12344321', '7777777', '123qwe', 'qwerty1', 'zxcvbnm', 'asdf1234',
  'iloveyou1', 'lovely', 'loveme', 'pokemon', 'batman', 'computer', 'internet', 'samsung',
  'google', 'senha', 'senha123', 'senha@123', 'mudar123', 'brasil', 'brasil123', 'flamengo',
  'corinthians', 'palmeiras', 'saopaulo', 'gremio', 'vasco', 'contraseña', 'contrasena',
  'contraseña123', 'password1234', 'qwertyuiop123', '123456789012345', '1234567890123456',
  'passwordpassword', 'aaaaaaaaaaaaaaa', 'qwertyuiopasdfg', 'iloveyouiloveyou',
]); // prettier-ignore
