/**
 * Building blocks the public elements share: design tokens and control styles, the modal dialog and
 * toast controllers, and the parts a view is made of — field, badge, the "why is this disabled" tip,
 * the grid and its cells, the people picker, the result of a bulk act. Not part of the public API.
 */
export * from './styles.js';
export * from './dialog.js';
export * from './toast.js';
export * from './field.js';
export * from './badge.js';
export * from './tip.js';
export * from './grid.js';
export * from './picker.js';
export * from './bulk-result.js';
export * from './download.js';
