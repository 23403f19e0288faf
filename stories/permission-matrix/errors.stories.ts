import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { fault, mockPortal } from '../support/portal.js';
import { within } from '../support/screen.js';
import { startsWith, wordsFor } from '../support/words.js';
import {
  cell,
  matrixMeta,
  notice,
  personTable,
  roleTable,
  save,
  toggle,
  type MatrixArgs,
  type MatrixContext,
} from './matrix.js';

/**
 * When the backend fails or refuses, through the mocked REST API's fault handlers
 * (`src/mocks/faults.ts`): the permissions cannot be loaded (network, 500), a save finds the person
 * changed by someone else (409: the current values are loaded and the edits re-applied on top), or
 * the server refuses a save (403). Staged edits are never lost.
 */
const meta: Meta<MatrixArgs> = { ...matrixMeta, title: 'Elements/permission-matrix/Errors' };
export default meta;

type Story = StoryObj<MatrixArgs>;

async function showsLoadError(context: MatrixContext): Promise<void> {
  const words = wordsFor(context.globals);
  const canvas = within(context.canvasElement);
  await expect(await canvas.findByShadowRole('alert')).toHaveTextContent(
    startsWith(words.matrixError),
  );
  await expect(canvas.getByShadowRole('button', { name: words.tryAgain })).toBeVisible();
}

/** The policy request never reaches the server (after `RestAdapter`'s retries). */
export const NetworkError: Story = {
  loaders: [
    mockPortal({
      faults: fault.unreachable('policy'),
    }),
  ],
  play: showsLoadError,
};

/** The server answers the policy request with 500 (`server-error`) every time. */
export const ServerError: Story = {
  loaders: [
    mockPortal({
      faults: fault.serverError('policy'),
    }),
  ],
  play: showsLoadError,
};

/**
 * A conflict: "Approves budgets" is granted to a system user, and the save answers 409
 * `stale-version` (someone changed the person meanwhile). The current values are loaded, the grant
 * stays staged on top of them, and the notice says to review and save again.
 */
export const ConflictOnSave: Story = {
  loaders: [
    mockPortal({
      faults: fault.conflict('put', 'contacts/:id/access'),
    }),
  ],
  args: { view: 'person' },
  play: async (context) => {
    const words = wordsFor(context.globals);
    const budgets = cell(await personTable(context), words.approveBudgets);
    await toggle(budgets);
    await save(context);
    await notice(context, words.matrixConflict);
    await expect(cell(await personTable(context), words.approveBudgets)).toHaveAttribute(
      'aria-checked',
      'true',
    );
  },
};

/**
 * The server refuses a role-table save (403 `forbidden`): the edits stay staged, and the notice
 * gives the reason.
 */
export const RefusedByServer: Story = {
  loaders: [
    mockPortal({
      faults: fault.forbidden('put', 'policy'),
    }),
  ],
  play: async (context) => {
    const words = wordsFor(context.globals);
    await toggle(cell(await roleTable(context), words.enablePlatforms, words.registrationAdmin));
    await save(context);
    await notice(context, words.saveFailed);
  },
};
