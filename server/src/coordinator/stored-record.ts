/**
 * Reading a stored submission for the coordinator's pages and exports: its payload is JSON text
 * stored verbatim, so every field is treated as possibly missing; and the words its codes stand
 * for (days, ratings, how to contact).
 */
import { isObject } from '../payload-shape.js';
import type { StoredSubmission } from '../store/store.js';

export type Json = Record<string, unknown>;

export interface Parsed {
  record: StoredSubmission;
  payload: Json;
  answers: Json;
}

export function parse(record: StoredSubmission): Parsed {
  let payload: Json = {};
  try {
    const value: unknown = JSON.parse(record.payload);
    if (isObject(value)) payload = value;
  } catch {
    // Stored by the receiver as JSON text: unreadable only if the database was edited by hand.
  }
  return { record, payload, answers: isObject(payload.answers) ? payload.answers : {} };
}

export const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
export const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
export const object = (value: unknown): Json => (isObject(value) ? value : {});

export const DAY_NAMES: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
export const RATING_WORDS = ['very poor', 'poor', 'neither good nor poor', 'good', 'very good'];
const METHOD_WORDS: Record<string, string> = { email: 'Email', phone: 'Phone', text: 'Text message' };

export const dayNames = (days: string[]): string[] => days.map((d) => DAY_NAMES[d] ?? d);
export const methodWords = (method: string | undefined): string | undefined => (method ? (METHOD_WORDS[method] ?? method) : undefined);

/** "4 (good)" */
export function ratingWords(rating: unknown): string | undefined {
  return typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5 ? `${rating} (${RATING_WORDS[rating - 1]})` : undefined;
}

/** The sign-up's name, or a stand-in when a record has none. */
export const nameOf = (parsed: Parsed): string => text(parsed.answers.name) ?? 'this person';

export const when = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** A stored ISO time in words, UK time. */
export function whenText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : when.format(date);
}
