export * from './contact.js';
export * from './records.js';
export * from './page.js';
export * from './policy.js';
