/**
 * How feed diagnostics are worded: JSON paths, short previews of the offending value and
 * plain reasons. English on purpose: this text goes to the console for the data team that
 * publishes the feed, never to parents (widgets show a translated `FeedError.kind` instead).
 */
import type { BaseIssue } from 'valibot';
import type { Diagnostic } from './errors.js';

export type PathKey = string | number;

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
  // Count code points, not UTF-16 units, so an emoji is never cut in half.
  const chars = Array.from(text);
  return chars.length > PREVIEW_MAX ? `${chars.slice(0, PREVIEW_MAX - 1).join('')}…` : text;
}

const TYPE_REASONS: Record<string, string> = {
  string: 'must be text (a JSON string)',
  number: 'must be a number',
  boolean: 'must be true or false',
  array: 'must be a list (a JSON array)',
  object: 'must be an object',
  loose_object: 'must be an object',
};

/** True when the issue is a required key that is absent. */
export function isMissingKey(issue: BaseIssue<unknown>): boolean {
  const last = issue.path?.[issue.path.length - 1];
  return last?.type === 'object' && last.origin === 'key';
}

/**
 * Reason for issues whose schema carries no message of its own; passed to valibot as the
 * `message` fallback. Schemas in feed-schema.ts that do carry one ("must be a UK postcode…")
 * keep theirs.
 */
export function describeIssue(issue: BaseIssue<unknown>): string {
  if (isMissingKey(issue)) return 'is required';
  if (issue.kind === 'schema') {
    if (issue.type === 'picklist') return `must be one of ${String(issue.expected).replace(/^\((.*)\)$/, '$1')}`;
    return TYPE_REASONS[issue.type] ?? `must be ${issue.expected ?? 'something else'}`;
  }
  const requirement = String(issue.requirement);
  const unit = Array.isArray(issue.input) ? 'items' : 'characters';
  switch (issue.type) {
    case 'min_length':
      return `must have at least ${requirement} ${unit}`;
    case 'max_length':
      return `must have at most ${requirement} ${unit}`;
    case 'min_value':
      return `must be at least ${requirement}`;
    case 'max_value':
      return `must be at most ${requirement}`;
    case 'integer':
      return 'must be a whole number';
    case 'regex':
      return `must match ${requirement}`;
    default:
      return issue.message;
  }
}

/** The reason plus what was found: `must be … (got "javascript:alert(1)")`. */
export function issueText(issue: BaseIssue<unknown>): string {
  return isMissingKey(issue) ? issue.message : `${issue.message} (got ${preview(issue.input)})`;
}

const ACTION_TEXT: Record<Diagnostic['action'], string> = {
  skipped: 'item left out',
  dropped: 'removed; the rest of the item is shown',
  warning: 'shown anyway',
};

/** One console line: `services[3].contact.website: must be … (got "…") — removed; … [item "x"]`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const item = diagnostic.item === undefined ? '' : ` [item ${preview(diagnostic.item)}]`;
  return `${diagnostic.path}: ${diagnostic.message} — ${ACTION_TEXT[diagnostic.action]}${item}`;
}
