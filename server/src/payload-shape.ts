/**
 * Bounds on a payload's shape, checked before its schema: the schemas accept fields a newer 1.x
 * form may add (each unknown answer gets a column in the CSV export), so without bounds one
 * anonymous post could add thousands of columns to every row of the export, or nest so deep that
 * writing it out overflows the stack. A real form's payload is three levels deep with a dozen
 * answers; these limits leave room for newer forms and none for abuse. The walk is iterative, so
 * a body nested 30,000 deep is refused, not followed.
 */
import type { FieldProblem } from './schemas.js';

/** The body is level 1, its `answers` 2, a list of days 3. */
export const MAX_DEPTH = 6;
export const MAX_KEYS = 64;
export const MAX_LIST = 200;
/** Answers in one payload: the sign-up has twelve. */
export const MAX_ANSWERS = 40;
/** An answer's name: a form's own (`childrenAges`) or a newer form's, never free text. */
export const ANSWER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const FORM_SHAPE = 'The answers are not in a form this receiver takes';

/** A JSON object: not null, not a list. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The first way the payload is out of bounds, as a 422's problem; `undefined` when it is within them. */
export function shapeProblem(body: unknown): FieldProblem | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: body, depth: 1 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return { field: 'body', message: `${FORM_SHAPE}: it is nested more than ${MAX_DEPTH} levels deep` };
    const children = Array.isArray(value) ? value : Object.values(value);
    if (Array.isArray(value) ? value.length > MAX_LIST : children.length > MAX_KEYS) {
      return { field: 'body', message: `${FORM_SHAPE}: a part of it holds more than ${Array.isArray(value) ? `${MAX_LIST} items` : `${MAX_KEYS} fields`}` };
    }
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  const answers = isObject(body) && isObject(body.answers) ? body.answers : {};
  const names = Object.keys(answers);
  if (names.length > MAX_ANSWERS) return { field: 'answers', message: `${FORM_SHAPE}: more than ${MAX_ANSWERS} answers` };
  for (const name of names) {
    const value = answers[name];
    if (!ANSWER_NAME.test(name)) return { field: 'answers', message: `${FORM_SHAPE}: an answer's name is not a field name` };
    // Each answer is one cell of the export: a value or a list of values.
    if (!isScalar(value) && !(Array.isArray(value) && value.every(isScalar))) {
      return { field: `answers.${name}`, message: `"answers.${name}" is not the right kind of answer` };
    }
  }
  return undefined;
}
