import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import '../../src/define.js';
import type { DemoData } from '../../src/core/demo-data.js';
import {
  actors,
  adapterFor,
  fault,
  mockPortal,
  phone,
  portalOf,
  sourceArgType,
  type Actor,
} from '../support/portal.js';
import { within } from '../support/screen.js';

/** The controls of every `<saas-seat-panel>` story. */
interface SeatArgs {
  actor: Actor;
  source: 'http' | 'embedded' | 'none';
  /** The `sales-email` attribute: a plain address instead of the request form. */
  salesEmail: string;
}

type Context = StoryContext<SeatArgs>;

function render(args: SeatArgs, context: Context): TemplateResult {
  return html`<saas-seat-panel
    .adapter=${adapterFor(args, context)}
    sales-email=${args.salesEmail}
  ></saas-seat-panel>`;
}

/**
 * Licensed SaaS users and their seats (seed 000): the seat meter, the list and its acts, passwords
 * with a live checklist, asking for more seats. Every act is enabled or disabled by the rule the
 * backend enforces.
 */
const meta: Meta<SeatArgs> = {
  title: 'Elements/saas-seat-panel',
  component: 'saas-seat-panel',
  render,
  args: { actor: 'generalAdmin', source: 'http', salesEmail: '' },
  argTypes: {
    actor: { control: 'inline-radio', options: actors, description: 'Who is signed in' },
    source: sourceArgType,
    salesEmail: { control: 'text', description: 'A plain sales address (`sales-email`)' },
  },
  globals: { locale: 'en' },
};
export default meta;

type Story = StoryObj<SeatArgs>;

/** The first company's one pool: `licensed` seats, and the first `active` of its SaaS users active. */
function pool(licensed: number, active: number) {
  return (data: DemoData): void => {
    const companyId = data.contacts.find((c) => c.id === data.actors.generalAdmin)!.companyId;
    let n = 0;
    for (const user of data.saasUsers) {
      if (user.companyId !== companyId || user.product) continue;
      user.status = n++ < active ? 'active' : 'inactive';
    }
    data.invitations = data.invitations.filter(
      (invitation) => invitation.companyId !== companyId || !invitation.seat,
    );
    data.seats[companyId] = { licensed };
  };
}

/** No SaaS user yet: an empty pool of 10 seats. */
function emptyPool(data: DemoData): void {
  const companyId = data.contacts.find((c) => c.id === data.actors.generalAdmin)!.companyId;
  data.saasUsers = data.saasUsers.filter((user) => user.companyId !== companyId);
  data.invitations = data.invitations.filter(
    (invitation) => invitation.companyId !== companyId || !invitation.seat,
  );
  data.seats[companyId] = { licensed: 10 };
}

const meterOf = async (context: Context) =>
  within(context.canvasElement).findByShadowRole('progressbar', { name: 'Seats in use' });

