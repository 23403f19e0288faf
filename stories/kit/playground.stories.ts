import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PorticoTheme } from '../../src/index.js';
import { mockPortal, portalOf } from '../support/portal.js';
import { renderGallery } from './gallery.js';
import { elementsAtRest } from './settle.js';

/** The brand tokens a designer changes live. */
interface BrandArgs {
  colorScheme: 'light' | 'dark';
  density: 'comfortable' | 'compact';
  primary: string;
  onPrimary: string;
  darkPrimary: string;
  text: string;
  muted: string;
  surface: string;
  surfaceAlt: string;
  border: string;
  radius: string;
  space: string;
  fontFamily: string;
  fontSize: string;
}

/** The args as `--portico-*` tokens, through the provider's `theme`. */
function themeOf(args: BrandArgs): PorticoTheme {
  const theme: PorticoTheme = {
    '--portico-color-primary': args.primary,
    '--portico-color-on-primary': args.onPrimary,
    '--portico-color-text': args.text,
    '--portico-color-muted': args.muted,
    '--portico-color-surface': args.surface,
    '--portico-color-surface-alt': args.surfaceAlt,
    '--portico-color-border': args.border,
    '--portico-radius': args.radius,
    '--portico-font-family': args.fontFamily,
    '--portico-font-size': args.fontSize,
    '--portico-focus-ring': `2px solid ${args.primary}`,
  };
  if (args.space) theme['--portico-space'] = args.space;
  if (args.darkPrimary) theme['--portico-dark-color-primary'] = args.darkPrimary;
  return theme;
}

/**
 * The brand playground: change a token in the Controls panel and every Portico element (each tag
 * of the manifest; new ones join when they land) follows at once. Copy the values into your page:
 * `portico-provider { --portico-color-primary: … }` or `provider.theme = { … }`. In the dark
 * scheme the colours come from `--portico-dark-*` tokens (only the dark primary is offered here;
 * unset, it is the brand lifted to stay readable).
 */
const meta: Meta<BrandArgs> = {
  title: 'Kit/Brand playground',
  loaders: [mockPortal()],
  args: {
    colorScheme: 'light',
    density: 'comfortable',
    primary: '#1d4ed8',
    onPrimary: '#ffffff',
    darkPrimary: '',
    text: '#1d2939',
    muted: '#475467',
    surface: '#ffffff',
    surfaceAlt: '#f5f7fa',
    border: '#d0d5dd',
    radius: '6px',
    space: '',
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    fontSize: '14px',
  },
  argTypes: {
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
    primary: { control: 'color', description: '`--portico-color-primary`' },
    onPrimary: { control: 'color', description: '`--portico-color-on-primary`' },
    darkPrimary: {
      control: 'color',
      description: '`--portico-dark-color-primary` (empty: the brand, lifted)',
    },
    text: { control: 'color', description: '`--portico-color-text`' },
    muted: { control: 'color', description: '`--portico-color-muted`' },
    surface: { control: 'color', description: '`--portico-color-surface`' },
    surfaceAlt: { control: 'color', description: '`--portico-color-surface-alt`' },
    border: { control: 'color', description: '`--portico-color-border`' },
    radius: { control: 'text', description: '`--portico-radius`' },
    space: { control: 'text', description: '`--portico-space` (empty: the density’s)' },
    fontFamily: { control: 'text', description: '`--portico-font-family`' },
    fontSize: { control: 'text', description: '`--portico-font-size`' },
  },
  render: (args, context) =>
    renderGallery({
      adapter: portalOf(context).embedded('generalAdmin'),
      theme: themeOf(args),
      colorScheme: args.colorScheme,
      density: args.density,
      ...(args.colorScheme === 'dark' ? {} : { backdrop: args.surface }),
    }),
  play: async ({ canvasElement }) => {
    await elementsAtRest(canvasElement);
  },
};
export default meta;

/** Portico's defaults: change any control. */
export const Playground: StoryObj<BrandArgs> = {};
