/**
 * What every copy of the library on a page shares (sites paste our script tag more than once, or
 * bundle us twice): one object per concern on `globalThis[Symbol.for(key)]`, in slot `v1`. The
 * first copy to ask installs its own; later copies use it while it keeps the v1 contract. A future
 * incompatible shape goes in a new slot (`v2`) beside this one rather than replacing it.
 */

/**
 * The page's shared object under `key`: the one another copy installed if it keeps the v1 contract
 * (`version` 1, and a function under each of `methods`), else `create()`'s, installed now.
 */
export function pageShared<T>(key: string, methods: readonly (keyof T & string)[], create: () => T): T {
  const global = globalThis as unknown as Record<symbol, { v1?: unknown } | null | undefined>;
  const symbol = Symbol.for(key);
  let slots = global[symbol];
  if (typeof slots !== 'object' || slots === null) global[symbol] = slots = {};
  const found = slots.v1 as Record<string, unknown> | null | undefined;
  const keepsV1 = typeof found === 'object' && found !== null && found['version'] === 1 && methods.every((name) => typeof found[name] === 'function');
  if (!keepsV1) slots.v1 = create();
  return slots.v1 as T;
}
