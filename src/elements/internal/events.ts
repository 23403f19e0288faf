/**
 * Portico's event scheme: domain events are named `portico-<noun>-<verb>` (`portico-contact-saved`),
 * intents end in `-request` and are cancelable (`portico-contact-delete-request`): a host that calls
 * `preventDefault()` vetoes the act. Every event bubbles and crosses shadow roots (`composed`).
 */
export const eventPrefix = 'portico-';

/** Dispatches a Portico event from `host`; returns false when a listener cancelled it. */
export function emit<Detail>(
  host: EventTarget,
  name: `portico-${string}`,
  detail: Detail,
  options: { cancelable?: boolean } = {},
): boolean {
  return host.dispatchEvent(
    new CustomEvent<Detail>(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? name.endsWith('-request'),
    }),
  );
}
