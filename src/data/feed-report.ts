/**
 * Words what validate.ts found (its Drafts and Refusals) as Diagnostics and console lines, in
 * English for the data team that publishes the feed (parents see a translated message for the
 * error's kind instead). A chunk of its own: a clean feed never loads it.
 */
import { FeedError, type Diagnostic } from './errors.js';
import type { Feed } from './feed-schema.js';
import { formatDiagnostic, formatPath, preview, problemText, removalText, repairText } from './format.js';
import { isNewReport } from './report-once.js';
import { isJsonObject } from './json-object.js';
import { checkFeedSections, FeedRefusal, type Draft, type FeedSections, type Refusal } from './validate.js';

const LOG_PREFIX = '[parent-champion-widgets]';

/** One Draft in words: its JSON path and reason. */
export function wordDraft(draft: Draft): Diagnostic {
  let path = draft.at;
  let message: string;
  if ('problems' in draft) {
    const [first, ...others] = draft.problems;
    path = formatPath(draft.at, first.keys);
    const also = others.slice(0, 3).map((problem) => `${formatPath('', problem.keys) || 'the item'} ${problemText(problem)}`);
    const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
    message = problemText(first) + (also.length ? `; also ${also.join('; ')}${more}` : '');
  } else if ('removal' in draft) {
    path = formatPath(draft.at, draft.removal.keys);
    message = removalText(draft.removal);
  } else if ('repair' in draft) {
    path = formatPath(draft.at, draft.repair.keys);
    message = repairText(draft.repair);
  } else if ('threw' in draft) {
    message = `could not be read (${String(draft.threw).slice(0, 200)})`;
  } else if ('notList' in draft) {
    message = `must be a list (a JSON array) (got ${preview(draft.notList)}); read as empty`;
  } else if ('notObject' in draft) {
    message = `must be an object (got ${preview(draft.notObject)})`;
  } else if ('notText' in draft) {
    message = `must be text (got ${preview(draft.notText)})`;
  } else if ('repeats' in draft) {
    const { list, first, id, firstItem } = draft.repeats;
    // The item it clashes with by name as well as place: the data team looks for it by name.
    const named = isJsonObject(firstItem) ? (firstItem.name ?? firstItem.title) : undefined;
    const firstName = typeof named === 'string' && named.trim() ? ` (${preview(named.trim().slice(0, 80))})` : '';
    message = `repeats the id of ${list}[${first}]${firstName} (got ${preview(id)}); the first one is kept`;
  } else if ('endBefore' in draft) {
    message = `is before start (got end ${preview(draft.endBefore.end)}, start ${preview(draft.endBefore.start)})`;
  } else if ('rawComments' in draft) {
    // The keys only, never their values: the console must not repeat what parents wrote.
    message = `carries raw comments (${draft.rawComments.join(', ')}): publish counts only, never what parents wrote`;
  } else if ('belowMinimum' in draft) {
    const { responses, minimum } = draft.belowMinimum;
    message = `${responses} is fewer than the summary's minimumResponses (${minimum}): not shown until there are enough`;
  } else {
    const { kind, id } = draft.unknown;
    const where = kind === 'service' ? 'services' : kind === 'area' ? 'programme.areas' : 'programme.categories';
    message = `refers to ${kind} ${preview(id)}, which is not in ${where}`;
  }
  return { path, message, action: draft.action, item: draft.item };
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `${typeof value} ${preview(value)}`;
}

/** Why the document is not a feed, in words. */
export function refusalMessage(refusal: Refusal): string {
  if ('notObject' in refusal) {
    return `The document must be a JSON object with "version" and "programme" (got ${describeKind(refusal.notObject)}).`;
  }
  if ('noHeader' in refusal) {
    // The publisher's keys: `x-parent-champion-…` are this library's own notes on a document it paged (RPDE, a live directory).
    const keys = refusal.noHeader.filter((key) => !key.startsWith('x-parent-champion-')).slice(0, 8);
    return (
      `The document has no "version" or "programme" at the top level (found keys: ${keys.join(', ') || 'none'}), as a native feed has. ` +
      'If it is an Open Referral UK or Outpost directory, schema.org JSON-LD or an OpenActive feed, use format="auto" (the default).'
    );
  }
  if ('version' in refusal) {
    const { version } = refusal;
    if (version === undefined) return '"version" is missing: expected "1.0".';
    if (typeof version !== 'string') return `"version" must be a string such as "1.0" (got ${preview(version)}).`;
    return `"version" ${preview(version)} is not supported: this library reads version "1.0" (any 1.x) feeds.`;
  }
  if ('programme' in refusal) {
    return refusal.programme === undefined
      ? '"programme" is missing: a feed needs a programme object with at least a "name".'
      : `"programme" must be an object (got ${preview(refusal.programme)}).`;
  }
  const problem = wordDraft(refusal.programmeUnusable);
  return `The programme cannot be used: ${problem.path} ${problem.message}.`;
}

/** A FeedRefusal with its reason in words (any other error is returned as it is). */
export function wordRefusal(error: unknown): unknown {
  return error instanceof FeedRefusal ? new FeedError('not-a-feed', refusalMessage(error.refusal)) : error;
}

/**
 * Validates a parsed native feed and words what it found: the cleaned feed and its
 * Diagnostics. Never mutates `json`. See `checkFeedSections` for `sections`.
 * @throws FeedError('not-a-feed') when the document is not a usable v1 feed at all.
 */
export function validateFeedSections(json: unknown, sections: FeedSections): { feed: Feed; diagnostics: Diagnostic[] } {
  try {
    const { feed, drafts } = checkFeedSections(json, sections);
    return { feed, diagnostics: drafts.map(wordDraft) };
  } catch (error) {
    throw wordRefusal(error);
  }
}

const logged = new WeakSet<readonly Diagnostic[]>();

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
    `${LOG_PREFIX} ${diagnostics.length} problem(s) in the feed ${source || '(inline data)'}: ` +
    `${count('skipped')} item(s) left out, ${count('dropped')} field(s) removed, ${count('warning')} warning(s).`;
  const body = diagnostics.map(formatDiagnostic).join('\n');
  if (!isNewReport(source, header + body, 'problems')) return;
  // '%s' keeps `%c`/`%o` in feed text or URLs from being read as console format directives.
  if (typeof console.groupCollapsed === 'function' && typeof console.groupEnd === 'function') {
    console.groupCollapsed('%s', header);
    console.warn('%s', body);
    console.groupEnd();
  } else {
    console.warn('%s', `${header}\n${body}`);
  }
}
