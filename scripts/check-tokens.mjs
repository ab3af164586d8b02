// Theme hygiene, run by `npm run lint`:
//  - colours are written only in src/theme/tokens.ts (everything else uses tokens);
//  - every private alias `var(--_x)` a style uses is defined (in tokens.ts or locally),
//    so a typo in a token name cannot silently fall back to nothing;
//  - no style is sized in `rem` (only tokens.ts's default base may read it): a host page's
//    `html { font-size: 62.5% }` would shrink it. Lengths are `em` of the widget's base size.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TOKENS_FILE = 'src/theme/tokens.ts';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const defined = new Set([...readFileSync(TOKENS_FILE, 'utf8').matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
const problems = [];

for (const file of walk('src')) {
  if (file === TOKENS_FILE) continue;
  const source = readFileSync(file, 'utf8');
  const styleText = [...source.matchAll(/css`([\s\S]*?)`/g)].map((m) => m[1]).join('\n');
  if (!styleText) continue;
  const local = new Set([...styleText.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
  for (const match of styleText.matchAll(/#[0-9a-fA-F]{3,8}\b|\b(?:rgb|rgba|hsl|hsla|oklch)\(/g)) {
    problems.push(`${file}: hard-coded colour "${match[0]}" — add a token in ${TOKENS_FILE}`);
  }
  for (const match of styleText.matchAll(/\d(?:\.\d+)?rem\b/g)) {
    problems.push(`${file}: "${match[0]}" follows the host page's root size — use em (of --pc-font-size)`);
  }
  for (const match of styleText.matchAll(/var\((--_[\w-]+)/g)) {
    if (!defined.has(match[1]) && !local.has(match[1])) problems.push(`${file}: undefined token alias ${match[1]}`);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('theme tokens: ok');
