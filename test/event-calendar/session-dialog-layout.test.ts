/**
 * The session dialog on a phone: a long title wraps beside the Close button, which keeps its word on
 * one line (it was squeezed to "Cl / os / e" at 390 px, seen in a screenshot of the demo).
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { linesOf, uniqueKey, waitUntil } from '../support/helpers.js';
import { getByRole } from '../support/roles.js';
import { mount } from './event-calendar-kit.js';

const TITLE = 'Understanding your child: live evening group for parents and carers of under-fives';
const feed = nativeFeed({ events: [{ id: 'ev-long', title: TITLE, start: '2026-11-24T19:00', end: '2026-11-24T20:30' }] });

describe('<pc-event-calendar>: the session dialog on a phone', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => resetDocumentCache({ storage: true }));

  it('wraps a long title and keeps "Close" on one line, accessibly', async () => {
    const src = `/mock/text/${uniqueKey('dialog-layout')}?body=${encodeURIComponent(JSON.stringify(feed))}`;
    const el = await mount(html`<pc-event-calendar src=${src} date="2026-11-24" view="list"></pc-event-calendar>`, 390);
    getByRole(el, 'button', new RegExp(TITLE.slice(0, 20))).click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the session’s detail is open');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const close = getByRole(dialog, 'button', 'Close');
    const title = getByRole(dialog, 'heading', TITLE);
    expect(linesOf(close), '"Close" on one line').to.equal(1);
    expect(linesOf(title), 'the title wraps instead').to.be.greaterThan(1);
    expect(close.getBoundingClientRect().right, 'the button inside the dialog').to.be.at.most(dialog.getBoundingClientRect().right);
    // `width: min(100% - 1em, 40em)`: 390 - 16, not the browser's own cap on modal dialogs (100% - 6px - 2em).
    expect(dialog.getBoundingClientRect().width, 'the dialog’s width').to.be.closeTo(document.documentElement.clientWidth - 16, 1);
    await expect(el).to.be.accessible();
  });
});
