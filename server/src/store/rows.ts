import type { FormName, NewSubmission, RatingCounts, StoredSubmission } from './store.js';
import type { SubmissionRow } from './migrations.js';

export function fromRow(row: SubmissionRow): StoredSubmission {
  return {
    id: row.id,
    form: row.form as FormName,
    idempotencyKey: row.idempotency_key,
    bodyHash: row.body_hash,
    receivedAt: row.received_at,
    ...(row.service_id === null ? {} : { serviceId: row.service_id }),
    ...(row.rating === null ? {} : { rating: Number(row.rating) }),
    payload: row.payload,
  };
}

export function toParams(s: NewSubmission): unknown[] {
  return [s.id, s.form, s.idempotencyKey, s.bodyHash, s.receivedAt, s.serviceId ?? null, s.rating ?? null, s.payload];
}

/** Rows of (service_id, rating, n) to counts per service. */
export function ratingCountsFrom(rows: readonly { service_id: string; rating: number | string; n: number | string }[]): RatingCounts[] {
  const byService = new Map<string, RatingCounts>();
  for (const row of rows) {
    const rating = Number(row.rating);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) continue;
    const counts = byService.get(row.service_id) ?? { serviceId: row.service_id, responses: 0, ratings: [0, 0, 0, 0, 0] };
    counts.ratings[rating - 1] += Number(row.n);
    counts.responses += Number(row.n);
    byService.set(row.service_id, counts);
  }
  return [...byService.values()].sort((a, b) => a.serviceId.localeCompare(b.serviceId));
}
