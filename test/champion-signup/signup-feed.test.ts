/**
 * `<pc-champion-signup>` set up by a scheme's feed (issue 21): its own wording, choices, consent,
 * DBS line and privacy notice, questions left out, hostile text shown as text, right to left in
 * Arabic, and the all-in-one bundle fetching the form only where the page uses it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/ar.js';
import type { PcChampionSignup } from '../../src/champion-signup/champion-signup.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { captureConsole, uniqueKey, waitUntil } from '../support/helpers.js';
import { getByRole, queryByRole } from '../support/roles.js';
import { control, fillValid, forgetForms, hasControl, pressSend, summaryLinks } from './signup-helpers.js';

const inline = (body: unknown) => `/mock/text/${uniqueKey('signup-feed')}?body=${encodeURIComponent(JSON.stringify(body))}`;

const XSS = '<img src=x onerror="window.__pwned=1">';

function feedWithSignup(signup: Record<string, unknown>, programme: Record<string, unknown> = {}) {
  return { ...nativeFeed({ programme: { name: 'Castlegate Family Hubs', ...programme } }), forms: { signup: { endpoint: 'https://receiver.example.org/signups', consentText: 'Castlegate Family Hubs will use your details to contact you about volunteering. Email privacy@castlegate.example.org to withdraw.', ...signup } } };
}

/** The form inside a provider reading `body`, once its questions show. */
async function signupIn(body: unknown, attributes = ''): Promise<PcChampionSignup> {
  const src = inline(body);
  const provider = await fixture(html`<pc-provider src=${src}><pc-champion-signup></pc-champion-signup></pc-provider>`);
  if (attributes) provider.querySelector('pc-champion-signup')!.setAttribute('privacy-url', attributes);
  await waitUntil(() => customElements.get('pc-champion-signup'), 'the form’s chunk');
  const el = provider.querySelector<PcChampionSignup>('pc-champion-signup')!;
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form');
  return el;
}

afterEach(() => {
  resetDocumentCache({ storage: true });
  forgetForms();
});

