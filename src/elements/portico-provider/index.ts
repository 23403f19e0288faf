export * from './portico-provider.js';
