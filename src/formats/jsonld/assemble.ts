/**
 * One JSON-LD event node → its native events: the name, one event per schedule (or the one-off
 * dates), the shared fields, a stable id-safe id, and validation against the native schema with
 * optional parts that fail dropped. Apart from the readers it calls (fields.ts, schedule.ts) and
 * from the document wrapper (convert.ts) because it is the step that decides what one node
 * becomes; loaded only with the converter.
 */
import type { FeedEvent } from '../../data/feed-schema.js';
import { BIDI_REMOVED, formatPath, preview, problemText, removalText, repairText, shortenedText } from '../../data/format.js';
import { EventSchema } from '../../data/feed-schema.js';
import { feedText } from '../../text/markup.js';
import { read } from '../../data/schema-kit.js';
import { asList, shortHash, textOf } from './values.js';
import { idOf, isObject, join, typesOf, type FoundNode, type JsonNode } from './detect.js';
import { field, resolve, scheduleKey, sessionSeriesType, type Context } from './context.js';
import { formatLocal } from './wall-time.js';
import { readFields } from './fields.js';
import { readOneOff, readSchedule, type Timing } from './schedule.js';

/** Types that usually only group sessions: without dates of their own they are skipped quietly. */
const SERIES_TYPES = new Set(['EventSeries', 'SessionSeries', 'HeadlineEvent', 'CourseInstance']);

/** An id-safe, stable id for a node. */
function idFor(node: JsonNode, parent: JsonNode | undefined, title: string, start: string, ctx: Context): string {
  const raw = textOf(node['identifier']) ?? idOf(node) ?? textOf(node['url']);
  let base: string;
  if (raw && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/.test(raw)) base = raw;
  else if (raw) base = `ld-${shortHash(raw)}`;
  else base = `ld-${shortHash(`${(parent && idOf(parent)) ?? ''}|${title}|${start}`)}`;
  let id = base;
  for (let n = 2; ctx.usedIds.has(id); n++) id = `${base}-${n}`;
  ctx.usedIds.add(id);
  return id;
}

/** Validates against the native schema, dropping optional parts that fail; skips if required ones do. */
function finalise(candidate: Record<string, unknown>, path: string, title: string, ctx: Context): FeedEvent | undefined {
  const { value, problems, removed, repaired } = read(EventSchema, candidate);
  if (!value) {
    const [problem] = problems;
    ctx.diagnostics.push({ path, message: `${formatPath('', problem.keys) || 'event'}: ${problemText(problem)}`, action: 'skipped', item: title });
    return undefined;
  }
  for (const removal of removed) {
    ctx.diagnostics.push({ path: join(path, formatPath('', removal.keys)), message: removalText(removal), action: 'dropped', item: title });
  }
  for (const repair of repaired) {
    ctx.diagnostics.push({ path: join(path, formatPath('', repair.keys)), message: repairText(repair), action: 'warning', item: title });
  }
  return value;
}

/** The node a node belongs to, when the document has it: its `superEvent`, else (a course instance) its `instanceOfCourse`. */
function upOf(node: JsonNode, ctx: Pick<Context, 'byId'>): JsonNode | undefined {
  for (const key of ['superEvent', 'instanceOfCourse']) {
    const up = resolve(node[key], ctx);
    if (isObject(up)) return up;
  }
  return undefined;
}

/** The node a node takes missing fields from: the event it is a subEvent of, else the one it belongs to (`upOf`). */
export function parentOf(found: FoundNode, ctx: Pick<Context, 'byId'>): JsonNode | undefined {
  return found.parent ?? upOf(found.node, ctx);
}

/**
 * What a node inherits: its parent's fields over its parent's own parent's (OpenActive: a
 * ScheduledSession takes what it lacks from its SessionSeries, and that from its EventSeries,
 * where a large provider keeps the name; a CourseInstance from its Course), whether each is
 * written inside the other or names it.
 */
export function inheritedFrom(found: FoundNode, ctx: Pick<Context, 'byId' | 'nestedIn'>): JsonNode | undefined {
  const parent = parentOf(found, ctx);
  // imin nests EventSeries → SessionSeries → ScheduledSession by subEvent; others link them by superEvent.
  const grandparent = parent && (ctx.nestedIn?.get(parent) ?? upOf(parent, ctx));
  if (!parent || !grandparent || grandparent === parent || grandparent === found.node) return parent;
  const given = Object.entries(parent).filter(([, value]) => value !== undefined && value !== null);
  return { ...grandparent, ...Object.fromEntries(given) };
}

