/**
 * Calendar navigation, pure: where the calendar is (its view and the date it is anchored on),
 * where a parent's move takes it (previous / next, today, another view, a date picked with the
 * grid's keys or by opening a day), and the days that place shows. The element keeps the place
 * in its state and does the rest (announcing, focus, `pc-range-change`).
 */
import { parseIsoDate, type CalendarDate, type WeekdayNumber } from '../time/calendar-date.js';
import { stepAnchor, switchAnchor, visibleRange, type CalendarView, type VisibleRange } from './range.js';

export const VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];

/** Where the calendar is: the view shown, and the date it was opened on or moved to. */
export interface CalendarPlace {
  view: CalendarView;
  anchor: CalendarDate;
}

/** What a parent did. */
export type CalendarMove =
  | { kind: 'step'; direction: -1 | 1 }
  | { kind: 'today' }
  | { kind: 'view'; view: CalendarView }
  | { kind: 'date'; date: CalendarDate };

export interface NavigationOptions {
  /** Today in the programme's timezone. */
  today: CalendarDate;
  /** 1 = Monday, 0 = Sunday, 6 = Saturday. */
  firstDay: WeekdayNumber;
}

export interface Moved {
  place: CalendarPlace;
  /**
   * The move is said aloud (the range and its number of sessions) and closes the day opened
   * under the month grid: every button's move, and a date move that shows other days (another
   * month); a date move within the days shown only moves focus.
   */
  announce: boolean;
}

/** The view shown: the `view` attribute when it names one, else the list on a narrow calendar and the month on a wide one. */
export function viewFor(requested: string | undefined, narrow: boolean): CalendarView {
  return VIEWS.includes(requested as CalendarView) ? (requested as CalendarView) : narrow ? 'list' : 'month';
}

/** The date shown: where the parent moved to, else the `date` attribute (when it is a date), else today. */
export function anchorFor(moved: CalendarDate | undefined, date: string | undefined, today: CalendarDate): CalendarDate {
  return moved ?? parseIsoDate(date ?? '') ?? today;
}

/** The days a place shows. */
export function placeRange(place: CalendarPlace, firstDay: WeekdayNumber): VisibleRange {
  return visibleRange(place.view, place.anchor, { firstDay });
}

/**
 * Where a move takes the calendar:
 *  - step: a month, a week, or the list's four weeks back or forward;
 *  - today: the range holding today;
 *  - view: the other view keeps the parent's place (into the list: today when the month or week
 *    shown holds it, else that month's or week's first day);
 *  - date: the range holding that date.
 */
export function navigate(from: CalendarPlace, move: CalendarMove, options: NavigationOptions): Moved {
  switch (move.kind) {
    case 'step':
      return { place: { view: from.view, anchor: stepAnchor(from.view, from.anchor, move.direction) }, announce: true };
    case 'today':
      return { place: { view: from.view, anchor: options.today }, announce: true };
    case 'view':
      return {
        place: { view: move.view, anchor: switchAnchor(from.view, move.view, from.anchor, options.today, options) },
        announce: true,
      };
    case 'date': {
      const place = { view: from.view, anchor: move.date };
      return { place, announce: placeRange(place, options.firstDay).startKey !== placeRange(from, options.firstDay).startKey };
    }
  }
}
