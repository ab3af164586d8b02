// The demo's test receiver: a Vite plugin that answers `<pc-champion-signup>` on the demo server
// (`npm start`) at /receiver/signups, the way docs/forms.md says a receiver must, until the real
// one (Node and SQLite, issue 22) exists. Not for production: one process, a JSON Lines file.
//
//   POST /receiver/signups        application/json (≤ 64 KB) with an `Idempotency-Key` (a UUID)
//     201 {"id", "receivedAt"}    stored
//     200 the same, `Idempotent-Replayed: true`   a repeat of a stored key with the same body
//     422 {"errors": [{"field", "message"}]}      answers to fix, or a stored key with another body
//     400 no or bad key, not JSON; 405 not POST; 413 over 64 KB; 415 not application/json
//   GET  /receiver/signups/count  {"count": n}    for the demo and tests: nothing personal
//
// What is stored (demo/.receiver/signups.jsonl, git-ignored, never served) is personal data:
// nothing of it is logged, only "stored signup <id>".
//
// The payload's schema and reader come from vite.config.ts, which can import the TypeScript
// sources (src/forms/signup-payload.ts); this file stays plain JavaScript.
import { createHash, randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the receiver answers (the form's `action` on the demo page). */
export const RECEIVER_PATH = '/receiver/signups';
export const MAX_BODY_BYTES = 64 * 1024;
const ANY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The store's folder, in any spelling a request could name it (`/.receiver/…`, `/@fs/…/.receiver/…`). */
const STORE_FOLDER = /(^|\/)\.receiver(\/|$)/i;

/** Words for the payload's fields, so a 422's message reads as a sentence in the form's error summary. */
const FIELD_WORDS = {
  'answers.name': 'Your name',
  'answers.contactMethod': 'How we should contact you',
  'answers.email': 'Email address',
  'answers.phone': 'Phone number',
  'answers.area': 'Postcode or ward',
  'answers.childrenAges': 'Your children’s ages',
  'answers.languages': 'Languages you speak',
  'answers.days': 'Days',
  'answers.timesOfDay': 'Times of day',
  'answers.interests': 'What you would like to do',
  'answers.heardAbout': 'Where you heard about us',
  'answers.anythingElse': 'Anything else you would like to tell us',
  consent: 'Your consent',
  'consent.given': 'Your consent',
};

/**
 * @typedef {{ keys: (string | number)[], rule: string, schema: { kind: string, max?: number, reason?: string }, value?: unknown }} Problem
 * @typedef {{ value: unknown, problems: Problem[], removed: { keys: (string | number)[], problem: Problem }[], repaired: { keys: (string | number)[], rule: 'max' | 'bidi', schema: { max?: number } }[] }} ReadResult
 * @typedef {{ field: string, message: string }} FieldProblem
 * @typedef {{ id: string, key: string, receivedAt: string, hash: string, payload: unknown }} StoredSignup
 * @typedef {object} TestReceiverOptions
 * @property {unknown} schema The payload's schema (`SignupPayloadSchema`).
 * @property {(schema: any, value: unknown) => ReadResult} read The schema kit's `read`.
 * @property {(problem: Problem) => string} [describe] Words for a problem (format.ts's `problemMessage`); never the value found.
 * @property {string} [file] The JSON Lines store; default `<vite root>/.receiver/signups.jsonl`.
 */

/** A field's path as the 422 names it: `answers.email`, `answers.days.1`. */
const fieldOf = (keys) => keys.join('.');

/** JSON with its object keys sorted: the same answers give the same text however they were ordered. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const hashOf = (value) => createHash('sha256').update(canonical(value)).digest('hex');

/**
 * Every part of `value` that breaks `schema`, each with its full path. `read` on the whole payload
 * stops at the first part that fails (and then drops what it removed or cut elsewhere), so the parts
 * of an object are read one by one: a parent gets every answer to fix in one 422, as the form's own
 * checks do. What `read` would quietly repair in a feed counts too (a bad optional answer removed,
 * text over its limit cut): a receiver must not store a sign-up that says less than was sent.
 * @param {any} schema
 * @param {unknown} value
 * @param {TestReceiverOptions['read']} read
 * @returns {{ keys: (string | number)[], problem?: Problem, words?: string }[]}
 */
export function schemaProblems(schema, value, read, keys = []) {
  const found = [];
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (schema.kind === 'object' && schema.fields && isObject) {
    for (const [key, field] of Object.entries(schema.fields)) {
      const part = /** @type {Record<string, unknown>} */ (value)[key];
      if (part === undefined) {
        if (!field.optional) found.push({ keys: [...keys, key], problem: { keys: [], rule: 'required', schema: field.schema } });
      } else {
        found.push(...schemaProblems(field.schema, part, read, [...keys, key]));
      }
    }
    // Its parts are fine: read as a whole, for the object's own rule (consent given, contact detail present).
    if (found.length) return found;
  }
  const result = read(schema, value);
  const at = (inner) => [...keys, ...inner];
  for (const problem of result.problems) found.push({ keys: at(problem.keys), problem });
  for (const removal of result.removed) found.push({ keys: at(removal.problem.keys), problem: removal.problem });
  for (const repair of result.repaired) {
    if (repair.rule === 'max') found.push({ keys: at(repair.keys), words: `must be at most ${repair.schema.max} characters` });
  }
  return found;
}

/** A schema reason that is not a sentence's end ("a UUID", "consent must be given") reads as one ("must be a UUID", "must be given"). */
function sentence(words) {
  if (/^(must|is|has|needs)\b/.test(words)) return words;
  const must = words.indexOf(' must ');
  return must >= 0 ? words.slice(must + 1) : `must be ${words}`;
}

/**
 * A 422's field problems for a payload: each part that breaks the schema, named by its path
 * (`answers.email`, `answers.days.1`), with words that never quote what was sent.
 * @param {unknown} schema
 * @param {unknown} body
 * @param {TestReceiverOptions['read']} read
 * @param {(problem: Problem) => string} describe
 * @returns {FieldProblem[]}
 */
export function payloadProblems(schema, body, read, describe) {
  /** @type {FieldProblem[]} */
  const errors = [];
  for (const { keys, problem, words } of schemaProblems(schema, body, read)) {
    let field = fieldOf(keys);
    let message = words ?? sentence(problem ? describe(problem) : 'is not valid');
    // The answers' own rule (the chosen way to get in touch has its detail): name the detail.
    if (field === 'answers' && problem?.rule === 'invalid') {
      const method = /** @type {{ answers?: { contactMethod?: unknown } }} */ (body)?.answers?.contactMethod;
      if (method === 'email' || method === 'phone' || method === 'text') {
        field = method === 'email' ? 'answers.email' : 'answers.phone';
        message = 'is needed for the way to get in touch chosen';
      }
    }
    if (errors.some((e) => e.field === field)) continue;
    // A list's entry (`answers.days.1`) is named by its list.
    const name = FIELD_WORDS[field] ?? FIELD_WORDS[field.replace(/(\.\d+)+$/, '')] ?? (field || 'The sign-up');
    errors.push({ field, message: `${name} ${message}` });
  }
  return errors.slice(0, 50);
}

/** Plain words when no `describe` is given. */
const plainWords = (problem) => (problem.rule === 'required' ? 'is required' : problem.schema.reason ? `is not valid (${problem.schema.reason})` : 'is not valid');

/**
 * Reads the store: one sign-up a line. A damaged line (a crash mid-write) is skipped and counted.
 * @returns {{ stored: Map<string, StoredSignup>, skipped: number }}
 */
function load(file) {
  const stored = new Map();
  let skipped = 0;
  if (!existsSync(file)) return { stored, skipped };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line);
      if (typeof record?.key === 'string' && typeof record.id === 'string' && typeof record.hash === 'string') stored.set(record.key, record);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { stored, skipped };
}

/** @param {import('node:http').ServerResponse} res */
function answer(res, status, body, headers = {}) {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

const refuse = (res, status, message, headers) => answer(res, status, { error: message }, headers);

/**
 * The request's body, up to `MAX_BODY_BYTES`: `undefined` when it is longer (the rest is read and dropped).
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Buffer | undefined>}
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The test receiver as a Vite plugin (dev server only).
 * @param {TestReceiverOptions} options
 * @returns {import('vite').Plugin}
 */
export function testReceiver(options) {
  const describe = options.describe ?? plainWords;
  return {
    name: 'pc-test-receiver',
    apply: 'serve',
    configureServer(server) {
      const log = server.config.logger;
      const file = options.file ?? join(server.config.root, '.receiver', 'signups.jsonl');
      const { stored, skipped } = load(file);
      log.info(`[test receiver] ${RECEIVER_PATH}: ${stored.size} signups on file${skipped ? `, ${skipped} unreadable lines skipped` : ''}`);

      // The store is never served, whatever the path (Vite would serve a dotfile under its root).
      server.middlewares.use((req, res, next) => {
        let path = '';
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://receiver.invalid').pathname);
        } catch {
          return refuse(res, 400, 'Bad address');
        }
        if (STORE_FOLDER.test(path)) return refuse(res, 404, 'Not found');
        next();
      });

      server.middlewares.use(RECEIVER_PATH, (req, res) => {
        void handle(req, res).catch((error) => {
          // The error's own text could quote what was sent: only its kind goes to the log.
          log.error(`[test receiver] failed: ${error?.name ?? 'error'}`);
          refuse(res, 500, 'The test receiver failed');
        });

        /**
         * @param {import('node:http').IncomingMessage} req
         * @param {import('node:http').ServerResponse} res
         */
        async function handle(req, res) {
          const path = new URL(req.url ?? '/', 'http://receiver.invalid').pathname;
          if (path === '/count') {
            if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET', { Allow: 'GET, HEAD' });
            return answer(res, 200, { count: stored.size });
          }
          if (path !== '/' && path !== '') return refuse(res, 404, 'Not found');
          if (req.method !== 'POST') return refuse(res, 405, 'Use POST', { Allow: 'POST' });

          const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
          if (type !== 'application/json') return refuse(res, 415, 'Send Content-Type: application/json');
          const key = String(req.headers['idempotency-key'] ?? '').trim().toLowerCase();
          if (!ANY_UUID.test(key)) return refuse(res, 400, 'Send an Idempotency-Key header holding a UUID');
          if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
            req.resume();
            return refuse(res, 413, `The body must be at most ${MAX_BODY_BYTES} bytes`, { Connection: 'close' });
          }
          const raw = await readBody(req);
          if (!raw) return refuse(res, 413, `The body must be at most ${MAX_BODY_BYTES} bytes`, { Connection: 'close' });
          let body;
          try {
            body = JSON.parse(raw.toString('utf8'));
          } catch {
            return refuse(res, 400, 'The body is not JSON');
          }

          // A key seen before: the same sign-up again (a retry whose answer was lost) gets the first answer.
          const hash = hashOf(body);
          const earlier = stored.get(key);
          if (earlier) {
            if (earlier.hash !== hash) {
              log.info('[test receiver] refused a signup: its Idempotency-Key came with different answers before');
              return answer(res, 422, {
                errors: [{ field: 'submissionId', message: 'This submission was already received with different answers' }],
              });
            }
            log.info(`[test receiver] replayed signup ${earlier.id}`);
            return answer(res, 200, { id: earlier.id, receivedAt: earlier.receivedAt }, { 'Idempotent-Replayed': 'true' });
          }

          const errors = payloadProblems(options.schema, body, options.read, describe);
          const result = options.read(options.schema, body);
          const submissionId = /** @type {{ submissionId?: unknown }} */ (body)?.submissionId;
          if (!errors.length && typeof submissionId === 'string' && submissionId.toLowerCase() !== key) {
            errors.push({ field: 'submissionId', message: 'The submission id must be the same as the Idempotency-Key header' });
          }
          if (errors.length || result.value === undefined) {
            log.info(`[test receiver] refused a signup: ${errors.length} answers to fix`);
            return answer(res, 422, { errors });
          }

          /** @type {StoredSignup} */
          const record = { id: randomUUID(), key, receivedAt: new Date().toISOString(), hash, payload: result.value };
          // On file first (a failed write stores nothing), then in memory; nothing is awaited in
          // between, so a second request with this key, however close behind, finds it.
          mkdirSync(dirname(file), { recursive: true });
          appendFileSync(file, `${JSON.stringify(record)}\n`, { mode: 0o600 });
          stored.set(key, record);
          log.info(`[test receiver] stored signup ${record.id}`);
          return answer(res, 201, { id: record.id, receivedAt: record.receivedAt });
        }
      });
    },
  };
}
