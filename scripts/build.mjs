// Library build: one minified, self-registering ESM bundle per entry (lit bundled), the
// .d.ts types, the JSON Schema and custom-elements.json. Run with `npm run build`.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { entries } from './entries.mjs';
import { minifyTemplateLiterals } from './minify-template-literals.mjs';
import { preloadChunkImports } from './preload-chunk-imports.mjs';
import { TERSER_OPTIONS } from './terser-options.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

// What ships is always the production build: Vite resolves Lit's `development` export (its dev
// mode, ~4 KB more and slower) when NODE_ENV says `development`, as it does inside a Vite server's
// process (`npm run bench -- path` rebuilds from one) or on a machine set up that way.
process.env.NODE_ENV = 'production';

rmSync('dist', { recursive: true, force: true });

for (const entry of entries) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // preloadChunkImports: a feed converter's own imports are asked for with it, not one round
    // trip later (a `format="auto"` feed waits for its converter before the first paint).
    plugins: [minifyTemplateLiterals(), preloadChunkImports({ only: (id) => /[/\\]src[/\\]formats[/\\]/.test(id) })],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      // Terser, and Rolldown's own minifier after it (`output.minify`): together ~0.2 KB less
      // per entry, gzipped, than either alone.
      minify: 'terser',
      terserOptions: TERSER_OPTIONS,
      sourcemap: true,
      // Lists the chunks an entry loads later with import(), for `npm run size`.
      manifest: `manifests/${entry.name}.json`,
      lib: { entry: entry.source, formats: ['es'], fileName: () => `${entry.name}.js` },
      rollupOptions: {
        // Lets modules shared with lazy chunks (Lit, the data layer) stay in the entry file, which
        // then exports them to those chunks: a widget renders from one file, not five.
        preserveEntrySignatures: 'allow-extension',
        // Static imports are bundled into the entry; import() becomes a lazy chunk.
        output: {
          minify: true,
          comments: { annotation: false },
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Every module the entry imports statically stays in the entry's file. Without this,
          // Rolldown's own merging gives up on some graphs (the all-in-one with the calendar's
          // detail view and filter form as two chunks) and moves Lit into a chunk of its own: a
          // second request before anything renders. test/bundles checks every entry for it.
          codeSplitting: { groups: [{ name: 'entry', tags: ['$initial'] }] },
        },
      },
    },
  });
  console.log(`built dist/${entry.name}.js`);
}

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['tsx', 'scripts/generate-schema.ts']);
run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/entries/**']);
console.log('built dist/types, schema/feed.schema.json, schema/signup.schema.json and custom-elements.json');
