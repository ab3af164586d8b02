/**
 * A width in px as rems of the page's root font size, the unit the widgets' container queries
 * use: a page (or a parent) that enlarges text moves their breakpoints with it.
 */
export function inRems(px: number): number {
  return px / (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
}
