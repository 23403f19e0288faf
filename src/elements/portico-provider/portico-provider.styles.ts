import { css } from 'lit';
import { schemeRules } from '../internal/styles.js';

/** The provider takes no room; its `color-scheme` and `density` switches reach every element inside. */
export const providerStyles = [
  schemeRules,
  css`
    :host {
      display: contents;
    }
    .announcer {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  `,
];