/** A pool with room: 4 of 10 seats used, no notice, "Add SaaS user" enabled. */
export const Normal: Story = {
  loaders: [mockPortal({ prepare: pool(10, 4) })],
  play: async (context) => {
    const meter = await meterOf(context);
    await expect(meter).toHaveAttribute('aria-valuetext', '4 of 10 seats in use');
    const canvas = within(context.canvasElement);
    await expect(canvas.getByShadowRole('button', { name: 'Add SaaS user' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
    await canvas.findByShadowRole('table', { name: 'SaaS users' });
  },
};

/** No SaaS user yet. */
export const Empty: Story = {
  loaders: [mockPortal({ prepare: emptyPool })],
  play: async (context) => {
    await expect(await meterOf(context)).toHaveAttribute('aria-valuetext', '0 of 10 seats in use');
    await within(context.canvasElement).findByShadowText('No SaaS user yet.');
  },
};

/** 8 of 10 seats used: the notice from 80 %. */
export const EightyPercent: Story = {
  loaders: [mockPortal({ prepare: pool(10, 8) })],
  play: async (context) => {
    await meterOf(context);
    await within(context.canvasElement).findByShadowText(/Over 80 % of the seats are in use/);
  },
};

/** Every seat used: "Add SaaS user" is disabled with the reason, beside "Ask for more seats". */
export const Full: Story = {
  loaders: [mockPortal({ prepare: pool(5, 5) })],
  play: async (context) => {
    await meterOf(context);
    const canvas = within(context.canvasElement);
    const add = canvas.getByShadowRole('button', { name: 'Add SaaS user' });
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    await expect(add).toHaveAccessibleDescription(/Every licensed seat is in use/);
    await expect(canvas.getByShadowRole('button', { name: 'Ask for more seats' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  },
};

/** Every seat used, and the vendor's sales address instead of the request form. */
export const FullWithSalesAddress: Story = {
  loaders: [mockPortal({ prepare: pool(5, 5) })],
  args: { salesEmail: 'vendas@fornecedor.com.br' },
  play: async (context) => {
    await meterOf(context);
    await within(context.canvasElement).findByShadowRole('link', {
      name: 'Write to vendas@fornecedor.com.br to ask for more seats.',
    });
  },
};

/** The vendor lowered the licence below what is used: nothing taken away, nothing added. */
export const OverLicensed: Story = {
  loaders: [mockPortal({ prepare: pool(6, 6) })],
  play: async (context) => {
    const portal = portalOf(context);
    const companyId = portal.data.contacts.find(
      (c) => c.id === portal.data.actors.generalAdmin,
    )!.companyId;
    portal.backend.setLicensedSeats(companyId, 4);
    const canvas = within(context.canvasElement);
    await canvas.findByShadowText(/free 2 seats before adding anyone/);
    await expect(await meterOf(context)).toHaveAttribute('aria-valuetext', '6 of 4 seats in use');
  },
};

/** A system user may not manage SaaS users: a plain "not allowed" state, not an error. */
export const Forbidden: Story = {
  loaders: [mockPortal({ prepare: pool(10, 4) })],
  args: { actor: 'systemUser' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByShadowText('You are not allowed to manage SaaS users.');
    await expect(canvas.queryByShadowRole('alert')).toBeNull();
  },
};

/** The seats cannot be read (the server answers 500): the reason in words, and "Try again". */
export const LoadError: Story = {
  loaders: [mockPortal({ prepare: pool(10, 4), faults: fault.serverError('seats') })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByShadowRole('alert')).toHaveTextContent(
      /The SaaS users could not be loaded/,
    );
    await expect(canvas.getByShadowRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Adding a SaaS user: the password field's live checklist, generate and show. */
export const AddWithPassword: Story = {
  loaders: [mockPortal({ prepare: pool(10, 4) })],
  play: async (context) => {
    await meterOf(context);
    const canvas = within(context.canvasElement);
    canvas.getByShadowRole('button', { name: 'Add SaaS user' }).click();
    const dialog = await canvas.findByShadowRole('dialog', { name: 'Add SaaS user' });
    await expect(dialog).toBeVisible();
    canvas.getByShadowRole('button', { name: 'Generate a strong password' }).click();
    await canvas.findByShadowText(/A strong password was generated and is shown/);
    await canvas.findByShadowText('At least 8 characters: met');
    await expect(canvas.getByShadowRole('button', { name: 'Show password' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  },
};

/** Nothing to show yet: no adapter. */
export const NoAdapter: Story = {
  args: { source: 'none' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByShadowText('This panel has no data source yet.');
  },
};

/** 80 % used, in Brazilian Portuguese, on a phone. */
export const PortugueseBrazilPhone: Story = {
  loaders: [mockPortal({ prepare: pool(10, 8) })],
  globals: { locale: 'pt-BR', ...phone },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByShadowRole('progressbar', { name: 'Licenças em uso' }),
    ).toHaveAttribute('aria-valuetext', '8 de 10 licenças em uso');
  },
};
