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
  const n = text.length;
  const drop = new Uint8Array(n);
  /** Open embeddings, overrides and isolates: their indices, and kinds (0 embedding, 1 override, 2 isolate). */
  const open = new Int32Array(n);
  const kind = new Uint8Array(n);
  let depth = 0;
  let isolates = 0;
  let dropped = 0;
  const remove = (at: number) => {
    drop[at] = 1;
    dropped++;
  };
  const closeAll = () => {
    while (depth) remove(open[--depth]);
    isolates = 0;
  };
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const opener = code === 0x202a || code === 0x202b ? 0 : code === 0x202d || code === 0x202e ? 1 : code >= 0x2066 && code <= 0x2068 ? 2 : -1;
    if (opener >= 0) {
      open[depth] = i;
      kind[depth++] = opener;
      if (opener === 2) isolates++;
    } else if (code === 0x202c) {
      // Closes the latest embedding or override inside the current isolate, if any.
      if (depth && kind[depth - 1] !== 2) {
        if (kind[--depth] === 1) {
          remove(open[depth]);
          remove(i);
        }
      } else remove(i);
    } else if (code === 0x2069) {
      if (!isolates) remove(i);
      else {
        // Closes the latest isolate and whatever is still open inside it (an override inside goes).
        while (kind[--depth] !== 2) if (kind[depth] === 1) remove(open[depth]);
        isolates--;
      }
    } else if (code === 10 || code === 13 || code === 0x2029) closeAll();
  }
  closeAll();
  if (!dropped) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < n; i++) {
    if (!drop[i]) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return out + text.slice(from);
}

/** Cuts `text` to at most `max` UTF-16 units, ending with "…", never inside a surrogate pair. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
