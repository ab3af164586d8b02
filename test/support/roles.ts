/**
 * Finds what a widget shows the way a parent with a screen reader meets it: by role and accessible
 * name, inside the widget's shadow DOM (and any open shadow roots within), never by class.
 * Covers the roles the widgets use; hidden elements (`hidden`, `aria-hidden`, `display: none`,
 * `visibility: hidden`) are left out, visually hidden ones are not.
 */

export type Role = 'alert' | 'button' | 'heading' | 'link' | 'list' | 'listitem' | 'status';

/** Elements that have `role` without saying so (`<button>`, `<h2>`…), by role. */
const IMPLICIT: Record<Role, string> = {
  alert: '',
  button: 'button, input[type="button"], input[type="submit"], input[type="reset"]',
  heading: 'h1, h2, h3, h4, h5, h6',
  link: 'a[href], area[href]',
  list: 'ul, ol',
  listitem: 'li',
  status: 'output',
};

/** Every element (light and open shadow DOM) under `root`. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

function hasRole(element: Element, role: Role): boolean {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit.split(/\s+/)[0] === role;
  return IMPLICIT[role] !== '' && element.matches(IMPLICIT[role]);
}

/** Whether assistive technology skips `element`: it or an ancestor (across shadow roots) is hidden. */
export function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
  }
  return false;
}

/** Text of `node` as a screen reader reads it: aria-hidden parts left out, whitespace collapsed. */
function readableText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  if (node instanceof HTMLElement && node.hidden) return '';
  const label = node.getAttribute('aria-label');
  if (label && node !== node.ownerDocument.documentElement) return ` ${label} `;
  return [...node.childNodes].map(readableText).join('');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The accessible name, simplified: aria-labelledby, aria-label, an input's value, else its readable text. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = element.getRootNode() as Document | ShadowRoot;
    return collapse(labelledBy.split(/\s+/).map((id) => (root.getElementById(id) ? readableText(root.getElementById(id)!) : '')).join(' '));
  }
  const label = element.getAttribute('aria-label');
  if (label) return collapse(label);
  if (element instanceof HTMLInputElement) return collapse(element.value);
  return collapse([...element.childNodes].map(readableText).join(''));
}

/** The level of a heading: `aria-level`, else the number in `<hN>`. */
export function headingLevel(element: Element): number {
  const aria = Number(element.getAttribute('aria-level'));
  if (aria) return aria;
  const match = /^h([1-6])$/i.exec(element.localName);
  return match ? Number(match[1]) : 2;
}

/** Whether `name` matches: a string exactly, a RegExp anywhere. */
function named(element: Element, name: string | RegExp | undefined): boolean {
  if (name === undefined) return true;
  const actual = accessibleName(element);
  return typeof name === 'string' ? actual === name : name.test(actual);
}

/** Every element with `role` (and `name`, when given) a parent can perceive in `widget`. */
export function allByRole(widget: Element, role: Role, name?: string | RegExp): HTMLElement[] {
  const root = widget.shadowRoot ?? widget;
  return [...allElements(root)].filter((el) => hasRole(el, role) && named(el, name) && !isHidden(el)) as HTMLElement[];
}

/** The first such element, or undefined. */
export function queryByRole(widget: Element, role: Role, name?: string | RegExp): HTMLElement | undefined {
  return allByRole(widget, role, name)[0];
}

/** The first such element; throws, listing what there is of that role, when there is none. */
export function getByRole(widget: Element, role: Role, name?: string | RegExp): HTMLElement {
  const found = queryByRole(widget, role, name);
  if (found) return found;
  const present = allByRole(widget, role).map((el) => JSON.stringify(accessibleName(el)));
  throw new Error(`no ${role} named ${String(name)} in <${widget.localName}>; its ${role}s: ${present.join(', ') || 'none'}`);
}
