import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The tone of a toast: a confirmation, a failure, or neutral information. */
export type ToastTone = 'success' | 'error' | 'info';

/** A button a toast offers besides its close button ("Undo"). */
export interface ToastAction {
  label: string;
  /** Runs when the button is pressed; the toast closes first. */
  run: () => void;
}

/** A message on screen. */
export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
}

interface Timer {
  handle: ReturnType<typeof setTimeout> | undefined;
  remaining: number;
  startedAt: number;
}

/*
 * Lives in the template (not in the host's `static styles`) so that any element can use the
 * controller without adopting extra styles. Tokens come from `tokens` when the host uses them.
 */
const toastCss = html`<style>
  .toasts {
    position: fixed;
    inset-block-end: 16px;
    inset-inline-end: 16px;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 8px;
    max-width: min(420px, calc(100vw - 32px));
    pointer-events: none;
  }
  .toast {
    --_tone: var(--portico-color-success, #067647);
    pointer-events: auto;
    display: flex;
    align-items: flex-start;
    gap: 8px;
    padding: 10px 8px 10px 14px;
    border-radius: var(--portico-radius, 6px);
    border: 1px solid color-mix(in srgb, var(--_tone) 35%, #fff);
    border-inline-start: 4px solid var(--_tone);
    background: var(--portico-color-surface, #fff);
    color: var(--portico-color-text, #1d2939);
    box-shadow: 0 8px 24px rgb(16 24 40 / 0.16);
    font: inherit;
  }
  .toast[data-tone='error'] {
    --_tone: var(--portico-color-danger, #b42318);
  }
  .toast[data-tone='info'] {
    --_tone: var(--portico-color-primary, #1d4ed8);
  }
  .toast-message {
    flex: 1 1 auto;
    padding-block: 4px;
    overflow-wrap: anywhere;
  }
  .toast-close {
    flex: none;
    width: 28px;
    height: 28px;
    border: 0;
    border-radius: var(--portico-radius, 6px);
    background: transparent;
    color: var(--portico-color-muted, #475467);
    font: inherit;
    font-size: 1.2em;
    line-height: 1;
    cursor: pointer;
  }
  .toast-action {
    flex: none;
    align-self: center;
    min-height: 28px;
    padding: 2px 10px;
    border: 1px solid var(--portico-color-border, #d0d5dd);
    border-radius: var(--portico-radius, 6px);
    background: var(--portico-color-surface, #fff);
    color: var(--portico-color-primary, #1d4ed8);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .toast-action:focus-visible {
    outline: var(--portico-focus-ring, 2px solid #1d4ed8);
    outline-offset: 1px;
  }
  .toast-close:hover {
    background: var(--portico-color-surface-alt, #f5f7fa);
    color: var(--portico-color-text, #1d2939);
  }
  .toast-close:focus-visible {
    outline: var(--portico-focus-ring, 2px solid #1d4ed8);
    outline-offset: 1px;
  }
</style>`;

/**
 * Short-lived messages ("Registro salvo com sucesso!") in a polite live region, for an element to show
 * the outcome of an act. A toast closes itself after `timeoutMs` (the timer pauses while the pointer
 * or focus is on it) or by its close button. Messages are rendered as text, never as HTML. A host whose
 * toasts can hold focus keeps a `FocusKeeper`, which places focus when a toast takes it away.
 *
 * ```ts
 * private toasts = new ToastController(this);
 * // after a save:
 * this.toasts.show(this.t.msg('state.saved'));
 * // in render():
 * html`… ${this.toasts.render(this.t.msg('toast.close'))}`
 * ```
 */
export class ToastController implements ReactiveController {
  private items: Toast[] = [];
  private timers = new Map<number, Timer>();
  private nextId = 1;
  private paused = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The toasts on screen, oldest first. */
  get toasts(): readonly Toast[] {
    return this.items;
  }

