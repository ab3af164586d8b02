/**
 * What the receiver keeps, behind one small interface that SQLite and PostgreSQL both implement
 * with the same migrations (migrations.ts). A submission is stored once per Idempotency-Key:
 * `put` is atomic on the key, so 50 clients retrying the same submission at once leave one row.
 */

export type FormName = 'signup' | 'feedback';

export interface NewSubmission {
  /** The stored record's own id (a UUID the receiver makes). */
  id: string;
  form: FormName;
  idempotencyKey: string;
  /** SHA-256 of the body as received: a repeat with another body is refused. */
  bodyHash: string;
  /** When it arrived (ISO 8601, UTC). */
  receivedAt: string;
  /** The feedback's service, for the published summary. */
  serviceId?: string;
  /** The feedback's rating (1–5). */
  rating?: number;
  /** The payload as received (JSON text, stored verbatim). */
  payload: string;
}

export type StoredSubmission = NewSubmission;

export type PutResult =
  | { status: 'stored'; record: StoredSubmission }
  /** The key was stored before with the same body: answer as the first time. */
  | { status: 'replayed'; record: StoredSubmission }
  /** The key was stored before with another body. */
  | { status: 'conflict' }
  /** The key's record was erased (a right-to-erasure request): it is not stored again. */
  | { status: 'erased'; id: string };

/** Per service: how many responses, and how many gave each rating. */
export interface RatingCounts {
  serviceId: string;
  responses: number;
  /** ratings[0] is how many rated 1 … ratings[4] how many rated 5. */
  ratings: [number, number, number, number, number];
}

export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** Creates or updates the tables (idempotent). */
  migrate(): Promise<void>;
  put(submission: NewSubmission): Promise<PutResult>;
  /** Newest first. */
  list(form: FormName, options?: { limit?: number; offset?: number }): Promise<StoredSubmission[]>;
  count(form: FormName): Promise<number>;
  get(id: string): Promise<StoredSubmission | undefined>;
  /** Deletes one record (a right-to-erasure request), remembering its key; false when there was none. */
  erase(id: string, at: string): Promise<boolean>;
  /** Deletes every record received before `before` (ISO), and erased keys from before then; how many records went. */
  purgeBefore(before: string): Promise<number>;
  /** Feedback counts per service (all services; the caller applies the minimum). */
  ratingCounts(): Promise<RatingCounts[]>;
  close(): Promise<void>;
}
