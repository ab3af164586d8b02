/**
 * The forms' submission kit without a DOM: the draft, sending with one idempotency key and
 * retries, the outbox, and where a form may send. Every answer is held until the test gives it,
 * and waits between attempts are released by the test: nothing depends on a clock.
 */
import { expect } from '@open-wc/testing';
import { Draft, draftMode, storageFor } from '../../src/forms/draft.js';
import { heldReceiver, heldWaits, memoryStorage } from './kit-doubles.js';
import { fieldProblems, newSubmissionId, sendSubmission, type SendProgress, type Submission } from '../../src/forms/send.js';
import { Outbox } from '../../src/forms/outbox.js';
import { checkAction } from '../../src/forms/action.js';
import { actionMessage } from '../../src/forms/action-report.js';

/** Each made a millisecond after the last: the outbox sends the oldest first. */
let pressedAt = 1_700_000_000_000;
const submission = (id = newSubmissionId()): Submission => ({
  id,
  action: 'https://receiver.example.org/signups',
  payload: { version: '1.0', submissionId: id, answers: { name: 'Amina' } },
  createdAt: pressedAt++,
});

describe('forms: the draft', () => {
  it('keeps what was typed and gives it back after a reload', () => {
    const storage = memoryStorage();
    new Draft(storage, 'signup:/join').save({ name: 'Amina', languages: ['Somali', 'English'] });
    expect(new Draft(storage, 'signup:/join').load()).to.deep.equal({ name: 'Amina', languages: ['Somali', 'English'] });
    // Another form, or the same form on another page, has its own draft.
    expect(new Draft(storage, 'signup:/other').load()).to.equal(undefined);
  });

  it('is cleared only when asked (after a confirmed success)', () => {
    const storage = memoryStorage();
    const draft = new Draft(storage, 'f');
    draft.save({ name: 'Amina' });
    expect(draft.load()).to.deep.equal({ name: 'Amina' });
    draft.clear();
    expect(draft.load()).to.equal(undefined);
  });

  it('drops a damaged, foreign or stale copy instead of misreading it', () => {
    const storage = memoryStorage();
    storage.setItem('pc-draft:f', '{not json');
    expect(new Draft(storage, 'f').load()).to.equal(undefined);
    storage.setItem('pc-draft:f', JSON.stringify({ v: 1, savedAt: 0, values: { name: 42 } }));
    expect(new Draft(storage, 'f', { now: () => 1 }).load()).to.equal(undefined);
    storage.setItem('pc-draft:f', JSON.stringify({ v: 1, savedAt: 0, values: { name: 'old' } }));
    expect(new Draft(storage, 'f', { now: () => 31 * 24 * 3600 * 1000 }).load()).to.equal(undefined);
    expect(storage.map.has('pc-draft:f')).to.be.false;
  });

  it('never breaks the form when storage is full, blocked or switched off', () => {
    const storage = memoryStorage();
    storage.refuse = true;
    expect(new Draft(storage, 'f').save({ name: 'Amina' })).to.be.false;
    expect(new Draft(undefined, 'f').save({ name: 'Amina' })).to.be.false;
    expect(new Draft(undefined, 'f').load()).to.equal(undefined);
    const blocked = {
      get sessionStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(storageFor('session', blocked)).to.equal(undefined);
  });

  it('is kept in the session unless the site asks for local, or for none', () => {
    expect(draftMode(null)).to.equal('session');
    expect(draftMode('local')).to.equal('local');
    expect(draftMode('none')).to.equal('none');
    expect(draftMode('LOCAL ')).to.equal('session');
    expect(storageFor('session')).to.equal(sessionStorage);
    expect(storageFor('local')).to.equal(localStorage);
    expect(storageFor('none')).to.equal(undefined);
  });
});

describe('forms: sending', () => {
  it('posts JSON once with an Idempotency-Key and reports it sent', async () => {
    const receiver = heldReceiver();
    const sub = submission();
    const sending = sendSubmission(sub, { fetch: receiver.fetch });
    await receiver.requestsArrived(1);
    receiver.answerNext({ status: 201, body: '{"id":"r1"}' });
    expect(await sending).to.deep.equal({ status: 'sent', reply: { id: 'r1' } });
    expect(receiver.requests).to.deep.equal([{ key: sub.id, body: sub.payload }]);
  });

  it('retries a 500, a timeout-like network error and a 429 with the same key, honouring Retry-After, and stores once', async () => {
    const receiver = heldReceiver();
    const waits = heldWaits();
    const progress: SendProgress[] = [];
    const sub = submission();
    const sending = sendSubmission(sub, { fetch: receiver.fetch, wait: waits.wait, retryDelayMs: 1000, onProgress: (p) => progress.push(p) });
    await receiver.requestsArrived(1);
    receiver.answerNext({ status: 500 });
    await waits.asked(1);
    expect(waits.delays[0]).to.be.within(800, 1200);
    waits.release();
    await receiver.requestsArrived(2);
    receiver.answerNext('network');
    await waits.asked(2);
    waits.release();
    await receiver.requestsArrived(3);
    receiver.answerNext({ status: 429, headers: { 'Retry-After': '7' } });
    await waits.asked(3);
    expect(waits.delays[2]).to.equal(7000);
    waits.release();
    await receiver.requestsArrived(4);
    receiver.answerNext({ status: 200, body: '{}' });
    expect((await sending).status).to.equal('sent');
    expect(new Set(receiver.requests.map((r) => r.key))).to.deep.equal(new Set([sub.id]));
    expect(receiver.stored.size).to.equal(1);
    expect(progress.filter((p) => p.failure).map((p) => p.willRetry)).to.deep.equal([true, true, true]);
  });

  it('stops and says "waiting" when every attempt fails, keeping nothing half-sent', async () => {
    const receiver = heldReceiver();
    const waits = heldWaits();
    const sending = sendSubmission(submission(), { fetch: receiver.fetch, wait: waits.wait, attempts: 2 });
    await receiver.requestsArrived(1);
    receiver.answerNext('network');
    await waits.asked(1);
    waits.release();
    await receiver.requestsArrived(2);
    receiver.answerNext({ status: 503 });
    expect(await sending).to.deep.equal({ status: 'waiting', reason: 'http', httpStatus: 503 });
    expect(receiver.stored.size).to.equal(0);
  });

  it('maps a 422 onto the fields, and does not retry a refusal', async () => {
    const receiver = heldReceiver();
    const sending = sendSubmission(submission(), { fetch: receiver.fetch });
    await receiver.requestsArrived(1);
    receiver.answerNext({ status: 422, body: JSON.stringify({ errors: [{ field: 'email', message: 'Enter an email address like name@example.com' }] }) });
    expect(await sending).to.deep.equal({ status: 'rejected', problems: [{ field: 'email', message: 'Enter an email address like name@example.com' }] });

    const refused = heldReceiver();
    const again = sendSubmission(submission(), { fetch: refused.fetch });
    await refused.requestsArrived(1);
    refused.answerNext({ status: 403 });
    expect(await again).to.deep.equal({ status: 'refused', httpStatus: 403 });
    expect(refused.requests).to.have.length(1);
  });

  it('reads both documented 422 shapes, and nothing from anything else', () => {
    expect(fieldProblems({ errors: { postcode: 'Enter a real postcode' } })).to.deep.equal([{ field: 'postcode', message: 'Enter a real postcode' }]);
    expect(fieldProblems({ errors: [{ field: 'x' }, 'nonsense', null] })).to.deep.equal([]);
    expect(fieldProblems('<html>')).to.deep.equal([]);
  });

  it('makes a version 4 UUID for each submission', () => {
    const ids = new Set([newSubmissionId(), newSubmissionId()]);
    expect(ids.size).to.equal(2);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes one on an http: page too, where the browser has no crypto.randomUUID', () => {
    // randomUUID is only offered to secure contexts; hide it as an http: page would.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set([newSubmissionId(), newSubmissionId()]);
      expect(ids.size).to.equal(2);
      for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID, "the browser's own is back").to.equal('function');
  });
});

