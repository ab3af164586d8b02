/**
 * SQLite, the embedded default: one file, in WAL mode with `synchronous = FULL`, so every
 * acknowledged write is on disk before the reply (a crash, even SIGKILL, loses nothing that got a
 * 201). better-sqlite3 is synchronous: each statement runs to completion, so the idempotent
 * insert needs no lock of its own.
 */
import Database from 'better-sqlite3';
import { COLUMNS, MIGRATIONS, MIGRATIONS_TABLE, type SubmissionRow } from './migrations.js';
import { fromRow, ratingCountsFrom, toParams } from './rows.js';
import type { FormName, NewSubmission, PutResult, Store, StoredSubmission } from './store.js';

export function sqliteStore(path: string): Store {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // An erased or purged record must leave the file, not only the table: deleted content is
  // overwritten with zeros, and the write-ahead log, which still holds the pages as they were,
  // is then folded into the file and emptied (`forgetDeleted`).
  db.pragma('secure_delete = ON');
  const forgetDeleted = () => db.pragma('wal_checkpoint(TRUNCATE)');

  let statements: ReturnType<typeof prepare> | undefined;
  function prepare() {
    return {
      insert: db.prepare(`INSERT INTO submissions (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`),
      byKey: db.prepare(`SELECT ${COLUMNS} FROM submissions WHERE idempotency_key = ?`),
      byId: db.prepare(`SELECT ${COLUMNS} FROM submissions WHERE id = ?`),
      list: db.prepare(`SELECT ${COLUMNS} FROM submissions WHERE form = ? ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?`),
      count: db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE form = ?'),
      erase: db.prepare('DELETE FROM submissions WHERE id = ?'),
      rememberErased: db.prepare('INSERT INTO erased_keys (idempotency_key, id, erased_at) SELECT idempotency_key, id, ? FROM submissions WHERE id = ? ON CONFLICT DO NOTHING'),
      erasedKey: db.prepare('SELECT id FROM erased_keys WHERE idempotency_key = ?'),
      purge: db.prepare('DELETE FROM submissions WHERE received_at < ?'),
      purgeErased: db.prepare('DELETE FROM erased_keys WHERE erased_at < ?'),
      ratings: db.prepare(
        "SELECT service_id, rating, COUNT(*) AS n FROM submissions WHERE form = 'feedback' AND service_id IS NOT NULL AND rating IS NOT NULL GROUP BY service_id, rating",
      ),
    };
  }
  const s = () => (statements ??= prepare());

  const store: Store = {
    engine: 'sqlite',
    async migrate() {
      db.exec(MIGRATIONS_TABLE);
      const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue;
        db.transaction(() => {
          for (const statement of migration.statements) db.exec(statement);
          db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(migration.version, new Date().toISOString());
        })();
      }
      statements = prepare();
    },
    async put(submission: NewSubmission): Promise<PutResult> {
      const erased = s().erasedKey.get(submission.idempotencyKey) as { id: string } | undefined;
      if (erased) return { status: 'erased', id: erased.id };
      const inserted = s().insert.run(...toParams(submission));
      if (inserted.changes === 1) return { status: 'stored', record: submission };
      const existing = s().byKey.get(submission.idempotencyKey) as SubmissionRow | undefined;
      // Erased (or purged) between the two statements: store it now, as new.
      if (!existing) return store.put(submission);
      const record = fromRow(existing);
      return record.bodyHash === submission.bodyHash && record.form === submission.form ? { status: 'replayed', record } : { status: 'conflict' };
    },
    async list(form: FormName, options = {}) {
      return (s().list.all(form, options.limit ?? 100, options.offset ?? 0) as SubmissionRow[]).map(fromRow);
    },
    async count(form: FormName) {
      return Number((s().count.get(form) as { n: number }).n);
    },
    async get(id: string): Promise<StoredSubmission | undefined> {
      const row = s().byId.get(id) as SubmissionRow | undefined;
      return row && fromRow(row);
    },
    async erase(id: string, at: string) {
      const erased = db.transaction(() => {
        s().rememberErased.run(at, id);
        return s().erase.run(id).changes > 0;
      })();
      if (erased) forgetDeleted();
      return erased;
    },
    async purgeBefore(before: string) {
      s().purgeErased.run(before);
      const purged = s().purge.run(before).changes;
      if (purged) forgetDeleted();
      return purged;
    },
    async ratingCounts() {
      return ratingCountsFrom(s().ratings.all() as { service_id: string; rating: number; n: number }[]);
    },
    async close() {
      db.close();
    },
  };
  return store;
}
