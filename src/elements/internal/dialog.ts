import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DialogSurface } from '../../controllers/dialog-surface.js';
import type { FocusKeeper } from '../../controllers/focus-keeper.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a dialog focuses first when it has no `[autofocus]`: its first enabled field. */
const fieldSelector =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
const focusableSelector = `${fieldSelector}, button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])`;

/** The focused element, looking through open shadow roots (`document.activeElement` stops at a host). */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Options for a {@link DialogController}. */
export interface DialogControllerOptions {
  /** Called after the dialog closed (by `close()`, Escape or a `method="dialog"` form), with its `returnValue`. */
  onClose?: (returnValue: string) => void;
  /**
   * The host's one focus fallback (a `FocusKeeper`): on close, when the control that opened the dialog
   * is gone (its row was deleted, the bar it was in went away with the selection), focus is released to
   * it, never left on the page's `<body>` or wherever the browser puts it back.
   */
  keeper?: Pick<FocusKeeper, 'release'>;
  /**
   * Asked when the dialog closed by itself (Escape when the browser no longer lets a `cancel` be
   * prevented, i.e. without a user activation since the last one): true reopens it as it was (a
   * changed form asks before it is discarded; an act on its way keeps its dialog).
   */
  keepOpen?: () => boolean;
}

/**
 * Drives a native modal `<dialog>` in the host's shadow root: opens it with `showModal()` (so focus is
 * trapped and the page is inert), focuses its `[autofocus]` element or first field, closes on Escape
 * (the native `cancel`), and on close returns focus to the control that opened it. When that control
 * is gone (its row was deleted, the bar it was in went away with the selection), the host's
 * `FocusKeeper` (the `keeper` option) decides where focus goes: one fallback per element.
 *
 * ```ts
 * private dialog = new DialogController(this, () => this.renderRoot.querySelector('dialog'));
 * // in a click handler:
 * this.dialog.open(event.currentTarget as HTMLElement);
 * ```
 */
export class DialogController implements ReactiveController, DialogSurface {
  private opener: HTMLElement | null = null;
  private bound = new WeakSet<HTMLDialogElement>();
  private pendingOpen = false;
  private settled = true;
  /** `close()` was called: the close is the element's own, never undone by `keepOpen`. */
  private closing = false;

  constructor(
    private readonly host: Host,
    private readonly getDialog: () => HTMLDialogElement | null | undefined,
    private readonly options: DialogControllerOptions = {},
  ) {
    host.addController(this);
  }

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.getDialog()?.open ?? false;
  }

  hostUpdated(): void {
    // A dialog rendered only after `open()` was called (conditional templates) is opened once it exists.
    if (this.pendingOpen && this.getDialog()) {
      this.pendingOpen = false;
      this.show(false);
    }
  }

  hostDisconnected(): void {
    this.pendingOpen = false;
    const dialog = this.getDialog();
    if (dialog?.open) dialog.close();
  }

  /**
   * Opens the dialog as a modal. `opener` gets focus back on close; by default it is the element
   * focused now (looked up through shadow roots).
   */
  open(opener?: HTMLElement | null): void {
    this.opener = opener ?? deepActiveElement();
    if (this.getDialog()) {
      this.show();
    } else {
      this.pendingOpen = true;
      this.host.requestUpdate();
    }
  }

  /** Closes the dialog (with an optional `returnValue`) and returns focus to the opener. */
  close(returnValue?: string): void {
    this.pendingOpen = false;
    const dialog = this.getDialog();
    if (!dialog?.open) return;
    this.closing = true;
    dialog.close(returnValue);
    // The native `close` event comes later (after a rendering step); settle now so focus is back
    // and `onClose` has run when this call returns.
    this.settle(dialog);
  }

  /** The dialog's `[autofocus]` element, else its first field, else its first control. */
  firstFocusable(): HTMLElement | null {
    const dialog = this.getDialog();
    if (!dialog) return null;
    return (
      dialog.querySelector<HTMLElement>('[autofocus]') ??
      dialog.querySelector<HTMLElement>(fieldSelector) ??
      dialog.querySelector<HTMLElement>(focusableSelector)
    );
  }

  /** Moves focus to {@link firstFocusable}, else to the dialog itself. */
  focusFirst(): void {
    (this.firstFocusable() ?? this.getDialog())?.focus();
  }

  /** Focuses the first element inside the dialog that matches `selector`; false when there is none. */
  focus(selector: string): boolean {
    const target = this.getDialog()?.querySelector<HTMLElement>(selector);
    target?.focus();
    return Boolean(target);
  }

  private show(requestUpdate = true): void {
    const dialog = this.getDialog();
    if (!dialog) return;
    this.bind(dialog);
    if (!dialog.open) dialog.showModal();
    this.settled = false;
    this.focusFirst();
    if (requestUpdate) this.host.requestUpdate();
  }

  /** Once per close: focus back to the opener, `onClose`, re-render. */
  private settle(dialog: HTMLDialogElement): void {
    if (this.settled || dialog.open) return;
    const own = this.closing;
    this.closing = false;
    if (!own && this.host.isConnected && this.options.keepOpen?.()) {
      dialog.showModal();
      this.host.requestUpdate();
      return;
    }
    this.settled = true;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    else this.options.keeper?.release(opener ?? dialog);
    this.options.onClose?.(dialog.returnValue);
    this.host.requestUpdate();
  }

  private bind(dialog: HTMLDialogElement): void {
    if (this.bound.has(dialog)) return;
    this.bound.add(dialog);
    // Escape fires `cancel` and, unless a listener prevents it, closes the dialog right after.
    dialog.addEventListener('cancel', () => queueMicrotask(() => this.settle(dialog)));
    // Any other way of closing (a `method="dialog"` form, `dialog.close()` by the element itself).
    dialog.addEventListener('close', () => this.settle(dialog));
  }
}
