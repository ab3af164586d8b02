import { defineConfig } from 'vite';

/**
 * `npm start`: the demo page (demo/index.html) served from the sources, with the bundled
 * sample feed. Library builds use the same settings through scripts/build.mjs.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: {
    host: '127.0.0.1',
    port: 5173,
    open: false,
    fs: { allow: ['..'] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
  },
});
