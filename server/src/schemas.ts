/**
 * The payloads' JSON Schemas, the very files the widget package publishes (schema/*.schema.json),
 * compiled once with Ajv for JSON Schema 2020-12. `npm run build` copies them into this package
 * (server/schema/); run from the repository, the package's own copies are read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FormName } from './store/store.js';

// ajv-formats is CommonJS: its default export arrives wrapped under Node's ESM loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/** Run from the sources (tests, in the repository), the repository's own schemas; built, the package's copies. */
const SCHEMA_DIRS = import.meta.url.includes('/src/') ? ['../../schema/', '../schema/'] : ['../schema/', '../../schema/'];

function schemaFile(name: string): unknown {
  for (const base of SCHEMA_DIRS) {
    const url = new URL(`${base}${name}`, import.meta.url);
    if (existsSync(url)) return JSON.parse(readFileSync(url, 'utf8'));
  }
  throw new Error(`schema/${name} not found: run npm run build`);
}

export interface FieldProblem {
  field: string;
  message: string;
}

export type PayloadCheck = (body: unknown) => FieldProblem[];

/** Words for the payloads' fields, so a 422's message reads as a sentence in the form's error summary. */
const FIELD_WORDS: Record<string, string> = {
  'answers.name': 'Your name',
  'answers.contactMethod': 'How we should contact you',
  'answers.email': 'Email address',
  'answers.phone': 'Phone number',
  'answers.area': 'Postcode or ward',
  'answers.childrenAges': 'Your children’s ages',
  'answers.languages': 'Languages you speak',
  'answers.days': 'Days',
  'answers.timesOfDay': 'Times of day',
  'answers.interests': 'What you would like to do',
  'answers.heardAbout': 'How you heard about Parent Champions',
  'answers.anythingElse': 'Anything else',
  'answers.rating': 'Your rating',
  'answers.wentWell': 'What went well',
  'answers.couldBeBetter': 'What could be better',
  consent: 'Your consent',
  'consent.given': 'Your consent',
};

/** `/answers/email` (and `missingProperty`) to `answers.email`. */
function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter(Boolean).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  if (error.keyword === 'required' && missing) path.push(missing);
  return path.join('.') || 'body';
}

function messageFor(error: ErrorObject, field: string): string {
  const words = FIELD_WORDS[field.replace(/\.\d+$/, '')] ?? `"${field}"`;
  switch (error.keyword) {
    case 'required':
      return `${words} is missing`;
    case 'maxLength':
      return `${words} must be ${(error.params as { limit: number }).limit} characters or fewer`;
    case 'minLength':
      return `${words} is empty`;
    case 'type':
      return `${words} is not the right kind of answer`;
    case 'const':
      return field.startsWith('consent') ? 'Your consent is needed to send this' : `${words} is not a value this receiver takes`;
    default:
      return `${words} is not in the right format`;
  }
}

function compile(ajv: Ajv2020, name: string): PayloadCheck {
  const validate: ValidateFunction = ajv.compile(schemaFile(name) as object);
  return (body) => {
    if (validate(body)) return [];
    const seen = new Set<string>();
    const problems: FieldProblem[] = [];
    for (const error of validate.errors ?? []) {
      // if/then branches repeat a problem the `required` inside them already named.
      if (error.keyword === 'if' || error.keyword === 'allOf') continue;
      const field = fieldOf(error);
      if (seen.has(field)) continue;
      seen.add(field);
      problems.push({ field, message: messageFor(error, field) });
    }
    return problems.length ? problems.slice(0, 50) : [{ field: 'body', message: 'The answers are not in a form this receiver takes' }];
  };
}

/** The checks for each form's payload. */
export function payloadChecks(): Record<FormName, PayloadCheck> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return { signup: compile(ajv, 'signup.schema.json'), feedback: compile(ajv, 'feedback.schema.json') };
}
