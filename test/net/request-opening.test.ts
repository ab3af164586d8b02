/**
 * A feed's body read as it streams in, showing its opening (`readShowingOpening`, the request
 * module's `readBody`): the text must be exactly what `response.text()` gives, whatever the pieces, and
 * the opening must be shown before the body has ended. The body here is a stream the test feeds
 * piece by piece, so nothing depends on timing.
 */
import { expect } from '@open-wc/testing';
import { requestJson } from '../../src/net/request.js';
import { OPENING_CHARS, readShowingOpening } from '../../src/net/read-opening.js';

/** A 200 response whose body the test writes piece by piece, and a `fetch` that answers with it. */
function streamedAnswer() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return {
    fetch: (() => Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }))) as typeof fetch,
    write: (bytes: Uint8Array) => controller.enqueue(bytes),
    end: () => controller.close(),
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the request module: a body read as it streams in', () => {
  it('shows the opening before the body ends, and reads the whole text exactly, a character split across pieces included', async () => {
    const document = { name: 'Café Crèche — “Stay and Play”', note: '٢٠٢٦ 🎈', list: Array.from({ length: 50 }, (_, i) => `item ${i}`) };
    const bytes = utf8(JSON.stringify(document));
    // Cut inside the two bytes of "é" (bytes 12 and 13) and the four of the balloon.
    expect([...bytes.subarray(12, 14)], 'é is where the cut falls').to.deep.equal([...utf8('é')]);
    const cuts = [10, 13, bytes.indexOf(0xf0) + 2, bytes.length];
    const answer = streamedAnswer();
    const openings: string[] = [];
    const request = requestJson('/anything', { timeoutMs: 60_000, fetch: answer.fetch, readBody: readShowingOpening((head) => openings.push(head)) });
    let from = 0;
    for (const [i, cut] of cuts.entries()) {
      answer.write(bytes.subarray(from, cut));
      from = cut;
      if (i === 0) {
        // The first piece is shown while the rest has not even been written.
        while (!openings.length) await new Promise<void>((resolve) => setTimeout(resolve));
        expect(openings[0]).to.equal('{"name":"C');
      }
    }
    answer.end();
    const result = await request;
    expect(result.ok).to.equal(true);
    expect(result.ok && result.data).to.deep.equal(document);
    expect(result.ok && result.text).to.equal(JSON.stringify(document));
    // Each opening is the start of the text; none has a broken character.
    for (const head of openings) expect(JSON.stringify(document).startsWith(head), head).to.equal(true);
  });

  it('shows at most the opening of a body that arrives in one piece', async () => {
    const text = JSON.stringify({ services: Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, name: `Service ${i}` })) });
    expect(text.length).to.be.above(OPENING_CHARS);
    const answer = streamedAnswer();
    const openings: string[] = [];
    const request = requestJson('/anything', { timeoutMs: 60_000, fetch: answer.fetch, readBody: readShowingOpening((head) => openings.push(head)) });
    answer.write(utf8(text));
    answer.end();
    const result = await request;
    expect(result.ok && result.text).to.equal(text);
    expect(openings).to.deep.equal([text.slice(0, OPENING_CHARS)]);
  });

  it('answers the body whatever the look throws', async () => {
    const answer = streamedAnswer();
    const request = requestJson('/anything', {
      timeoutMs: 60_000,
      fetch: answer.fetch,
      readBody: readShowingOpening(() => {
        throw new Error('a broken look');
      }),
    });
    answer.write(utf8('{"programme": '));
    answer.write(utf8('{"name": "Family hubs"}}'));
    answer.end();
    const result = await request;
    expect(result.ok && result.data).to.deep.equal({ programme: { name: 'Family hubs' } });
  });
});
