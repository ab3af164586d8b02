/**
 * Reads a native (v1) feed leniently: one bad service must not hide the other 4,999.
 * Lists are validated one item at a time. An item whose problems are all in optional parts
 * loses just those parts; an item with a bad required field is left out. Every decision is
 * recorded as a Diagnostic so the publishing data team can fix the source.
 * Only a document that is not a feed at all (wrong shape, version or programme) throws.
 */
import * as v from 'valibot';
import { FeedError, type Diagnostic } from './errors.js';
import {
  CategorySchema,
  EventSchema,
  FormsSchema,
  OptionSchema,
  ProgrammeSchema,
  ServiceSchema,
  type Feed,
  type FeedEvent,
  type Forms,
  type Programme,
  type Service,
  VERSION_PATTERN,
} from './feed-schema.js';
import { describeIssue, formatDiagnostic, formatPath, issueText, preview, type PathKey } from './format.js';

type Json = Record<string, unknown>;
type Issue = v.BaseIssue<unknown>;

/** abortPipeEarly: one reason per field is enough, and it is faster. */
const CONFIG: v.Config<Issue> = { abortPipeEarly: true, message: describeIssue };
/** Removing a part can expose another problem (an emptied list); a few rounds always settle it. */
const MAX_REPAIR_ROUNDS = 4;
const OPTIONAL_TYPES = new Set(['optional', 'exact_optional', 'nullish']);
const NOTHING_ESSENTIAL: ReadonlySet<string> = new Set();

/**
 * Optional parts that must never be removed on their own, because the rest would then say
 * something false: a cancelled event shown as running, a monthly session shown as weekly,
 * a series without its end date or exclusions inventing sessions. A problem in one of these
 * removes the enclosing opening session instead, or leaves the event out.
 * (Patterns: field names joined by `.`, `[]` for any list position.)
 */
const SERVICE_ESSENTIAL: ReadonlySet<string> = new Set([
  'schedule[].frequency',
  'schedule[].byDay[]',
  'schedule[].weekOfMonth',
  'schedule[].weekOfMonth[]',
]);
const EVENT_ESSENTIAL: ReadonlySet<string> = new Set([
  'cancelled',
  'recurrence',
  'recurrence.interval',
  'recurrence.byDay',
  'recurrence.byDay[]',
  'recurrence.weekOfMonth',
  'recurrence.weekOfMonth[]',
  'recurrence.byMonthDay',
  'recurrence.byMonthDay[]',
  'recurrence.until',
  'recurrence.count',
  'recurrence.exclude',
  'recurrence.cancelled',
]);

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cheap shape test for format auto-detection: no validation, no allocation. */
export function isNativeFeedShape(json: unknown): boolean {
  return isRecord(json) && isRecord(json.programme) && typeof json.version === 'string';
}

/** The ids that items may refer to; used for warnings, never to drop anything. */
export interface FeedRefs {
  categoryIds: ReadonlySet<string>;
  areaIds: ReadonlySet<string>;
  /** Absent when the services were not validated: an event's serviceId is then not checked. */
  serviceIds?: ReadonlySet<string>;
}

/** Validates one part of the feed (its raw value from the document), recording diagnostics in `out`. */
export type FeedSection<T> = (raw: unknown, refs: FeedRefs, out: Diagnostic[]) => T;

/** The parts to validate. A part left out is not read at all: its list is empty, forms are `{}`. */
export interface FeedSections {
  services?: FeedSection<Service[]>;
  events?: FeedSection<FeedEvent[]>;
  forms?: FeedSection<Forms>;
}

// Each section is its own export, so a bundle that never names one leaves out its schemas.
export const servicesSection: FeedSection<Service[]> = (raw, refs, out) =>
  validateList(raw, 'services', ServiceSchema, out, {
    essential: SERVICE_ESSENTIAL,
    warn: (service, path, item) => warnUnknownRefs(service, path, item, refs, out),
  });

export const eventsSection: FeedSection<FeedEvent[]> = (raw, refs, out) =>
  validateList(raw, 'events', EventSchema, out, {
    essential: EVENT_ESSENTIAL,
    reject: endBeforeStart,
    warn: (event, path, item) => {
      warnUnknownRefs(event, path, item, refs, out);
      if (event.serviceId !== undefined && refs.serviceIds && !refs.serviceIds.has(event.serviceId)) {
        out.push({
          path: `${path}.serviceId`,
          message: `refers to service ${preview(event.serviceId)}, which is not in services`,
          action: 'warning',
          item,
        });
      }
    },
  });

export const formsSection: FeedSection<Forms> = validateForms;

/**
 * Validates a parsed native feed document. Returns the cleaned feed (defaults applied,
 * text trimmed) and what was repaired. Never mutates `json`.
 * @throws FeedError('not-a-feed') when the document is not a usable v1 feed at all.
 */
