import { expect } from '@open-wc/testing';
import { browserTimeZone } from '../../src/time/zoned-time.js';

/** Set by web-test-runner.timezones.config.mjs on every page; absent in the main test run. */
const expected = (globalThis as { __PC_EXPECTED_TIMEZONE__?: string }).__PC_EXPECTED_TIMEZONE__;

/** Minutes JavaScript's local-time Date is behind UTC, per zone, on 1 July and 1 January 2026. */
const LOCAL_OFFSETS: Record<string, { july: number; january: number }> = {
  'Europe/London': { july: -60, january: 0 },
  UTC: { july: 0, january: 0 },
  'America/New_York': { july: 240, january: 300 },
};

describe('browser timezone emulation', () => {
  it('runs in the timezone the config asked for', function () {
    if (!expected) this.skip(); // main config: the browser keeps the machine's zone
    // Engines spell UTC either `UTC` or `Etc/UTC`.
    expect(browserTimeZone().replace(/^Etc\//, '')).to.equal(expected);
  });

  it("changes JavaScript's local time, not just Intl", function () {
    if (!expected) this.skip();
    const offsets = LOCAL_OFFSETS[expected!]!;
    expect(new Date(2026, 6, 1, 12).getTimezoneOffset()).to.equal(offsets.july);
    expect(new Date(2026, 0, 1, 12).getTimezoneOffset()).to.equal(offsets.january);
  });
});
