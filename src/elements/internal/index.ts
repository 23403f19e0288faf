/**
 * Building blocks the public elements share: design tokens and control styles, the modal dialog and
 * toast controllers, field and badge templates, and the event helper. Not part of the public API.
 */
export * from './styles.js';
export * from './dialog.js';
export * from './toast.js';
export * from './field.js';
export * from './badge.js';
export * from './events.js';
