// The timing probe of `npm run bench -- path` (scripts/bench-path.mjs), loaded as a classic
// script before anything else on the page, served as is (no transform).
//
// Feed arrival: `fetch` is wrapped. For a feed URL (under /path-bench/feed/) the wrapper reads
// the whole body from the network first, notes the time (`arrived`: the response body is in the
// page), then hands the page a Response made from those bytes, so everything after (decoding,
// JSON.parse, detection, conversion, validation, expansion, render) is on the clock.
//
// Painted: from arrival, a MutationObserver watches the widget that asked for the feed (its
// shadow root, or the element itself for a light-DOM calendar). When the content selector
// first matches (`shown`), the next animation frame is requested; the first task after that
// frame is `painted` — that frame's style, layout and paint of the content are on the clock.
(() => {
  const config = document.currentScript.dataset;
  /** The widget elements to watch (a selector), and what in them is "the content" (a selector). */
  const HOST = config.host;
  const CONTENT = config.content;
  const FEED_PATH = '/path-bench/feed/';
  const state = { loads: [] };
  window.__path = state;

  const nextPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });

  /** The host element that asked for `url`: the one whose `src` it is, else the last on the page. */
  function hostFor(url) {
    const hosts = [...document.querySelectorAll(HOST)];
    return hosts.find((el) => el.getAttribute('src') && new URL(el.getAttribute('src'), document.baseURI).href === url) ?? hosts.at(-1);
  }

  function watch(load) {
    const host = hostFor(load.url);
    const root = host?.shadowRoot ?? host;
    if (!root) {
      load.error = `no ${HOST} on the page`;
      return;
    }
    const check = () => {
      if (load.shown !== undefined || !root.querySelector(CONTENT)) return false;
      load.shown = performance.now();
      observer.disconnect();
      nextPaint((at) => {
        load.painted = at;
        // For the trace each sample takes (scripts/bench-path.mjs): the main thread's CPU time between the two marks.
        performance.mark('path:painted', { startTime: at });
        // Chunks (and anything else) the page fetched from the feed's request on: when asked, and for how long.
        load.resources = performance
          .getEntriesByType('resource')
          .filter((r) => r.startTime >= load.requested && !r.name.includes(FEED_PATH))
          .map((r) => ({ name: r.name.replace(/^.*\//, ''), start: r.startTime, end: r.responseEnd }));
      });
      return true;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(root, { subtree: true, childList: true });
  }

  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, document.baseURI).href;
    if (!url.includes(FEED_PATH)) return realFetch(input, init);
    const load = { url, requested: performance.now() };
    state.loads.push(load);
    const response = await realFetch(input, init);
    const body = await response.arrayBuffer();
    load.arrived = performance.now();
    performance.mark('path:arrived', { startTime: load.arrived });
    load.bytes = body.byteLength;
    watch(load);
    // The bytes as a stream of one piece, read in the page as a network body is. (A Response made
    // from the ArrayBuffer itself is backed by a blob in Chromium: reading it back took ~40 ms for
    // 3.8 MB, with the main thread idle, on the clock for no work of the widget's.)
    const bytes = new Uint8Array(body);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    return new Response(stream, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
})();
