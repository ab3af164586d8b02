/**
 * Delivery: a submission is stored exactly once whatever the connection does. A receiver holds
 * each answer until the test gives it and counts what it stores; `online` is fired by the test.
 */
import { expect } from '@open-wc/testing';
import { Delivery } from '../../src/forms/delivery.js';
import { Outbox } from '../../src/forms/outbox.js';
import { newSubmissionId, sendSubmission, type SendOutcome, type Submission } from '../../src/forms/send.js';
import { heldReceiver, heldTimers, memoryStorage } from './kit-doubles.js';

/** The submissions this page made: test pages running beside it share the site's channel between tabs, and tell of theirs. */
const madeHere = new Set<string>();
const submission = (): Submission => {
  const id = newSubmissionId();
  madeHere.add(id);
  return { id, action: 'https://receiver.example.org/signups', payload: { submissionId: id }, createdAt: 1 };
};

/** An `online` signal the test fires. */
function testOnline() {
  const listeners = new Set<() => void>();
  return {
    onOnline: (callback: () => void) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    fire: () => listeners.forEach((callback) => callback()),
    get listening() {
      return listeners.size;
    },
  };
}

describe('forms: delivery', () => {
  it('sends a double-pressed Send once', async () => {
    const receiver = heldReceiver();
    const delivery = new Delivery({ outbox: new Outbox(memoryStorage()), send: (s) => sendSubmission(s, { fetch: receiver.fetch }), onOnline: testOnline().onOnline });
    const sub = submission();
    const first = delivery.submit(sub);
    const second = delivery.submit(sub);
    await receiver.requestsArrived(1);
    receiver.answerNext({ status: 201, body: '{}' });
    expect((await first).status).to.equal('sent');
    expect(await second).to.deep.equal(await first);
    expect(receiver.requests).to.have.length(1);
  });

  it('keeps what could not be sent offline, and sends it once when the browser is back online', async () => {
    const receiver = heldReceiver();
    const storage = memoryStorage();
    const online = testOnline();
    const settled: [string, SendOutcome['status']][] = [];
    let announceSettled!: () => void;
    const settledOnce = new Promise<void>((resolve) => (announceSettled = resolve));
    const delivery = new Delivery({
      outbox: new Outbox(storage),
      send: (s) => sendSubmission(s, { fetch: receiver.fetch, attempts: 1 }),
      onOnline: online.onOnline,
      settled: (s, outcome) => {
        if (!madeHere.has(s.id)) return;
        settled.push([s.id, outcome.status]);
        announceSettled();
      },
    });
    const sub = submission();
    const sending = delivery.submit(sub);
    await receiver.requestsArrived(1);
    receiver.answerNext('network');
    expect(await sending).to.deep.include({ status: 'waiting', reason: 'network' });
    expect(new Outbox(storage).list().map((s) => s.id)).to.deep.equal([sub.id]);
    online.fire();
    await receiver.requestsArrived(2);
    receiver.answerNext({ status: 201, body: '{}' });
    await settledOnce;
    expect(settled).to.deep.equal([[sub.id, 'sent']]);
    expect(receiver.stored.size).to.equal(1);
    expect(new Set(receiver.requests.map((r) => r.key))).to.deep.equal(new Set([sub.id]));
    expect(new Outbox(storage).list()).to.deep.equal([]);
  });

  it('back online while an attempt is failing, it tries again once that attempt ends (not on the next visit)', async () => {
    for (const during of ['a send', 'a resume'] as const) {
      const receiver = heldReceiver();
      const storage = memoryStorage();
      const online = testOnline();
      let announceSent!: () => void;
      const sent = new Promise<void>((resolve) => (announceSent = resolve));
      const delivery = new Delivery({
        outbox: new Outbox(storage),
        send: (s) => sendSubmission(s, { fetch: receiver.fetch, attempts: 1 }),
        onOnline: online.onOnline,
        settled: (s, outcome) => madeHere.has(s.id) && outcome.status === 'sent' && announceSent(),
      });
      const sub = submission();
      if (during === 'a send') void delivery.submit(sub).then((outcome) => outcome.status === 'sent' && announceSent());
      else {
        new Outbox(storage).put(sub);
        void delivery.resume();
      }
      await receiver.requestsArrived(1);
      // The browser says it is online before the failing attempt has ended.
      online.fire();
      receiver.answerNext('network');
      await receiver.requestsArrived(2);
      receiver.answerNext({ status: 201, body: '{}' });
      await sent;
      expect(receiver.requests, during).to.have.length(2);
      expect(receiver.stored.size, during).to.equal(1);
      expect(new Outbox(storage).list(), during).to.deep.equal([]);
    }
  });

  it('sends on the next visit what a closed tab left in the outbox, and never twice beside a form sending it', async () => {
    const storage = memoryStorage();
    const sub = submission();
    // The last visit: kept before its first attempt, and the tab was closed mid-send.
    new Outbox(storage).put(sub);
    const receiver = heldReceiver();
    const send = (s: Submission) => sendSubmission(s, { fetch: receiver.fetch });
    const one = new Delivery({ outbox: new Outbox(storage), send, onOnline: testOnline().onOnline });
    const two = new Delivery({ outbox: new Outbox(storage), send, onOnline: testOnline().onOnline });
    const resumed = [one.resume(), two.resume()];
    await receiver.requestsArrived(1);
    receiver.answerNext({ status: 200, body: '{}' });
    await Promise.all(resumed);
    expect(receiver.requests).to.have.length(1);
    expect(new Outbox(storage).list()).to.deep.equal([]);
  });

  it('tells every form on the page what became of a waiting submission, whichever form sent it (one form waiting on it showed "Not sent yet" for ever)', async () => {
    const storage = memoryStorage();
    const receiver = heldReceiver();
    const send = (s: Submission) => sendSubmission(s, { fetch: receiver.fetch, attempts: 1 });
    const heardByWaiting: [string, SendOutcome['status']][] = [];
    // (Only this submission counts: the other tests' are heard too.)
    const sub = submission();
    // The form whose submission waits (offline when it was sent), and another form on the same page.
    const waitingForm = new Delivery({ outbox: new Outbox(storage), send, onOnline: testOnline().onOnline, settled: (s, o) => s.id === sub.id && heardByWaiting.push([s.id, o.status]) });
    const otherForm = new Delivery({ outbox: new Outbox(storage), send, onOnline: testOnline().onOnline });
    const first = waitingForm.submit(sub);
    await receiver.requestsArrived(1);
    receiver.answerNext('network');
    expect((await first).status).to.equal('waiting');
    // The other form's flush (its page load, or back online) sends it.
    const flushed = otherForm.resume();
    await receiver.requestsArrived(2);
    receiver.answerNext({ status: 201, body: '{}' });
    await flushed;
    expect(heardByWaiting).to.deep.equal([[sub.id, 'sent']]);
    expect(receiver.stored.size).to.equal(1);
    waitingForm.dispose();
    otherForm.dispose();
  });

  it('tells the other tabs what became of a submission, and hears what they tell (a tab waiting on one another tab sent)', async () => {
    const receiver = heldReceiver();
    const send = (s: Submission) => sendSubmission(s, { fetch: receiver.fetch, attempts: 1 });
    const [mine, theirs] = [submission(), submission()];
    // Another tab of the site, listening and telling.
    const otherTab = new BroadcastChannel('pc-outbox');
    const told = new Promise<unknown>((resolve) => {
      otherTab.onmessage = ({ data }: MessageEvent<{ submission: Submission }>) => data.submission.id === mine.id && resolve(data);
    });
    let heard: (value: SendOutcome['status']) => void;
    const heardHere = new Promise<SendOutcome['status']>((resolve) => (heard = resolve));
    const delivery = new Delivery({
      outbox: new Outbox(memoryStorage()),
      send,
      onOnline: testOnline().onOnline,
      settled: (s, o) => s.id === theirs.id && heard(o.status),
    });
    const sending = delivery.submit(mine);
    await receiver.requestsArrived(1);
    receiver.answerNext({ status: 201, body: '{"reference":"R1"}' });
    expect((await sending).status).to.equal('sent');
    expect(await told).to.deep.equal({ submission: mine, outcome: { status: 'sent', reply: { reference: 'R1' } } });
    otherTab.postMessage({ submission: theirs, outcome: { status: 'rejected', problems: [] } });
    expect(await heardHere).to.equal('rejected');
    otherTab.close();
    delivery.dispose();
  });

  it('while something waits and the page is open, tries again after 30 s, then twice as long each time up to 5 minutes, and stops once it is sent or the form leaves', async () => {
    const receiver = heldReceiver();
    const timers = heldTimers();
    const settled: SendOutcome['status'][] = [];
    const delivery = new Delivery({
      outbox: new Outbox(memoryStorage()),
      send: (s) => sendSubmission(s, { fetch: receiver.fetch, attempts: 1 }),
      onOnline: testOnline().onOnline,
      later: timers.later,
      settled: (s, outcome) => madeHere.has(s.id) && settled.push(outcome.status),
    });
    const first = delivery.submit(submission());
    await receiver.requestsArrived(1);
    receiver.answerNext({ status: 503 });
    expect((await first).status).to.equal('waiting');
    for (let attempt = 2; attempt <= 7; attempt++) {
      await timers.set(attempt - 1);
      timers.fire();
      await receiver.requestsArrived(attempt);
      receiver.answerNext({ status: 503 });
    }
    await timers.set(7);
    expect(timers.timers.map((timer) => timer.ms)).to.deep.equal([30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000]);
    timers.fire();
    await receiver.requestsArrived(8);
    receiver.answerNext({ status: 201, body: '{}' });
    await waitUntilSettled(settled);
    expect(settled).to.deep.equal(['sent']);
    expect(timers.pending, 'nothing set once it is sent').to.deep.equal([]);
    // Something waiting when the form leaves: its try is cancelled.
    const again = delivery.submit(submission());
    await receiver.requestsArrived(9);
    receiver.answerNext({ status: 503 });
    await again;
    expect(timers.pending.map((timer) => timer.ms), 'the delays start again').to.deep.equal([30_000]);
    delivery.dispose();
    expect(timers.pending).to.deep.equal([]);
  });

  it('stops listening for online when the form leaves the page', () => {
    const online = testOnline();
    const delivery = new Delivery({ outbox: new Outbox(memoryStorage()), send: () => Promise.reject(new Error('not called')), onOnline: online.onOnline });
    expect(online.listening).to.equal(1);
    delivery.dispose();
    expect(online.listening).to.equal(0);
  });
});

/** Resolves once `settled` has an entry (the flush that sent it has told the forms). */
async function waitUntilSettled(settled: unknown[]): Promise<void> {
  while (!settled.length) await new Promise((resolve) => setTimeout(resolve));
}
