/**
 * Reading and driving any form as a parent does: controls found by their visible labels, the
 * error summary's links, a question's own error, what the status line says. Shared by the tests of
 * every form (the sign-up, the feedback card) and the sending suite they run.
 */

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The control a visible label names (exactly, or matching), as a parent finds it. */
export function control(el: Element, label: string | RegExp): HTMLInputElement & HTMLTextAreaElement {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('label')].filter((l) => (typeof label === 'string' ? text(l) === label || text(l).startsWith(`${label} (`) : label.test(text(l))));
  const target = labels.map((l) => root.getElementById(l.htmlFor)).find((c) => c && !c.closest('[hidden]'));
  if (!target) throw new Error(`no control labelled ${String(label)}; labels: ${[...root.querySelectorAll('label')].map(text).join(' | ')}`);
  return target as HTMLInputElement & HTMLTextAreaElement;
}

export function hasControl(el: Element, label: string | RegExp): boolean {
  try {
    control(el, label);
    return true;
  } catch {
    return false;
  }
}

/** The error summary's links, as read. */
export const summaryLinks = (el: Element) => [...el.shadowRoot!.querySelectorAll('.error-summary a')].map(text);

/** A question's own error message (without the hidden "Error:"), by its control's label. */
export function fieldError(el: Element, label: string | RegExp): string {
  const box = control(el, label);
  const ids = (box.getAttribute('aria-describedby') ?? box.closest('fieldset')?.getAttribute('aria-describedby') ?? '').split(/\s+/);
  const message = ids.map((id) => el.shadowRoot!.getElementById(id)).find((node) => node?.classList.contains('error-message'));
  return text(message).replace(/^Error: /, '');
}

/** This page's drafts and outbox only: localStorage is shared with the test pages running beside it. */
export function forgetForms(): void {
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('pc-draft:') || key.startsWith('pc-outbox')) storage.removeItem(key);
  }
}

export const statusText = (el: Element) => text(el.shadowRoot!.querySelector('[role="status"]'));
export const activeInShadow = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
