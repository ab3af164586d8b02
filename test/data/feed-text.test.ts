import { expect } from '@open-wc/testing';
import { decodeReference, feedText, plainTextOf } from '../../src/text/markup.js';
import { balanceBidi, hasVisibleText, shorten } from '../../src/text/feed-text.js';
import { HANG_MS } from '../support/task-timer.js';

const plain = (input: string, multiline = false, limit = 10_000) => plainTextOf(input, { limit, multiline }).text;

describe('plainTextOf: markup to text in one linear pass', () => {
  it('removes tags, ends lines at block tags and joins inline ones without a space', () => {
    expect(plain('<p>Games &amp; <b>face</b> painting.</p><p>All welcome&nbsp;&#x1F600;</p>', true)).to.equal(
      'Games & face painting.\nAll welcome 😀',
    );
    expect(plain('Line one<br>Line two<br><br>New paragraph', true)).to.equal('Line one\nLine two\n\nNew paragraph');
    expect(plain('<ul><li>One</li><li>Two</li></ul>')).to.equal('One Two');
    expect(plain('<td>a</td><td>b</td>')).to.equal('a b');
  });

  it('drops script, style and comments with their content, and keeps text that only looks like a tag', () => {
    expect(plain('a<script>alert(1)</script>b<STYLE>p{}</style>c<!-- note -->d')).to.equal('abcd');
    expect(plain('Ages <5 and >2; 3 < 4')).to.equal('Ages <5 and >2; 3 < 4');
    expect(plain('an unclosed <a href="x" tag')).to.equal('an unclosed <a href="x" tag');
  });

  it('drops a WordPress excerpt\'s "read more" link with its words, and keeps every other link\'s words', () => {
    // The Events Calendar's, WordPress's own, a theme's: "… Read more »" with nothing to press would mislead.
    expect(plain('<p>We will walk the trails as we look and<a class="excerpt-read-more" href="/walk">... Read more &raquo;</a></p>')).to.equal('We will walk the trails as we look and');
    expect(plain("Story time. <a href='/x' class='more-link'>Continue reading <span>Story time</span></a> After.")).to.equal('Story time. After.');
    expect(plain('Songs <a class=btn-read-more href=/s>Read more</a>')).to.equal('Songs');
    // Any other link keeps its words (the address is not kept: feed text is never a link).
    expect(plain('Book at <a class="button more" href="https://example.org">the library desk</a>.')).to.equal('Book at the library desk.');
  });

  it('tidies spaces and control characters; keeps one blank line at most', () => {
    expect(plain('  a \t b\u0007 c\u0000  ')).to.equal('a b c');
    expect(plain('a\r\n\r\n\r\n\r\nb', true)).to.equal('a\n\nb');
    expect(plain('a\n\nb')).to.equal('a b');
  });

  it('stops at the limit and says there was more', () => {
    const result = plainTextOf(`<b>${'word '.repeat(1000)}</b>`, { limit: 100 });
    expect(result.more).to.equal(true);
    expect(result.text.length).to.be.at.most(101);
    expect(plainTextOf('short', { limit: 100 }).more).to.equal(false);
  });

  it('returns text that is already plain as it is, and reads any character the pass would change', () => {
    // `<i></i>` in front sends the text through the whole pass (and adds nothing): the answer
    // must be the same as for the text alone, which takes the shortcut when it is plain.
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const input of [`ab${c}cd`, `${c}ab`, `ab${c}`, `a${c}${c}b`, `a ${c}b`]) {
        for (const multiline of [false, true]) {
          const alone = plainTextOf(input, { limit: 100, multiline });
          const read = plainTextOf(`<i></i>${input}`, { limit: 100, multiline });
          if (alone.text !== read.text || alone.more !== read.more) expect(alone, `U+${code.toString(16)} in ${JSON.stringify(input)}`).to.deep.equal(read);
        }
      }
    }
    expect(plainTextOf('Stay and play', { limit: 5 })).to.deep.equal({ text: 'Stay a', more: true });
    expect(plainTextOf('Stay and play', { limit: 13 })).to.deep.equal({ text: 'Stay and play', more: false });
  });

  it('takes linear time on inputs that made the old patterns quadratic', () => {
    // Each of these took seconds with /<[^>]*>/g, /<(script)[^>]*>[\s\S]*?<\/\1>/ or /[ \t]+\n/.
    const readMore = '<a class="read-more">x'.repeat(20_000);
    for (const input of ['<a'.repeat(100_000), '<script>'.repeat(131_072), `a${' '.repeat(200_000)}b`, '&a'.repeat(100_000), readMore, `<a class="${'x '.repeat(100_000)}">`]) {
      const start = performance.now();
      plainTextOf(input, { limit: 5000, multiline: true });
      expect(performance.now() - start, input.slice(0, 10)).to.be.below(HANG_MS);
    }
  });
});

describe('decodeReference: one entity decoder for every format', () => {
  it('decodes the names feeds use and numeric references', () => {
    expect(['amp', 'lt', 'AMP', 'rsquo', '#39', '#x1F600', '#X41'].map(decodeReference)).to.deep.equal(['&', '<', '&', '’', "'", '😀', 'A']);
  });

  it('never reads an inherited property as an entity name', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(decodeReference(name), name).to.equal(undefined);
      expect(plain(`a &${name}; b`)).to.equal(`a &${name}; b`);
    }
  });

  it('decodes code points that are not characters to nothing', () => {
    expect(['#0', '#xD800', '#x110000'].map(decodeReference)).to.deep.equal(['', '', '']);
  });
});

describe('feed text checks', () => {
  it('finds nothing visible in zero-width and direction characters', () => {
    expect(hasVisibleText('\u200b\u200c\u200d\u2060\ufeff\u202e\u2066\u2069\u00ad \u3164')).to.equal(false);
    expect(hasVisibleText('\u200bA')).to.equal(true);
    expect(hasVisibleText('مرحبا')).to.equal(true);
  });

  it('removes overrides and unpaired direction controls, and keeps paired isolates and embeddings', () => {
    expect(balanceBidi('Report \u202eexe.fdp')).to.equal('Report exe.fdp');
    expect(balanceBidi('a\u202eb\u202cc')).to.equal('abc');
    expect(balanceBidi('Open \u2067مرحبا\u2069 now')).to.equal('Open \u2067مرحبا\u2069 now');
    expect(balanceBidi('x\u202ay\u202c z')).to.equal('x\u202ay\u202c z');
    expect(balanceBidi('open \u2066 never closed')).to.equal('open  never closed');
    expect(balanceBidi('closes nothing \u2069\u202c')).to.equal('closes nothing ');
    expect(balanceBidi('line \u202a one\nline two \u202c')).to.equal('line  one\nline two ');
  });

  it('shortens to a length with "…", never splitting an emoji', () => {
    expect(shorten('abcdef', 4)).to.equal('abc…');
    expect(shorten('ab😀cd', 4)).to.equal('ab…');
    expect(shorten('abc', 4)).to.equal('abc');
  });

  it('feedText: blank after cleaning is missing; shortened text says how long it was', () => {
    expect(feedText('<b>\u200b</b>&nbsp;', 200).text).to.equal(undefined);
    expect(feedText('x'.repeat(250), 200)).to.deep.equal({ text: `${'x'.repeat(199)}…`, bidi: false, cut: 250 });
    expect(feedText('\u202eabc', 200)).to.deep.equal({ text: 'abc', bidi: true });
  });
});
