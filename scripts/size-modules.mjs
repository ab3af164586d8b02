// `npm run size:modules [entry]`: which modules an entry's bytes come from (each module minified and
// gzipped on its own, so the figures overstate a little; use them to compare, not to add up).
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { entries } from './entries.mjs';
import { minifyTemplateLiterals } from './minify-template-literals.mjs';
import { TERSER_OPTIONS } from './terser-options.mjs';
const name = process.argv[2] ?? 'service-finder';
const entry = entries.find((e) => e.name === name);
const out = await build({
  configFile: false, logLevel: 'silent', publicDir: false, plugins: [minifyTemplateLiterals()],
  build: { target: 'es2022', write: false, minify: 'terser', terserOptions: TERSER_OPTIONS,
    lib: { entry: entry.source, formats: ['es'], fileName: () => `${entry.name}.js` },
    rollupOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, comments: { annotation: false }, chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting: { groups: [{ name: 'entry', tags: ['$initial'] }] } } } },
});
const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
for (const chunk of outputs) {
  if (chunk.type !== 'chunk') continue;
  const total = gz(chunk.code);
  console.log(`\n== ${chunk.fileName}  ${(total / 1024).toFixed(2)} KB gz, ${chunk.code.length} B raw`);
  const rows = [];
  for (const [id, m] of Object.entries(chunk.modules)) {
    const code = m.code ?? '';
    if (!code) continue;
    const min = (await transform(code, { minify: true, format: 'esm', loader: 'js' }).catch(() => ({ code }))).code;
    rows.push([id.replace(/.*node_modules\//, 'nm/').replace(process.cwd() + '/', ''), min.length, gz(min)]);
  }
  rows.sort((a, b) => b[2] - a[2]);
  for (const [id, raw, g] of rows) console.log(`${(g / 1024).toFixed(2).padStart(6)} KB  ${String(raw).padStart(7)}  ${id}`);
}
