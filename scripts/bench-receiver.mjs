// `npm run bench -- receiver` (or `node scripts/bench-receiver.mjs`): how many submissions the
// receiver takes. The built receiver (server/dist, rebuilt first when server/src is newer) runs as
// a child process with its default settings, as `parent-champion-receiver` runs in production
// (a log line per request; SQLite in WAL mode with synchronous=FULL), while this process keeps 50
// HTTP clients on kept-alive connections sending new, valid sign-ups. Two runs per engine, each a
// 1 s warm-up and then RECEIVER_BENCH_SECONDS (default 10) measured:
//
// - back to back: each client sends its next submission once the last is answered: the most the
//   receiver accepts (201) per second, and the latency at that load (about 50 / that rate).
// - offering 1,000/s: the clients share a schedule of 1,000 submissions a second; each latency
//   runs from the submission's scheduled time to its 201's body read, so falling behind shows.
//
// SQLite, then PostgreSQL 15 when scripts/ensure-postgres.sh can start a throwaway cluster. The
// goal (issue 22): SQLite accepts ≥ 1,000/s, and p99 ≤ 50 ms at 1,000/s.
//
// The clients use node:http (a third of the CPU fetch needs per request here, so they take less
// from the receiver on a small machine); RECEIVER_BENCH_CLIENT=fetch uses fetch. The notes give the
// CPU each side used, so a run on a busy or 2-core machine can be read for what limited it.
// RECEIVER_BENCH_LOG_LEVEL sets the receiver's LOG_LEVEL (default: its own default, info).
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join(ROOT, 'server');
const SECONDS = Number(process.env.RECEIVER_BENCH_SECONDS ?? 10);
const WARMUP_MS = 1000;
const CLIENTS = Number(process.env.RECEIVER_BENCH_CLIENTS ?? 50);
const CLIENT = process.env.RECEIVER_BENCH_CLIENT ?? 'http';
const TARGET_PER_SECOND = 1000;
const TARGET_P99_MS = 50;

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** server/dist and server/schema as `npm run build -w server` leaves them, rebuilt when older than src/. */
function ensureBuilt() {
  const main = join(SERVER, 'dist/main.js');
  const fresh =
    existsSync(main) &&
    existsSync(join(SERVER, 'schema/feedback.schema.json')) &&
    statSync(main).mtimeMs >= newestIn(join(SERVER, 'src')) &&
    statSync(join(SERVER, 'schema/feedback.schema.json')).mtimeMs >= statSync(join(ROOT, 'schema/feedback.schema.json')).mtimeMs;
  if (!fresh) {
    console.error('Building the receiver (npm run build -w server)…');
    execFileSync('npm', ['run', 'build', '-w', 'server'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Seconds of CPU a process has used (Linux /proc), or undefined elsewhere. */
function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (100 Hz)
  } catch {
    return undefined;
  }
}

async function startReceiver(env) {
  const port = await freePort();
  const clean = { ...process.env };
  for (const name of ['DATABASE_URL', 'SQLITE_PATH', 'COORDINATOR_SECRET', 'ALLOWED_ORIGINS', 'TRUST_PROXY', 'LOG_LEVEL', 'RETENTION_DAYS']) delete clean[name];
  const child = spawn(process.execPath, [join(SERVER, 'bin/parent-champion-receiver.js')], {
    cwd: SERVER,
    env: {
      ...clean,
      PORT: String(port),
      HOST: '127.0.0.1',
      // One load generator sends everything from 127.0.0.1: the per-client limit is lifted to its ceiling.
      RATE_LIMIT_PER_MINUTE: '100000',
      ...(process.env.RECEIVER_BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.RECEIVER_BENCH_LOG_LEVEL } : {}),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let gone = false;
  exited.then(() => (gone = true));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (gone) throw new Error(`the receiver exited: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the receiver did not answer within 60 s: ${stderr}`);
    }
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A valid sign-up (a fictional parent) under a new submission id. */
function signup() {
  return {
    version: '1.0',
    form: 'signup',
    submissionId: randomUUID(),
    submittedAt: new Date().toISOString(),
    locale: 'en-GB',
    pageUrl: 'https://www.example-school.sch.uk/get-involved',
    consent: { given: true, text: 'Northbridge Council will use your details to contact you about volunteering.', givenAt: new Date().toISOString() },
    answers: {
      name: 'Amina Bench',
      contactMethod: 'email',
      email: 'amina@example.org',
      area: 'NB1 4AA',
      languages: ['Somali', 'English'],
      days: ['MO', 'WE'],
      timesOfDay: ['morning'],
      interests: ['events'],
      heardAbout: [],
    },
  };
}

/** One POST over a kept-alive connection: its status once the body has been read. */
function postWith(agent, base, payload) {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = request(`${base}/signups`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'idempotency-key': payload.submissionId },
    }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode));
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end(body);
  });
}

