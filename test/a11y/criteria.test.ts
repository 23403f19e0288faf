/**
 * WCAG 2.2 criteria checked on every public tag of `custom-elements.json` (docs/accessibility.md cites
 * these tests): a tag that lands in the manifest is checked without a line written for it — it only
 * needs its conformance spec (`test/conformance/specs.ts`), which says how to make it ready.
 *
 * - 1.4.10 Reflow: at 320 CSS px wide (1280 px at 400 % zoom) the page does not scroll sideways.
 * - 2.5.8 Target Size (Minimum): every control in the ready state is at least 24 × 24 CSS px, in the
 *   comfortable and in the compact density.
 * - 2.3.3 Animation from Interactions (and 2.2.2 for the spinner): with `prefers-reduced-motion:
 *   reduce`, nothing in the element has a transition or an animation.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { controls, deep, name, ready, specs, tags, visible } from './support.js';

/** A control inside a sentence (an inline link) is exempt from 2.5.8. */
const inline = (element: Element) =>
  element.localName === 'a' && getComputedStyle(element).display === 'inline';

/** `element` as a test names it: tag, classes, accessible text, size. */
const label = (element: Element, rect: DOMRect): string =>
  `${name(element)} ${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`;

/** Distance from a point to the nearest point of a rectangle. */
function distance(x: number, y: number, rect: DOMRect): number {
  const dx = Math.max(rect.left - x, 0, x - rect.right);
  const dy = Math.max(rect.top - y, 0, y - rect.bottom);
  return Math.hypot(dx, dy);
}

/**
 * The controls of `el` that fail 2.5.8: under 24 × 24 CSS px and without the spacing exception (a
 * 24 px circle on the target's centre intersects another target, or another undersized target's
 * circle). A visually hidden input (1 px, its label is what a person presses) is not a target.
 */
function undersized(el: Element): string[] {
  const targets = deep(el.shadowRoot!)
    .filter((element) => element.matches(controls) && visible(element) && !inline(element))
    .map((element) => ({ element, rect: element.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 1 && rect.height > 1);
  const small = targets.filter(({ rect }) => rect.width < 23.5 || rect.height < 23.5);
  const centre = (rect: DOMRect) =>
    [rect.left + rect.width / 2, rect.top + rect.height / 2] as const;
  return small
    .filter(({ element, rect }) => {
      const [x, y] = centre(rect);
      const crowded = targets.some(
        (other) =>
          other.element !== element &&
          !other.element.contains(element) &&
          !element.contains(other.element) &&
          distance(x, y, other.rect) < 12,
      );
      const close = small.some((other) => {
        if (other.element === element) return false;
        const [ox, oy] = centre(other.rect);
        return Math.hypot(ox - x, oy - y) < 24;
      });
      return crowded || close;
    })
    .map(({ element, rect }) => label(element, rect));
}

describe('WCAG 2.2 on every tag of the manifest', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('finds the tags, each with a conformance spec', () => {
    expect(tags.length).to.be.at.least(5);
    for (const tag of tags) expect(specs.has(tag), `${tag} has a conformance spec`).to.equal(true);
  });

  for (const tag of tags) {
    const spec = () => specs.get(tag)!;

    describe(`<${tag}>`, () => {
      it('1.4.10 reflows at 320 CSS px: the page does not scroll sideways', async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await ready(spec());
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      });

      for (const density of ['comfortable', 'compact']) {
        it(`2.5.8 every control is at least 24 × 24 CSS px (${density})`, async () => {
          await setViewport({ width: 1280, height: 800 });
          const el = await ready(spec(), { attributes: { density } });
          expect(undersized(el), 'controls under 24 px without 24 px of spacing').to.deep.equal([]);
        });
      }

      it('2.3.3 with reduced motion nothing moves: no transition, no animation', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await ready(spec());
        const moving = deep(el.shadowRoot!)
          .filter((element) => {
            const style = getComputedStyle(element);
            const seconds = (value: string) =>
              Math.max(...value.split(',').map((v) => parseFloat(v)));
            return (
              (style.transitionDuration && seconds(style.transitionDuration) > 0) ||
              (style.animationName !== 'none' && seconds(style.animationDuration) > 0)
            );
          })
          .map(
            (element) =>
              element.localName + (element.className ? `.${String(element.className)}` : ''),
          );
        expect(moving).to.deep.equal([]);
        expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      });
    });
  }
});
