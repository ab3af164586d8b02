/**
 * One submission, one body: answers already sent under an id go again exactly as they were sent
 * (`submittedAt` included), so a receiver that stored them answers "already stored" instead of
 * seeing another body under the same `Idempotency-Key`; changed answers are a new submission with
 * a new id.
 */
import { newSubmissionId } from './submission-id.js';

interface Sent {
  submissionId: string;
  submittedAt: string;
}

/**
 * The payload to send: the one kept as sent (`sentPayload`, JSON, under `submissionId`) when the
 * answers made again would give the very same body; else `make`'s, under a new id and time.
 */
export function samePayloadOrNew<P extends Sent>(sentPayload: string, submissionId: string, make: (id: string, submittedAt: Date) => P): P {
  const earlier = sentPayload ? (JSON.parse(sentPayload) as P) : undefined;
  const same =
    earlier &&
    submissionId === earlier.submissionId &&
    JSON.stringify(earlier) === JSON.stringify(make(earlier.submissionId, new Date(earlier.submittedAt)));
  return same ? earlier : make(newSubmissionId(), new Date());
}
