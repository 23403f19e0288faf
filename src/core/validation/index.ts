/**
 * Validators: small pure modules, no Lit and no DOM (they run in Node, a Web Worker and the browser).
 * Each returns stable codes; the words are in `src/i18n/messages/validation.ts` (`field.<code>`,
 * `password.rule.<code>`).
 *
 * @module
 */
export {
  isValidCpf,
  checkCpf,
  formatCpf,
  generateCpf,
  type CpfCheck,
  type CpfCode,
} from './cpf.js';
export {
  validDdds,
  brazilCountryCode,
  e164MaxDigits,
  e164MinDigits,
  isValidDdd,
  isValidBrazilianNumber,
  normalizePhoneDigits,
  normalizePhone,
  checkPhone,
  formatPhone,
  phoneFromNational,
  generateBrazilianPhone,
} from './phone.js';
export { emailLimits, isValidEmail, normalizeEmail, emailKey, emailLocalPart } from './email.js';
export { commonEmailDomains, editDistance, suggestEmail } from './email-hints.js';
export {
  defaultPasswordPolicy,
  nistPasswordPolicy,
  personalInfoMinLength,
  checkPassword,
  passwordRules,
  type PasswordPolicy,
  type PasswordIssue,
  type PasswordIssueCode,
  type PasswordRule,
  type PasswordContext,
} from './password.js';
export {
  generatePassword,
  generatedPasswordLength,
  type RandomBytes,
} from './password-generator.js';
export { commonPasswords } from './common-passwords.js';
export { countryCodes, isCountryCode } from './countries.js';
export {
  contactLimits,
  validateContactInput,
  validateContactPatch,
  type ValidationResult,
  type ContactPatchBase,
} from './contact.js';
