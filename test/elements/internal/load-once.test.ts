import { expect } from '@open-wc/testing';
import { loadOnce } from '../../../src/elements/internal/load-once.js';

describe('loadOnce', () => {
  it('loads once for every caller, and again after a load that failed', async () => {
    let calls = 0;
    let fail = true;
    const load = loadOnce(() => {
      calls++;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve({ loaded: calls });
    });
    let refused: unknown;
    await load().catch((error: unknown) => (refused = error));
    expect((refused as Error).message).to.equal('offline');
    fail = false;
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).to.equal(second);
    expect(await load()).to.equal(first);
    expect(calls).to.equal(2);
  });
});
