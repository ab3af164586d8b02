/**
 * How the forms read what a parent typed: sensibly, not over-strictly. Spaces, dashes and
 * brackets in a phone number are fine; a postcode may be in any case with or without its
 * space. Each returns the cleaned value to send, or why it cannot be read.
 */
import { EMAIL_PATTERN } from '../data/feed-patterns.js';

export type Checked = { ok: true; value: string } | { ok: false; problem: 'missing' | 'format' | 'not-mobile' };

/** Spaces, as a paste or a phone's keyboard gives them (non-breaking, zero-width), as plain single spaces. */
export function tidySpaces(text: string): string {
  return text.replace(/[\s\u200b\u2060\ufeff]+/g, ' ').trim();
}

/** An email address like name@example.com (the feed's own rule), spaces around it ignored. */
export function checkEmail(typed: string): Checked {
  const value = typed.trim();
  if (!value) return { ok: false, problem: 'missing' };
  return value.length <= 254 && EMAIL_PATTERN.test(value) ? { ok: true, value } : { ok: false, problem: 'format' };
}

/**
 * A phone number: a UK one (01…, 02…, 03…, 07…, 08…, with or without +44 or 0044, spaces,
 * dashes and brackets anywhere) or an international one starting with + or 00. `mobile` asks
 * for a number that can receive texts: a UK 07 number, or any international one (which the
 * form cannot check).
 */
export function checkPhone(typed: string, options: { mobile?: boolean } = {}): Checked {
  const raw = typed.trim();
  if (!raw) return { ok: false, problem: 'missing' };
  if (!/^[+\d\s().-]+$/.test(raw)) return { ok: false, problem: 'format' };
  let digits = raw.replace(/[^\d+]/g, '');
  if (digits.indexOf('+') > 0 || digits.split('+').length > 2) return { ok: false, problem: 'format' };
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  // "+44 (0)20…": the bracketed trunk zero is dropped.
  if (digits.startsWith('+440')) digits = `+44${digits.slice(4)}`;
  let national: string | undefined;
  if (digits.startsWith('+44')) national = `0${digits.slice(3)}`;
  else if (!digits.startsWith('+')) national = digits;
  if (national !== undefined) {
    if (!/^0[1-9]\d{8,9}$/.test(national)) return { ok: false, problem: 'format' };
    if (options.mobile && !national.startsWith('07')) return { ok: false, problem: 'not-mobile' };
    // Digits only: UK numbers group differently by area (020 7946 0000, 01632 960001), so none is imposed.
    return { ok: true, value: national };
  }
  // International: E.164 allows up to 15 digits after the country code's +.
  return /^\+[1-9]\d{6,14}$/.test(digits) ? { ok: true, value: digits } : { ok: false, problem: 'format' };
}

const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;
const DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/**
 * A postcode or a ward's name. Text with a digit in it is read as a postcode: a full one
 * ("nb14aa" → "NB1 4AA") or its district ("NB1"). Anything else is a ward's name, kept as typed.
 */
export function checkPostcodeOrWard(typed: string): Checked {
  const value = tidySpaces(typed);
  if (!value) return { ok: false, problem: 'missing' };
  if (!/\d/.test(value)) return value.length <= 100 ? { ok: true, value } : { ok: false, problem: 'format' };
  const upper = value.toUpperCase().replace(/\s+/g, ' ');
  const full = FULL_POSTCODE.exec(upper.replace(' ', '').replace(/^(.+)(\d[A-Z]{2})$/, '$1 $2'));
  if (full) return { ok: true, value: `${full[1]} ${full[2]}` };
  if (DISTRICT.test(upper)) return { ok: true, value: upper };
  return { ok: false, problem: 'format' };
}

/**
 * Characters as the payload's limits count them (UTF-16 units, as `String.length` and the JSON
 * Schema's maxLength do): the count and the receiver never disagree about what fits.
 */
export function characterCount(text: string): number {
  return text.length;
}
