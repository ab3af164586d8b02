// Prints the gzipped size of every dist/ entry and fails when one is over its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { entries } from './entries.mjs';

let over = 0;
const rows = entries.map(({ name, budgetKb }) => {
  const file = `dist/${name}.js`;
  const raw = readFileSync(file);
  const gzipKb = gzipSync(raw, { level: 9 }).length / 1024;
  const ok = gzipKb <= budgetKb;
  if (!ok) over += 1;
  return {
    entry: file,
    'raw KB': (raw.length / 1024).toFixed(1),
    'gzip KB': gzipKb.toFixed(1),
    'budget KB': budgetKb,
    'of budget': `${Math.round((gzipKb / budgetKb) * 100)}%`,
    status: ok ? 'ok' : 'OVER',
  };
});
console.table(rows);
if (over) {
  console.error(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
