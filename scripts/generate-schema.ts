/// <reference types="node" />
/**
 * Writes the published JSON Schemas from their one source in the code (`npm run schema`):
 * schema/feed.schema.json from src/data/feed-schema.ts, schema/signup.schema.json from
 * src/forms/signup-payload.ts, schema/feedback.schema.json from src/forms/feedback-payload.ts.
 * `--check` only compares, and exits 1 when a committed file is out of date (for CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchema } from '../src/data/feed-json-schema.js';
import { feedbackJsonSchema } from '../src/forms/feedback-json-schema.js';
import { signupJsonSchema } from '../src/forms/signup-json-schema.js';

const SCHEMAS: [file: string, write: () => unknown][] = [
  ['feed.schema.json', feedJsonSchema],
  ['signup.schema.json', signupJsonSchema],
  ['feedback.schema.json', feedbackJsonSchema],
];

let stale = false;
for (const [file, generate] of SCHEMAS) {
  const target = fileURLToPath(new URL(`../schema/${file}`, import.meta.url));
  const text = `${JSON.stringify(generate(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (current !== text) {
      console.error(`${target} is out of date: run \`npm run schema\`.`);
      stale = true;
    } else console.log(`${target} is up to date.`);
  } else {
    writeFileSync(target, text);
    console.log(`Wrote ${target} (${text.length} bytes).`);
  }
}
if (stale) process.exit(1);
