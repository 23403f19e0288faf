import { waitFor } from 'storybook/test';
import { nextFrame } from '../support/screen.js';

/** Every element below `root`, through shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/**
 * Waits until every Portico element under `root` has rendered and shows no spinner (a loading
 * state), whatever its tag: the kit's pages show every element, including ones written after them.
 */
export async function elementsAtRest(root: HTMLElement): Promise<void> {
  const elements = deepElements(root).filter(
    (element): element is HTMLElement & { updateComplete?: Promise<unknown> } =>
      element.localName.includes('-') && element.shadowRoot !== null,
  );
  await Promise.all(elements.map(async (element) => element.updateComplete));
  await waitFor(
    () => {
      const rendered = elements.every(
        (element) =>
          element.shadowRoot!.childElementCount > 0 || element.localName === 'portico-provider',
      );
      const loading = deepElements(root).some((element) => element.classList.contains('spinner'));
      if (!rendered || loading) throw new Error('Still loading');
    },
    { timeout: 15_000 },
  );
  await nextFrame();
}
