/**
 * The counts shown next to each filter choice ("Stay and play (3)"). Needed only while the
 * filter form is open, so it travels with the form's chunk (filter-form.ts).
 */
import { AGE_YEARS, ageOverlaps, matchesFilters, type AreaOf, type CalendarFilters } from './calendar-filters.js';
import type { Occurrence } from './occurrences.js';

/** How many sessions each choice would show, given the other filters. */
export interface FilterCounts {
  categories: Map<string, number>;
  areas: Map<string, number>;
  /** Indexed like `AGE_YEARS`. */
  ages: number[];
  free: number;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function countChoices(occurrences: readonly Occurrence[], filters: CalendarFilters, areaOf: AreaOf): FilterCounts {
  const counts: FilterCounts = { categories: new Map(), areas: new Map(), ages: AGE_YEARS.map(() => 0), free: 0 };
  for (const { event } of occurrences) {
    if (matchesFilters(event, filters, areaOf, 'categories')) {
      for (const id of new Set(event.categories)) bump(counts.categories, id);
    }
    if (matchesFilters(event, filters, areaOf, 'area')) {
      const area = areaOf(event);
      if (area) bump(counts.areas, area);
    }
    if (matchesFilters(event, filters, areaOf, 'age')) {
      AGE_YEARS.forEach((years, i) => {
        if (ageOverlaps(event.ageRange, years)) counts.ages[i]! += 1;
      });
    }
    if (matchesFilters(event, filters, areaOf, 'free') && event.cost?.free === true) counts.free += 1;
  }
  return counts;
}
