import type { Contact } from '../../core/model/index.js';
import type {
  MatrixMode,
  PermissionMatrixController,
} from '../../controllers/permission-matrix-controller.js';
import type { GridFocus } from './grid-keys.js';
import type { MatrixWords } from './words.js';

/** The state of one people search (the person picker, or an approver list's "add" field). */
export interface SearchState {
  query: string;
  status: 'idle' | 'loading' | 'ready' | 'error';
  results: Contact[];
}

/** What the view templates of `<permission-matrix>` read from, and call back into, the element. */
export interface ViewHost {
  readonly ctrl: PermissionMatrixController;
  readonly words: MatrixWords;
  readonly gridFocus: GridFocus;
  readonly mode: MatrixMode;
  onGridKeydown(event: KeyboardEvent, grid: string): void;
  /** The state of the people search `id` (`person`, `budgets`, `tickets`). */
  searchState(id: string): SearchState;
  search(id: string, query: string): void;
  pickPerson(person: Contact): void;
  /** The site chosen in the "assign a site" field. */
  siteToAssign: string;
  chooseSiteToAssign(id: string): void;
}
