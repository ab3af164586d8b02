import { expect } from '@open-wc/testing';
import { uniqueKey, waitUntil } from '../support/helpers.js';

describe('strict Content-Security-Policy', () => {
  it('renders with no violations under script-src/style-src self', async () => {
    const feed = `/mock/flaky/${uniqueKey('csp')}?fail=0&file=test%2Ffixtures%2Ffeeds%2Fsmall.json`;
    const frame = document.createElement('iframe');
    frame.title = 'CSP host page';
    frame.style.width = '600px';
    frame.style.height = '400px';
    frame.src = `/mock/csp-page/${uniqueKey('page')}?feed=${encodeURIComponent(feed)}`;
    document.body.append(frame);
    try {
      await waitUntil(
        () => frame.contentDocument?.querySelector('pc-feed-status')?.shadowRoot?.querySelector('.summary'),
        'widget rendered inside the CSP page',
      );
      const doc = frame.contentDocument!;
      const summary = doc.querySelector('pc-feed-status')!.shadowRoot!.querySelector('.summary')!;
      expect(summary.textContent).to.contain('Testborough Parent Champions');
      // The widget's styles applied (adopted stylesheets are allowed by style-src 'self').
      expect(frame.contentWindow!.getComputedStyle(summary).display).to.equal('grid');
      const violations = (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations;
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