describe('forms: the outbox', () => {
  it('keeps a waiting submission across a reload, and sends it once when back online', async () => {
    const storage = memoryStorage();
    const sub = submission();
    new Outbox(storage).put(sub);
    // The next visit: a new page reads the same storage.
    const outbox = new Outbox(storage);
    expect(outbox.list().map((s) => s.id)).to.deep.equal([sub.id]);
    const receiver = heldReceiver();
    // Two forms on the page flush at once: the submission is sent once.
    const first = outbox.flush((s) => sendSubmission(s, { fetch: receiver.fetch }));
    const second = new Outbox(storage).flush((s) => sendSubmission(s, { fetch: receiver.fetch }));
    await receiver.requestsArrived(1);
    receiver.answerNext({ status: 201, body: '{}' });
    expect((await first).get(sub.id)?.status).to.equal('sent');
    expect((await second).size).to.equal(0);
    expect(receiver.requests).to.have.length(1);
    expect(new Outbox(storage).list()).to.deep.equal([]);
    expect(storage.map.size, 'nothing of the parent\'s left behind').to.equal(0);
  });

  it('keeps what is still waiting, and stops trying the rest while offline', async () => {
    const storage = memoryStorage();
    const outbox = new Outbox(storage);
    const [a, b] = [submission(), submission()];
    outbox.put(a);
    outbox.put(b);
    const receiver = heldReceiver();
    const flushing = outbox.flush((s) => sendSubmission(s, { fetch: receiver.fetch, attempts: 1 }));
    await receiver.requestsArrived(1);
    receiver.answerNext('network');
    const outcomes = await flushing;
    expect(outcomes.get(a.id)?.status).to.equal('waiting');
    expect(outcomes.has(b.id)).to.be.false;
    expect(outbox.list().map((s) => s.id)).to.deep.equal([a.id, b.id]);
  });

  it('keeps both when two tabs put a submission at the same moment', () => {
    const storage = memoryStorage();
    const [inThisTab, inOtherTab] = [submission(), submission()];
    // The other tab writes its submission between this tab's read and its write.
    storage.beforeWrite = () => new Outbox(storage).put(inOtherTab);
    new Outbox(storage).put(inThisTab);
    expect(new Outbox(storage).list().map((s) => s.id)).to.have.members([inThisTab.id, inOtherTab.id]);
  });

  it("keeps another tab's submission put while this tab removes a sent one", () => {
    const storage = memoryStorage();
    const [sent, inOtherTab] = [submission(), submission()];
    const outbox = new Outbox(storage);
    outbox.put(sent);
    storage.beforeWrite = () => new Outbox(storage).put(inOtherTab);
    outbox.remove(sent.id);
    expect(new Outbox(storage).list().map((s) => s.id)).to.deep.equal([inOtherTab.id]);
  });

  it('reads what an earlier version kept in one list, and keeps it, moved, until sent', () => {
    const storage = memoryStorage();
    const [older, newer] = [submission(), submission()];
    storage.setItem('pc-outbox:v1', JSON.stringify([older, newer, { not: 'a submission' }]));
    expect(new Outbox(storage).list().map((s) => s.id)).to.deep.equal([older.id, newer.id]);
    expect(storage.getItem('pc-outbox:v1'), 'the old list is gone once moved').to.equal(null);
    expect(new Outbox(storage).list().map((s) => s.id), 'on the next visit too').to.deep.equal([older.id, newer.id]);
    new Outbox(storage).remove(older.id);
    expect(new Outbox(storage).list().map((s) => s.id)).to.deep.equal([newer.id]);
  });

  it('still sends what an earlier version kept in one list when storage is too full to move it, and takes each out of the list as it goes', () => {
    const storage = memoryStorage();
    const [older, newer] = [submission(), submission()];
    storage.setItem('pc-outbox:v1', JSON.stringify([older, newer]));
    // Full: nothing more fits (a shorter list does).
    storage.capacity = [...storage.map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    const outbox = new Outbox(storage);
    expect(outbox.list().map((s) => s.id), 'never hidden').to.deep.equal([older.id, newer.id]);
    expect(outbox.lasting, 'still kept on the device').to.equal(true);
    outbox.remove(older.id);
    expect(new Outbox(storage).list().map((s) => s.id), 'sent: out of the list').to.deep.equal([newer.id]);
    // Room again: moved to a key of its own.
    storage.capacity = Infinity;
    expect(new Outbox(storage).list().map((s) => s.id)).to.deep.equal([newer.id]);
    expect([...storage.map.keys()]).to.deep.equal([`pc-outbox:v2:${newer.id}`]);
  });

  it('keeps what this page put, and says so, when storage can no longer be read', () => {
    const storage = memoryStorage();
    const outbox = new Outbox(storage);
    const sub = submission();
    outbox.put(sub);
    Object.defineProperty(storage, 'length', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(outbox.list().map((s) => s.id)).to.deep.equal([sub.id]);
    expect(outbox.lasting, 'the parent must keep the page open').to.equal(false);
  });

  it('keeps the newest twenty when a fault queues more', () => {
    const storage = memoryStorage();
    const outbox = new Outbox(storage);
    const made = Array.from({ length: 23 }, () => submission());
    for (const sub of made) outbox.put(sub);
    expect(outbox.list().map((s) => s.id)).to.deep.equal(made.slice(3).map((s) => s.id));
    expect(storage.map.size).to.equal(20);
  });

  it('still holds the submission in the page when storage refuses it', () => {
    const storage = memoryStorage();
    storage.refuse = true;
    const outbox = new Outbox(storage);
    const sub = submission();
    outbox.put(sub);
    expect(outbox.list().map((s) => s.id)).to.deep.equal([sub.id]);
    outbox.remove(sub.id);
    expect(outbox.list()).to.deep.equal([]);
  });
});

describe('forms: where a form may send', () => {
  const page = 'https://www.example-school.sch.uk/get-involved?utm=x';
  it('accepts https:, a relative path on an https: page, and http: on this machine only', () => {
    expect(checkAction('https://receiver.example.org/signups', page)).to.deep.equal({ ok: true, url: 'https://receiver.example.org/signups' });
    expect(checkAction('/api/signups', page)).to.deep.equal({ ok: true, url: 'https://www.example-school.sch.uk/api/signups' });
    expect(checkAction('http://localhost:8787/signups', 'http://localhost:5173/')).to.deep.include({ ok: true });
  });

  it('refuses no action, an http: action elsewhere and other schemes, saying why', () => {
    expect(checkAction('', page)).to.deep.include({ ok: false, problem: 'missing' });
    const insecure = checkAction('http://receiver.example.org/signups', page);
    expect(insecure).to.deep.include({ ok: false, problem: 'insecure' });
    expect(actionMessage(insecure as Extract<typeof insecure, { ok: false }>)).to.contain('unencrypted');
    expect(checkAction('javascript:alert(1)', page)).to.deep.include({ ok: false, problem: 'invalid' });
  });
});
