import { expect } from '@open-wc/testing';
import { PLAIN_WEB_URL, isSafeLink, isWebUrl, safeLink } from '../../src/data/safe-url.js';
import { mailtoLink, telLink } from '../../src/data/contact-links.js';
import { repairWebUrl } from '../../src/data/website-repair.js';

const DANGEROUS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  '  javascript:alert(1)',
  ' java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1234',
];
const NOT_URLS = ['', '   ', 'example.org', '/relative', '//example.org/x', 'https://', undefined, null, 42, {}];

describe('safe-url', () => {
  it('isWebUrl gives the same answer whatever it was asked before (it remembers the last web URL)', () => {
    // First of all (the module remembers nothing yet): no value is taken for the remembered one.
    for (const bad of [undefined, '', null]) expect(isWebUrl(bad), String(bad)).to.equal(false);
    for (const bad of [...DANGEROUS, ...NOT_URLS, 'mailto:a@example.org']) {
      expect(isWebUrl('https://example.org/x'), `before ${String(bad)}`).to.equal(true);
      expect(isWebUrl(bad), String(bad)).to.equal(false);
      expect(isWebUrl(bad), `${String(bad)} asked twice`).to.equal(false);
      expect(isWebUrl(' https://example.org/x '), `after ${String(bad)}`).to.equal(true);
      expect(isWebUrl(' https://example.org/x '), 'asked twice').to.equal(true);
    }
  });

  it('isSafeLink accepts http(s), mailto: and tel: only', () => {
    for (const ok of ['https://example.org/a?b=c#d', 'http://example.org', ' https://example.org ', 'mailto:a@example.org', 'tel:+441632960123']) {
      expect(isSafeLink(ok), ok).to.equal(true);
    }
    for (const bad of [...DANGEROUS, ...NOT_URLS]) expect(isSafeLink(bad), String(bad)).to.equal(false);
  });

  it('isWebUrl accepts http(s) only', () => {
    expect(isWebUrl('https://example.org/x')).to.equal(true);
    expect(isWebUrl('HTTP://EXAMPLE.ORG')).to.equal(true);
    for (const bad of [...DANGEROUS, ...NOT_URLS, 'mailto:a@example.org', 'tel:01632960123']) {
      expect(isWebUrl(bad), String(bad)).to.equal(false);
    }
  });

  it('safeLink returns a normalised href or undefined', () => {
    expect(safeLink(' https://Example.org/a b ')).to.equal('https://example.org/a%20b');
    expect(safeLink('mailto:team@example.org')).to.equal('mailto:team@example.org');
    for (const bad of DANGEROUS) expect(safeLink(bad), bad).to.equal(undefined);
  });

  it('telLink keeps digits and a leading plus', () => {
    expect(telLink('01632 960 123')).to.equal('tel:01632960123');
    expect(telLink('+44 (0)1632 960123')).to.equal('tel:+4401632960123');
    expect(telLink('call us')).to.equal(undefined);
    expect(telLink('12345')).to.equal(undefined);
  });

  it('mailtoLink only builds links from plain addresses', () => {
    expect(mailtoLink(' team@example.org ')).to.equal('mailto:team@example.org');
    expect(mailtoLink("sean.o'brien@family-hubs.example.org")).to.equal("mailto:sean.o'brien@family-hubs.example.org");
    // Never a link that adds recipients or a subject to the parent's email, nor one the contract refuses.
    for (const bad of ['team', 'team@example', 'a b@example.org', '"x"@example.org', 'javascript:alert(1)//@example.org', 'a@b.cd?cc=x%40y.zz', 'a@example.org&bcc=b@example.org', 'info@example.org.', 'user@[1.2.3.4]']) {
      expect(mailtoLink(bad), bad).to.equal(undefined);
    }
  });

  it('repairWebUrl reads a website written without its scheme as https://, and nothing ambiguous', () => {
    expect(repairWebUrl('www.example.org/stay-and-play')).to.equal('https://www.example.org/stay-and-play');
    expect(repairWebUrl(' familyhub.example.gov.uk ')).to.equal('https://familyhub.example.gov.uk');
    expect(repairWebUrl('www.example.org:8080/a?b=c#d')).to.equal('https://www.example.org:8080/a?b=c#d');
    for (const value of ['someone@example.org', 'example', 'stay and play.org.uk', '/relative/path', 'javascript:alert(1)', 'file.pdf', 'call 01632 960123', 'www.', 'mailto:a@example.org']) {
      expect(repairWebUrl(value), value).to.equal(undefined);
    }
  });

  describe('the plain web URL shortcut (no parse for the plainest websites)', () => {
    /** What the browser's own parser says: an absolute http(s) URL or not. */
    const parsesAsWeb = (text: string) => {
      try {
        return ['http:', 'https:'].includes(new URL(text).protocol);
      } catch {
        return false;
      }
    };

    it('takes the usual websites, and leaves every doubtful shape to the parser', () => {
      for (const plain of ['https://www.example.org.uk/family-hubs?ward=North#times', 'http://example.org', 'HTTPS://Example.ORG:8080/a', 'https://a-b.example.co.uk/%zz/<x>|{y}\\z', 'https://example.org?x=1']) {
        expect(PLAIN_WEB_URL.test(plain), plain).to.equal(true);
        expect(isWebUrl(plain), plain).to.equal(true);
      }
      // Parsed, as before: their answer is the parser's.
      const doubtful = [
        'http://1.2.3.999', 'http://192.168.0.1/', 'http://a.123', 'http://a.0x1f', 'http://xn--a.com', 'http://xn--bcher-kva.example',
        'https://example.org:65536/', 'https://example.org:99999', 'http://a..b', 'http://a.com@evil.example', 'http://a.com\\evil.example',
        'https://exämple.org', 'https://example.org/a b', ' https://example.org ', 'https://example.org/\u00e9', 'http://localhost/',
        'https://example.org.', 'ftp://example.org', 'javascript://example.org/%0aalert(1)', 'https://[::1]/',
      ];
      for (const text of doubtful) {
        expect(PLAIN_WEB_URL.test(text), `${text} is left to the parser`).to.equal(false);
        expect(isWebUrl(text), text).to.equal(parsesAsWeb(text.trim()) && !/[\u0000-\u001f\u007f]/.test(text));
      }
    });

    it('never takes a text the browser would not read as an http(s) URL (5,000 generated texts)', () => {
      // mulberry32: the same texts on every run, so a failure can be repeated.
      let seed = 19;
      const random = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      const run = (alphabet: string, max: number) => Array.from({ length: Math.floor(random() * max) }, () => pick([...alphabet])).join('');
      // Mostly near-plain texts (the shortcut's edge), some of them broken in one place.
      const label = () => (random() < 0.1 ? pick(['xn--', '-', '0x', '']) : '') + run('abcxyz0189-', 8) + pick(['a', 'b', 'z', '', '-', '9']);
      const host = () => Array.from({ length: 1 + Math.floor(random() * 4) }, label).join(random() < 0.05 ? '..' : '.') + (random() < 0.8 ? `.${pick(['uk', 'org', 'com', 'scot', 'a1', 'x-'])}` : '');
      const port = () => (random() < 0.8 ? '' : pick([`:${Math.floor(random() * 100000)}`, ':', ':0', `:${Math.floor(random() * 10000)}`]));
      const rest = () =>
        pick(['', '/', '/', '?', '#', '\\', '@', ' ']) + run(random() < 0.7 ? 'az09/?#%:;=&+,!$\'()*-_.~' : 'az09/?#%@:[]{}|\\^`"<> \u00e9\t.', 16);
      let taken = 0;
      for (let i = 0; i < 5000; i++) {
        const text = pick(['http://', 'https://', 'HTTP://', 'https:/', 'ftp://', 'http:']) + host() + port() + rest();
        if (!PLAIN_WEB_URL.test(text)) continue;
        taken += 1;
        expect(parsesAsWeb(text), `${JSON.stringify(text)} was taken as a web URL`).to.equal(true);
      }
      expect(taken, 'enough of the texts were plain enough to test the shortcut').to.be.above(200);
    });
  });
});