export function validateNativeFeed(json: unknown): { feed: Feed; diagnostics: Diagnostic[] } {
  return validateFeedSections(json, { services: servicesSection, events: eventsSection, forms: formsSection });
}

/**
 * `validateNativeFeed` for a widget that reads only some parts of the feed, e.g.
 * `validateFeedSections(json, { services: servicesSection })`. The header (version and
 * programme) is always validated; the parts not asked for are left empty.
 */
export function validateFeedSections(json: unknown, sections: FeedSections): { feed: Feed; diagnostics: Diagnostic[] } {
  if (!isRecord(json)) {
    throw notAFeed(`The document must be a JSON object with "version" and "programme" (got ${describeKind(json)}).`);
  }
  const { $schema, version, programme, services, events, forms, ...extras } = json;
  if (version === undefined && programme === undefined) {
    const keys = Object.keys(json).slice(0, 8).join(', ') || 'none';
    throw notAFeed(`The document has no "version" or "programme" at the top level (found keys: ${keys}).`);
  }
  const checkedVersion = checkVersion(version);
  if (!isRecord(programme)) {
    throw notAFeed(
      programme === undefined
        ? '"programme" is missing: a feed needs a programme object with at least a "name".'
        : `"programme" must be an object (got ${preview(programme)}).`,
    );
  }

  const diagnostics: Diagnostic[] = [];
  const programmeOut = validateProgramme(programme, diagnostics);
  const refs: FeedRefs = {
    categoryIds: new Set(programmeOut.categories.map((c) => c.id)),
    areaIds: new Set(programmeOut.areas.map((a) => a.id)),
  };
  const serviceList = sections.services?.(services, refs, diagnostics) ?? [];
  if (sections.services) refs.serviceIds = new Set(serviceList.map((s) => s.id));

  const feed: Feed = {
    ...extras,
    version: checkedVersion,
    programme: programmeOut,
    services: serviceList,
    events: sections.events?.(events, refs, diagnostics) ?? [],
    forms: sections.forms?.(forms, refs, diagnostics) ?? {},
  };
  if (typeof $schema === 'string') feed.$schema = $schema;
  else if ($schema !== undefined) {
    diagnostics.push({ path: '$schema', message: `must be text (got ${preview($schema)})`, action: 'dropped' });
  }
  return { feed, diagnostics };
}

const logged = new WeakSet<readonly Diagnostic[]>();

/**
 * Writes the diagnostics to the console as one collapsed block, once per array: several
 * widgets sharing one feed must not repeat the same report.
 */
export function logDiagnostics(diagnostics: readonly Diagnostic[], source: string): void {
  if (diagnostics.length === 0 || logged.has(diagnostics)) return;
  logged.add(diagnostics);
  const count = (action: Diagnostic['action']) => diagnostics.filter((d) => d.action === action).length;
  const header =
    `[parent-champion-widgets] ${diagnostics.length} problem(s) in the feed ${source || '(inline data)'}: ` +
    `${count('skipped')} item(s) left out, ${count('dropped')} field(s) removed, ${count('warning')} warning(s).`;
  const body = diagnostics.map(formatDiagnostic).join('\n');
  // '%s' keeps `%c`/`%o` in feed text or URLs from being read as console format directives.
  if (typeof console.groupCollapsed === 'function' && typeof console.groupEnd === 'function') {
    console.groupCollapsed('%s', header);
    console.warn('%s', body);
    console.groupEnd();
  } else {
    console.warn('%s', `${header}\n${body}`);
  }
}

// ---------------------------------------------------------------------------------------

function notAFeed(message: string): FeedError {
  return new FeedError('not-a-feed', message);
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `${typeof value} ${preview(value)}`;
}

function checkVersion(version: unknown): string {
  if (version === undefined) throw notAFeed('"version" is missing: expected "1.0".');
  if (typeof version !== 'string') {
    throw notAFeed(`"version" must be a string such as "1.0" (got ${preview(version)}).`);
  }
  if (!VERSION_PATTERN.test(version)) {
    throw notAFeed(`"version" ${preview(version)} is not supported: this library reads version "1.0" (any 1.x) feeds.`);
  }
  return version;
}

function validateProgramme(raw: Json, out: Diagnostic[]): Programme {
  // Areas and categories are lists: validated item by item below, not as part of the header.
  const { areas, categories, ...header } = raw;
  const local: Diagnostic[] = [];
  const programme = validateItem(ProgrammeSchema, header, 'programme', undefined, NOTHING_ESSENTIAL, local);
  if (!programme) {
    const [problem] = local;
    throw notAFeed(`The programme cannot be used: ${problem.path} ${problem.message}.`);
  }
  out.push(...local);
  programme.areas = validateList(areas, 'programme.areas', OptionSchema, out);
  programme.categories = validateList(categories, 'programme.categories', CategorySchema, out);
  return programme;
}

