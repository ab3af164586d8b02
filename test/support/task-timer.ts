/**
 * How long synchronous work blocks the page, for "no task over 1 s" checks (a generous bound,
 * so a busy machine cannot make a test flaky; the 200 ms goal is measured in `npm run bench`).
 * The work runs as a task of its own; the result is the longer of its measured duration and,
 * where the browser reports long tasks (Chromium), the longest task reported meanwhile.
 */
export async function longestTask(work: () => void): Promise<number> {
  const supported = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
  const seen: number[] = [];
  const observer = supported ? new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration))) : undefined;
  observer?.observe({ type: 'longtask' });
  let took = 0;
  await new Promise<void>((resolve, reject) => {
    setTimeout(() => {
      const start = performance.now();
      try {
        work();
        resolve();
      } catch (error) {
        reject(error);
      } finally {
        took = performance.now() - start;
      }
    });
  });
  // The task has ended; its long-task entry is queued by now (a later task than the work's).
  await new Promise((resolve) => setTimeout(resolve));
  observer?.takeRecords().forEach((e) => seen.push(e.duration));
  observer?.disconnect();
  return Math.max(took, ...seen);
}

/**
 * The element that isolates feed text `text` in an element's shadow DOM (or inside `root`
 * itself when it has none): the nearest `<bdi>` or element with a `dir` around a text node
 * holding it, provided it holds just that text (not the sentence around it). Undefined when
 * the text is not isolated.
 */
export function isolatingElement(root: Element, text: string): Element | undefined {
  const walker = document.createTreeWalker(root.shadowRoot ?? root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.includes(text)) continue;
    const box = node.parentElement?.closest('bdi, [dir]');
    if (box && box.textContent!.trim() === text) return box;
  }
  return undefined;
}
