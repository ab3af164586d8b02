/** The receiver's settings (every one listed by --help, a bad one named) and the retention purge, on each engine. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HELP, readConfig, SETTINGS } from '../src/config.js';
import { purgeOld } from '../src/retention.js';
import { ENGINES, post, signup, testReceiver } from './support.js';

describe('receiver settings', () => {
  it('--help lists every setting', () => {
    for (const setting of SETTINGS) assert.ok(HELP.includes(setting.env), setting.env);
  });

  it('reads the environment over a file, and names a bad value instead of ignoring it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-config-'));
    try {
      const file = join(dir, 'receiver.json');
      writeFileSync(file, JSON.stringify({ PORT: 9000, RETENTION_DAYS: 30, ALLOWED_ORIGINS: 'https://a.example.org' }));
      const config = readConfig({ PORT: '9100' }, file);
      assert.equal(config.port, 9100);
      assert.equal(config.retentionDays, 30);
      assert.deepEqual(config.allowedOrigins, ['https://a.example.org']);
      assert.throws(() => readConfig({ PORT: 'eighty' }), /PORT must be a whole number/);
      assert.throws(() => readConfig({ COORDINATOR_SECRET: 'short' }), /COORDINATOR_SECRET must be 16 characters/);
      assert.throws(() => readConfig({ ALLOWED_ORIGINS: 'https://a.example.org/page' }), /ALLOWED_ORIGINS/);
      // "Trust every proxy" would let any client name any address: refused.
      assert.throws(() => readConfig({ TRUST_PROXY: 'true' }), /TRUST_PROXY must be how many proxies/);
      assert.equal(readConfig({ TRUST_PROXY: '1' }).trustProxy, 1);
      assert.deepEqual(readConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16' }).trustProxy, ['10.0.0.5', '10.1.0.0/16']);
      writeFileSync(file, JSON.stringify({ PROT: 1 }));
      assert.throws(() => readConfig({}, file), /unknown setting\(s\) PROT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const engine of ENGINES) {
  describe(`receiver on ${engine}: erasure is remembered`, () => {
    it('a device retrying an erased sign-up later is told it is done, and nothing is stored again', async () => {
      const receiver = await testReceiver(engine);
      try {
        const payload = signup();
        const first = await post(receiver.app, '/signups', payload);
        const { id } = first.json() as { id: string };
        assert.equal(await receiver.store.erase(id, '2026-12-06T12:00:00.000Z'), true);
        const retried = await post(receiver.app, '/signups', payload);
        assert.equal(retried.statusCode, 200);
        assert.deepEqual(retried.json(), { id, erased: true });
        assert.equal(await receiver.store.get(id), undefined);
        assert.equal(await receiver.store.count('signup'), 0);
        // The erased keys go with the retention period, as the records do.
        await purgeOld(receiver.store, 1, new Date('2026-12-08T12:00:00Z'));
        assert.equal((await post(receiver.app, '/signups', payload)).statusCode, 201);
      } finally {
        await receiver.close();
      }
    });
  });

  describe(`receiver on ${engine}: retention`, () => {
    it('deletes submissions older than RETENTION_DAYS and keeps the rest', async () => {
      const receiver = await testReceiver(engine);
      const stored = (id: string, receivedAt: string) => {
        const payload = signup();
        return receiver.store.put({ id, form: 'signup', idempotencyKey: payload.submissionId, bodyHash: 'h', receivedAt, payload: JSON.stringify(payload) });
      };
      try {
        await stored('00000000-0000-4000-8000-000000000001', '2026-06-01T12:00:00.000Z');
        await stored('00000000-0000-4000-8000-000000000002', '2026-11-30T12:00:00.000Z');
        assert.equal((await post(receiver.app, '/signups', signup())).statusCode, 201, 'the receiver still takes sign-ups');
        const now = new Date('2026-12-06T12:00:00Z');
        assert.equal(await purgeOld(receiver.store, 0, now), 0, '0 keeps everything');
        assert.equal(await purgeOld(receiver.store, 180, now), 1);
        assert.equal(await receiver.store.get('00000000-0000-4000-8000-000000000001'), undefined);
        assert.ok(await receiver.store.get('00000000-0000-4000-8000-000000000002'));
      } finally {
        await receiver.close();
      }
    });
  });
}