function validateForms(raw: unknown, _refs: FeedRefs, out: Diagnostic[]): Forms {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    out.push({ path: 'forms', message: `must be an object (got ${preview(raw)})`, action: 'dropped' });
    return {};
  }
  // The option lists are validated item by item, like every other list.
  const input: Json = { ...raw };
  let optionLists: Json | undefined;
  if (isRecord(raw.signup)) {
    const { heardAboutOptions, interests, ...signup } = raw.signup;
    input.signup = signup;
    optionLists = { heardAboutOptions, interests };
  }
  const forms = validateItem(FormsSchema, input, 'forms', undefined, NOTHING_ESSENTIAL, out) ?? {};
  if (forms.signup && optionLists) {
    const base = 'forms.signup';
    forms.signup.heardAboutOptions = validateList(optionLists.heardAboutOptions, `${base}.heardAboutOptions`, OptionSchema, out);
    forms.signup.interests = validateList(optionLists.interests, `${base}.interests`, OptionSchema, out);
  }
  return forms;
}

interface ListRules<T> {
  essential?: ReadonlySet<string>;
  /** A reason to leave out an otherwise valid item, e.g. an end before its start. */
  reject?: (value: T) => { field: string; message: string } | undefined;
  /** Record warnings about a kept item. */
  warn?: (value: T, path: string, item: string | undefined) => void;
}

function validateList<T extends { id: string }>(
  raw: unknown,
  path: string,
  schema: v.GenericSchema<unknown, T>,
  out: Diagnostic[],
  rules: ListRules<T> = {},
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    out.push({ path, message: `must be a list (a JSON array) (got ${preview(raw)}); read as empty`, action: 'skipped' });
    return [];
  }
  const kept: T[] = [];
  const firstIndexById = new Map<string, number>();
  for (let index = 0; index < raw.length; index++) {
    const input: unknown = raw[index];
    const itemPath = `${path}[${index}]`;
    const item = labelOf(input);
    const value = validateItem(schema, input, itemPath, item, rules.essential ?? NOTHING_ESSENTIAL, out);
    if (value === undefined) continue;
    const rejection = rules.reject?.(value);
    if (rejection) {
      out.push({ path: `${itemPath}.${rejection.field}`, message: rejection.message, action: 'skipped', item });
      continue;
    }
    const first = firstIndexById.get(value.id);
    if (first !== undefined) {
      out.push({
        path: `${itemPath}.id`,
        message: `repeats the id of ${path}[${first}] (got ${preview(value.id)}); the first one is kept`,
        action: 'skipped',
        item,
      });
      continue;
    }
    firstIndexById.set(value.id, index);
    rules.warn?.(value, itemPath, item);
    kept.push(value);
  }
  return kept;
}

/**
 * Validates one item. On failure, removes the deepest optional part around each problem
 * (an optional field, or one entry of a list) and tries again; when a problem sits in a
 * required field the item is left out. Diagnostics are only recorded for the final outcome.
 */
function validateItem<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  path: string,
  item: string | undefined,
  essential: ReadonlySet<string>,
  out: Diagnostic[],
): T | undefined {
  let result = v.safeParse(schema, input, CONFIG);
  if (result.success) return result.output;

  const dropped: Diagnostic[] = [];
  let working: unknown;
  for (let round = 0; round < MAX_REPAIR_ROUNDS; round++) {
    const removals = new Map<string, { keys: PathKey[]; rest: PathKey[]; issue: Issue }>();
    const fatal: { keys: PathKey[]; issue: Issue }[] = [];
    for (const issue of result.issues) {
      const keys = (issue.path ?? []).map((p) => p.key as PathKey);
      const depth = removableDepth(schema, keys, essential);
      if (depth === 0) fatal.push({ keys, issue });
      else {
        const target = keys.slice(0, depth);
        const id = formatPath('', target);
        if (!removals.has(id)) removals.set(id, { keys: target, rest: keys.slice(depth), issue });
      }
    }
    if (fatal.length > 0) {
      out.push(skippedDiagnostic(path, item, fatal));
      return undefined;
    }

    working ??= cloneJson(input);
    const touchedLists = new Set<unknown[]>();
    const applied: string[] = [];
    // Shortest first, so a part inside an already removed part is not touched (or reported) twice.
    for (const [id, removal] of [...removals].sort(([a], [b]) => a.length - b.length)) {
      if (applied.some((done) => id.startsWith(done) && (id[done.length] === '.' || id[done.length] === '['))) continue;
      removeAt(working, removal.keys, touchedLists);
      applied.push(id);
      const where = removal.rest.length ? `${formatPath('', removal.rest)} ` : '';
      dropped.push({ path: formatPath(path, removal.keys), message: where + issueText(removal.issue), action: 'dropped', item });
    }
    for (const list of touchedLists) compact(list);

    result = v.safeParse(schema, working, CONFIG);
    if (result.success) {
      out.push(...dropped);
      return result.output;
    }
  }
  out.push({ path, message: 'has problems that could not be repaired', action: 'skipped', item });
  return undefined;
}