async function postWithFetch(base, payload) {
  const response = await fetch(`${base}/signups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': payload.submissionId },
    body: JSON.stringify(payload),
  });
  await response.arrayBuffer();
  return response.status;
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/**
 * CLIENTS clients for a 1 s warm-up and then SECONDS measured. Without `rate`, each client sends
 * its next submission as soon as the last is answered (the most the receiver can take). With
 * `rate`, the clients share a schedule of `rate` submissions a second and each latency runs from
 * a submission's scheduled time, so a receiver that falls behind shows it in its latency.
 */
async function drive(receiver, rate) {
  const started = performance.now();
  const measureFrom = started + WARMUP_MS;
  const measureTo = measureFrom + SECONDS * 1000;
  const latencies = [];
  const statuses = {};
  let errors = 0;
  let cpuAtStart;
  let serverCpuAtStart;
  let slot = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const startMeasuring = setTimeout(() => {
    cpuAtStart = process.cpuUsage();
    serverCpuAtStart = cpuSecondsOf(receiver.pid);
  }, WARMUP_MS);
  const client = async () => {
    for (;;) {
      let sentAt = performance.now();
      if (rate) {
        const due = started + (slot++ * 1000) / rate;
        if (due >= measureTo) break;
        if (due > sentAt) await new Promise((resolve) => setTimeout(resolve, due - sentAt));
        sentAt = due;
      } else if (sentAt >= measureTo) break;
      const payload = signup();
      let status;
      try {
        status = CLIENT === 'fetch' ? await postWithFetch(receiver.base, payload) : await postWith(agent, receiver.base, payload);
      } catch {
        status = -1;
      }
      const doneAt = performance.now();
      // A submission counts when it was both sent and answered inside the measured window.
      if (sentAt < measureFrom || doneAt > measureTo) continue;
      if (status === 201) latencies.push(doneAt - sentAt);
      else if (status === -1) errors++;
      else statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  clearTimeout(startMeasuring);
  agent.destroy();
  const clientCpu = cpuAtStart ? process.cpuUsage(cpuAtStart) : undefined;
  const serverCpu = serverCpuAtStart === undefined ? undefined : cpuSecondsOf(receiver.pid) - serverCpuAtStart;
  latencies.sort((a, b) => a - b);
  return {
    accepted: latencies.length,
    perSecond: latencies.length / SECONDS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    errors,
    otherStatuses: statuses,
    clientCpuSeconds: clientCpu ? (clientCpu.user + clientCpu.system) / 1e6 : undefined,
    serverCpuSeconds: serverCpu,
  };
}

/** One engine, one receiver: as fast as it goes, then paced at TARGET_PER_SECOND. */
async function benchEngine(engine, env) {
  const receiver = await startReceiver(env);
  try {
    const saturated = await drive(receiver);
    const paced = await drive(receiver, TARGET_PER_SECOND);
    const common = { engine, clients: CLIENTS, seconds: SECONDS, client: CLIENT };
    return [
      { name: `receiver: ${engine}, ${CLIENTS} clients back to back (most it takes)`, mode: 'saturated', ...common, ...saturated },
      {
        name: `receiver: ${engine}, ${CLIENTS} clients offering ${TARGET_PER_SECOND.toLocaleString('en')}/s`,
        mode: 'paced',
        offeredPerSecond: TARGET_PER_SECOND,
        ...common,
        ...paced,
      },
    ];
  } finally {
    await receiver.stop();
  }
}

/** Both engines (PostgreSQL when one can be started); the results and notes for the report. */
export async function runReceiverSuite() {
  ensureBuilt();
  const results = [];
  const notes = [];

  const sqliteDir = mkdtempSync(join(tmpdir(), 'pc-receiver-bench-'));
  try {
    const [saturated, paced] = await benchEngine('sqlite', { SQLITE_PATH: join(sqliteDir, 'bench.db') });
    results.push({ ...saturated, targetPerSecond: TARGET_PER_SECOND }, { ...paced, targetP99Ms: TARGET_P99_MS });
  } finally {
    rmSync(sqliteDir, { recursive: true, force: true });
  }

  // A throwaway cluster of our own, even when TEST_DATABASE_URL names another: the figure is for a
  // PostgreSQL 15 on this machine with its default (durable) settings.
  const pgDir = mkdtempSync(join(tmpdir(), 'pc-receiver-bench-pg-'));
  try {
    let url;
    try {
      url = execFileSync('bash', [join(ROOT, 'scripts/ensure-postgres.sh'), 'start', pgDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).match(
        /^TEST_DATABASE_URL=(.*)$/m,
      )?.[1];
    } catch (error) {
      notes.push(`PostgreSQL not measured: scripts/ensure-postgres.sh could not start a cluster (${String(error.stderr ?? error.message).trim().split('\n').at(-1)})`);
    }
    if (url) results.push(...(await benchEngine('postgres', { DATABASE_URL: url })));
  } finally {
    execFileSync('bash', [join(ROOT, 'scripts/ensure-postgres.sh'), 'stop', pgDir], { stdio: 'ignore' });
    rmSync(pgDir, { recursive: true, force: true });
  }

  for (const r of results) {
    if (r.errors || Object.keys(r.otherStatuses).length) notes.push(`${r.name}: ${r.errors} requests failed; other answers: ${JSON.stringify(r.otherStatuses)}`);
    if (r.clientCpuSeconds !== undefined && r.serverCpuSeconds !== undefined) {
      notes.push(
        `${r.name}: CPU over the ${SECONDS} s — receiver ${r.serverCpuSeconds.toFixed(1)} s, load generator ${r.clientCpuSeconds.toFixed(1)} s` +
          (r.engine === 'postgres' ? ' (PostgreSQL\'s own processes not counted)' : ''),
      );
    }
  }
  notes.push(`Goal (issue 22): SQLite takes ≥ ${TARGET_PER_SECOND.toLocaleString('en')} accepted/s with p99 ≤ ${TARGET_P99_MS} ms at that rate.`);
  return { results, notes };
}

export function printReceiverResults({ results, notes }) {
  console.log(`\nReceiver: sign-ups accepted (201) per second over ${SECONDS} s after a 1 s warm-up, ${CLIENTS} HTTP clients (keep-alive, ${CLIENT})`);
  const meets = (r) => {
    if (r.targetPerSecond) return r.perSecond >= r.targetPerSecond ? 'yes' : 'NO';
    if (r.targetP99Ms) return r.p99 <= r.targetP99Ms && r.perSecond >= 0.98 * r.offeredPerSecond ? 'yes' : 'NO';
    return '';
  };
  console.table(
    results.map((r) => ({
      case: r.name,
      'accepted/s': Math.round(r.perSecond),
      'p50 ms': r.p50.toFixed(2),
      'p99 ms': r.p99.toFixed(2),
      'max ms': r.max.toFixed(1),
      target: r.targetPerSecond ? `≥ ${r.targetPerSecond}/s` : r.targetP99Ms ? `p99 ≤ ${r.targetP99Ms} ms` : '',
      'meets target': meets(r),
      failed: r.errors + Object.values(r.otherStatuses).reduce((a, b) => a + b, 0),
    })),
  );
  for (const note of notes) console.log(note);
}

// Run on its own: print and save bench-results/receiver.json.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outcome = await runReceiverSuite();
  printReceiverResults(outcome);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/receiver.json'), JSON.stringify(outcome, null, 2));
  console.log('\nSaved bench-results/receiver.json');
}
