// Fails when the JavaScript needed for the first paint (the entry chunk and what it preloads) exceeds the budget, gzipped.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 170;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const f of new Set(files)) {
  const kb = gzipSync(readFileSync(resolve(dist, f))).length / 1024;
  total += kb;
  console.log(`${f}: ${kb.toFixed(1)} kB gzip`);
}
console.log(`initial JavaScript: ${total.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (files.length === 0 || total > BUDGET_KB) {
  console.error(files.length === 0 ? 'No entry script found in dist/index.html.' : 'Over budget.');
  process.exit(1);
}
