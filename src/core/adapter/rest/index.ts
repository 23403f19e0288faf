export { RestAdapter } from './rest-adapter.js';
export type { RestAdapterOptions } from './rest-adapter.js';
export { encodeListQuery, decodeListQuery } from './query.js';
export type { WireListQuery, DecodeListOptions } from './query.js';
export {
  adapterErrorKinds,
  errorBodySchema,
  fieldErrorSchema,
  statusByKind,
  kindForStatus,
  toErrorBody,
  formatEtag,
  parseEtag,
  parseRetryAfter,
} from './wire.js';
export type { ErrorBody } from './wire.js';
export * from './schemas.js';
