import { expect } from '@open-wc/testing';
import { isSafeLink, isWebUrl, mailtoLink, safeLink, telLink } from '../../src/data/safe-url.js';
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
    for (const bad of ['team', 'team@example', 'a b@example.org', '"x"@example.org', 'javascript:alert(1)//@example.org']) {
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
});

