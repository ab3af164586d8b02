/**
 * Values the feed's contract shares with code that never reads a feed (the forms check an email
 * address and list the days with them): here, so importing them does not bring the whole schema.
 */

/** The common email pattern, apostrophes included (sean.o'brien@…); feed-json-schema.ts adds its format. */
export const EMAIL_PATTERN = /^[\w'+-]+(?:\.[\w'+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;

/** The days of the week as RFC 5545 codes, Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
