import type { CalendarPanelStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/** British English for the filter form: registered by its chunk (calendar-filter-form.ts) as it loads. */
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
