/** What the demo asks of `<permission-matrix>` before it swaps the adapter (see `PermissionMatrix`). */
export interface StagedEdits {
  readonly isConnected: boolean;
  readonly unsavedChanges: number;
  confirmDiscard(): Promise<boolean>;
}

/**
 * Before the demo views the portal as someone else (a new adapter starts the matrix clean): `true` at
 * once when the permission matrix holds no staged edits; otherwise its page is shown (`show`, when the
 * person is on another page — the matrix is kept, out of the document, across visits) and the matrix
 * asks whether to drop them. `false`: the person keeps editing, and nothing is switched.
 */
export async function mayLeaveMatrix(
  matrix: StagedEdits | undefined,
  show: () => Promise<void>,
): Promise<boolean> {
  if (!matrix || matrix.unsavedChanges === 0) return true;
  if (!matrix.isConnected) await show();
  return matrix.confirmDiscard();
}
