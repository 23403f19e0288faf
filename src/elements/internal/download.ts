/**
 * Hands a CSV text to the browser as a download named `name` (UTF-8; the text carries its BOM, see
 * `writeCsv`): an object URL clicked through a detached link, released once the click is done.
 */
export function downloadCsv(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
