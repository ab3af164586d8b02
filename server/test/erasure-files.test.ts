/**
 * "Deleted from the receiver for good": an erased or purged record's words are gone from the
 * database's files, not only from its tables. Read the files as a person with the disk would:
 * SQLite's file and its write-ahead log; PostgreSQL's table file after a checkpoint (its own
 * write-ahead log keeps changes until it is recycled, as the README says). A record that was not
 * erased is found in the same files, so the search can see what it looks for.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { purgeOld } from '../src/retention.js';
import { ENGINES, post, signup, testReceiver, type Engine } from './support.js';

type Receiver = Awaited<ReturnType<typeof testReceiver>>;

/** Everything in the database's files on disk, as text (asserted on with `includes`: a failure must not print the files). */
async function filesOf(engine: Engine, receiver: Receiver): Promise<string> {
  if (engine === 'sqlite') {
    const path = receiver.database.config.sqlitePath;
    return [path, `${path}-wal`, `${path}-journal`]
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file).toString('latin1'))
      .join('\n');
  }
  const client = new pg.Client({ connectionString: receiver.database.config.databaseUrl });
  await client.connect();
  try {
    // The pages in memory, written to the table's files.
    await client.query('CHECKPOINT');
    const { rows: [{ data_directory: dataDirectory }] } = await client.query('SHOW data_directory');
    const { rows: [{ path }] } = await client.query("SELECT pg_relation_filepath('submissions') AS path");
    const table = join(dataDirectory as string, path as string);
    // The table's file and its further segments (none at this size, but read them if there are).
    const name = table.slice(dirname(table).length + 1);
    return readdirSync(dirname(table))
      .filter((file) => file === name || file.startsWith(`${name}.`))
      .map((file) => readFileSync(join(dirname(table), file)).toString('latin1'))
      .join('\n');
  } finally {
    await client.end();
  }
}

/** Stores a sign-up whose name and phone are `marker`-marked; returns its id. */
async function signUp(receiver: Receiver, marker: string): Promise<string> {
  const payload = signup({ name: `${marker} Parent`, contactMethod: 'text', phone: '07700900123', email: undefined, area: 'ZZ9 9ZZ' });
  const response = await post(receiver.app, '/signups', payload);
  assert.equal(response.statusCode, 201, response.body);
  return (response.json() as { id: string }).id;
}

for (const engine of ENGINES) {
  describe(`receiver on ${engine}: erased words leave the database's files`, () => {
    it('a coordinator erasing a sign-up: its words are gone from the files; the others are still there', async () => {
      const receiver = await testReceiver(engine);
      try {
        const gone = await signUp(receiver, 'Remanence');
        await signUp(receiver, 'Keepsake');
        assert.equal((await filesOf(engine, receiver)).includes('Remanence Parent'), true, 'the record is in the files before its erasure');
        assert.equal(await receiver.store.erase(gone, '2026-12-07T12:00:00.000Z'), true);
        const files = await filesOf(engine, receiver);
        assert.equal(files.includes('Remanence Parent'), false, 'the erased name is gone');
        assert.equal(files.includes('Keepsake Parent'), true, 'the record not erased is still there (the search sees what it looks for)');
      } finally {
        await receiver.close();
      }
    });

    it('the retention period ending: the purged records are gone from the files', async () => {
      const receiver = await testReceiver(engine);
      try {
        await signUp(receiver, 'Bygone');
        assert.equal((await filesOf(engine, receiver)).includes('Bygone Parent'), true, 'the record is in the files before the purge');
        // A day's retention, a week on: everything received now is past it.
        assert.equal(await purgeOld(receiver.store, 1, new Date(Date.now() + 7 * 86_400_000)), 1);
        assert.equal((await filesOf(engine, receiver)).includes('Bygone Parent'), false, 'the purged name is gone');
      } finally {
        await receiver.close();
      }
    });
  });
}
