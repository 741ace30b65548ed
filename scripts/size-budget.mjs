// Fails when the JavaScript needed for the first paint (the entry chunk and what it preloads) exceeds the budget, gzipped,
// or when it carries the catalogue data (which belongs in the JSON asset the page and the worker fetch after the first paint).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 115;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
let data = null;
for (const f of new Set(files)) {
  const code = readFileSync(resolve(dist, f));
  // The USD-M catalogue's source address, which only its data carries: there, the catalogues are in the first chunk.
  if (code.includes('usds-margined-futures/error-code')) data = f;
  const kb = gzipSync(code).length / 1024;
  total += kb;
  console.log(`${f}: ${kb.toFixed(1)} kB gzip`);
}
console.log(`initial JavaScript: ${total.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (data != null) console.error(`${data} carries catalogue data: it should be in the catalogue asset, fetched after the first paint.`);
if (files.length === 0 || total > BUDGET_KB || data != null) {
  if (files.length === 0 || total > BUDGET_KB) console.error(files.length === 0 ? 'No entry script found in dist/index.html.' : 'Over budget.');
  process.exit(1);
}
