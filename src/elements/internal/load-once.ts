/**
 * A part of an element loaded on first use (a dialog's module, a panel's view): the first call starts
 * `load`, later calls share it; a load that fails (the chunk did not arrive, offline) is forgotten, so
 * the next call tries again.
 *
 * ```ts
 * private readonly loadDialogs = loadOnce(async () => new (await import('./dialogs.js')).Dialogs(this));
 * ```
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