describe('<pc-champion-signup> in a scheme’s feed', () => {
  it("asks with the scheme's wording and choices, shows its DBS line, consent and privacy notice, and leaves out what it does not ask", async () => {
    const el = await signupIn(
      feedWithSignup({
        dbsNote: 'This role does not need a DBS check.',
        privacyNoticeUrl: 'https://castlegate.example.org/privacy',
        contactMethods: ['email', 'text'],
        interests: [{ id: 'stay-and-play', label: 'Help at stay and play sessions' }],
        heardAboutOptions: [{ id: 'library', label: 'At the library' }],
        questions: [
          { id: 'name', label: 'Full name', hint: 'As you would like us to call you' },
          { id: 'childrenAges', asked: false },
          { id: 'anythingElse', label: 'Questions for us' },
        ],
      }),
    );
    expect(control(el, 'Full name').getAttribute('aria-describedby')).to.equal('name-hint');
    expect(el.shadowRoot!.getElementById('name-hint')!.textContent).to.equal('As you would like us to call you');
    expect(hasControl(el, 'Your children’s ages')).to.be.false;
    expect(hasControl(el, 'Phone call')).to.be.false;
    expect(hasControl(el, 'Text message')).to.be.true;
    expect(hasControl(el, 'Help at stay and play sessions')).to.be.true;
    expect(hasControl(el, 'Help at events')).to.be.false;
    expect(hasControl(el, 'At the library')).to.be.true;
    expect(hasControl(el, /Questions for us/)).to.be.true;
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('This role does not need a DBS check.');
    expect(text).to.contain('Email privacy@castlegate.example.org to withdraw.');
    const notice = getByRole(el, 'link', /privacy notice/) as HTMLAnchorElement;
    expect(notice.href).to.equal('https://castlegate.example.org/privacy');
    await expect(el).to.be.accessible();
  });

  it('the privacy-url attribute wins over the feed; a javascript: one is no link at all', async () => {
    const el = await signupIn(feedWithSignup({ privacyNoticeUrl: 'https://castlegate.example.org/privacy' }), '/our-privacy');
    await el.updateComplete;
    expect((getByRole(el, 'link', /privacy notice/) as HTMLAnchorElement).href).to.equal(new URL('/our-privacy', location.href).href);
    el.setAttribute('privacy-url', 'javascript:alert(1)');
    await el.updateComplete;
    expect((getByRole(el, 'link', /privacy notice/) as HTMLAnchorElement).href).to.equal('https://castlegate.example.org/privacy');
  });

  it('shows markup in feed wording and choices as text, never as HTML', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const el = await signupIn(
      feedWithSignup({
        consentText: `We use your details. ${XSS}`,
        dbsNote: XSS,
        interests: [{ id: 'x1', label: XSS }],
        heardAboutOptions: [{ id: 'x2', label: `<script>window.__pwned=2</script>` }],
        questions: [{ id: 'name', label: `<b>Name</b>`, hint: XSS }],
      }),
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect(hasControl(el, '<b>Name</b>')).to.be.true;
    expect(hasControl(el, XSS)).to.be.true;
    expect(root.textContent).to.contain(`We use your details. ${XSS}`);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('a feed that tries to leave out the name or consent keeps them, and says so in the console', async () => {
    let el!: PcChampionSignup;
    const warnings = await captureConsole('warn', async () => {
      el = await signupIn(feedWithSignup({ questions: [{ id: 'consent', asked: false }, { id: 'languages', asked: false }] }));
    });
    expect(hasControl(el, 'I agree to my details being used in this way')).to.be.true;
    expect(hasControl(el, 'Languages you speak')).to.be.false;
    expect(warnings.join('\n')).to.match(/forms\.signup\.questions\[0\]/);
  });

  it('works on its own defaults when the feed is another format or has no forms, posting to its action', async () => {
    const el = await signupIn(nativeFeed({ programme: { name: 'Castlegate Family Hubs' } }));
    expect(queryByRole(el, 'heading', 'This form cannot send answers yet')).to.exist;
    el.setAttribute('action', 'https://receiver.example.org/signups');
    await el.updateComplete;
    expect(queryByRole(el, 'heading', 'This form cannot send answers yet')).to.equal(undefined);
    // The default consent names the programme from the feed.
    expect(el.shadowRoot!.textContent).to.contain('Castlegate Family Hubs will use your name');
  });

  it("when the receiver refuses the sign-up, offers the programme's phone and email as another way", async () => {
    const el = await signupIn(feedWithSignup({}, { contact: { phone: '01632 960 001', email: 'champions@castlegate.example.org' } }));
    el.setAttribute('action', `/mock/text/${uniqueKey('refuses')}?status=403`);
    await el.updateComplete;
    await fillValid(el);
    await pressSend(el);
    await waitUntil(() => queryByRole(el, 'heading', 'Your answers could not be sent'), 'the refusal');
    expect((getByRole(el, 'link', '01632 960 001') as HTMLAnchorElement).href).to.equal('tel:01632960001');
    expect((getByRole(el, 'link', 'champions@castlegate.example.org') as HTMLAnchorElement).href).to.equal('mailto:champions@castlegate.example.org');
    await expect(el).to.be.accessible();
  });

  it('reads right to left in Arabic, every string translated', async () => {
    const el = await fixture<PcChampionSignup>(html`<pc-champion-signup locale="ar" action="https://receiver.example.org/signups"></pc-champion-signup>`);
    await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form');
    const root = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    await pressSend(el, /.+/);
    const links = summaryLinks(el);
    expect(links).to.have.length(8);
    // No English left: no Latin letters in the summary (examples like name@example.com aside).
    for (const link of links) expect(link.replace(/\S*@\S*|[A-Z]{1,2}\d\S*/g, ''), link).to.not.match(/[A-Za-z]{3,}/);
    expect(getComputedStyle(control(el, /./)).direction).to.equal('rtl');
    // Nothing of it sits off the page: no sideways scroll in right-to-left text.
    expect(document.scrollingElement!.scrollWidth).to.be.at.most(window.innerWidth);
    await expect(el).to.be.accessible();
  });
});

describe('the all-in-one bundle and the form', () => {
  it('fetches the form when a page adds its tag later', async () => {
    const host = await fixture(html`<div></div>`);
    host.append(document.createElement('pc-champion-signup'));
    await waitUntil(() => customElements.get('pc-champion-signup'), 'the form defined after its tag was added');
    const el = host.querySelector<PcChampionSignup>('pc-champion-signup')!;
    await waitUntil(() => el.shadowRoot?.querySelector('form'));
    expect(getByRole(el, 'heading', 'Become a Parent Champion')).to.exist;
  });
});
