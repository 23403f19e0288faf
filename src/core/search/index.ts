export { normalizeText, digitsOnly, searchTerms, matchesTerms } from './normalize.js';
export { TextIndex, fieldSeparator } from './text-index.js';
