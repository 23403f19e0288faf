import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the keeper knows of the control that lost focus, for the element to choose where it goes. */
export interface LostFocus {
  /** The control, now out of the page or disabled. */
  control: HTMLElement;
  /** The `data-id` of the nearest ancestor that had one when it was focused (its row). */
  row: string | undefined;
}

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Keeps keyboard focus in an element when a render takes the focused control away — an act's button
 * that went with the change it made, a bar that went with the selection, a button disabled by its own
 * press, a toast's close button, the button of a dialog that closed when the control that opened it is
 * gone — and the page drops focus to its `<body>`: focus goes where the element says is the next
 * logical place (WAI-ARIA APG). It is the element's one fallback: a `DialogController` gives focus back
 * to its opener when it can and else {@link release}s it here; the toasts leave all of it here. `home`
 * answers `null` while that place is not there yet (a result still on its way); the keeper asks again
 * after the next render. Focus the person moved elsewhere is
 * left alone. Knows no element: it listens to `focusin` / `focusout` in the host's render root.
 */
export class FocusKeeper implements ReactiveController {
  private last: LostFocus | undefined;
  /** `last` was handed over by {@link release}: it goes home whatever the browser focused before. */
  private released = false;

  constructor(
    private readonly host: Host,
    private readonly home: (lost: LostFocus) => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  // On the render root: a move between two controls inside it never reaches the host.
  hostConnected(): void {
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn as EventListener);
    this.host.renderRoot.addEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('focusin', this.onFocusIn as EventListener);
    this.host.renderRoot.removeEventListener('focusout', this.onFocusOut as EventListener);
    this.last = undefined;
    this.released = false;
  }

  /**
   * Focus left `control` for no place the person chose — a dialog closed and the control that opened
   * it is gone (the browser may have put focus back on whatever had it before the dialog opened):
   * after the next render it goes home.
   */
  release(control: HTMLElement): void {
    this.last = { control, row: control.closest<HTMLElement>('[data-id]')?.dataset.id };
    this.released = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const last = this.last;
    if (last && this.released) {
      const target = this.home(last);
      if (!target) return;
      this.last = undefined;
      this.released = false;
      target.focus();
      return;
    }
    if (!last || usable(last.control)) return;
    if (deepActiveElement() === last.control) {
      // A disabled control keeps focus until the page's next frame: asked again once it lets go. A
      // control in a closed dialog keeps it until the page's style is next computed: taken now.
      if (!inClosedDialog(last.control)) return;
    } else {
      const active = document.activeElement;
      if (active !== null && active !== document.body) {
        this.last = undefined;
        return;
      }
    }
    const target = this.home(last);
    if (!target) return;
    this.last = undefined;
    target.focus();
  }

  private onFocusIn = (event: FocusEvent): void => {
    const control = event.composedPath()[0];
    if (!(control instanceof HTMLElement)) return;
    // Moved after a release (the browser puts focus back before the release comes): not lost.
    this.released = false;
    const row = control.closest<HTMLElement>('[data-id]')?.dataset.id;
    this.last = { control, row };
  };

  private onFocusOut = (event: FocusEvent): void => {
    const last = this.last;
    if (!last || event.composedPath()[0] !== last.control) return;
    queueMicrotask(() => {
      if (this.last !== last) return;
      // Focus the person moved away (the control is still here and usable): nothing to keep.
      if (usable(last.control)) this.last = undefined;
      // The page took it from a control gone or disabled: where it goes is decided after a render.
      else this.host.requestUpdate();
    });
  };
}

/** Still in the page, enabled and not in a closed dialog: a control that can hold focus. */
const usable = (control: HTMLElement): boolean =>
  control.isConnected && !control.matches(':disabled') && !inClosedDialog(control);

/** Inside a `<dialog>` that is not open (its own shadow root): shown nowhere, so it cannot keep focus. */
const inClosedDialog = (control: HTMLElement): boolean =>
  control.closest('dialog:not([open])') !== null;

/** The focused element, looking through open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
