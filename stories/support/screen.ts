import { configure, within as withinShadow } from 'shadow-dom-testing-library';

/*
 * Queries for `play` functions: Testing Library's role, name and text queries, piercing shadow roots
 * (`findByShadowRole(canvas, 'button', { name: 'Save' })`). Stories find what a person finds, by role
 * and accessible name, never by private fields or internal class names, so they survive a
 * restructuring of an element's insides.
 *
 * A `find…` waits for its match; the wait is generous because a story may load 100,000 contacts
 * on a machine shared with other work. It bounds a wait, it measures nothing.
 */
configure({ asyncUtilTimeout: 15_000 });

/** Shadow-piercing queries bound to a story's canvas (or any element). */
export const within = withinShadow;

/** Resolves after the next animation frame. */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve()));

function shadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRoots(element.shadowRoot));
  }
  return found;
}

/**
 * Waits until the page is still: pending renders painted, and every finite CSS transition and
 * animation finished, in the document and in every shadow root. Storybook pauses animations before
 * its checks with a stylesheet in the document, which does not reach shadow roots; without this, axe
 * can measure a button halfway through a colour transition. Endless ones (spinners) are left alone.
 */
export async function settle(): Promise<void> {
  for (;;) {
    await nextFrame();
    await nextFrame();
    const running = [document, ...shadowRoots(document)]
      .flatMap((root) => root.getAnimations())
      .filter(
        (animation) =>
          animation.playState === 'running' &&
          animation.effect?.getComputedTiming().iterations !== Infinity,
      );
    if (running.length === 0) return;
    await Promise.allSettled(running.map((animation) => animation.finished));
  }
}
