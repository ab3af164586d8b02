// Prints the gzipped size of every dist/ entry as a page pays for it when a widget renders —
// the entry file, every chunk it imports statically, and the `eager` chunks it always
// import()s — and of the chunks it may load later (lazy). Fails when an entry is over its
// budget, or a budget is over its ceiling (`capKb`). The target is printed beside
// each size, and the lazy total too, so nothing hides there.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chunkBudgets, entries, withWhenUsed } from './entries.mjs';

const gzipKb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Adds to `into` the file of the manifest's module `start` and of everything it imports statically. */
function addStaticClosure(manifest, start, into) {
  const stack = [start];
  while (stack.length) {
    const chunk = manifest[stack.pop()];
    if (!chunk || into.has(`dist/${chunk.file}`)) continue;
    into.add(`dist/${chunk.file}`);
    stack.push(...(chunk.imports ?? []));
  }
}

/**
 * Files an entry loads up front (static imports, plus the `eager` modules it always
 * import()s when it renders) and lazily (other dynamic imports, transitively).
 */
function chunkFiles(name, eager = []) {
  const manifestFile = `dist/manifests/${name}.json`;
  const upFront = new Set([`dist/${name}.js`]);
  if (!existsSync(manifestFile)) return { upFront: [...upFront], lazy: [] };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const staticClosure = (start, into) => addStaticClosure(manifest, start, into);
  upFront.clear();
  staticClosure(entryKey, upFront);
  for (const key of eager) {
    if (!manifest[key]) throw new Error(`${name}: eager module ${key} is not in the build`);
    staticClosure(key, upFront);
  }
  const lazy = new Set();
  const seen = new Set();
  const queue = [...(manifest[entryKey]?.dynamicImports ?? [])];
  while (queue.length) {
    const key = queue.pop();
    if (seen.has(key)) continue;
    seen.add(key);
    const reach = new Set();
    staticClosure(key, reach);
    for (const file of reach) if (!upFront.has(file)) lazy.add(file);
    for (const file of reach) {
      const k = Object.keys(manifest).find((mk) => `dist/${manifest[mk].file}` === file);
      queue.push(...(manifest[k]?.dynamicImports ?? []));
    }
  }
  return { upFront: [...upFront], lazy: [...lazy] };
}

let over = 0;
const ceilings = [];
/** Files that carry Lit's development build (its "Lit is in dev mode" warning): never shipped. */
const devBuilds = [];
const rows = entries.map(({ name, budgetKb, targetKb, capKb, eager }) => {
  const { upFront, lazy } = chunkFiles(name, eager);
  for (const file of [...upFront, ...lazy]) if (readFileSync(file, 'utf8').includes('Lit is in dev mode')) devBuilds.push(file);
  const entryKb = upFront.reduce((sum, file) => sum + gzipKb(file), 0);
  const lazyKb = lazy.reduce((sum, file) => sum + gzipKb(file), 0);
  const ok = entryKb <= budgetKb;
  if (!ok) over += 1;
  if (capKb !== undefined && budgetKb > capKb) ceilings.push(`${name}: budget ${budgetKb} KB is over its ceiling of ${capKb} KB`);
  return {
    entry: `dist/${name}.js`,
    'files on render': upFront.length,
    'on-render gzip KB': entryKb.toFixed(1),
    'budget KB': budgetKb,
    'of budget': `${Math.round((entryKb / budgetKb) * 100)}%`,
    'issue target KB': targetKb ?? '',
    'meets target': targetKb === undefined ? '' : entryKb <= targetKb ? 'yes' : 'no',
    'lazy files': lazy.length,
    'lazy gzip KB': lazyKb.toFixed(1),
    status: ok ? 'ok' : 'OVER',
  };
});
console.table(rows);
// A widget's own chunk: the file the all-in-one fetches for it (shared chunks are counted elsewhere).
for (const { entry, module, label, budgetKb } of chunkBudgets) {
  const manifest = JSON.parse(readFileSync(`dist/manifests/${entry}.json`, 'utf8'));
  if (!manifest[module]) throw new Error(`${entry}: ${module} is not a chunk of the build`);
  const kb = gzipKb(`dist/${manifest[module].file}`);
  const ok = kb <= budgetKb;
  if (!ok) over += 1;
  console.log(`${label} (dist/${manifest[module].file} in ${entry}.js): ${kb.toFixed(2)} KB of ${budgetKb} KB ${ok ? 'ok' : 'OVER'}`);
}
// An entry with a widget it fetches where the page has the tag: what such a page loads.
for (const { entry, module, label, budgetKb } of withWhenUsed) {
  const manifest = JSON.parse(readFileSync(`dist/manifests/${entry}.json`, 'utf8'));
  if (!manifest[module]) throw new Error(`${entry}: ${module} is not a chunk of the build`);
  const { upFront } = chunkFiles(entry);
  const files = new Set(upFront);
  addStaticClosure(manifest, module, files);
  const kb = [...files].reduce((sum, file) => sum + gzipKb(file), 0);
  const ok = kb <= budgetKb;
  if (!ok) over += 1;
  console.log(`${label} (${files.size} files): ${kb.toFixed(2)} KB of ${budgetKb} KB ${ok ? 'ok' : 'OVER'}`);
}
for (const message of ceilings) console.error(message);
if (ceilings.length) process.exit(1);
if (devBuilds.length) {
  console.error(`Lit's development build is in ${[...new Set(devBuilds)].join(', ')}: build with NODE_ENV=production.`);
  process.exit(1);
}
if (over) {
  console.error(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