  hostDisconnected(): void {
    for (const timer of this.timers.values()) clearTimeout(timer.handle);
    this.timers.clear();
    this.items = [];
  }

  /**
   * Shows `message`; returns its id (for `dismiss`). A `timeoutMs` of 0 or `Infinity` keeps the
   * toast until the person closes it. An `action` adds a button before the close button ("Undo").
   */
  show(
    message: string,
    tone: ToastTone = 'success',
    timeoutMs = 5000,
    action?: ToastAction,
  ): number {
    const id = this.nextId++;
    this.items = [...this.items, action ? { id, message, tone, action } : { id, message, tone }];
    if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      const timer: Timer = { handle: undefined, remaining: timeoutMs, startedAt: 0 };
      this.timers.set(id, timer);
      if (!this.paused) this.start(id, timer);
    }
    this.host.requestUpdate();
    return id;
  }

  /**
   * Removes a toast (no-op for an unknown id). Focus inside it is the host's `FocusKeeper`'s to place
   * once the toast is gone: one fallback per element.
   */
  dismiss(id: number): void {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer.handle);
    this.timers.delete(id);
    const before = this.items.length;
    this.items = this.items.filter((toast) => toast.id !== id);
    if (this.items.length !== before) this.host.requestUpdate();
  }

  /** Removes every toast. */
  clear(): void {
    for (const toast of [...this.items]) this.dismiss(toast.id);
  }

  /**
   * The live region with the toasts. `closeLabel` is the accessible name of each close button, in
   * the host's locale. Render it once, anywhere in the host's template (it is fixed to the corner).
   */
  render(closeLabel: string): TemplateResult {
    return html`${toastCss}
      <div
        class="toasts"
        part="toasts"
        role="status"
        aria-live="polite"
        @pointerenter=${this.pause}
        @pointerleave=${this.resume}
        @focusin=${this.pause}
        @focusout=${this.resume}
      >
        ${repeat(
          this.items,
          (toast) => toast.id,
          (toast) =>
            html`<div
              class="toast"
              part="toast"
              data-tone=${toast.tone}
              data-toast=${toast.id}
              role=${ifDefined(toast.tone === 'error' ? 'alert' : undefined)}
            >
              <span class="toast-message">${toast.message}</span>
              ${
                toast.action
                  ? html`<button
                      type="button"
                      class="toast-action"
                      part="toast-action"
                      @click=${() => {
                        const { run } = toast.action!;
                        this.dismiss(toast.id);
                        run();
                      }}
                    >
                      ${toast.action.label}
                    </button>`
                  : nothing
              }
              <button
                type="button"
                class="toast-close"
                aria-label=${closeLabel}
                @click=${() => this.dismiss(toast.id)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>`,
        )}
      </div>`;
  }

  private start(id: number, timer: Timer): void {
    timer.startedAt = Date.now();
    timer.handle = setTimeout(() => this.dismiss(id), timer.remaining);
  }

  private readonly pause = (): void => {
    if (this.paused) return;
    this.paused = true;
    const now = Date.now();
    for (const timer of this.timers.values()) {
      clearTimeout(timer.handle);
      timer.handle = undefined;
      timer.remaining = Math.max(0, timer.remaining - (now - timer.startedAt));
    }
  };

  private readonly resume = (event: Event): void => {
    if (!this.paused) return;
    // Moving focus between a toast's parts is not leaving the region.
    const region = event.currentTarget as HTMLElement;
    if (event instanceof FocusEvent && region.contains(event.relatedTarget as Node | null)) return;
    if (event.type === 'focusout' && region.matches(':hover')) return;
    if (event.type === 'pointerleave' && region.contains(deepFocus(region))) return;
    this.paused = false;
    for (const [id, timer] of this.timers) this.start(id, timer);
  };
}

function deepFocus(region: HTMLElement): Node | null {
  const root = region.getRootNode() as Document | ShadowRoot;
  return root.activeElement;
}
