/// <reference types="node" />
/**
 * Writes schema/feed.schema.json from the feed schemas in src/data/feed-schema.ts (`npm run schema`).
 * `--check` only compares, and exits 1 when the committed file is out of date (for CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchema } from '../src/data/feed-json-schema.js';

const target = fileURLToPath(new URL('../schema/feed.schema.json', import.meta.url));
const text = `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (current !== text) {
    console.error(`${target} is out of date: run \`npm run schema\`.`);
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target} (${text.length} bytes).`);
}
