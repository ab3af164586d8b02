import type { CalendarPanelStrings } from '../../i18n/translation.js';
import type { CalendarEnglish } from './en-GB.js';
import { plural } from '../../i18n/plural.js';

/** British English for the filter form: it travels in that chunk (calendar-filter-form.ts). */
export const calendarFilterFormEnGB = {
  calendarFilterType: 'Type of session',
  calendarFilterArea: 'Area',
  calendarAllAreas: 'All areas',
  calendarFilterAge: "Child's age",
  calendarAnyAge: 'Any age',
  calendarAgeBand: (years, formatted) =>
    years === 0
      ? 'Under 1'
      : years >= 5
        ? `${formatted} and over`
        : `${formatted} ${plural('en-GB', years, { one: 'year', other: 'years' })}`,
  calendarFreeOnly: 'Free sessions only',
  calendarOptionCount: (label, count) => `${label} (${count})`,
} satisfies Partial<CalendarPanelStrings>;

/** The keys only the filter form reads, typed as `Translation` has them. */
export type CalendarFilterFormStrings = Pick<CalendarPanelStrings, keyof typeof calendarFilterFormEnGB>;

/** What the filter form reads: the calendar's strings and the form's own. */
export type CalendarFilterFormText = CalendarEnglish & CalendarFilterFormStrings;
