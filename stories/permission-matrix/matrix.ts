import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../../src/define.js';
import { actors, portalOf, sourceArgType, type Actor } from '../support/portal.js';
import { within } from '../support/screen.js';
import { startsWith, wordsFor } from '../support/words.js';

/** The controls of every `<permission-matrix>` story. */
export interface MatrixArgs {
  /** Who is signed in ("view as"). */
  actor: Actor;
  /** The `view` attribute: the role table, one person, or the approvers. */
  view: 'role' | 'person' | 'approvers';
  /** Whose permissions the person view opens on (`contact-id`): one of the demo's people, or nobody. */
  person: Actor | 'none';
  /** `http`: RestAdapter over the mocked API; `embedded`: MemoryAdapter; `none`: no adapter. */
  source: 'http' | 'embedded' | 'none';
}

export type MatrixContext = StoryContext<MatrixArgs>;

/** `<permission-matrix>` on the story's company (see `mockPortal`), as `args.actor`. */
export function renderMatrix(args: MatrixArgs, context: MatrixContext): TemplateResult {
  if (args.source === 'none') {
    return html`<permission-matrix view=${args.view}></permission-matrix>`;
  }
  const portal = portalOf(context);
  const adapter = args.source === 'embedded' ? portal.embedded(args.actor) : portal.as(args.actor);
  const contactId = args.person === 'none' ? '' : portal.data.actors[args.person];
  return html`<permission-matrix
    .adapter=${adapter}
    view=${args.view}
    contact-id=${contactId}
  ></permission-matrix>`;
}

/**
 * What every `<permission-matrix>` story file shares: the element, its controls, how it renders.
 * Spread it into the file's default export, beside the literal `title` Storybook's indexer reads.
 */
export const matrixMeta = {
  component: 'permission-matrix',
  render: renderMatrix,
  args: { actor: 'generalAdmin', view: 'role', person: 'systemUser', source: 'http' },
  argTypes: {
    actor: { name: 'view as', control: 'inline-radio', options: actors },
    view: { control: 'inline-radio', options: ['role', 'person', 'approvers'] },
    person: { control: 'select', options: ['none', ...actors] },
    source: sourceArgType,
  },
} satisfies Meta<MatrixArgs>;

/** The role table, once loaded: a grid for people who may edit it, a plain table for others. */
export async function roleTable(
  context: MatrixContext,
  role: 'grid' | 'table' = 'grid',
): Promise<HTMLElement> {
  const words = wordsFor(context.globals);
  return within(context.canvasElement).findByShadowRole(role, { name: words.rolesCaption });
}

/** The person view's table of one person's permissions ("Permissions of <name>"). */
export async function personTable(
  context: MatrixContext,
  role: 'grid' | 'table' = 'grid',
): Promise<HTMLElement> {
  const words = wordsFor(context.globals);
  return within(context.canvasElement).findByShadowRole(role, {
    name: startsWith(`${words.permissionsOf} `),
  });
}

/**
 * The permission cell whose name starts with `capability` (its name: "capability, column: state"): a
 * checkbox in a person's table, a button that opens a menu of states in the role table.
 */
export function cell(table: HTMLElement, capability: string, column?: string): HTMLElement {
  const name = startsWith(column ? `${capability}, ${column}:` : `${capability},`);
  return (
    within(table).queryByShadowRole('checkbox', { name }) ??
    within(table).getByShadowRole('button', { name })
  );
}

/** Every cell control of a table (checkboxes, or the role table's menu buttons). */
export function cells(table: HTMLElement): HTMLElement[] {
  return [...table.querySelectorAll<HTMLElement>('button[data-key]')];
}

/**
 * Changes a permission cell, as a click would; checks first that it may be changed. A checkbox
 * toggles; a role-table cell opens its menu of states, and the first other state it allows is chosen.
 */
export async function toggle(cellButton: HTMLElement): Promise<void> {
  await expect(cellButton).toHaveAttribute('aria-disabled', 'false');
  if (cellButton.getAttribute('aria-haspopup') === 'menu') {
    const before = cellButton.getAttribute('aria-label');
    await userEvent.click(cellButton);
    const host = (cellButton.getRootNode() as ShadowRoot).host as HTMLElement;
    const menu = await within(host).findByShadowRole('menu');
    const choice = within(menu)
      .getAllByShadowRole('menuitemradio')
      .find(
        (item) =>
          item.getAttribute('aria-checked') === 'false' &&
          item.getAttribute('aria-disabled') === 'false',
      );
    await expect(choice).toBeDefined();
    await userEvent.click(choice!);
    await expect(cellButton).not.toHaveAttribute('aria-label', before ?? '');
    return;
  }
  const before = cellButton.getAttribute('aria-checked');
  await userEvent.click(cellButton);
  await expect(cellButton).not.toHaveAttribute('aria-checked', before ?? '');
}

/** Clicks the "Save changes" of the staged edits. */
export async function save(context: MatrixContext): Promise<void> {
  const words = wordsFor(context.globals);
  const button = within(context.canvasElement).getByShadowRole('button', {
    name: words.savePermissions,
  });
  await expect(button).toHaveAttribute('aria-disabled', 'false');
  await userEvent.click(button);
}

/** The notice under the staged edits (saved, conflict, refused), once it says something. */
export async function notice(context: MatrixContext, text: string): Promise<void> {
  await expect(
    await within(context.canvasElement).findByShadowText(startsWith(text)),
  ).toBeVisible();
}
