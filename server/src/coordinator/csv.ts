/**
 * The CSV exports, made to open cleanly in Excel: a UTF-8 byte order mark (or Excel reads the
 * text as Windows-1252 and mangles every accent and emoji), CRLF line ends, every cell quoted
 * (commas, quotes and line breaks inside answers stay in their cell), one column per answer with a
 * list's values joined by "; ", and no formulas: a cell that starts with = + - @, a tab or a
 * carriage return (or their full-width forms, which some spreadsheet locales read alike), or with
 * one of them after spaces, line breaks or invisible characters (which some spreadsheets skip), is
 * prefixed with an apostrophe, so Excel, LibreOffice and Google Sheets show it as text and never
 * run it (CSV injection).
 */
import { ANSWER_NAME } from '../payload-shape.js';
import type { FormName, StoredSubmission } from '../store/store.js';
import { DAY_NAMES, RATING_WORDS, list, methodWords, object, parse, text, type Json } from './stored-record.js';

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

// `\s` covers spaces (the no-break one too), line breaks, tabs and the byte order mark; the rest are zero-width.
const FORMULA_START = /^[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** A cell as text a spreadsheet shows and never evaluates. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: neutralised, quoted, quotes doubled. */
export function cell(value: string): string {
  return `"${neutralise(value).replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly string[]): string {
  return values.map(cell).join(',') + CRLF;
}

/** A whole file: BOM, header row, rows. */
export function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + csvLine(header) + rows.map(csvLine).join('');
}

/** ISO to "2026-12-06 09:31:00" (UTC), which Excel reads as a date and time. */
export function utc(value: unknown): string {
  if (typeof value !== 'string') return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, '');
}

/** A value that is not a list: as words, or as JSON (a record stored before the receiver bounded answers' shapes). */
function scalar(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    // Nested past the stack (stored before payload-shape.ts refused such bodies): the rest of the export still comes.
    return '';
  }
}

/** Any answer's value as one cell's text: a list's values joined by "; ". Never recursive, so no record can break the export. */
export function plain(value: unknown): string {
  return Array.isArray(value) ? value.map(scalar).join('; ') : scalar(value);
}

/**
 * The most columns the export gives answers this receiver has no column for (a newer form's),
 * the most answered first. The receiver refuses more than 40 answers in one payload, but many
 * payloads could each name others: the export stays the size of its records.
 */
export const MAX_EXTRA_COLUMNS = 20;

const joined = (values: string[]) => values.join('; ');

interface Column {
  header: string;
  /** The answer this column shows (so other answers get columns of their own). */
  answer?: string;
  value: (record: StoredSubmission, payload: Json, answers: Json) => string;
}

const SIGNUP_COLUMNS: Column[] = [
  { header: 'Record id', value: (r) => r.id },
  { header: 'Received (UTC)', value: (r) => utc(r.receivedAt) },
  { header: 'Name', answer: 'name', value: (_r, _p, a) => text(a.name) ?? '' },
  { header: 'Contact method', answer: 'contactMethod', value: (_r, _p, a) => methodWords(text(a.contactMethod)) ?? '' },
  { header: 'Email', answer: 'email', value: (_r, _p, a) => text(a.email) ?? '' },
  { header: 'Phone', answer: 'phone', value: (_r, _p, a) => text(a.phone) ?? '' },
  { header: 'Postcode or ward', answer: 'area', value: (_r, _p, a) => text(a.area) ?? '' },
  { header: 'Children’s ages', answer: 'childrenAges', value: (_r, _p, a) => text(a.childrenAges) ?? '' },
  { header: 'Languages', answer: 'languages', value: (_r, _p, a) => joined(list(a.languages)) },
  { header: 'Days', answer: 'days', value: (_r, _p, a) => joined(list(a.days).map((d) => DAY_NAMES[d] ?? d)) },
  { header: 'Times of day', answer: 'timesOfDay', value: (_r, _p, a) => joined(list(a.timesOfDay)) },
  { header: 'Interests', answer: 'interests', value: (_r, _p, a) => joined(list(a.interests)) },
  { header: 'Heard about', answer: 'heardAbout', value: (_r, _p, a) => joined(list(a.heardAbout)) },
  { header: 'Anything else', answer: 'anythingElse', value: (_r, _p, a) => text(a.anythingElse) ?? '' },
  { header: 'Consent given', value: (_r, p) => plain(object(p.consent).given) },
  { header: 'Consent given at (UTC)', value: (_r, p) => utc(object(p.consent).givenAt) },
  { header: 'Consent wording', value: (_r, p) => text(object(p.consent).text) ?? '' },
  { header: 'Submitted (UTC)', value: (_r, p) => utc(p.submittedAt) },
  { header: 'Page', value: (_r, p) => text(p.pageUrl) ?? '' },
  { header: 'Page language', value: (_r, p) => text(p.locale) ?? '' },
];

const FEEDBACK_COLUMNS: Column[] = [
  { header: 'Record id', value: (r) => r.id },
  { header: 'Received (UTC)', value: (r) => utc(r.receivedAt) },
  { header: 'Service id', value: (_r, p) => text(object(p.subject).serviceId) ?? '' },
  { header: 'Session id', value: (_r, p) => text(object(p.subject).eventId) ?? '' },
  { header: 'Service or session name', value: (_r, p) => text(object(p.subject).serviceName) ?? '' },
  { header: 'Rating', answer: 'rating', value: (_r, _p, a) => plain(a.rating) },
  {
    header: 'Rating in words',
    value: (_r, _p, a) => (typeof a.rating === 'number' && Number.isInteger(a.rating) ? (RATING_WORDS[a.rating - 1] ?? '') : ''),
  },
  { header: 'What went well', answer: 'wentWell', value: (_r, _p, a) => text(a.wentWell) ?? '' },
  { header: 'What could be better', answer: 'couldBeBetter', value: (_r, _p, a) => text(a.couldBeBetter) ?? '' },
  { header: 'Contact allowed', answer: 'contactAllowed', value: (_r, _p, a) => (a.contactAllowed === true ? 'Yes' : 'No') },
  // Contact details only where the parent allowed contact (the schema sends none otherwise).
  { header: 'Contact method', answer: 'contactMethod', value: (_r, _p, a) => (a.contactAllowed === true ? (methodWords(text(a.contactMethod)) ?? '') : '') },
  { header: 'Email', answer: 'email', value: (_r, _p, a) => (a.contactAllowed === true ? (text(a.email) ?? '') : '') },
  { header: 'Phone', answer: 'phone', value: (_r, _p, a) => (a.contactAllowed === true ? (text(a.phone) ?? '') : '') },
  { header: 'Submitted (UTC)', value: (_r, p) => utc(p.submittedAt) },
  { header: 'Page', value: (_r, p) => text(p.pageUrl) ?? '' },
  { header: 'Page language', value: (_r, p) => text(p.locale) ?? '' },
];

/** The export of one form's records (in the order given: newest first). */
export function exportCsv(form: FormName, records: readonly StoredSubmission[]): string {
  const columns = form === 'signup' ? SIGNUP_COLUMNS : FEEDBACK_COLUMNS;
  const known = new Set(columns.map((c) => c.answer).filter(Boolean));
  const parsed = records.map(parse);
  // Answers a newer version of the form sent that this receiver has no column for: one column each, for the
  // MAX_EXTRA_COLUMNS most answered (then by name), named as a form names its fields.
  const answered = new Map<string, number>();
  for (const p of parsed) {
    for (const key of Object.keys(p.answers)) if (!known.has(key) && ANSWER_NAME.test(key)) answered.set(key, (answered.get(key) ?? 0) + 1);
  }
  const extra = [...answered]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .slice(0, MAX_EXTRA_COLUMNS)
    .map(([key]) => key)
    .sort();
  const header = [...columns.map((c) => c.header), ...extra.map((key) => `Answer: ${key}`)];
  const rows = parsed.map((p) => [...columns.map((c) => c.value(p.record, p.payload, p.answers)), ...extra.map((key) => plain(p.answers[key]))]);
  return csv(header, rows);
}
