/**
 * What the receiver's tests share: a fresh database for each engine under test (SQLite in a
 * temporary file; PostgreSQL when TEST_DATABASE_URL names a throwaway database, as `npm test`
 * sets it up), valid payloads, and the app built on them.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { DEFAULTS, type ReceiverConfig } from '../src/config.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';

export type Engine = 'sqlite' | 'postgres';

/** The engines to run against: both whenever TEST_DATABASE_URL is set (npm test always sets it). */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  config: Pick<ReceiverConfig, 'databaseUrl' | 'sqlitePath'>;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

/** An empty database of `engine`: a temporary SQLite file, or a new PostgreSQL schema. */
export async function testDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'pc-receiver-'));
    const config = { sqlitePath: join(dir, 'test.db') };
    return { config, open: () => openStore(config), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const schema = `t_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const config = { databaseUrl: url.href, sqlitePath: '' };
  return {
    config,
    open: () => openStore(config),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

export function testConfig(overrides: Partial<ReceiverConfig> = {}): ReceiverConfig {
  return { ...DEFAULTS, logLevel: 'silent', allowedOrigins: ['https://www.example-school.sch.uk'], rateLimitPerMinute: 10_000, ...overrides };
}

/** A receiver on a fresh database; `close` removes it all. */
export async function testReceiver(engine: Engine, overrides: Partial<ReceiverConfig> = {}, logs?: string[], appOptions: { idleTimeoutMs?: number; requestTimeoutMs?: number } = {}) {
  const database = await testDatabase(engine);
  const store = await database.open();
  const app = await buildApp({
    config: testConfig({ ...(logs ? { logLevel: 'info' as const } : {}), ...overrides }),
    store,
    ...appOptions,
    ...(logs ? { logStream: { write: (line: string) => void logs.push(line) } } : {}),
  });
  return {
    app,
    store,
    database,
    async close() {
      await app.close();
      await store.close();
      await database.drop();
    },
  };
}

/** A valid sign-up payload (a fictional parent); `answers` and `rest` change parts of it. */
export function signup(answers: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) {
  const submissionId = randomUUID();
  return {
    version: '1.0',
    form: 'signup',
    submissionId,
    submittedAt: '2026-12-06T09:31:00.000Z',
    locale: 'en-GB',
    pageUrl: 'https://www.example-school.sch.uk/get-involved',
    consent: { given: true, text: 'Northbridge Council will use your details to contact you about volunteering.', givenAt: '2026-12-06T09:30:00.000Z' },
    answers: {
      name: 'Amina Test',
      contactMethod: 'email',
      email: 'amina@example.org',
      area: 'NB1 4AA',
      languages: ['Somali', 'English'],
      days: ['MO'],
      timesOfDay: ['morning'],
      interests: ['events'],
      heardAbout: [],
      ...answers,
    },
    ...rest,
  };
}

/** POST a payload as the widgets do. */
export function post(app: Awaited<ReturnType<typeof testReceiver>>['app'], path: string, body: unknown, headers: Record<string, string> = {}) {
  const key = (body as { submissionId?: string }).submissionId ?? randomUUID();
  return app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A valid feedback payload about `serviceId` (a fictional parent's words). */
export function feedback(serviceId: string | undefined, rating: number, answers: Record<string, unknown> = {}) {
  return {
    version: '1.0',
    form: 'feedback',
    submissionId: randomUUID(),
    submittedAt: '2026-12-06T09:31:00.000Z',
    locale: 'en-GB',
    pageUrl: 'https://www.example-school.sch.uk/family-hub',
    subject: serviceId ? { serviceId } : {},
    answers: { rating, contactAllowed: false, ...answers },
  };
}
