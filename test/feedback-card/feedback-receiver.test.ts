/**
 * End to end (issue 23): the feedback card posts to the package's real receiver (server/, on
 * SQLite, started beside the tests by test/support/real-receiver.mjs) at `POST /feedback`. The
 * receiver fails first with 503 (a server restarting), the card retries with the same key, and
 * exactly one record is stored, as the coordinator's CSV export shows. A contact detail is stored
 * only when the parent allowed it. Waits between attempts are released by the test.
 */
import { expect } from '@open-wc/testing';
import { heldWaits, memoryStorage } from '../forms/kit-doubles.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';
import { queryByRole } from '../support/roles.js';
import { cardTag, mountCard, pressSend, tick, type } from './card-helpers.js';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';

/** test/support/real-receiver.mjs's TEST_COORDINATOR_SECRET (a Node module: not importable here). */
const COORDINATOR_SECRET = 'browser-tests-coordinator-secret';
const auth = { headers: { Authorization: `Bearer ${COORDINATOR_SECRET}` } };

afterEach(() => {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('pc-draft:')) sessionStorage.removeItem(key);
});

/** A CSV file's rows, as the receiver writes them (every cell quoted, CRLF, a BOM first). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** The receiver's feedback records (through the proxy under `key`) whose "What went well" holds `marker`, by column. */
async function storedFeedback(key: string, marker: string): Promise<{ csv: string; records: Record<string, string>[] }> {
  const answer = await fetch(`/mock/receiver-proxy/${key}/coordinator/feedback.csv`, auth);
  expect(answer.status, 'the coordinator’s export').to.equal(200);
  const csv = await answer.text();
  const [header, ...rows] = parseCsv(csv);
  const records = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
  return { csv, records: records.filter((r) => r['What went well'].includes(marker)) };
}

/** A card whose waits the test releases, sending to the real receiver through the proxy. */
async function cardToReceiver(key: string, fail = 0): Promise<{ el: PcFeedbackCard; waits: ReturnType<typeof heldWaits> }> {
  const waits = heldWaits();
  // Its own outbox: localStorage is shared with the test pages running beside this one.
  const tag = cardTag({ wait: waits.wait, onOnline: () => () => undefined, afterLoad: (task) => task(), outbox: memoryStorage() });
  const el = await mountCard(tag, { action: `/mock/receiver-proxy/${key}/feedback?fail=${fail}` });
  return { el, waits };
}

const thanked = (el: PcFeedbackCard, message: string) => waitUntil(() => queryByRole(el, 'heading', 'Thank you for your feedback'), message);

describe('<pc-feedback-card> and the real receiver', () => {
  it('fails twice with 503, retries with the same key, and the receiver stores exactly one record', async () => {
    const key = uniqueKey('feedback-e2e');
    const { el, waits } = await cardToReceiver(key, 2);
    await tick(el, 'Very good');
    await type(el, /What went well/, `Warm welcome ${key}`);
    await type(el, /What could be better/, 'More Saturday sessions.');
    await pressSend(el);
    await waits.asked(1);
    waits.release();
    await waits.asked(2);
    waits.release();
    await thanked(el, 'stored after two 503s');
    // The card sent three times: two waits between them, no third. Count what it did, not the
    // arrivals: a browser may resend by itself on a kept-alive connection closed under it (DEVELOPERS.md).
    expect(waits.delays, 'waits before the second and third attempts').to.have.length(2);
    const arrived = (await (await fetch(`/mock/count/${key}`)).json()) as { count: number; idempotencyKeys: string[] };
    expect(arrived.count).to.be.at.least(3);
    expect(arrived.idempotencyKeys).to.have.length(arrived.count);
    expect(new Set(arrived.idempotencyKeys).size, 'one key for every attempt').to.equal(1);

    const { records } = await storedFeedback(key, key);
    expect(records, 'one stored record').to.have.length(1);
    const [record] = records;
    expect(record['Rating']).to.equal('5');
    expect(record['Rating in words']).to.equal('very good');
    expect(record['What could be better']).to.equal('More Saturday sessions.');
    expect(record['Contact allowed']).to.equal('No');
    expect(record['Page']).to.equal(location.origin + location.pathname);
    expect(record['Page language']).to.equal('en-GB');
    await expect(el).to.be.accessible();
  });

  it('a service-id the receiver cannot take: its 422 is said in general words, with no link to an answer the card does not ask, and nothing is stored', async () => {
    const key = uniqueKey('feedback-bad-id');
    const waits = heldWaits();
    const tag = cardTag({ wait: waits.wait, onOnline: () => () => undefined, afterLoad: (task) => task(), outbox: memoryStorage() });
    const el = await mountCard(tag, { action: `/mock/receiver-proxy/${key}/feedback`, 'service-id': 'Riverside Hub' });
    await tick(el, 'Good');
    await type(el, /What went well/, `bad id ${key}`);
    await pressSend(el);
    await waitUntil(() => queryByRole(el, 'heading', 'There is a problem'), 'the receiver’s refusal');
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Something in your answers could not be accepted. Check them and try again.');
    for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')) {
      expect(el.shadowRoot!.getElementById(link.getAttribute('href')!.slice(1)), link.textContent!).to.exist;
    }
    expect(waits.delays, 'not retried').to.deep.equal([]);
    expect((await storedFeedback(key, key)).records).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('stores a contact detail only when the parent allowed it', async () => {
    const key = uniqueKey('feedback-contact');
    const allowedEmail = `allowed-${key}@example.org`;
    const withdrawnEmail = `withdrawn-${key}@example.org`;

    // Allowed: the email address is stored.
    const first = await cardToReceiver(key);
    await tick(first.el, 'Good');
    await type(first.el, /What went well/, `allowed ${key}`);
    await tick(first.el, 'You can contact me about my feedback');
    await tick(first.el, 'Email');
    await type(first.el, 'Email address', allowedEmail);
    await pressSend(first.el);
    await thanked(first.el, 'the first stored');
    first.el.remove();

    // Typed, then the box unticked: anonymous, and the address goes nowhere.
    const second = await cardToReceiver(key);
    await tick(second.el, 'Poor');
    await type(second.el, /What went well/, `anonymous ${key}`);
    await tick(second.el, 'You can contact me about my feedback');
    await tick(second.el, 'Email');
    await type(second.el, 'Email address', withdrawnEmail);
    await tick(second.el, 'You can contact me about my feedback');
    await pressSend(second.el);
    await thanked(second.el, 'the second stored');

    const { csv, records } = await storedFeedback(key, key);
    expect(records).to.have.length(2);
    const allowed = records.find((r) => r['What went well'] === `allowed ${key}`)!;
    const anonymous = records.find((r) => r['What went well'] === `anonymous ${key}`)!;
    expect(allowed['Contact allowed']).to.equal('Yes');
    expect(allowed['Contact method']).to.not.equal('');
    expect(allowed['Email']).to.equal(allowedEmail);
    expect(anonymous['Contact allowed']).to.equal('No');
    expect(anonymous['Contact method']).to.equal('');
    expect(anonymous['Email']).to.equal('');
    expect(csv, 'the withdrawn address is nowhere in the export').to.not.contain(withdrawnEmail);
    const page = await (await fetch(`/mock/receiver-proxy/${key}/coordinator`, auth)).text();
    expect(page, 'nor on the coordinator’s page').to.not.contain(withdrawnEmail);
    expect(page).to.contain(allowedEmail);
  });
});
