import { html, nothing, type TemplateResult } from 'lit';
import type { ImporterWords } from './csv-importer.words.js';

/** The first step: the drop zone, the file button, the template. */
export interface FileView {
  words: ImporterWords;
  /** Why importing is refused, when it is (the element stays readable, every control disabled). */
  refusal: string | undefined;
  opening: boolean;
  /** Whether a file is being dragged over the zone. */
  dragging: boolean;
  choose: (file: File) => void;
  setDragging: (dragging: boolean) => void;
  downloadTemplate: () => void;
}

function firstFile(list: FileList | null | undefined): File | undefined {
  return list && list.length > 0 ? (list[0] ?? undefined) : undefined;
}

/** The drop zone and file button (`.csv`, `.txt`), the template and its caution about leading zeros. */
export function renderFileView(view: FileView): TemplateResult {
  const { words } = view;
  const disabled = view.refusal !== undefined || view.opening;
  const drop = (event: DragEvent) => {
    event.preventDefault();
    view.setDragging(false);
    const file = firstFile(event.dataTransfer?.files);
    if (file && !disabled) view.choose(file);
  };
  return html`<div
      class="drop"
      part="drop-zone"
      data-dragging=${view.dragging ? 'true' : 'false'}
      aria-disabled=${disabled ? 'true' : 'false'}
      @dragover=${(event: DragEvent) => {
        event.preventDefault();
        if (!disabled) view.setDragging(true);
      }}
      @dragleave=${() => view.setDragging(false)}
      @drop=${drop}
    >
      <p>${words.msg('file.drop')}</p>
      <label class="btn primary file-button" part="file-button" ?data-disabled=${disabled}>
        ${words.msg('file.choose')}
        <input
          class="visually-hidden"
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          ?disabled=${disabled}
          aria-describedby=${view.refusal ? 'refusal' : 'file-hint'}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = firstFile(input.files);
            input.value = '';
            if (file) view.choose(file);
          }}
        />
      </label>
      <p class="hint" id="file-hint">${words.msg('file.hint')}</p>
      ${
        view.opening
          ? html`<p role="status">
              <span class="spinner" aria-hidden="true"></span> ${words.msg('file.opening')}
            </p>`
          : nothing
      }
    </div>
    <div class="template">
      <button
        type="button"
        class="btn ghost"
        part="template-button"
        @click=${view.downloadTemplate}
      >
        ${words.msg('template.download')}
      </button>
      <p class="hint">${words.msg('template.caution', { example: '0xxxxxxxxxx' })}</p>
    </div>`;
}
