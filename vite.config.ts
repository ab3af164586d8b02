import { defineConfig } from 'vite';

/** Where `npm start` runs the receiver (scripts/start-demo.mjs); the demo reaches it through this server. */
const RECEIVER = process.env.PC_RECEIVER_URL ?? 'http://127.0.0.1:8787';

/**
 * `npm start`: the demo page (demo/index.html) served from the sources, with the bundled
 * sample feed. Library builds use the same settings through scripts/build.mjs.
 *
 * The demo's sign-up form posts to `/receiver/signups`, which this server hands to the package's
 * own receiver (server/, started beside it by scripts/start-demo.mjs, on SQLite): same origin,
 * so the page's strict CSP (`connect-src 'self'`) needs no exception.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: {
    host: '127.0.0.1',
    port: 5173,
    open: false,
    fs: { allow: ['..'] },
    watch: { ignored: ['**/.receiver/**'] },
    proxy: {
      '/receiver/': { target: RECEIVER, changeOrigin: true, rewrite: (path) => path.replace(/^\/receiver/, '') },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
  },
});
