import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mockPortal, portalOf } from '../support/portal.js';
import { renderGallery, vendorBrand, type GalleryOptions } from './gallery.js';
import { elementsAtRest } from './settle.js';

type ThemeArgs = Pick<GalleryOptions, 'colorScheme' | 'density'> & { brand: boolean };

/**
 * Every element in each theme the kit ships, on one provider (stories are tests: axe checks each,
 * contrast included — the dark scheme's pairs too). Forced colours (Windows high contrast) is shown
 * here for designers; its checks run in `test/a11y/criteria.test.ts`, which can switch Chromium
 * into forced colours.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Kit/Themes',
  loaders: [mockPortal()],
  args: { colorScheme: 'light', density: 'comfortable', brand: true },
  argTypes: {
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
    brand: { control: 'boolean', description: "The vendor's brand (violet) or Portico's defaults" },
  },
  render: (args, context) =>
    renderGallery({
      adapter: portalOf(context).embedded('generalAdmin'),
      ...(args.brand ? { theme: vendorBrand } : {}),
      ...(args.colorScheme ? { colorScheme: args.colorScheme } : {}),
      ...(args.density ? { density: args.density } : {}),
    }),
  play: async ({ canvasElement }) => {
    await elementsAtRest(canvasElement);
  },
};
export default meta;

type Story = StoryObj<ThemeArgs>;

/** The light scheme with the vendor's violet brand. */
export const LightBrand: Story = {};

/** The dark scheme (`color-scheme="dark"` on the provider), the same brand lifted to stay readable. */
export const DarkBrand: Story = { args: { colorScheme: 'dark' } };

/** Portico's own dark palette, no brand. */
export const Dark: Story = { args: { colorScheme: 'dark', brand: false } };

/** Compact density: less space, smaller controls, every target still at least 24 px. */
export const Compact: Story = { args: { density: 'compact' } };

/** Compact and dark together. */
export const CompactDark: Story = { args: { density: 'compact', colorScheme: 'dark' } };

/**
 * For designers: open it with Windows high contrast on, or DevTools › Rendering › "Emulate CSS
 * media feature forced-colors: active". System colours replace the palette; controls keep borders,
 * badges keep a shape per tone, focus is a Highlight outline.
 */
export const ForcedColors: Story = { args: { brand: false } };
