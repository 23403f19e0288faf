/**
 * What the accessibility tests over every public tag share (`criteria.test.ts`, `forced-colors.test.ts`):
 * the tags of `custom-elements.json` and each one's conformance spec, the controls a person can reach,
 * a walk through open shadow roots, and an element made ready in a page.
 */
import { fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { elementsOf, type RawManifest } from '../../scripts/kit/elements.js';
import type { ConformanceSpec, ElementState } from '../conformance/suite.js';
import * as specModule from '../conformance/specs.js';
import { until } from '../helpers/dom.js';

/** Each tag's conformance spec (`test/conformance/specs.ts`), which says how to make it ready. */
export const specs = new Map<string, ConformanceSpec<LitElement>>(
  (Object.values(specModule) as unknown[])
    .filter(
      (value): value is ConformanceSpec<LitElement> =>
        typeof value === 'object' && value !== null && 'tag' in value && 'create' in value,
    )
    .map((spec) => [spec.tag, spec]),
);

// The manifest as the package ships it (served from the repository root by the test runner).
const manifest = (await (await fetch('/custom-elements.json')).json()) as RawManifest;

/** Every public tag of the manifest: a tag that lands there is checked without a line written for it. */
export const tags = elementsOf(manifest).map((element) => element.tag);

/** What a person can press, pick or type into. */
export const controls =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="checkbox"], [role="menuitem"], [role="menuitemradio"], [role="tab"], [role="switch"], [role="option"], [tabindex]:not([tabindex="-1"])';

/** Every element under `root`, through open shadow roots. */
export function deep(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deep(element.shadowRoot));
  }
  return found;
}

/** Drawn on the page: more than a pixel each way, and not hidden (a visually hidden input is not). */
export const visible = (element: Element): boolean => {
  const rect = element.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1 && getComputedStyle(element).visibility !== 'hidden';
};

/** `element` as a failing test names it: tag, classes and accessible text. */
export function name(element: Element): string {
  const classes = element.className ? `.${String(element.className).split(' ').join('.')}` : '';
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 40);
  return `${element.localName}${classes} "${text}"`;
}

/**
 * `spec`'s element in the page (in English, inside a host of `width` when given, else as wide as the
 * page), with `attributes` set, once it is ready and its animations have finished.
 */
export async function ready(
  spec: ConformanceSpec<LitElement>,
  options: { attributes?: Record<string, string>; width?: string } = {},
): Promise<LitElement> {
  const el = spec.create(spec.adapter());
  // As wide as its host (a spec may pin a width for its own layout checks).
  el.style.removeProperty('width');
  for (const [attribute, value] of Object.entries(options.attributes ?? {}))
    el.setAttribute(attribute, value);
  const host = fixtureSync<HTMLElement>(html`<div lang="en"></div>`);
  if (options.width) host.style.width = options.width;
  host.append(el);
  await until(el, () => spec.state(el) === ('ready' satisfies ElementState));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await Promise.all(el.shadowRoot?.getAnimations().map((a) => a.finished) ?? []);
  return el;
}
