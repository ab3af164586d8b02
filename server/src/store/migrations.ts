/**
 * The tables, as numbered steps both engines run (plain SQL that SQLite and PostgreSQL read
 * alike). A database remembers the steps it has run in `schema_migrations`; a step is never
 * changed once released, only followed by another.
 */
export const MIGRATIONS: readonly { version: number; statements: readonly string[] }[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE IF NOT EXISTS submissions (
        id TEXT PRIMARY KEY,
        form TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        body_hash TEXT NOT NULL,
        received_at TEXT NOT NULL,
        service_id TEXT,
        rating INTEGER,
        payload TEXT NOT NULL
      )`,
      'CREATE INDEX IF NOT EXISTS submissions_by_form_time ON submissions (form, received_at)',
      'CREATE INDEX IF NOT EXISTS submissions_by_service ON submissions (service_id)',
    ],
  },
  {
    // The keys of erased records (a UUID and when: nothing personal), so a device whose answer was
    // lost and retries later cannot bring an erased sign-up back.
    version: 2,
    statements: ['CREATE TABLE IF NOT EXISTS erased_keys (idempotency_key TEXT PRIMARY KEY, id TEXT NOT NULL, erased_at TEXT NOT NULL)'],
  },
];

export const MIGRATIONS_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)';

/** The columns as stored, to the record. */
export interface SubmissionRow {
  id: string;
  form: string;
  idempotency_key: string;
  body_hash: string;
  received_at: string;
  service_id: string | null;
  rating: number | null;
  payload: string;
}

export const COLUMNS = 'id, form, idempotency_key, body_hash, received_at, service_id, rating, payload';
