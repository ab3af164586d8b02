/**
 * POST /signups and POST /feedback: the payloads the widgets send, each stored exactly once.
 *
 * - 201 `{ id, receivedAt }`: stored. A repeat of the same Idempotency-Key with the same body
 *   answers the same again (with `Idempotent-Replayed: true`), storing nothing.
 * - 422 `{ errors: [{ field, message }] }`: answers to fix (the widgets put them on their fields),
 *   a key already used with another body, or a body out of shape (payload-shape.ts: nested too
 *   deep, too many fields or answers, an answer that is not a value or a list of values).
 * - 400: no Idempotency-Key, or one that is not a UUID; a body that is not JSON.
 * - 415: not `application/json`; 413: over 64 KB (both answered by Fastify itself).
 * - 202: the hidden honeypot field (`website`) is filled in: a bot, thanked, nothing stored.
 * - 429 with `Retry-After`: a client sending too many.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isObject, shapeProblem } from '../payload-shape.js';
import type { PayloadCheck } from '../schemas.js';
import type { FormName, Store } from '../store/store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SubmissionRoutes {
  store: Store;
  checks: Record<FormName, PayloadCheck>;
  rateLimitPerMinute: number;
  bodyLimit: number;
  now: () => Date;
}

/** The feedback's service and its rating, kept beside the payload for the published summary (per service: a session's feedback is kept, not counted there). */
function summaryFields(form: FormName, body: Record<string, unknown>): { serviceId?: string; rating?: number } {
  if (form !== 'feedback') return {};
  const subject = isObject(body.subject) ? body.subject : {};
  const answers = isObject(body.answers) ? body.answers : {};
  const serviceId = typeof subject.serviceId === 'string' ? subject.serviceId : undefined;
  const rating = typeof answers.rating === 'number' ? answers.rating : undefined;
  return { ...(serviceId ? { serviceId } : {}), ...(rating ? { rating } : {}) };
}

export async function submissionRoutes(app: FastifyInstance, options: SubmissionRoutes): Promise<void> {
  const { store, checks } = options;
  // JSON only: Fastify also reads text/plain by default, which a form's answers never are (415).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: options.bodyLimit }, app.getDefaultJsonParser('error', 'error'));

  const receive = (form: FormName) => async (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !UUID.test(key)) {
      return reply.code(400).send({ errors: [{ field: 'Idempotency-Key', message: 'Send an Idempotency-Key header: the submission id, a UUID' }] });
    }
    const body = request.body;
    if (!isObject(body)) return reply.code(422).send({ errors: [{ field: 'body', message: 'The answers must be a JSON object' }] });
    // The honeypot: people never see it; a bot that fills it is thanked and forgotten.
    const { website, ...payload } = body;
    if (typeof website === 'string' && website.trim() !== '') return reply.code(202).send({});
    // Bounds first: a payload far out of shape is refused before its schema reads it, or it is written out.
    const outOfShape = shapeProblem(payload);
    const problems = outOfShape ? [outOfShape] : checks[form](payload);
    if (!problems.length && payload.submissionId !== key) {
      problems.push({ field: 'submissionId', message: 'The submission id must be the same as the Idempotency-Key' });
    }
    if (problems.length) {
      request.log.info({ form, problems: problems.length }, 'refused: answers to fix');
      return reply.code(422).send({ errors: problems });
    }
    const text = JSON.stringify(payload);
    const result = await store.put({
      id: randomUUID(),
      form,
      idempotencyKey: key,
      bodyHash: createHash('sha256').update(text).digest('hex'),
      receivedAt: options.now().toISOString(),
      ...summaryFields(form, payload),
      payload: text,
    });
    if (result.status === 'erased') {
      // Erased at the parent's request: the device retrying is told it is done, and nothing is stored again.
      request.log.info({ form, id: result.id }, 'already erased');
      return reply.code(200).send({ id: result.id, erased: true });
    }
    if (result.status === 'conflict') {
      return reply.code(422).send({
        errors: [{ field: 'submissionId', message: 'This submission was already received with different answers: send it again as a new one' }],
      });
    }
    const { id, receivedAt } = result.record;
    request.log.info({ form, id, replayed: result.status === 'replayed' }, 'stored');
    if (result.status === 'replayed') reply.header('Idempotent-Replayed', 'true');
    return reply.code(201).send({ id, receivedAt });
  };

  const config = { rateLimit: { max: options.rateLimitPerMinute, timeWindow: '1 minute' } };
  app.post('/signups', { config }, receive('signup'));
  app.post('/feedback', { config }, receive('feedback'));
}
