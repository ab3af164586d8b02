/**
 * How many lines a piece of text is drawn on: an example postcode ("NB1 4AA") a parent copies must
 * stay one unit on a narrow phone, in left-to-right and right-to-left text alike.
 */

/** The lines the first match of `pattern` is drawn on inside `element`'s text (throws where there is none). */
export function linesOf(element: Element, pattern: RegExp): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = pattern.exec(node.textContent!);
    if (!match) continue;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  }
  throw new Error(`nothing like ${String(pattern)} in "${element.textContent}"`);
}

/** The most lines `pattern` is drawn on as `host` is set to every width from `from` to `to` px (2 px apart). */
export function mostLinesAcrossWidths(host: HTMLElement, element: Element, pattern: RegExp, from = 200, to = 320): number {
  let most = 0;
  for (let width = from; width <= to; width += 2) {
    host.style.width = `${width}px`;
    most = Math.max(most, linesOf(element, pattern));
  }
  host.style.width = '';
  return most;
}
