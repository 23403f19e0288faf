export * from './locales.js';
export * from './catalogue.js';
export * from './locale-controller.js';
export * from './explain.js';
