/**
 * A width in px as ems of `element`'s own font size (the widget's base, `--pc-font-size`): the
 * unit the widgets' container queries use, so their breakpoints move with the text, and a host
 * page that shrinks its root size (`html { font-size: 62.5% }`) moves nothing.
 */
export function inEms(px: number, element: Element): number {
  return px / (parseFloat(getComputedStyle(element).fontSize) || 16);
}
