import { defineConfig, type Plugin } from 'vite';
import { problemMessage } from './src/data/format.js';
import { read, type Problem, type ReadResult, type Schema } from './src/data/schema-kit.js';
import { SignupPayloadSchema } from './src/forms/signup-payload.js';
// @ts-expect-error -- plain JavaScript (the project has no allowJs): typed just below.
import { testReceiver as untypedTestReceiver } from './demo/test-receiver.mjs';

const testReceiver: (options: {
  schema: Schema;
  read: (schema: Schema, value: unknown) => ReadResult<unknown>;
  describe?: (problem: Problem) => string;
  file?: string;
}) => Plugin = untypedTestReceiver;

/**
 * `npm start`: the demo page (demo/index.html) served from the sources, with the bundled
 * sample feed. Library builds use the same settings through scripts/build.mjs.
 *
 * The demo's sign-up form posts to a test receiver on this server (demo/test-receiver.mjs),
 * which checks each sign-up with the payload's own schema, read from the sources here.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [testReceiver({ schema: SignupPayloadSchema, read, describe: problemMessage })],
  server: {
    host: '127.0.0.1',
    port: 5173,
    open: false,
    fs: { allow: ['..'] },
    // The test receiver's store changes with every sign-up: not a source to watch.
    watch: { ignored: ['**/.receiver/**'] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
  },
});