export function mapNode(found: FoundNode, ctx: Context): FeedEvent[] {
  const { node, path } = found;
  const parent = inheritedFrom(found, ctx);
  // Dates are never inherited: a session is an event only with dates of its own.
  const scheduleAt = scheduleKey(node);
  const given = asList(node[scheduleAt])
    .map((s) => resolve(s, ctx))
    .filter(isObject);
  // A course's schedule without a time of day is its pace ("a year, for two years"), as course listings
  // for search engines give it: not a timetable to turn into sessions.
  const paceOnly = scheduleAt === 'courseSchedule' && given.every((schedule) => textOf(schedule['startTime']) === undefined);
  const schedules = paceOnly ? [] : given;

  const hasOwnDates = node['startDate'] !== undefined || schedules.length > 0;
  const rawTitle = textOf(field(node, parent, 'name'));
  const hasSessions = asList(node['subEvent']).length > 0;
  // A series' startDate and endDate give the season its sessions fall in, never a session: read as one, a
  // year's series became an all-day event on every day of it. A course instance's too, when its classes are listed.
  const series = sessionSeriesType(node);
  if (!schedules.length && hasOwnDates && (series || (hasSessions && typesOf(node).includes('CourseInstance')))) {
    // Its sessions are its subEvents (read on their own) or come apart; without them, say where they should be.
    if (!hasSessions) {
      ctx.diagnostics.push({
        path: join(path, 'startDate'),
        message: `gives the dates of a ${series}, not of a session: its sessions come as its subEvent, an eventSchedule or ScheduledSession items`,
        action: 'skipped',
        item: rawTitle,
      });
    }
    return [];
  }
  if (!hasOwnDates) {
    // Series that only group sessions (listed as their subEvents or separately) are not events themselves.
    const groups = typesOf(node).some((t) => SERIES_TYPES.has(t)) || node['subEvent'] !== undefined;
    if (paceOnly && given.length) {
      const message = "gives the course's length and pace, not the times of its sessions (no startTime), so no sessions are shown from it";
      ctx.diagnostics.push({ path: join(path, scheduleAt), message, action: 'skipped', item: rawTitle });
    } else if (!groups) ctx.diagnostics.push({ path, message: 'has no startDate or eventSchedule', action: 'skipped', item: rawTitle });
    return [];
  }
  const cleanTitle = rawTitle ? feedText(rawTitle, 200) : undefined;
  const title = cleanTitle?.text;
  if (!title) {
    // An OpenActive session whose series is published in another feed: hundreds of these on a page say one thing.
    if (!rawTitle && !parent && node['superEvent'] !== undefined) {
      ctx.orphans.push({ path, superEvent: node['superEvent'] });
      return [];
    }
    const got = rawTitle ? ` (got ${preview(rawTitle)}: nothing visible is left once markup and invisible characters are removed)` : '';
    ctx.diagnostics.push({ path: join(path, 'name'), message: `has no name${got}`, action: 'skipped' });
    return [];
  }
  const nameWarning = (message: string) => ctx.diagnostics.push({ path: join(path, 'name'), message, action: 'warning', item: title });
  if (cleanTitle.bidi) nameWarning(`${BIDI_REMOVED} (got ${preview(rawTitle)})`);
  if (cleanTitle.cut !== undefined) nameWarning(shortenedText(200, cleanTitle.cut, cleanTitle.more));

  const timings: { timing: Timing; path: string }[] = [];
  if (schedules.length) {
    const schedulePath = join(path, scheduleAt);
    schedules.forEach((schedule, i) => {
      const p = schedules.length > 1 || Array.isArray(node[scheduleAt]) ? `${schedulePath}[${i}]` : schedulePath;
      const timing = readSchedule(schedule, p, found, parent, title, ctx);
      if (timing) timings.push({ timing, path: p });
    });
  } else {
    const timing = readOneOff(found, parent, title, ctx);
    if (!timing) {
      ctx.diagnostics.push({ path: join(path, 'startDate'), message: 'not a date we can read', action: 'skipped', item: title });
      return [];
    }
    timings.push({ timing, path });
  }
  if (!timings.length) return [];

  const fields = readFields(found, parent, title, ctx);
  const out: FeedEvent[] = [];
  const firstStart = formatLocal(timings[0]!.timing.start);
  const baseId = idFor(node, parent, title, firstStart, ctx);
  timings.forEach(({ timing }, i) => {
    const id = timings.length > 1 ? `${baseId.slice(0, 120)}-${i + 1}` : baseId;
    const candidate: Record<string, unknown> = {
      id,
      title,
      start: formatLocal(timing.start),
      allDay: !timing.start.time,
      // Shared by the events of one node's schedules (read-only once made: `finalise` copies only what it changes).
      ...fields,
    };
    if (timing.end) candidate['end'] = formatLocal(timing.end);
    if (timing.recurrence) candidate['recurrence'] = timing.recurrence;
    const event = finalise(candidate, path, title, ctx);
    if (event) out.push(event);
  });
  return out;
}

/** An event's name for diagnostics, read as safely as anything can be from a node that broke a reader. */
export function nameOf(node: JsonNode): string | undefined {
  try {
    return feedText(textOf(node['name']) ?? '', 80).text ?? textOf(node['identifier']) ?? idOf(node);
  } catch {
    return undefined;
  }
}
