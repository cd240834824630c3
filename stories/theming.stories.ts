import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';

/**
 * The public theming hooks, live: every `--kap-*` custom property of API.md as a control,
 * set on a wrapper exactly as a site would set them on `:root` or a container. Nothing here
 * reaches into a widget; what changes is only what a web developer can change.
 */

const WIDGETS = {
  all: 'All four',
  'kap-process-timeline': 'Treatment timeline',
  'kap-cost-estimator': 'Cost estimator',
  'kap-intake-screen': 'Self-screen',
  'kap-booking-request': 'Consultation request',
} as const;
type WidgetChoice = keyof typeof WIDGETS;

interface ThemingArgs {
  widget: WidgetChoice;
  theme?: 'light' | 'dark';
  accent?: string;
  text?: string;
  muted?: string;
  surface?: string;
  border?: string;
  danger?: string;
  success?: string;
  fontFamily?: string;
  fontSize?: string;
  radius?: string;
  space?: string;
  focusRing?: string;
  /** Rules written as a site would write them, e.g. `kap-cost-estimator::part(total) { … }`. */
  partRules?: string;
}

const TOKENS: Record<Exclude<keyof ThemingArgs, 'widget' | 'theme' | 'partRules'>, string> = {
  accent: '--kap-color-accent',
  text: '--kap-color-text',
  muted: '--kap-color-muted',
  surface: '--kap-color-surface',
  border: '--kap-color-border',
  danger: '--kap-color-danger',
  success: '--kap-color-success',
  fontFamily: '--kap-font-family',
  fontSize: '--kap-font-size',
  radius: '--kap-radius',
  space: '--kap-space',
  focusRing: '--kap-focus-ring',
};

function tokenStyles(args: ThemingArgs): Record<string, string> {
  const styles: Record<string, string> = {};
  for (const [arg, token] of Object.entries(TOKENS) as [keyof typeof TOKENS, string][]) {
    const value = args[arg]?.trim();
    if (value) styles[token] = value;
  }
  return styles;
}

function widget(tag: Exclude<WidgetChoice, 'all'>, theme: ThemingArgs['theme']): TemplateResult {
  switch (tag) {
    case 'kap-process-timeline':
      return html`<kap-process-timeline current-phase="preparation" date-picker theme=${ifDefined(theme)}></kap-process-timeline>`;
    case 'kap-cost-estimator':
      return html`<kap-cost-estimator contact-email="hello@example.com" theme=${ifDefined(theme)}></kap-cost-estimator>`;
    case 'kap-intake-screen':
      return html`<kap-intake-screen booking-url="#contact" theme=${ifDefined(theme)}></kap-intake-screen>`;
    case 'kap-booking-request':
      return html`<kap-booking-request contact-email="hello@example.com" theme=${ifDefined(theme)}></kap-booking-request>`;
  }
}

const colour = { control: 'color', table: { category: 'Colours' } } as const;
const size = (category: string) => ({ control: 'text', table: { category } }) as const;

const meta: Meta<ThemingArgs> = {
  title: 'Theming/Tokens and parts',
  args: { widget: 'kap-cost-estimator' },
  argTypes: {
    widget: { control: 'select', options: Object.keys(WIDGETS), labels: WIDGETS, table: { category: 'Preview' } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'], table: { category: 'Preview' } },
    accent: { ...colour, description: '`--kap-color-accent`: buttons, links, highlights' },
    text: { ...colour, description: '`--kap-color-text`: body text' },
    muted: { ...colour, description: '`--kap-color-muted`: secondary text' },
    surface: { ...colour, description: '`--kap-color-surface`: background' },
    border: { ...colour, description: '`--kap-color-border`: borders of fields and cards' },
    danger: { ...colour, description: '`--kap-color-danger`: errors and crisis emphasis' },
    success: { ...colour, description: '`--kap-color-success`: confirmations' },
    fontFamily: { ...size('Type'), description: '`--kap-font-family`: inherits the page\'s font when unset' },
    fontSize: { ...size('Type'), description: '`--kap-font-size`: base text size, e.g. `18px`' },
    radius: { ...size('Shape'), description: '`--kap-radius`: corner radius, e.g. `0px` or `16px`' },
    space: { ...size('Shape'), description: '`--kap-space`: base spacing unit, e.g. `20px`' },
    focusRing: { ...size('Shape'), description: '`--kap-focus-ring`: outline of the focused control, e.g. `3px dashed #b3261e`' },
    partRules: { control: 'text', table: { category: 'Parts' }, description: 'CSS with `::part()` selectors, applied to the page' },
  },
  render: (args) => html`
    ${args.partRules ? html`<style>${args.partRules}</style>` : nothing}
    <div class="kap-theming-preview" style=${styleMap(tokenStyles(args))}>
      ${args.widget === 'all'
        ? html`<kap-practice>
            ${(Object.keys(WIDGETS).filter((key) => key !== 'all') as Exclude<WidgetChoice, 'all'>[]).map(
              (tag) => html`<div style="margin-block-end: 32px">${widget(tag, args.theme)}</div>`,
            )}
          </kap-practice>`
        : widget(args.widget, args.theme)}
    </div>
  `,
};
export default meta;

type Story = StoryObj<ThemingArgs>;

/** The widgets' own look: change any control to see a token take effect. */
export const Playground: Story = {};

/** A serif practice with square corners and a deep green, from tokens and two part rules. */
export const CedarAndSage: Story = {
  args: {
    widget: 'all',
    accent: '#2d5a3d',
    text: '#22302a',
    surface: '#fffdf8',
    border: '#8c9a8f',
    fontFamily: "Georgia, 'Palatino Linotype', serif",
    radius: '0px',
    partRules: `
      kap-process-timeline::part(base), kap-cost-estimator::part(base),
      kap-intake-screen::part(base), kap-booking-request::part(base) { border-top: 4px solid #2d5a3d; }
      kap-cost-estimator::part(total) { letter-spacing: 0.02em; }`,
  },
};

/**
 * A dark site. The accent is light, so accent-filled buttons get a dark label through
 * `::part()`: white on amber would fail WCAG 2.2 AA's 4.5:1.
 */
export const HarborNight: Story = {
  args: {
    widget: 'all',
    accent: '#f2b25c',
    text: '#e4ebf3',
    muted: '#b3c0cf',
    surface: '#162233',
    border: '#7f91a8',
    danger: '#ff9d92',
    success: '#8fdcaa',
    radius: '12px',
    focusRing: '3px solid #f2b25c',
    partRules: `
      kap-process-timeline::part(base), kap-cost-estimator::part(base),
      kap-intake-screen::part(base), kap-booking-request::part(base) { color-scheme: dark; }
      kap-booking-request::part(submit), kap-cost-estimator::part(print-button),
      kap-process-timeline::part(calendar-button), kap-intake-screen::part(next-button) { color: #1a1205; }`,
  },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background: #0e1724; padding: 24px">${story()}</div>`],
};

/** Larger type and looser spacing for an audience that reads on small phones. */
export const LargeAndRoomy: Story = {
  args: { widget: 'kap-cost-estimator', fontSize: '20px', space: '22px', radius: '14px' },
};
