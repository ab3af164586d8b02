// Prints the gzipped size of every dist/ entry — what a page downloads up front — and of
// the chunks it may load later with import(), and fails when an entry is over its budget.
// Budgets apply to the entry; the lazy total is printed so nothing hides there.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { entries } from './entries.mjs';

const gzipKb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Every chunk reachable from an entry through dynamic imports (and their static imports). */
function lazyChunks(name) {
  const manifestFile = `dist/manifests/${name}.json`;
  if (!existsSync(manifestFile)) return [];
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const seen = new Set();
  const visit = (key, lazy) => {
    const chunk = manifest[key];
    if (!chunk) return;
    if (lazy) seen.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next, lazy);
    for (const next of chunk.dynamicImports ?? []) visit(next, true);
  };
  if (entryKey) visit(entryKey, false);
  return [...seen].map((file) => `dist/${file}`);
}

let over = 0;
const rows = entries.map(({ name, budgetKb }) => {
  const file = `dist/${name}.js`;
  const entryKb = gzipKb(file);
  const lazy = lazyChunks(name);
  const lazyKb = lazy.reduce((sum, chunk) => sum + gzipKb(chunk), 0);
  const ok = entryKb <= budgetKb;
  if (!ok) over += 1;
  return {
    entry: file,
    'gzip KB': entryKb.toFixed(1),
    'budget KB': budgetKb,
    'of budget': `${Math.round((entryKb / budgetKb) * 100)}%`,
    'lazy chunks': lazy.length,
    'lazy gzip KB': lazyKb.toFixed(1),
    status: ok ? 'ok' : 'OVER',
  };
});
console.table(rows);
if (over) {
  console.error(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
