import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { failNext, networkError } from '../../src/mocks/index.js';
import { mockPortal } from '../support/portal.js';
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

const always = Number.POSITIVE_INFINITY;

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
      faults: (baseUrl) => [
        networkError({ baseUrl, method: 'get', path: 'policy', times: always }),
      ],
    }),
  ],
  play: showsLoadError,
};

/** The server answers the policy request with 500 (`server-error`) every time. */
export const ServerError: Story = {
  loaders: [
    mockPortal({
      faults: (baseUrl) => [
        failNext(500, {
          baseUrl,
          method: 'get',
          path: 'policy',
          code: 'server-error',
          times: always,
        }),
      ],
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
      faults: (baseUrl) => [
        failNext(409, {
          baseUrl,
          method: 'put',
          path: 'contacts/:id/access',
          code: 'stale-version',
        }),
      ],
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
      faults: (baseUrl) => [
        failNext(403, { baseUrl, method: 'put', path: 'policy', code: 'forbidden' }),
      ],
    }),
  ],
  play: async (context) => {
    const words = wordsFor(context.globals);
    await toggle(cell(await roleTable(context), words.enablePlatforms, words.registrationAdmin));
    await save(context);
    await notice(context, words.saveFailed);
  },
};
