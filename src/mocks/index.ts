export { createHandlers } from './handlers.js';
export type { MockApiOptions } from './handlers.js';
export { failNext, networkError, loseNextResponse, answerNext, stallNext } from './faults.js';
export type { FaultMatch, StallHandler } from './faults.js';
