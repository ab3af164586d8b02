/**
 * A body read as text the way `response.text()` reads it, showing its opening characters as they
 * arrive: a feed's reader can start loading what reading the document will need (its format's
 * converter) while the rest downloads, since a slow connection takes seconds over a large feed.
 * Only the feed's document store reads bodies this way; the forms' entries never carry it.
 */

/** How much of a body `look` is shown: a feed's opening keys, wherever its whitespace. */
export const OPENING_CHARS = 4096;

/**
 * A `readBody` for `requestJson` (request.ts) that calls `look` with the opening (up to
 * `OPENING_CHARS`) after each piece until it has that much. What `look` throws is ignored.
 */
export function readShowingOpening(look: (head: string) => void): (body: ReadableStream<Uint8Array>) => Promise<string> {
  return async (body) => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let head = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const part = decoder.decode(value, { stream: true });
      parts.push(part);
      // Only the opening: a piece may be the whole document.
      if (head.length < OPENING_CHARS) {
        head += part.slice(0, OPENING_CHARS - head.length);
        try {
          look(head);
        } catch {
          // A hint only: the body is read, and answered, whatever the look does.
        }
      }
    }
    parts.push(decoder.decode());
    return parts.join('');
  };
}
