import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/process-timeline/define.js';
// Its Spanish too, so a story in a Spanish locale reads as on a page with the bundle.
import '../src/components/process-timeline/messages.es.js';
import { addCalendarDays } from '../src/core/schedule.js';
import { todayIn } from '../src/core/today.js';

interface TimelineArgs {
  startDate?: string;
  datePicker?: boolean;
  currentPhase?: string;
  sessionDays?: string;
  sessionTime?: string;
  closedDates?: string;
  timezone?: string;
  theme?: 'light' | 'dark';
}

// Stories compute their dates from today, so a dated plan never turns into "has passed".
const zone = 'America/Los_Angeles';
const nextMonday = (() => {
  const today = todayIn(zone);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return addCalendarDays(today, ((8 - weekday) % 7) + 14);
})();

const meta: Meta<TimelineArgs> = {
  title: 'Widgets/Process timeline',
  component: 'kap-process-timeline',
  argTypes: {
    currentPhase: {
      control: 'select',
      options: [undefined, 'consultation', 'preparation', 'medicine', 'integration', 'ongoing'],
    },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => html`
    <kap-process-timeline
      start-date=${ifDefined(args.startDate)}
      ?date-picker=${args.datePicker}
      current-phase=${ifDefined(args.currentPhase)}
      session-days=${ifDefined(args.sessionDays)}
      session-time=${ifDefined(args.sessionTime)}
      closed-dates=${ifDefined(args.closedDates)}
      timezone=${ifDefined(args.timezone)}
      theme=${ifDefined(args.theme)}
    ></kap-process-timeline>
  `,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The journey as phases, with counts and durations from the practice settings. */
export const PhasesOnly: Story = {};

/** A client already in treatment: one phase carries `phase--current` and "You are here". */
export const CurrentPhase: Story = { args: { currentPhase: 'medicine' } };

/** Every session dated, grouped by week, with "Add to calendar". */
export const DatedPlan: Story = { args: { startDate: nextMonday } };

/** The visitor chooses the first session date. */
export const DatePicker: Story = { args: { datePicker: true } };

/** A closed Thursday pushes the series a week longer and takes an integration day: the plan says so. */
export const ClosedDatesWithWarning: Story = {
  args: {
    startDate: nextMonday,
    closedDates: `${addCalendarDays(nextMonday, 11)} ${addCalendarDays(nextMonday, 17)}`,
  },
};

/** A wrong attribute shows the settings panel instead of the timeline. */
export const SettingsError: Story = { args: { sessionDays: 'weekends', currentPhase: 'dosing' } };

/** A start date in the past: a clear message in place of the plan, phases still shown. */
export const PastStartDate: Story = { args: { startDate: addCalendarDays(todayIn(zone), -7), datePicker: true } };

/** Forced dark theme with a dated plan. */
export const Dark: Story = {
  args: { theme: 'dark', currentPhase: 'integration', startDate: nextMonday },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#151b1e;padding:16px">${story()}</div>`],
};
