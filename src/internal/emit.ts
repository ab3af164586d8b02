/**
 * Dispatches a `pc-` event that crosses shadow roots, so a host page listening on
 * `document` hears it. Returns false when a listener called `preventDefault()`.
 */
export function emit<T>(
  target: EventTarget,
  name: `pc-${string}`,
  detail: T,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }),
  );
}
