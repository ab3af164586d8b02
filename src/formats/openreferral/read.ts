/**
 * Open Referral UK adapter, part 1: reading untyped JSON safely, and the mapping context
 * that collects diagnostics and the programme's categories and areas.
 */
import type { Diagnostic } from '../../data/errors.js';
import { BIDI_REMOVED, formatPath, preview, shortenedText, type PathKey } from '../../data/format.js';
import { feedText } from '../../text/markup.js';
import { foldText } from '../../text/fold.js';
import { formatIsoDate } from '../../time/calendar-date.js';
import { dateIn } from '../../time/date-in.js';

import { asObject, field, type Json } from './detect.js';

// The detection file (already in the entry bundle) owns the safe readers; the converter shares them.
export { asObject, field, type Json };

// ---------------------------------------------------------------------------
// Reading untyped JSON safely

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A short plain string (ids, codes), numbers accepted. */
export function plain(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= 1000 ? trimmed : undefined;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** A feed id made valid: UUIDs pass as they are; other characters become "-". */
export function toId(value: unknown): string | undefined {
  const raw = plain(value);
  if (!raw) return undefined;
  if (ID.test(raw)) return raw;
  const cleaned = raw.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 128);
  return cleaned && ID.test(cleaned) ? cleaned : undefined;
}

/** "Stay & Play (0–5s)" → "stay-play-0-5s". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Unfilled template values such as `fees: "fees_description"` or `name: "name"`. */
function isPlaceholder(text: string, key: string): boolean {
  return text.toLowerCase() === key.toLowerCase() || /^[a-z]+(_[a-z]+)+$/.test(text);
}

// ---------------------------------------------------------------------------
// The mapping context: diagnostics and the programme's categories and areas

export interface Where {
  path: string;
  item?: string;
}

export class Context {
  readonly diagnostics: Diagnostic[] = [];
  readonly categories = new Map<string, { id: string; label: string; description?: string }>();
  readonly areas = new Map<string, { id: string; label: string }>();
  /** `slugify` of each category and area label seen: a directory repeats a few dozen labels thousands of times. */
  readonly #slugs = new Map<string, string>();
  #reportedOffsetTime = false;
  #today?: string;

  /**
   * The day a `valid_to` or `until` (YYYY-MM-DD, or a date-time read by its date) says what it dates
   * ended on, when that is before today in the UK: those opening times or prices are over.
   */
  endedOn(value: unknown): string | undefined {
    const day = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim())?.[1] : undefined;
    this.#today ??= formatIsoDate(dateIn('Europe/London'));
    return day && day < this.#today ? day : undefined;
  }

  /** `slugify(label)`, remembered for the document. */
  slug(label: string): string {
    let slug = this.#slugs.get(label);
    if (slug === undefined) this.#slugs.set(label, (slug = slugify(label)));
    return slug;
  }

  report(where: Where, keys: readonly PathKey[], message: string, action: Diagnostic['action']): void {
    const diagnostic: Diagnostic = { path: formatPath(where.path, keys), message, action };
    if (where.item !== undefined) diagnostic.item = where.item;
    this.diagnostics.push(diagnostic);
  }

  /** Offsets on times are reported once per document, not once per schedule. */
  reportOffsetTime(where: Where, keys: readonly PathKey[], value: string): void {
    if (this.#reportedOffsetTime) return;
    this.#reportedOffsetTime = true;
    this.report(
      where,
      keys,
      `time ${preview(value)} has a UTC marker or offset; read as UK local time, as Open Referral UK feeds mean it (this applies to every such time in the document)`,
      'warning',
    );
  }

  /**
   * Untrusted text made presentable: HTML tags and control characters removed, entities
   * decoded, spaces tidied (all in one linear pass), disguising direction controls removed,
   * blank text and placeholders dropped, cut to `max`. `multiline` keeps line breaks.
   */
  text(value: unknown, max: number, where: Where, keys: readonly PathKey[], multiline = false): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.report(where, keys, `must be text (got ${preview(value)})`, 'dropped');
      return undefined;
    }
    const { text, bidi, cut, more } = feedText(value, max, multiline);
    if (bidi) this.report(where, keys, `${BIDI_REMOVED} (got ${preview(value)})`, 'warning');
    if (!text) return undefined;
    const key = keys[keys.length - 1];
    if (typeof key === 'string' && text.length <= 100 && isPlaceholder(text, key)) {
      this.report(where, keys, `looks like an unfilled placeholder (got ${preview(text)})`, 'dropped');
      return undefined;
    }
    if (cut !== undefined) this.report(where, keys, shortenedText(max, cut, more), 'warning');
    return text;
  }

  /** Registers a taxonomy term as a programme category and returns its id. */
  category(term: Json, where: Where, keys: readonly PathKey[]): string | undefined {
    const label = this.text(field(term, 'name') ?? field(term, 'term'), 200, where, [...keys, field(term, 'name') !== undefined ? 'name' : 'term']);
    if (!label) return undefined;
    const id = this.slug(label) || toId(field(term, 'id'));
    if (!id) return undefined;
    if (!this.categories.has(id)) {
      const entry: { id: string; label: string; description?: string } = { id, label };
      const description = this.text(field(term, 'description'), 500, where, [...keys, 'description']);
      if (description) entry.description = description;
      this.categories.set(id, entry);
    }
    return id;
  }
}

