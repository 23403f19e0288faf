export * from './contact-acts.js';
