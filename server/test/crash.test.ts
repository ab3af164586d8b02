/**
 * Nothing acknowledged is lost when the receiver dies: the real receiver runs as a child process
 * (src/main.ts, as `parent-champion-receiver` starts it) while the test fires sign-ups at it from
 * 20 clients; it is killed with SIGKILL mid-load, started again on the same database, sent the
 * submissions whose fate the clients never learnt (each must now answer 201, stored once) and a
 * replay of some acknowledged ones (201, the same id), killed again mid-load, and then the
 * database is opened directly: every key that got a 201 is there once, with the id its 201 named.
 *
 * SIGKILL kills the process, not the machine: this shows that a reply waits for its write to
 * reach the database, not what a power cut does to a disk.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { SETTINGS } from '../src/config.js';
import { ENGINES, signup, testDatabase, type TestDatabase } from './support.js';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const MAIN = pathToFileURL(join(SERVER_DIR, 'src/main.ts')).href;
const CLIENTS = 20;
/** Acknowledged submissions to wait for before each kill (the load keeps going up to the kill). */
const BEFORE_KILL = 150;

type Payload = ReturnType<typeof signup>;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  base: string;
  exited: Promise<void>;
}

/** Starts the receiver on `database`, resolving once GET /health answers 200. */
async function startReceiver(database: TestDatabase): Promise<Running> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const setting of SETTINGS) delete env[setting.env];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000',
    RETENTION_DAYS: '0',
    ...(database.config.databaseUrl ? { DATABASE_URL: database.config.databaseUrl } : { SQLITE_PATH: database.config.sqlitePath }),
  });
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `const { main } = await import(${JSON.stringify(MAIN)}); await main([], process.env);`], {
    cwd: SERVER_DIR,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (gone) throw new Error(`the receiver exited before it answered: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the receiver did not answer /health within 60 s: ${stderr}`);
    }
    try {
      if ((await fetch(`${base}/health`)).status === 200) return { child, base, exited };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function send(base: string, payload: Payload) {
  return fetch(`${base}/signups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': payload.submissionId },
    body: JSON.stringify(payload),
  });
}

interface Ledger {
  /** Keys that got a 201 (its body read), with the id it named. */
  acknowledged: Map<string, { id: string; payload: Payload }>;
  /** Sent, but no answer came (the receiver died first): stored or not, the client cannot know. */
  unknown: Map<string, Payload>;
  /** Any answer other than 201 while the receiver was up. */
  unexpected: string[];
}

/** New sign-ups from CLIENTS clients until BEFORE_KILL more are acknowledged, then SIGKILL with requests in flight. */
async function loadThenKill(running: Running, ledger: Ledger): Promise<{ inFlightAtKill: number }> {
  let stopped = false;
  let inFlight = 0;
  let inFlightAtKill = 0;
  const target = ledger.acknowledged.size + BEFORE_KILL;
  let kill!: () => void;
  const killed = new Promise<void>((resolve) => (kill = resolve));
  const client = async () => {
    while (!stopped) {
      const payload = signup();
      inFlight++;
      try {
        const response = await send(running.base, payload);
        const reply = (await response.json()) as { id?: string };
        if (response.status === 201 && reply.id) ledger.acknowledged.set(payload.submissionId, { id: reply.id, payload });
        else ledger.unexpected.push(`${response.status} ${JSON.stringify(reply)}`);
      } catch {
        ledger.unknown.set(payload.submissionId, payload);
      } finally {
        inFlight--;
      }
      if (!stopped && ledger.acknowledged.size >= target) kill();
    }
  };
  const clients = Array.from({ length: CLIENTS }, client);
  await killed;
  inFlightAtKill = inFlight;
  running.child.kill('SIGKILL');
  stopped = true;
  await running.exited;
  await Promise.all(clients);
  return { inFlightAtKill };
}

for (const engine of ENGINES) {
  describe(`receiver on ${engine}: killed with SIGKILL mid-load`, () => {
    it('keeps every submission that got a 201, once, across two kills and restarts', { timeout: 240_000 }, async () => {
      const database = await testDatabase(engine);
      const ledger: Ledger = { acknowledged: new Map(), unknown: new Map(), unexpected: [] };
      let running: Running | undefined;
      try {
        running = await startReceiver(database);
        const first = await loadThenKill(running, ledger);
        assert.ok(first.inFlightAtKill > 0, 'requests were in flight when the receiver was killed');

        running = await startReceiver(database);
        // What the clients never heard back about is sent again, as a widget retries: 201 each.
        const retried = [...ledger.unknown.values()];
        ledger.unknown.clear();
        for (const payload of retried) {
          const response = await send(running.base, payload);
          const reply = (await response.json()) as { id: string };
          assert.equal(response.status, 201, `a retry after the crash: ${JSON.stringify(reply)}`);
          ledger.acknowledged.set(payload.submissionId, { id: reply.id, payload });
        }
        // A repeat of an acknowledged one answers as the first time, with the same id.
        for (const [key, { id, payload }] of [...ledger.acknowledged].slice(0, 50)) {
          const response = await send(running.base, payload);
          assert.equal(response.status, 201);
          assert.equal(response.headers.get('idempotent-replayed'), 'true', `replayed ${key}`);
          assert.equal(((await response.json()) as { id: string }).id, id);
        }
        const second = await loadThenKill(running, ledger);
        assert.ok(second.inFlightAtKill > 0, 'requests were in flight when the receiver was killed again');
        running = undefined;
        assert.deepEqual(ledger.unexpected, [], 'every answer while the receiver was up was 201');

        // The database as the killed receiver left it.
        const store = await database.open();
        try {
          const rows = await store.list('signup', { limit: 1_000_000 });
          const rowsPerKey = new Map<string, { n: number; id: string }>();
          for (const row of rows) rowsPerKey.set(row.idempotencyKey, { n: (rowsPerKey.get(row.idempotencyKey)?.n ?? 0) + 1, id: row.id });
          const lost = [...ledger.acknowledged.keys()].filter((key) => !rowsPerKey.has(key));
          assert.deepEqual(lost, [], `acknowledged but not stored (of ${ledger.acknowledged.size})`);
          for (const [key, { id }] of ledger.acknowledged) {
            assert.equal(rowsPerKey.get(key)!.n, 1, `one row for ${key}`);
            assert.equal(rowsPerKey.get(key)!.id, id, `the stored id is the one the 201 named, for ${key}`);
          }
          // Stored without an answer (killed between the write and the reply) is fine; more rows than keys sent is not.
          assert.ok(rows.length <= ledger.acknowledged.size + ledger.unknown.size, `${rows.length} rows for ${ledger.acknowledged.size + ledger.unknown.size} keys sent`);
          console.log(
            `crash test on ${engine}: ${ledger.acknowledged.size} acknowledged, all stored; ${retried.length} retried after the first kill; ` +
              `in flight at the kills: ${first.inFlightAtKill}, ${second.inFlightAtKill}; ${ledger.unknown.size} unanswered at the second (${rows.length - ledger.acknowledged.size} of them stored)`,
          );
        } finally {
          await store.close();
        }
      } finally {
        if (running) {
          running.child.kill('SIGKILL');
          await running.exited;
        }
        await database.drop();
      }
    });
  });
}
