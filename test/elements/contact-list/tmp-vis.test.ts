import { expect, nextFrame, aTimeout } from '@open-wc/testing';
describe('probe visibility', () => {
  it('reports visibility and frames', async () => {
    const states: string[] = [];
    for (let i = 0; i < 20; i++) {
      states.push(`${document.visibilityState}/${document.hasFocus()}`);
      await Promise.race([nextFrame(), aTimeout(500).then(() => states.push('NO-FRAME'))]);
      await aTimeout(100);
    }
    console.log(states.join(' '));
    expect(true).to.equal(true);
  });
});
