/**
 * What every form promises once Send is pressed, run against each form (the sign-up, the feedback
 * card): stored exactly once whatever the network does (a 500, a timeout whose request was stored
 * after all, a lost answer, offline through a reload, another tab), "Try sending now", a refusal
 * that keeps the answers, the site's part (cancelling `pc-submit`, its own transport) and the spam
 * trap. Each form runs it from its own test file (`runSendingSuite`); what only one form does
 * (its payload, its 422 answers, its setup) stays in that form's tests.
 *
 * The receiver holds each answer until the test gives it and counts what it stores; waits between
 * attempts are released by the test: nothing here depends on a clock.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { PcSubmitErrorEvent } from '../../src/forms/events.js';
import type { SenderKit } from '../../src/forms/form-sender.js';
import { waitUntil } from '../support/helpers.js';
import { getByRole, queryByRole } from '../support/roles.js';
import { activeInShadow, control, forgetForms, hasControl, statusText } from './form-page.js';
import { heldReceiver, heldSenderKit, type Answer } from './kit-doubles.js';

/** A form, as the suite drives it. */
export interface FormUnderTest {
  /** As the tests name it: `<pc-champion-signup>`. */
  name: string;
  /** A tag of the form whose instances send through `kit`. */
  tagFor: (kit: SenderKit) => string;
  /** One form of `tag` on the page, with an action, its questions showing. */
  mount: (tag: string) => Promise<LitElement>;
  /** Answers every question it needs, well. */
  fillValid: (el: LitElement) => Promise<void>;
  /** The Send button's words. */
  send: string;
  /** The payload's `form`. */
  payloadForm: 'signup' | 'feedback';
  /** The thank-you's heading. */
  thanks: string;
  /** The label of a question `fillValid` answers (hidden while a submission waits). */
  question: string;
  /** Whether the answers `fillValid` gave are all still there. */
  kept: (el: LitElement) => boolean;
}

const WAITING = 'Not sent yet: we’ll try again';

const drafts = () => Object.keys(sessionStorage).filter((key) => key.startsWith('pc-draft:'));

