/** Calendar navigation, without a DOM: where previous / next, today, a view switch or a date take the calendar. */
import { expect } from '@open-wc/testing';
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../../src/time/calendar-date.js';
import { anchorFor, navigate, placeRange, viewFor, type CalendarPlace, type Moved } from '../../src/event-calendar/navigation.js';

const d = (iso: string) => parseIsoDate(iso)!;
const today = d('2026-11-25');
const monday = { today, firstDay: 1 } as const;
/** A move's outcome as text: `view anchor (announced)` and the days then shown. */
const said = ({ place, announce }: Moved) => {
  const range = placeRange(place, 1);
  return `${place.view} ${formatIsoDate(place.anchor)}${announce ? ' announced' : ''}: ${range.startKey}…${range.endKey}`;
};
const at = (view: CalendarPlace['view'], anchor: string): CalendarPlace => ({ view, anchor: d(anchor) });

describe('calendar navigation', () => {
  it('picks the view from the attribute, else from the width', () => {
    expect(['month', 'week', 'list'].map((v) => viewFor(v, true))).to.deep.equal(['month', 'week', 'list']);
    expect([viewFor(undefined, false), viewFor(undefined, true), viewFor('agenda', false), viewFor('', true)]).to.deep.equal([
      'month',
      'list',
      'month',
      'list',
    ]);
  });

  it('opens on the date the parent moved to, else the date attribute, else today', () => {
    const key = (date: CalendarDate) => formatIsoDate(date);
    expect(key(anchorFor(d('2027-01-04'), '2026-12-01', today))).to.equal('2027-01-04');
    expect(key(anchorFor(undefined, '2026-12-01', today))).to.equal('2026-12-01');
    expect(key(anchorFor(undefined, 'next tuesday', today))).to.equal('2026-11-25');
    expect(key(anchorFor(undefined, undefined, today))).to.equal('2026-11-25');
  });

  it('steps by the view’s unit, keeping the day of the month where it can', () => {
    expect(said(navigate(at('month', '2026-01-31'), { kind: 'step', direction: 1 }, monday))).to.equal(
      'month 2026-02-28 announced: 2026-01-26…2026-03-02',
    );
    expect(said(navigate(at('week', '2026-12-30'), { kind: 'step', direction: 1 }, monday))).to.equal(
      'week 2027-01-06 announced: 2027-01-04…2027-01-11',
    );
    expect(said(navigate(at('list', '2026-12-15'), { kind: 'step', direction: -1 }, monday))).to.equal(
      'list 2026-11-17 announced: 2026-11-17…2026-12-15',
    );
  });

  it('goes back to today, announced even when today is already shown', () => {
    expect(said(navigate(at('month', '2027-03-09'), { kind: 'today' }, monday))).to.equal('month 2026-11-25 announced: 2026-10-26…2026-12-07');
    expect(said(navigate(at('week', '2026-11-24'), { kind: 'today' }, monday))).to.equal('week 2026-11-25 announced: 2026-11-23…2026-11-30');
  });

  it('switches views keeping the parent’s place: into the list at today when shown, else at the first day', () => {
    expect(said(navigate(at('month', '2026-11-05'), { kind: 'view', view: 'list' }, monday))).to.equal(
      'list 2026-11-25 announced: 2026-11-25…2026-12-23',
    );
    expect(said(navigate(at('month', '2026-12-25'), { kind: 'view', view: 'list' }, monday))).to.equal(
      'list 2026-12-01 announced: 2026-12-01…2026-12-29',
    );
    // A Sunday-first week starts on the Sunday.
    expect(formatIsoDate(navigate(at('week', '2026-12-03'), { kind: 'view', view: 'list' }, { today, firstDay: 0 }).place.anchor)).to.equal(
      '2026-11-29',
    );
    expect(said(navigate(at('list', '2026-12-21'), { kind: 'view', view: 'month' }, monday))).to.equal(
      'month 2026-12-21 announced: 2026-11-30…2027-01-04',
    );
  });

  it('moves to a date, announcing only when other days are shown', () => {
    // Within November's grid: focus moves, nothing is said.
    expect(said(navigate(at('month', '2026-11-25'), { kind: 'date', date: d('2026-11-30') }, monday))).to.equal(
      'month 2026-11-30: 2026-10-26…2026-12-07',
    );
    // A December day shown in November's last row opens December.
    expect(said(navigate(at('month', '2026-11-25'), { kind: 'date', date: d('2026-12-02') }, monday))).to.equal(
      'month 2026-12-02 announced: 2026-11-30…2027-01-04',
    );
    expect(said(navigate(at('week', '2026-11-25'), { kind: 'date', date: d('2026-11-29') }, monday))).to.equal(
      'week 2026-11-29: 2026-11-23…2026-11-30',
    );
  });
});
