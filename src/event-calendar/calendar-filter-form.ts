/**
 * The chunk opening "Filter sessions" brings: the filter form, with its styles (`styles`, added
 * to the calendar's shadow root as the chunk arrives) and British English. Fetched when the
 * browser is idle after the first render, or when a parent opens the filters.
 */
import { registerStrings } from '../i18n/registry.js';
import { calendarFilterFormEnGB } from './strings/filter-form.en-GB.js';

registerStrings(calendarFilterFormEnGB);

export { filterFormStyles as styles, renderFilterForm } from './filter-form.js';