export function runSendingSuite(form: FormUnderTest): void {
  /** A kit over a held receiver, released waits and an `online` signal the test fires, on a tag of its own. */
  const heldKit = (options: Parameters<typeof heldSenderKit>[0] = {}) => {
    const held = heldSenderKit(options);
    return { ...held, tag: form.tagFor(held.kit) };
  };
  const pressSend = async (el: LitElement) => {
    getByRole(el, 'button', form.send).click();
    await el.updateComplete;
  };
  /** Whether a question's control says it cannot change now: a read-only box, or an unavailable choice. */
  const locked = (el: LitElement, label: string) => {
    const input = control(el, label);
    return input.readOnly || input.getAttribute('aria-disabled') === 'true';
  };
  const thanked = (el: LitElement, message = 'the thank-you') => waitUntil(() => queryByRole(el, 'heading', form.thanks), message);
  /**
   * Answers each of a sending's four tries with `answer`, releasing the wait before each retry (the
   * first request already at the receiver): the sending then gives up and the submission waits.
   */
  const answerEveryTry = async ({ receiver, waits }: Pick<ReturnType<typeof heldSenderKit>, 'receiver' | 'waits'>, answer: Answer) => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      if (attempt > 1) {
        await waits.asked(attempt - 1);
        waits.release();
        await receiver.requestsArrived(attempt);
      }
      receiver.answerNext(answer);
    }
  };
  /** A form filled in and sent, its first request at the receiver. */
  const sent = async (options: Parameters<typeof heldSenderKit>[0] = {}) => {
    const held = heldKit(options);
    const el = await form.mount(held.tag);
    await form.fillValid(el);
    await pressSend(el);
    await held.receiver.requestsArrived(1);
    return { ...held, el };
  };

  describe(`${form.name}: stored exactly once (every form)`, () => {
    afterEach(() => {
      forgetForms();
      document.title = document.title.replace(/^Error: /, '');
    });

    it('a double press sends once', async () => {
      const { tag, receiver } = heldKit();
      const el = await form.mount(tag);
      const submits: Event[] = [];
      el.addEventListener('pc-submit', (e) => submits.push(e));
      await form.fillValid(el);
      const button = getByRole(el, 'button', form.send);
      button.click();
      button.click();
      await receiver.requestsArrived(1);
      await el.updateComplete;
      // What is being sent cannot change: the question says so (read-only, or unavailable), rather than dropping keys.
      expect(locked(el, form.question), 'the question is locked while it is sent').to.equal(true);
      await expect(el).to.be.accessible();
      getByRole(el, 'button', 'Sending…').click();
      receiver.answerNext({ status: 201 });
      await thanked(el);
      expect(receiver.requests).to.have.length(1);
      expect(submits).to.have.length(1);
      expect(receiver.stored.size).to.equal(1);
    });

    it('a 500 is retried with the same key and body: one record', async () => {
      const { el, receiver, waits } = await sent();
      receiver.answerNext({ status: 500 });
      await waits.asked(1);
      await el.updateComplete;
      expect(statusText(el)).to.equal(WAITING);
      await expect(el).to.be.accessible();
      waits.release();
      await receiver.requestsArrived(2);
      receiver.answerNext({ status: 201 });
      await thanked(el);
      expect(receiver.requests.map((r) => r.key)).to.deep.equal([receiver.requests[0].key, receiver.requests[0].key]);
      expect(receiver.requests[1].body).to.deep.equal(receiver.requests[0].body);
      expect(receiver.stored.size).to.equal(1);
    });

    it('a timeout whose request was stored after all is retried with the same key: still one record', async () => {
      // The receiver never answers in time (1 ms): the attempt can only time out.
      const { el, receiver, waits } = await sent({ timeoutMs: 1 });
      await waits.asked(1);
      // The server finishes the first request anyway: it is stored.
      receiver.answerNext({ status: 201 });
      expect(receiver.stored.size).to.equal(1);
      waits.release();
      await receiver.requestsArrived(2);
      expect(receiver.requests[1].key).to.equal(receiver.requests[0].key);
      receiver.answerNext({ status: 201 });
      await thanked(el);
      expect(receiver.stored.size).to.equal(1);
      expect(receiver.conflicts).to.deep.equal([]);
    });

    it('stored, then its answer lost on the way back: tried again with the same key and body, one record', async () => {
      const { el, receiver, waits } = await sent();
      receiver.answerNext('stored, then lost');
      await waits.asked(1);
      waits.release();
      await receiver.requestsArrived(2);
      receiver.answerNext({ status: 201 });
      await thanked(el);
      expect(receiver.requests[1].key).to.equal(receiver.requests[0].key);
      expect(receiver.stored.size).to.equal(1);
      expect(receiver.conflicts).to.deep.equal([]);
    });

    it('offline: "Not sent yet", kept through a reload, and sent once when back online', async () => {
      let online = false;
      const { tag, receiver, backOnline, outbox } = heldKit({ online: () => online });
      const el = await form.mount(tag);
      const errors: PcSubmitErrorEvent[] = [];
      el.addEventListener('pc-submit-error', (e) => errors.push(e));
      await form.fillValid(el);
      await pressSend(el);
      await receiver.requestsArrived(1);
      receiver.answerNext('network');
      await waitUntil(() => queryByRole(el, 'heading', WAITING), 'the waiting panel');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('will be sent when you are back online');
      // Kept on the device: the parent may close the page.
      expect(el.shadowRoot!.textContent).to.contain('you can close this page, and they will be sent the next time you open it');
      expect(statusText(el)).to.equal(WAITING);
      expect(activeInShadow(el)?.getAttribute('part')).to.equal('status');
      expect(errors.map((e) => e.detail)).to.deep.equal([{ reason: 'offline', willRetry: true }]);
      // The answers cannot change under a submission that is waiting: the questions make way for the panel.
      expect(hasControl(el, form.question)).to.equal(false);
      expect(queryByRole(el, 'button', form.send)).to.equal(undefined);
      await expect(el).to.be.accessible();

      // A reload: the new form finds it waiting, and tries it at once (still offline).
      el.remove();
      const again = await form.mount(tag);
      await receiver.requestsArrived(2);
      expect(queryByRole(again, 'heading', WAITING)).to.exist;
      receiver.answerNext('network');
      online = true;
      backOnline();
      await receiver.requestsArrived(3);
      receiver.answerNext({ status: 201 });
      await thanked(again, 'sent once back online');
      expect(new Set(receiver.requests.map((r) => r.key)).size).to.equal(1);
      expect(receiver.stored.size).to.equal(1);
      expect(receiver.conflicts).to.deep.equal([]);
      expect(outbox.map.size, 'the outbox is empty once sent').to.equal(0);
      expect(drafts(), 'the draft is gone once stored').to.deep.equal([]);
    });

    it('offline where the device cannot keep the answers (storage full): says to keep the page open, never that it can be closed; sent once back online', async () => {
      let online = false;
      const { tag, receiver, backOnline, outbox } = heldKit({ online: () => online });
      outbox.refuse = true;
      const el = await form.mount(tag);
      await form.fillValid(el);
      await pressSend(el);
      await receiver.requestsArrived(1);
      receiver.answerNext('network');
      await waitUntil(() => queryByRole(el, 'heading', WAITING), 'the waiting panel');
      await el.updateComplete;
      const panel = el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.replace(/\s+/g, ' ');
      expect(panel).to.contain('This device cannot save them, so keep this page open until they are sent.');
      expect(panel).not.to.contain('close this page,');
      await expect(el).to.be.accessible();
      online = true;
      backOnline();
      await receiver.requestsArrived(2);
      receiver.answerNext({ status: 201 });
      await thanked(el, 'sent once back online');
      expect(receiver.stored.size).to.equal(1);
    });

    it('the receiver unreachable after every attempt: tried again while the page stays open, with no press and no reload; one record', async () => {
      const { el, receiver, waits, timers } = await sent();
      // Four attempts, all answered 503: the submission waits in the outbox.
      await answerEveryTry({ receiver, waits }, { status: 503 });
      await waitUntil(() => queryByRole(el, 'heading', WAITING), 'the waiting panel');
      expect(el.shadowRoot!.textContent).to.contain('We will keep trying.');
      // "We will keep trying" is kept: a try is set for 30 s on, and made when it comes.
      await timers.set(1);
      expect(timers.pending.map((timer) => timer.ms)).to.deep.equal([30_000]);
      // Meanwhile the parent has gone on to another part of the page.
      const elsewhere = document.createElement('button');
      elsewhere.textContent = 'Elsewhere on the page';
      document.body.append(elsewhere);
      elsewhere.focus();
      timers.fire();
      await receiver.requestsArrived(5);
      receiver.answerNext({ status: 201 });
      try {
        await thanked(el, 'sent by the try the page made by itself');
        await el.updateComplete;
        // (Compared by its words: a failed comparison of two elements is too big for the runner to report.)
        expect(document.activeElement?.textContent, 'the thank-you does not take focus from elsewhere on the page').to.equal('Elsewhere on the page');
        expect(statusText(el), 'it is said instead').to.equal('Sent');
      } finally {
        elsewhere.remove();
      }
      expect(new Set(receiver.requests.map((r) => r.key)).size).to.equal(1);
      expect(receiver.stored.size).to.equal(1);
      expect(timers.pending, 'nothing more to try').to.deep.equal([]);
    });

    it('the tries run out while the parent types elsewhere on the page: "not sent yet" is said, and focus stays where they are', async () => {
      const { el, receiver, waits } = await sent();
      // Sending takes seconds of tries; meanwhile the parent has gone on to another box on the page.
      const elsewhere = document.createElement('input');
      elsewhere.setAttribute('aria-label', 'Elsewhere on the page');
      document.body.append(elsewhere);
      elsewhere.focus();
      try {
        await answerEveryTry({ receiver, waits }, { status: 503 });
        await waitUntil(() => queryByRole(el, 'heading', WAITING), 'the waiting panel');
        await el.updateComplete;
        // (Compared by its name: a failed comparison of two elements is too big for the runner to report.)
        expect(document.activeElement?.getAttribute('aria-label'), 'the waiting panel does not take focus from elsewhere').to.equal('Elsewhere on the page');
        expect(statusText(el), 'it is said instead').to.equal(WAITING);
      } finally {
        elsewhere.remove();
      }
      expect(receiver.stored.size).to.equal(0);
    });

    // Turned down once back online, long after Send, while the parent types in another box on the page.
    const lateAnswers: { what: string; answer: Answer; heading: string; said: (el: LitElement) => void }[] = [
      {
        what: 'with answers to fix that this form does not ask (a 422): the summary is an alert, with no empty list',
        answer: { status: 422, body: JSON.stringify({ errors: [{ field: 'answers.colour', message: 'Choose a colour' }] }) },
        heading: 'There is a problem',
        said: (el) => {
          const alert = el.shadowRoot!.querySelector('.error-summary [role="alert"]');
          expect(alert?.textContent, 'the summary is said as an alert').to.contain('Something in your answers could not be accepted');
          expect(alert?.querySelector('ul'), 'no empty list ("list, 0 items")').to.equal(null);
        },
      },
      {
        what: 'for good (another 4xx): "could not be sent" is said',
        answer: { status: 400 },
        heading: 'Your answers could not be sent',
        said: (el) => expect(statusText(el), 'the form says it').to.equal('Your answers could not be sent'),
      },
    ];
    for (const { what, answer, heading, said } of lateAnswers) {
      it(`turned down later, ${what}; focus stays where the parent is`, async () => {
        let online = false;
        const { el, receiver, backOnline } = await sent({ online: () => online });
        receiver.answerNext('network');
        await waitUntil(() => queryByRole(el, 'heading', WAITING), 'waiting');
        const elsewhere = document.createElement('input');
        elsewhere.setAttribute('aria-label', 'Elsewhere on the page');
        document.body.append(elsewhere);
        elsewhere.focus();
        try {
          online = true;
          backOnline();
          await receiver.requestsArrived(2);
          receiver.answerNext(answer);
          await waitUntil(() => queryByRole(el, 'heading', heading), heading);
          await el.updateComplete;
          // (Compared by its name: a failed comparison of two elements is too big for the runner to report.)
          expect(document.activeElement?.getAttribute('aria-label'), 'focus stays in the other box').to.equal('Elsewhere on the page');
          said(el);
          expect(locked(el, form.question), 'the question can be changed again').to.equal(false);
          expect(form.kept(el), 'the answers stay').to.equal(true);
          await expect(el).to.be.accessible();
        } finally {
          elsewhere.remove();
        }
        expect(receiver.stored.size).to.equal(0);
      });
    }

    it('sent by another tab while this one waits: this one shows its thank-you and keeps no draft, with no reload', async () => {
      const { el, receiver, outbox } = await sent({ online: () => false });
      receiver.answerNext('network');
      await waitUntil(() => queryByRole(el, 'heading', WAITING), 'waiting');
      const [request] = receiver.requests;
      // Another tab (a duplicated tab shares the draft and the outbox) sent it, removed it and says so.
      outbox.map.clear();
      const otherTab = new BroadcastChannel('pc-outbox');
      otherTab.postMessage({
        submission: { id: request.key, action: 'https://receiver.example.org/any', payload: request.body, createdAt: Date.now() },
        outcome: { status: 'sent', reply: {} },
      });
      otherTab.close();
      await thanked(el, 'the thank-you, told by the other tab');
      expect(drafts(), 'no draft left to send again').to.deep.equal([]);
      expect(receiver.requests, 'nothing more sent from here').to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('sent by another tab while this one was sending it too, and this one could not get through: its thank-you, not "Not sent yet"', async () => {
      const { el, receiver } = await sent({ online: () => false });
      const [request] = receiver.requests;
      // A channel opened after the form's hears the other tab's news after the form has (same page, same task source, in order).
      const after = new BroadcastChannel('pc-outbox');
      const heardByForm = new Promise<void>((resolve) => {
        after.onmessage = ({ data }: MessageEvent<{ submission?: { id?: string } }>) => data.submission?.id === request.key && resolve();
      });
      const otherTab = new BroadcastChannel('pc-outbox');
      otherTab.postMessage({
        submission: { id: request.key, action: 'https://receiver.example.org/any', payload: request.body, createdAt: Date.now() },
        outcome: { status: 'sent', reply: {} },
      });
      await heardByForm;
      after.close();
      otherTab.close();
      // This tab's own try then fails.
      receiver.answerNext('network');
      await thanked(el, 'the thank-you, as the other tab heard');
      expect(queryByRole(el, 'heading', WAITING)).to.equal(undefined);
      expect(drafts(), 'no draft left to send again').to.deep.equal([]);
    });

    it('stored by another tab while this one waited: sent again after a reload, it is the very same submission (one record)', async () => {
      const { tag, el, receiver, outbox } = await sent({ online: () => false });
      // The receiver stored it, but its answer never came back.
      receiver.answerNext('stored, then lost');
      await waitUntil(() => queryByRole(el, 'heading', WAITING), 'waiting');
      // Another tab sent it from the shared outbox meanwhile: it is no longer waiting here.
      outbox.map.clear();
      el.remove();
      const again = await form.mount(tag);
      expect(form.kept(again), 'the answers, from the draft').to.equal(true);
      await pressSend(again);
      await receiver.requestsArrived(2);
      expect(receiver.requests[1].key).to.equal(receiver.requests[0].key);
      expect(receiver.requests[1].body).to.deep.equal(receiver.requests[0].body);
      receiver.answerNext({ status: 201 });
      await thanked(again);
      expect(receiver.stored.size).to.equal(1);
      expect(receiver.conflicts).to.deep.equal([]);
    });

    it('"Try sending now" tries at once, keeping focus on its button; sent once', async () => {
      const { el, receiver } = await sent({ online: () => false });
      receiver.answerNext('network');
      await waitUntil(() => queryByRole(el, 'button', 'Try sending now'), 'waiting');
      const button = getByRole(el, 'button', 'Try sending now');
      button.focus();
      button.click();
      await receiver.requestsArrived(2);
      await el.updateComplete;
      expect(activeInShadow(el)?.textContent?.trim()).to.equal('Sending…');
      expect(statusText(el)).to.equal('Sending…');
      expect(hasControl(el, form.question), 'the questions stay hidden').to.equal(false);
      await expect(el).to.be.accessible();
      receiver.answerNext('network');
      await waitUntil(() => queryByRole(el, 'button', 'Try sending now'), 'waiting again');
      expect(activeInShadow(el)?.textContent?.trim()).to.equal('Try sending now');
      getByRole(el, 'button', 'Try sending now').click();
      await receiver.requestsArrived(3);
      receiver.answerNext({ status: 201 });
      await thanked(el);
      expect(new Set(receiver.requests.map((r) => r.key)).size).to.equal(1);
      expect(receiver.stored.size).to.equal(1);
    });

    it('another 4xx is final: it says so, keeps the answers, and sends nothing more', async () => {
      const { el, receiver, waits } = await sent();
      const errors: PcSubmitErrorEvent[] = [];
      el.addEventListener('pc-submit-error', (e) => errors.push(e));
      receiver.answerNext({ status: 403 });
      await waitUntil(() => queryByRole(el, 'heading', 'Your answers could not be sent'), 'the refusal');
      await el.updateComplete;
      expect(activeInShadow(el)?.getAttribute('part')).to.equal('status');
      expect(form.kept(el), 'the answers stay').to.equal(true);
      expect(errors.map((e) => e.detail)).to.deep.equal([{ reason: 'refused', willRetry: false, httpStatus: 403 }]);
      expect(receiver.requests).to.have.length(1);
      expect(waits.delays, 'no retry').to.deep.equal([]);
      expect(receiver.stored.size).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe(`${form.name}: the site's part and the spam trap (every form)`, () => {
    afterEach(() => forgetForms());

    it('cancelling pc-submit sends nothing and keeps every answer', async () => {
      const { tag, receiver } = heldKit();
      const el = await form.mount(tag);
      const submits: Event[] = [];
      el.addEventListener('pc-submit', (e) => {
        submits.push(e);
        e.preventDefault();
      });
      await form.fillValid(el);
      await pressSend(el);
      await el.updateComplete;
      expect(submits, 'pc-submit fired once, and was cancelled').to.have.length(1);
      expect(receiver.requests).to.have.length(0);
      expect(queryByRole(el, 'heading', form.thanks)).to.equal(undefined);
      expect(form.kept(el)).to.equal(true);
      expect(queryByRole(el, 'button', form.send), 'Send is there for another go').to.exist;
      await expect(el).to.be.accessible();
    });

    it("sends through the site's own function (the CRM hook) with the same guarantees", async () => {
      const { tag, receiver, waits } = heldKit();
      const el = await form.mount(tag);
      const crm = heldReceiver();
      el.addEventListener('pc-submit', (e) => e.sendWith(crm.fetch));
      await form.fillValid(el);
      await pressSend(el);
      await crm.requestsArrived(1);
      expect((crm.requests[0].body as { form?: string }).form).to.equal(form.payloadForm);
      crm.answerNext({ status: 503 });
      await waits.asked(1);
      waits.release();
      await crm.requestsArrived(2);
      crm.answerNext({ status: 200 });
      await thanked(el);
      expect(crm.requests[0].key).to.equal(crm.requests[1].key);
      expect(crm.stored.size).to.equal(1);
      expect(receiver.requests).to.have.length(0);
    });

    it('a bot that fills the hidden field is thanked and nothing is sent', async () => {
      const { tag, receiver } = heldKit();
      const el = await form.mount(tag);
      const submits: Event[] = [];
      el.addEventListener('pc-submit', (e) => submits.push(e));
      await form.fillValid(el);
      const trap = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="pc-leave-empty"]')!;
      trap.value = 'https://spam.example';
      trap.dispatchEvent(new Event('input'));
      await pressSend(el);
      await el.updateComplete;
      expect(queryByRole(el, 'heading', form.thanks)).to.exist;
      expect(activeInShadow(el)?.getAttribute('part')).to.equal('success');
      expect(submits, 'no pc-submit for a bot').to.have.length(0);
      expect(receiver.requests).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
}