function skippedDiagnostic(path: string, item: string | undefined, fatal: { keys: PathKey[]; issue: Issue }[]): Diagnostic {
  const [first, ...others] = fatal;
  const also = others.slice(0, 3).map(({ keys, issue }) => `${formatPath('', keys) || 'the item'} ${issueText(issue)}`);
  const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
  return {
    path: formatPath(path, first.keys),
    message: issueText(first.issue) + (also.length ? `; also ${also.join('; ')}${more}` : ''),
    action: 'skipped',
    item,
  };
}

/** Structural view of a valibot schema, enough to walk an issue path through it. */
interface SchemaNode {
  type: string;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  entries?: Record<string, SchemaNode>;
}

/**
 * How many leading keys of `keys` name the deepest part that may be removed: an optional
 * field or a list entry, and not essential. 0 = none, the problem is in a required field.
 */
function removableDepth(schema: unknown, keys: readonly PathKey[], essential: ReadonlySet<string>): number {
  let node = schema as SchemaNode | undefined;
  let pattern = '';
  let depth = 0;
  for (let i = 0; i < keys.length && node; i++) {
    while (node.wrapped && OPTIONAL_TYPES.has(node.type)) node = node.wrapped;
    const key = keys[i];
    let removable: boolean;
    if (typeof key === 'number' && node.type === 'array') {
      pattern += '[]';
      node = node.item;
      removable = true;
    } else if (typeof key === 'string' && node.entries && Object.hasOwn(node.entries, key)) {
      pattern += pattern ? `.${key}` : key;
      node = node.entries[key];
      removable = OPTIONAL_TYPES.has(node.type);
    } else {
      break;
    }
    if (removable && !essential.has(pattern)) depth = i + 1;
  }
  return depth;
}

const REMOVED = Symbol('removed');

function removeAt(root: unknown, keys: readonly PathKey[], touchedLists: Set<unknown[]>): void {
  let parent: unknown = root;
  for (const key of keys.slice(0, -1)) parent = (parent as Record<PathKey, unknown> | undefined)?.[key];
  const last = keys[keys.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') {
    // Marked, then compacted after the round, so the other issues' indices stay valid.
    parent[last] = REMOVED;
    touchedLists.add(parent);
  } else if (isRecord(parent) && typeof last === 'string') {
    delete parent[last];
  }
}

function compact(list: unknown[]): void {
  let write = 0;
  for (const entry of list) if (entry !== REMOVED) list[write++] = entry;
  list.length = write;
}

/** Deep copy of JSON data, so repairs never touch the caller's document. */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (isRecord(value)) {
    const copy: Json = {};
    // Assigning "__proto__" would set the copy's prototype; valibot drops that key anyway.
    for (const key of Object.keys(value)) if (key !== '__proto__') copy[key] = cloneJson(value[key]);
    return copy;
  }
  return value;
}

/** The item's id, name or title, for diagnostics. */
function labelOf(input: unknown): string | undefined {
  if (!isRecord(input)) return undefined;
  for (const key of ['id', 'name', 'title', 'label']) {
    const value = input[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 80);
  }
  return undefined;
}

/** Local date-times compare as text once padded to the same precision. */
function endBeforeStart(event: FeedEvent): { field: string; message: string } | undefined {
  if (event.end === undefined) return undefined;
  const dateOnly = event.start.length === 10 || event.end.length === 10;
  const start = dateOnly ? event.start.slice(0, 10) : event.start.padEnd(19, ':00');
  const end = dateOnly ? event.end.slice(0, 10) : event.end.padEnd(19, ':00');
  if (end >= start) return undefined;
  return { field: 'end', message: `is before start (got end ${preview(event.end)}, start ${preview(event.start)})` };
}

function warnUnknownRefs(
  value: Service | FeedEvent,
  path: string,
  item: string | undefined,
  refs: FeedRefs,
  out: Diagnostic[],
): void {
  value.categories.forEach((id, index) => {
    if (!refs.categoryIds.has(id)) {
      out.push({
        path: `${path}.categories[${index}]`,
        message: `refers to category ${preview(id)}, which is not in programme.categories`,
        action: 'warning',
        item,
      });
    }
  });
  if (value.area !== undefined && !refs.areaIds.has(value.area)) {
    out.push({
      path: `${path}.area`,
      message: `refers to area ${preview(value.area)}, which is not in programme.areas`,
      action: 'warning',
      item,
    });
  }
}
