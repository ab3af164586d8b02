/**
 * Exactly once under load, over real HTTP: 500 sign-ups from 50 concurrent clients, a fifth of
 * them sent a second time with the same Idempotency-Key while the first is still in flight (as a
 * widget's retry after a timeout would). Every request is answered 201, a repeat with the first
 * one's id, and the database ends with one row per key sent.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ENGINES, signup, testReceiver } from './support.js';

const SUBMISSIONS = 500;
const CLIENTS = 50;
const REPEAT_EVERY = 5; // a fifth of them are sent twice

interface Sent {
  key: string;
  status: number;
  id?: string;
  replayed: boolean;
}

for (const engine of ENGINES) {
  describe(`receiver on ${engine}: ${SUBMISSIONS} submissions from ${CLIENTS} concurrent clients`, () => {
    let receiver: Awaited<ReturnType<typeof testReceiver>>;
    let base: string;
    before(async () => {
      receiver = await testReceiver(engine, { rateLimitPerMinute: 100_000 });
      await receiver.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(receiver.app.server.address() as AddressInfo).port}`;
    });
    after(() => receiver.close());

    it('answers every request 201 (repeats too) and stores exactly one row per key', async () => {
      const payloads = Array.from({ length: SUBMISSIONS }, () => signup());
      // The queue: each repeated payload right behind its first sending, so two clients pick the
      // pair up together and both requests are in flight at once.
      const queue: (typeof payloads)[number][] = [];
      payloads.forEach((payload, i) => {
        queue.push(payload);
        if (i % REPEAT_EVERY === 0) queue.push(payload);
      });
      const sent: Sent[] = [];
      let next = 0;
      const client = async () => {
        while (next < queue.length) {
          const payload = queue[next++];
          const response = await fetch(`${base}/signups`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': payload.submissionId },
            body: JSON.stringify(payload),
          });
          const reply = (await response.json()) as { id?: string };
          sent.push({ key: payload.submissionId, status: response.status, id: reply.id, replayed: response.headers.get('idempotent-replayed') === 'true' });
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));

      assert.equal(sent.length, SUBMISSIONS + SUBMISSIONS / REPEAT_EVERY);
      const statuses = new Map<number, number>();
      for (const s of sent) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
      assert.deepEqual([...statuses], [[201, sent.length]], 'every response is 201');

      // Per key: one stored and the rest replays, all with the same id.
      const byKey = new Map<string, Sent[]>();
      for (const s of sent) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
      for (const [key, answers] of byKey) {
        assert.equal(new Set(answers.map((a) => a.id)).size, 1, `one id for ${key}`);
        assert.equal(answers.filter((a) => !a.replayed).length, 1, `stored once, the rest replayed, for ${key}`);
      }

      // The database: one row per key sent, no more, no fewer, each with the id the client got.
      const rows = await receiver.store.list('signup', { limit: 10 * SUBMISSIONS });
      const rowsPerKey = new Map<string, number>();
      for (const row of rows) rowsPerKey.set(row.idempotencyKey, (rowsPerKey.get(row.idempotencyKey) ?? 0) + 1);
      assert.deepEqual([...rowsPerKey.keys()].sort(), [...byKey.keys()].sort(), 'the keys stored are the keys sent');
      assert.deepEqual(
        [...rowsPerKey].filter(([, n]) => n !== 1),
        [],
        'one row per key',
      );
      assert.equal(await receiver.store.count('signup'), SUBMISSIONS);
      for (const row of rows) assert.equal(row.id, byKey.get(row.idempotencyKey)![0].id);
    });
  });
}
