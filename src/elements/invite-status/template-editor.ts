/**
 * The invitation e-mail and settings dialog of `<invite-status>`: loaded with a dynamic `import()` when
 * it is first opened, so the element itself loads with less. It adopts its own styles into the
 * element's shadow root, drives its native `<dialog>`, and renders it.
 *
 * @module
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  TemplateController,
  type TemplateOptions,
} from '../../controllers/invite-status/template-controller.js';
import type { InvitationPlaceholder } from '../../core/model/constants.js';
import type { DialogController } from '../internal/dialog.js';
import type { ToastTone } from '../internal/toast.js';
import type { InviteWords } from './invite-status.words.js';
import type { TemplateKit } from './template-kit.js';
import { templateStyles } from './template.styles.js';
import { renderTemplateDialog } from './template.view.js';

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the dialog needs of its element. */
export interface TemplateEditorOptions extends Omit<TemplateOptions, 'notify' | 'rules'> {
  words: InviteWords;
  /** What the dialog uses of modules the page holds already (see `templateKit`). */
  kit: TemplateKit;
  /** Shows an outcome message (0: until dismissed). */
  toast: (text: string, tone: ToastTone, duration?: number) => void;
}

/** Adds the dialog's styles to a shadow root's adopted sheets, once. */
function adopt(root: HTMLElement | DocumentFragment, kit: TemplateKit): void {
  if (!(root instanceof ShadowRoot)) return;
  const styles = [kit.dialogStyles, templateStyles];
  const sheets = styles.flatMap((style) => (style.styleSheet ? [style.styleSheet] : []));
  const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}

/** The dialog, once loaded: what `<invite-status>` opens and renders. */
export class TemplateEditor {
  readonly controller: TemplateController;
  private readonly dialog: DialogController;
  /** The field the placeholder palette writes into: the one focused last. */
  private target: 'subject' | 'body' = 'body';
  /** "Discard your changes?" is asked: the form is inert behind it until it is answered. */
  private discarding = false;

  constructor(
    private readonly host: Host,
    private readonly options: TemplateEditorOptions,
  ) {
    const { words, toast, kit } = options;
    this.controller = new TemplateController(host, {
      ...options,
      rules: kit,
      notify: (notice) => {
        if (notice.kind === 'saved')
          toast(
            words.msg(notice.tab === 'mail' ? 'template.saved' : 'template.settings-saved'),
            'success',
          );
        else toast(words.msg('template.unchanged'), 'info');
      },
    });
    this.dialog = new kit.DialogController(
      host,
      () => host.renderRoot.querySelector<HTMLDialogElement>('dialog.template'),
      {
        onClose: () => (this.discarding = false),
        // Escape the browser let no one prevent: asked about once closed, as the close button is.
        keepOpen: () => !this.mayClose(),
      },
    );
    adopt(host.renderRoot, kit);
  }

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.dialog.isOpen;
  }

  /** Opens the dialog on the e-mail tab, with the template and settings as saved now. */
  open(opener?: HTMLElement | null): void {
    adopt(this.host.renderRoot, this.options.kit);
    this.controller.tab = 'mail';
    this.target = 'body';
    void this.controller.load();
    this.dialog.open(opener);
  }

  /** Close, × or Escape: the dialog closes, once "Discard your changes?" is answered when there are edits. */
  close = (): void => {
    if (this.mayClose()) this.dialog.close();
  };

  /**
   * Whether the dialog may close now. Unsaved edits ask first ("Discard changes" / "Keep editing",
   * the latter focused); asked already, a second Escape or Close answers "Keep editing".
   */
  private mayClose(): boolean {
    if (this.discarding) {
      this.discard(false);
      return false;
    }
    if (!this.controller.changed) return true;
    this.discarding = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.dialog.focus('[data-keep-editing]'));
    return false;
  }

  /** The answer to "Discard your changes?": close (the edits are gone), or back to the form. */
  discard = (discard: boolean): void => {
    this.discarding = false;
    if (discard) {
      this.dialog.close();
      return;
    }
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.dialog.focusFirst());
  };

  private field(name: 'subject' | 'body'): HTMLInputElement | HTMLTextAreaElement | null {
    return this.host.renderRoot.querySelector(`#template-${name}`);
  }

  /** Inserts `{placeholder}` at the caret of the field focused last (replacing its selection). */
  insert = (placeholder: InvitationPlaceholder): void => {
    const name = this.target;
    const field = this.field(name);
    const text = `{${placeholder}}`;
    const value = this.controller[name];
    const start = field?.selectionStart ?? value.length;
    const end = field?.selectionEnd ?? start;
    this.controller.edit(name, value.slice(0, start) + text + value.slice(end));
    void this.host.updateComplete.then(() => {
      const after = this.field(name);
      if (!after) return;
      after.focus();
      after.setSelectionRange(start + text.length, start + text.length);
    });
  };

  render(): TemplateResult {
    const controller = this.controller;
    return html`<dialog
      class="template"
      part="template-dialog"
      aria-labelledby="template-title"
      @cancel=${(event: Event) => {
        if (event.cancelable && !this.mayClose()) event.preventDefault();
      }}
    >
      ${renderTemplateDialog({
        controller,
        words: this.options.words,
        kit: this.options.kit,
        close: this.close,
        discarding: this.discarding,
        discard: this.discard,
        insert: this.insert,
        focusField: (field) => (this.target = field),
        switchTab: (tab, focus) => {
          controller.setTab(tab);
          if (focus)
            void this.host.updateComplete.then(() =>
              this.host.renderRoot.querySelector<HTMLElement>(`#template-tab-${tab}`)?.focus(),
            );
        },
      })}
    </dialog>`;
  }
}
