/**
 * Reads a native (v1) feed leniently: one bad service must not hide the other 4,999.
 * Lists are validated one item at a time. An item whose problems are all in optional parts
 * loses just those parts; an item with a bad required field is left out. Every decision is
 * recorded as a Diagnostic so the publishing data team can fix the source.
 * Only a document that is not a feed at all (wrong shape, version or programme) throws.
 */
import { FeedError, type Diagnostic } from './errors.js';
import { isJsonObject } from './json-object.js';
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
import { formatDiagnostic, formatPath, problemText, preview, removalText } from './format.js';
import { read, type Schema } from './schema-kit.js';

type Json = Record<string, unknown>;


/** Cheap shape test for format auto-detection: no validation, no allocation. */
export function isNativeFeedShape(json: unknown): boolean {
  return isJsonObject(json) && isJsonObject(json.programme) && typeof json.version === 'string';
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
    warn: (service, path, item) => warnUnknownRefs(service, path, item, refs, out),
  });

export const eventsSection: FeedSection<FeedEvent[]> = (raw, refs, out) =>
  validateList(raw, 'events', EventSchema, out, {
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
  if (!isJsonObject(json)) {
    throw notAFeed(`The document must be a JSON object with "version" and "programme" (got ${describeKind(json)}).`);
  }
  const { $schema, version, programme, services, events, forms, ...extras } = json;
  if (version === undefined && programme === undefined) {
    const keys = Object.keys(json).slice(0, 8).join(', ') || 'none';
    throw notAFeed(`The document has no "version" or "programme" at the top level (found keys: ${keys}).`);
  }
  const checkedVersion = checkVersion(version);
  if (!isJsonObject(programme)) {
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
/** The last report written for each source: a saved copy and the fresh copy of a feed report once. */
const lastReport = new Map<string, string>();

/** True, and remembered, unless `report` is what `source` last reported. */
export function isNewReport(source: string, report: string): boolean {
  if (lastReport.get(source) === report) return false;
  lastReport.set(source, report);
  return true;
}

/**
 * Writes the diagnostics to the console as one collapsed block, once per array and not again
 * while its source reports the same: several widgets sharing one feed, or the saved copy
 * shown while the fresh one loads, must not repeat the same report.
 */
export function logDiagnostics(diagnostics: readonly Diagnostic[], source: string): void {
  if (diagnostics.length === 0 || logged.has(diagnostics)) return;
  logged.add(diagnostics);
  const count = (action: Diagnostic['action']) => diagnostics.filter((d) => d.action === action).length;
  const header =
    `[parent-champion-widgets] ${diagnostics.length} problem(s) in the feed ${source || '(inline data)'}: ` +
    `${count('skipped')} item(s) left out, ${count('dropped')} field(s) removed, ${count('warning')} warning(s).`;
  const body = diagnostics.map(formatDiagnostic).join('\n');
  if (!isNewReport(source, header + body)) return;
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
  const programme = validateItem(ProgrammeSchema, header, 'programme', undefined, local);
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
  if (!isJsonObject(raw)) {
    out.push({ path: 'forms', message: `must be an object (got ${preview(raw)})`, action: 'dropped' });
    return {};
  }
  // The option lists are validated item by item, like every other list.
  const input: Json = { ...raw };
  let optionLists: Json | undefined;
  if (isJsonObject(raw.signup)) {
    const { heardAboutOptions, interests, ...signup } = raw.signup;
    input.signup = signup;
    optionLists = { heardAboutOptions, interests };
  }
  const forms = validateItem(FormsSchema, input, 'forms', undefined, out) ?? {};
  if (forms.signup && optionLists) {
    const base = 'forms.signup';
    forms.signup.heardAboutOptions = validateList(optionLists.heardAboutOptions, `${base}.heardAboutOptions`, OptionSchema, out);
    forms.signup.interests = validateList(optionLists.interests, `${base}.interests`, OptionSchema, out);
  }
  return forms;
}

interface ListRules<T> {
  /** A reason to leave out an otherwise valid item, e.g. an end before its start. */
  reject?: (value: T) => { field: string; message: string } | undefined;
  /** Record warnings about a kept item. */
  warn?: (value: T, path: string, item: string | undefined) => void;
}

function validateList<T extends { id: string }>(
  raw: unknown,
  path: string,
  schema: Schema<T>,
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
    const value = validateItem(schema, input, itemPath, item, out);
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
 * Validates one item: a bad optional part (an optional field, or one entry of a list) is
 * removed and reported; a bad required part leaves the whole item out.
 */
function validateItem<T>(schema: Schema<T>, input: unknown, path: string, item: string | undefined, out: Diagnostic[]): T | undefined {
  const { value, problems, removed } = read(schema, input);
  if (value === undefined) {
    const [first, ...others] = problems;
    const also = others.slice(0, 3).map((problem) => `${formatPath('', problem.keys) || 'the item'} ${problemText(problem)}`);
    const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
    out.push({
      path: formatPath(path, first.keys),
      message: problemText(first) + (also.length ? `; also ${also.join('; ')}${more}` : ''),
      action: 'skipped',
      item,
    });
    return undefined;
  }
  for (const removal of removed) {
    out.push({ path: formatPath(path, removal.keys), message: removalText(removal), action: 'dropped', item });
  }
  return value;
}

/** The item's id, name or title, for diagnostics. */
function labelOf(input: unknown): string | undefined {
  if (!isJsonObject(input)) return undefined;
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
