import type { ReactiveControllerHost } from 'lit';

/**
 * What a controller needs of a modal dialog its element renders: open it from a control (focus goes
 * back there on close), close it, and move focus inside it. `DialogController` is one.
 */
export interface DialogSurface {
  readonly isOpen: boolean;
  open(opener?: HTMLElement | null): void;
  close(returnValue?: string): void;
  /** Focuses the dialog's `[autofocus]` element, else its first field, else its first control. */
  focusFirst(): void;
  /** Focuses the first element inside the dialog that matches `selector`; false when there is none. */
  focus(selector: string): boolean;
}

/**
 * Shows the dialog once the host has rendered its new content, so focus lands on its first control;
 * when it is open already (its content changed), moves focus into the new content.
 */
export async function showDialog(
  host: ReactiveControllerHost,
  dialog: DialogSurface,
  opener: HTMLElement | null,
): Promise<void> {
  await host.updateComplete;
  if (dialog.isOpen) dialog.focusFirst();
  else dialog.open(opener);
}
