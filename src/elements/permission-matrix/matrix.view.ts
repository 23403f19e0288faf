import type { GridFocusController } from '../../controllers/grid-focus-controller.js';
import type { MatrixMode } from '../../controllers/permission-matrix/matrix-types.js';
import type { Explanation } from '../../core/permissions/types.js';
import type { MatrixWords } from './permission-matrix.words.js';

/** What every view of `<permission-matrix>` is given. */
export interface MatrixViewBase {
  words: MatrixWords;
  /** How much the actor may change (`edit`, `explain` with reasons, read-only `view`). */
  mode: MatrixMode;
  /** Why the actor may not grant at all, or `undefined`. */
  grantRefusal: Explanation | undefined;
  /** Keyboard focus in the grids. */
  grid: GridFocusController;
}
