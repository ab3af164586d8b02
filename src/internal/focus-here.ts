/**
 * Whether focus is in `host` (in its shadow root too), or nowhere: on the page's body, where it falls
 * when the element that had it makes way. Anywhere else the parent has moved on, and what a widget
 * does later (a reply, a reload) must not pull them back. (`:focus-within`, not
 * `document.activeElement`: inside a site's own shadow root that is the site's host.)
 */
export function focusIsHereOrNowhere(host: Element): boolean {
  const active = globalThis.document?.activeElement;
  return !active || active === document.body || host.matches(':focus-within');
}
