/**
 * Checks every format's feed text goes through (native validation and the converters), kept
 * tiny because each widget's entry bundle carries them.
 */

/**
 * True when the text has something to see: not only spaces, control characters or
 * default-ignorable characters (zero-width spaces and joiners, direction marks and controls,
 * soft hyphens, variation selectors, Hangul fillers…). Such a name shows as a blank card.
 */
export const hasVisibleText = (text: string): boolean => /[^\s\p{Cc}\p{DI}\u2800]/u.test(text);

const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Removes the direction controls that can make text read differently from what it says or
 * spill into the text around it: every override (U+202D LRO, U+202E RLO: an RLO shows
 * "exe.fdp" as "pdf.exe") with the U+202C PDF that ends it, and any embedding (U+202A/B) or
 * isolate (U+2066–8) left open at the end of a line, or PDF/PDI (U+2069) closing nothing.
 * Paired embeddings and isolates, which mixed-script text can need, are kept. Linear.
 */
export function balanceBidi(text: string): string {
  if (!BIDI.test(text)) return text;
  const chars = text.split('');
  /** Indices of the open embeddings (U+202A/B), overrides (U+202D/E) and isolates (U+2066–8). */
  const open: number[] = [];
  let isolates = 0;
  const isEmbedding = (at: number) => chars[at]! < '\u2066';
  const isOverride = (at: number) => chars[at]! > '\u202c' && isEmbedding(at);
  const closeAll = () => {
    for (const at of open) chars[at] = '';
    open.length = isolates = 0;
  };
  chars.forEach((c, i) => {
    if (c === '\n' || c === '\r' || c === '\u2029') closeAll();
    else if ((c >= '\u202a' && c <= '\u202e' && c !== '\u202c') || (c >= '\u2066' && c <= '\u2068')) {
      open.push(i);
      if (!isEmbedding(i)) isolates++;
    } else if (c === '\u202c') {
      // Closes the latest embedding or override inside the current isolate; an override goes with it.
      const top = open[open.length - 1];
      if (top !== undefined && isEmbedding(top)) {
        open.pop();
        if (isOverride(top)) chars[top] = chars[i] = '';
      } else chars[i] = '';
    } else if (c === '\u2069') {
      if (!isolates) chars[i] = '';
      else {
        // Closes the latest isolate and whatever is still open inside it (an override goes).
        for (let top = open.pop()!; isEmbedding(top); top = open.pop()!) if (isOverride(top)) chars[top] = '';
        isolates--;
      }
    }
  });
  closeAll();
  return chars.join('');
}

/**
 * Cuts `text` to at most `max` UTF-16 units, ending with "…", never inside a surrogate pair: the
 * one way text is shortened everywhere (native validation and every converter), in the unit the
 * schema's limits count, so a converter's cut never needs cutting again.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * `shorten`, then any direction control the cut left open removed, as the schema would: for text a
 * converter has already cleaned (its direction controls paired) and now cuts to the contract's length.
 */
export const shortenClean = (text: string, max: number): string => balanceBidi(shorten(text, max));
