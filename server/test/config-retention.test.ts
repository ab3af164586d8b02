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
      writeFileSync(file, JSON.stringify({ PROT: 1 }));
      assert.throws(() => readConfig({}, file), /unknown setting\(s\) PROT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const engine of ENGINES) {
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
