import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routes as contract } from '../../src/mocks/routes.js';
import { routes } from '../src/routes/index.js';

/** `METHOD /path` with every path parameter written `:x` (msw's `:id` and OpenAPI's `{id}` alike). */
const key = (method: string, path: string) =>
  `${method.toUpperCase()} /${path.replace(/^\//, '').replace(/\{\w+\}|:\w+/g, ':x')}`;

describe('the route table', () => {
  it('serves every endpoint the msw handlers serve (the contract), and only /audit besides', () => {
    const served = new Set(routes.map((route) => key(route.method, route.path)));
    const expected = new Set(contract('http://contract.test').map((r) => key(r.method, r.path)));
    assert.deepEqual(
      [...expected].filter((endpoint) => !served.has(endpoint)),
      [],
      'endpoints of the contract the server does not serve',
    );
    assert.deepEqual(
      [...served].filter((endpoint) => !expected.has(endpoint)),
      ['GET /audit'],
    );
  });
});
