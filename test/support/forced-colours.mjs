// A test command: `executeServerCommand('emulate-forced-colours', { active })` turns the page's forced
// colours (Windows' contrast themes) on or off, through the DevTools protocol, as puppeteer's own
// `emulateMediaFeatures` cannot. Chromium only: in Firefox it answers `false` and the test skips.
export function forcedColours() {
  /** Per test page, the DevTools session that holds the emulation (it ends when the session does). */
  const sessions = new Map();
  return {
    name: 'pc-forced-colours',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colours') return undefined;
      if (session.browser.type !== 'puppeteer' || /firefox/i.test(session.browser.name)) return false;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }] });
      if (!payload?.active) {
        sessions.delete(session.id);
        await cdp.detach();
      }
      return true;
    },
  };
}
