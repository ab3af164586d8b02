// The package's real receiver (server/, built to server/dist/), started beside the browser tests on
// a temporary SQLite database, so a widget's end-to-end test posts to what schemes run. The mock
// server reaches it at /mock/receiver-proxy/KEY/PATH (see mock-server.mjs), which can fail the
// first requests first. `scripts/test.sh` builds server/dist before the browser suites.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The coordinator's secret of the test receiver (tests read its page with it). */
export const TEST_COORDINATOR_SECRET = 'browser-tests-coordinator-secret';

export function realReceiver() {
  let app;
  let store;
  let dir;
  return {
    name: 'pc-real-receiver',
    async serverStart() {
      const dist = new URL('../../server/dist/', import.meta.url);
      // A targeted run without the build: every other test runs; the end-to-end one is told why it cannot.
      if (!existsSync(new URL('app.js', dist))) {
        console.warn('[real-receiver] server/dist is missing: run `npm run build -w server` (npm test does) for the end-to-end test');
        return;
      }
      const { buildApp } = await import(new URL('app.js', dist).href);
      const { openStore } = await import(new URL('store/open.js', dist).href);
      const { DEFAULTS } = await import(new URL('config.js', dist).href);
      dir = mkdtempSync(join(tmpdir(), 'pc-browser-receiver-'));
      store = await openStore({ sqlitePath: join(dir, 'receiver.db') });
      app = await buildApp({
        config: { ...DEFAULTS, logLevel: 'silent', coordinatorSecret: TEST_COORDINATOR_SECRET, rateLimitPerMinute: 100_000 },
        store,
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      process.env.PC_TEST_RECEIVER_URL = `http://127.0.0.1:${app.server.address().port}`;
    },
    async serverStop() {
      await app?.close();
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
