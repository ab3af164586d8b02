/**
 * How feed diagnostics are worded: JSON paths, short previews of the offending value and
 * plain reasons. English on purpose: this text goes to the console for the data team that
 * publishes the feed, never to parents (widgets show a translated `FeedError.kind` instead).
 */
import type { Diagnostic } from './errors.js';
import { REASONS } from './feed-reasons.js';
import type { PathKey, Problem, Removal, Repair } from './schema-kit.js';

export type { PathKey };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const PREVIEW_MAX = 60;

/** `formatPath('services[3]', ['contact', 'website'])` → `services[3].contact.website`. */
export function formatPath(base: string, keys: readonly PathKey[]): string {
  let path = base;
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

/** The value as JSON, cut to a readable length: `"javascript:alert(1)"`, `{"a":1}`, `null`. */
export function preview(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Cyclic or otherwise unserialisable (only possible for objects passed in from code).
  }
  text ??= String(value);
  // Invisible characters (zero-width, direction controls) are spelt out, or the data team sees nothing.
  text = text.replace(/[\p{Cc}\p{DI}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
  // Count code points, not UTF-16 units, so an emoji is never cut in half.
  const chars = Array.from(text);
  return chars.length > PREVIEW_MAX ? `${chars.slice(0, PREVIEW_MAX - 1).join('')}…` : text;
}

const WRONG_TYPE: Record<string, string> = {
  string: 'must be text (a JSON string)',
  number: 'must be a number',
  boolean: 'must be true or false',
  array: 'must be a list (a JSON array)',
  object: 'must be an object',
};

/** The rule a problem broke, in words: `must be at most 200 characters`, `must be a UK postcode…`. */
export function problemMessage({ rule, schema }: Problem): string {
  const { kind, min, max, reason } = schema;
  const custom = reason && (REASONS[reason as keyof typeof REASONS] ?? reason);
  switch (rule) {
    case 'required':
      return 'is required';
    case 'type':
      return WRONG_TYPE[kind];
    case 'integer':
      return 'must be a whole number';
    case 'blank':
      return 'has no visible characters (only spaces, zero-width or direction characters)';
    case 'min':
      if (kind === 'array') return custom || `must have at least ${min} items`;
      if (kind === 'number') return `must be at least ${min}`;
      return min === 1 ? 'must not be empty' : `must have at least ${min} characters`;
    case 'max':
      return kind === 'number' ? `must be at most ${max}` : `must be at most ${max} characters`;
    case 'invalid':
      return (
        custom ||
        (kind === 'enum' ? `must be one of ${schema.values!.map((v) => JSON.stringify(v)).join(' | ')}` : 'is not valid')
      );
  }
}

/** The reason plus what was found: `must be … (got "javascript:alert(1)")`. */
export function problemText(problem: Problem): string {
  const message = problemMessage(problem);
  return problem.rule === 'required' ? message : `${message} (got ${preview(problem.value)})`;
}

/** What was changed in text that was kept: `is 201 characters long; shortened to 200`. */
export function repairText({ rule, schema, value }: Repair): string {
  return rule === 'max'
    ? shortenedText(schema.max!, value.trim().length)
    : `${BIDI_REMOVED} (got ${preview(value)})`;
}

/** A website found without its scheme and read as `https://…` (every format says it the same way). */
export const schemeAdded = (found: string, url: string): string =>
  `has no http:// or https:// (got ${preview(found)}); read as ${preview(url)}`;

/** Why direction controls were taken out of feed text (every format says it the same way). */
export const BIDI_REMOVED =
  'has direction-override or unpaired direction-control characters, which can make text read differently from what it says ("exe.fdp" shown as "pdf.exe"); removed them';

/** Feed text cut to fit: `length` is how long it was (`more`: at least that long). */
export const shortenedText = (max: number, length: number, more = false): string =>
  `is ${more ? 'more than ' : ''}${length} characters long; shortened to ${max}`;

/** Why a part was removed, naming where inside it the problem was: `byDay[1] must be one of … (got "XX")`. */
export function removalText({ keys, problem }: Removal): string {
  const inner = problem.keys.slice(keys.length);
  return (inner.length ? `${formatPath('', inner)} ` : '') + problemText(problem);
}

const ACTION_TEXT: Record<Diagnostic['action'], string> = {
  skipped: 'item left out',
  dropped: 'removed; the rest of the item is shown',
  warning: 'shown anyway',
};

/** One console line: `services[3].contact.website: must be … (got "…") — removed; … [item "x"]`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const item = diagnostic.item === undefined ? '' : ` [item ${preview(diagnostic.item)}]`;
  // Part of the feed that never arrived (a page) is not "shown anyway", and not "the rest" either: what did arrive is.
  const action = diagnostic.incomplete ? 'what was read is shown' : ACTION_TEXT[diagnostic.action];
  return `${diagnostic.path}: ${diagnostic.message} — ${action}${item}`;
}
