#!/usr/bin/env node
// `npx parent-champion-receiver`: starts the receiver (see --help). Runs the built code in dist/.
import { main } from '../dist/main.js';

main(process.argv.slice(2), process.env).catch((error) => {
  console.error(`parent-champion-receiver could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
