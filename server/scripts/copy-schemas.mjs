// Part of `npm run build` (server/): copies what the compiled receiver reads beside its code: the
// payloads' JSON Schemas the widget package publishes (../schema/) into this package's schema/
// (read by src/schemas.ts once installed from npm), and the coordinator's style sheet into dist/.
import { copyFileSync, mkdirSync } from 'node:fs';

const from = new URL('../../schema/', import.meta.url);
const to = new URL('../schema/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const name of ['signup.schema.json', 'feedback.schema.json']) copyFileSync(new URL(name, from), new URL(name, to));

const css = new URL('../dist/coordinator/', import.meta.url);
mkdirSync(css, { recursive: true });
copyFileSync(new URL('../src/coordinator/coordinator.css', import.meta.url), new URL('coordinator.css', css));
