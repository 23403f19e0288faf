/**
 * Forced colours (Windows high contrast) on every public tag of `custom-elements.json`: the system
 * palette replaces the author's colours and backgrounds and shadows no longer draw edges, so what a
 * state is drawn with must survive — docs/accessibility.md cites these tests.
 *
 * - Every control, focused from the keyboard, shows an outline (a visible, system-coloured ring).
 * - A disabled control reads GrayText and keeps an edge; an enabled button keeps its border.
 * - A selected / pressed / current item differs from its unselected peers by more than a background.
 * - A badge keeps its border and its tone mark.
 *
 * The page emulates `forced-colors: active` through Chrome's DevTools protocol (the
 * `emulate-media-features` command of web-test-runner.config.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { ConformanceSpec } from '../conformance/suite.js';
import { controls, deep, name, ready as readyIn, specs, tags, visible } from './support.js';

/** A system colour as this page's forced palette resolves it. */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const px = (value: string) => parseFloat(value) || 0;

/** Draws a line on at least one side (a border or an outline that is not `none` nor transparent). */
function hasEdge(style: CSSStyleDeclaration): boolean {
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  const border = sides.some(
    (side) =>
      style.getPropertyValue(`border-${side}-style`) !== 'none' &&
      px(style.getPropertyValue(`border-${side}-width`)) >= 1 &&
      !/rgba\(.*,\s*0\)$|transparent/.test(style.getPropertyValue(`border-${side}-color`)),
  );
  const outline = style.outlineStyle !== 'none' && px(style.outlineWidth) >= 1;
  return border || outline;
}

/** What draws an item apart from its peers once backgrounds are gone. */
function look(element: Element): string {
  const style = getComputedStyle(element);
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  return JSON.stringify([
    style.color,
    style.backgroundColor,
    style.fontWeight,
    style.textDecorationLine,
    style.outlineStyle,
    style.outlineColor,
    ...sides.map((side) =>
      style.getPropertyValue(`border-${side}-style`) === 'none'
        ? 'none'
        : `${style.getPropertyValue(`border-${side}-width`)} ${style.getPropertyValue(`border-${side}-color`)}`,
    ),
  ]);
}

/** The element ready in a page wide enough for its widest layout. */
const ready = (spec: ConformanceSpec<LitElement>) => readyIn(spec, { width: '1200px' });

describe('forced colours (Windows high contrast) on every tag of the manifest', () => {
  before(async () => {
    await executeServerCommand('emulate-media-features', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
  });
  after(async () => {
    await executeServerCommand('emulate-media-features', { features: [] });
  });

  it('the page is in forced colours', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(tags.length).to.be.greaterThan(5);
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      const spec = () => {
        const found = specs.get(tag);
        if (!found) throw new Error(`<${tag}> has no conformance spec`);
        return found;
      };

      it('shows a system-coloured outline on every control focused from the keyboard', async () => {
        const el = await ready(spec());
        // Keyboard modality: a focus moved from script now shows as :focus-visible.
        await sendKeys({ press: 'Shift' });
        const missing: string[] = [];
        let checked = 0;
        for (const control of deep(el.shadowRoot!)) {
          if (!control.matches(controls) || !visible(control)) continue;
          if (control.matches('[disabled], [aria-disabled="true"]')) continue;
          (control as HTMLElement).focus();
          if (!control.matches(':focus-visible')) continue;
          checked++;
          const style = getComputedStyle(control);
          if (style.outlineStyle === 'none' || px(style.outlineWidth) < 2) {
            missing.push(`${name(control)}: outline ${style.outline}`);
          }
        }
        // Only an element with controls (the provider draws none of its own).
        const any = deep(el.shadowRoot!).some((c) => c.matches(controls) && visible(c));
        expect(checked > 0, 'controls focused').to.equal(any);
        expect(missing).to.deep.equal([]);
      });

      it('draws disabled controls in GrayText, and every button keeps an edge', async () => {
        const el = await ready(spec());
        const grey = systemColor('GrayText');
        const wrong: string[] = [];
        for (const control of deep(el.shadowRoot!)) {
          if (!control.matches('button, [role="button"], input, select, textarea')) continue;
          if (!visible(control) || control.matches('input[type="checkbox"], input[type="radio"]'))
            continue;
          const style = getComputedStyle(control);
          const disabled = control.matches(':disabled, [aria-disabled="true"]');
          if (disabled && style.color !== grey)
            wrong.push(`${name(control)} disabled: color ${style.color}, not GrayText ${grey}`);
          if (!hasEdge(style) && control.matches('.btn, .icon-btn, input, select, textarea'))
            wrong.push(`${name(control)}: no border in forced colours`);
        }
        expect(wrong).to.deep.equal([]);
      });

      it('tells a selected, pressed or current item from its peers by more than a background', async () => {
        const el = await ready(spec());
        const states = ['aria-selected', 'aria-pressed', 'aria-current', 'aria-checked'];
        const same: string[] = [];
        for (const item of deep(el.shadowRoot!)) {
          for (const state of states) {
            const value = item.getAttribute(state);
            if (!value || value === 'false' || !visible(item)) continue;
            // Native checkboxes draw their own mark; an ARIA one must draw it.
            if (item.matches('input')) continue;
            const role = item.getAttribute('role');
            const peers = [...(item.parentElement?.children ?? [])].filter(
              (peer) =>
                peer !== item &&
                peer.getAttribute('role') === role &&
                (peer.getAttribute(state) ?? 'false') === 'false' &&
                visible(peer),
            );
            if (!peers.length) continue;
            if (look(peers[0]!) === look(item)) same.push(`${name(item)} [${state}=${value}]`);
          }
        }
        expect(same).to.deep.equal([]);
      });

      it('keeps every badge’s border and its tone mark', async () => {
        const el = await ready(spec());
        const wrong: string[] = [];
        for (const badge of deep(el.shadowRoot!).filter((e) => e.matches('.badge'))) {
          if (!visible(badge)) continue;
          if (!hasEdge(getComputedStyle(badge))) wrong.push(`${name(badge)}: no border`);
          const mark = getComputedStyle(badge, '::before');
          const drawn =
            px(mark.width) >= 2 &&
            px(mark.height) >= 2 &&
            (!/rgba\(.*,\s*0\)$|transparent/.test(mark.backgroundColor) ||
              px(mark.borderTopWidth) >= 1);
          if (mark.content !== 'none' && !drawn) wrong.push(`${name(badge)}: tone mark not drawn`);
        }
        expect(wrong).to.deep.equal([]);
      });
    });
  }
});
