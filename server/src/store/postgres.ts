/**
 * PostgreSQL, for hosts whose disks do not last (DATABASE_URL). The same migrations as SQLite;
 * the idempotent insert is one `INSERT … ON CONFLICT DO NOTHING`, atomic in the database, so
 * concurrent retries of one key leave one row. A reply waits for the commit.
 */
import pg from 'pg';
import { COLUMNS, MIGRATIONS, MIGRATIONS_TABLE, type SubmissionRow } from './migrations.js';
import { fromRow, ratingCountsFrom, toParams } from './rows.js';
import type { FormName, NewSubmission, PutResult, Store, StoredSubmission } from './store.js';

export function postgresStore(url: string): Store {
  // A database that stops answering fails a request (503 on /health) instead of hanging it.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, query_timeout: 10_000 });
  // An idle client's error (the server restarted) must not crash the receiver: the pool reconnects.
  pool.on('error', () => undefined);

  const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await pool.query(sql, params)).rows as T[];
  // An erased or purged record must leave the table's files, not only the table: a deleted row stays
  // in its page until the space is reused, so the table is rewritten without it (a moment's lock on a
  // table of sign-ups and feedback; erasures are rare, the purge daily). PostgreSQL's own
  // write-ahead log and any backups keep it until they are recycled (see the README). The row is gone
  // from the table either way: a rewrite that fails (a lock not had within the query timeout) is
  // done by the next erasure or purge, and never fails the erasure itself.
  const forgetDeleted = () => pool.query('VACUUM FULL submissions').then(() => undefined, () => undefined);

  const store: Store = {
    engine: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        // One receiver migrates at a time: two starting together wait for each other.
        await client.query('SELECT pg_advisory_lock(7265301)');
        await client.query(MIGRATIONS_TABLE);
        const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: { version: number }) => r.version));
        for (const migration of MIGRATIONS) {
          if (done.has(migration.version)) continue;
          await client.query('BEGIN');
          try {
            for (const statement of migration.statements) await client.query(statement);
            await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, new Date().toISOString()]);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock(7265301)').catch(() => undefined);
        client.release();
      }
    },
    async put(submission: NewSubmission): Promise<PutResult> {
      const [erased] = await rows<{ id: string }>('SELECT id FROM erased_keys WHERE idempotency_key = $1', [submission.idempotencyKey]);
      if (erased) return { status: 'erased', id: erased.id };
      const inserted = await rows<{ id: string }>(
        `INSERT INTO submissions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        toParams(submission),
      );
      if (inserted.length === 1) return { status: 'stored', record: submission };
      const [existing] = await rows<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE idempotency_key = $1`, [submission.idempotencyKey]);
      if (!existing) return store.put(submission);
      const record = fromRow(existing);
      return record.bodyHash === submission.bodyHash && record.form === submission.form ? { status: 'replayed', record } : { status: 'conflict' };
    },
    async list(form: FormName, options = {}) {
      return (
        await rows<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE form = $1 ORDER BY received_at DESC, id DESC LIMIT $2 OFFSET $3`, [
          form,
          options.limit ?? 100,
          options.offset ?? 0,
        ])
      ).map(fromRow);
    },
    async count(form: FormName) {
      const [row] = await rows<{ n: string }>('SELECT COUNT(*) AS n FROM submissions WHERE form = $1', [form]);
      return Number(row?.n ?? 0);
    },
    async get(id: string): Promise<StoredSubmission | undefined> {
      const [row] = await rows<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE id = $1`, [id]);
      return row && fromRow(row);
    },
    async erase(id: string, at: string) {
      // One statement: the key is remembered exactly when its record goes.
      const result = await pool.query(
        `WITH gone AS (DELETE FROM submissions WHERE id = $1 RETURNING idempotency_key, id)
         INSERT INTO erased_keys (idempotency_key, id, erased_at) SELECT idempotency_key, id, $2 FROM gone ON CONFLICT DO NOTHING`,
        [id, at],
      );
      const erased = (result.rowCount ?? 0) > 0;
      if (erased) await forgetDeleted();
      return erased;
    },
    async purgeBefore(before: string) {
      await pool.query('DELETE FROM erased_keys WHERE erased_at < $1', [before]);
      const purged = (await pool.query('DELETE FROM submissions WHERE received_at < $1', [before])).rowCount ?? 0;
      if (purged) await forgetDeleted();
      return purged;
    },
    async ratingCounts() {
      return ratingCountsFrom(
        await rows<{ service_id: string; rating: number; n: string }>(
          "SELECT service_id, rating, COUNT(*) AS n FROM submissions WHERE form = 'feedback' AND service_id IS NOT NULL AND rating IS NOT NULL GROUP BY service_id, rating",
        ),
      );
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}
