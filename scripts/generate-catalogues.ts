/** Generates src/core/catalogue/data/*.json from the official error pages in ../shared/catalogues. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveFacts } from '../src/core/catalogue/derive.ts';
import { buildCoinm, buildHttp, buildPm, buildSpot, buildUsdm, sourceDir } from './catalogue-sources.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = sourceDir(root);
if (dir == null) {
  console.error('generate-catalogues: the official pages (../shared/catalogues or $CATALOGUE_SOURCE) are not here; nothing generated.');
  process.exit(2);
}
const out = resolve(root, 'src/core/catalogue/data');
mkdirSync(out, { recursive: true });
const catalogues = [buildUsdm(dir), buildCoinm(dir), buildSpot(dir), buildPm(dir)];
const write = (name: string, data: unknown): void => writeFileSync(resolve(out, name), `${JSON.stringify(data, null, 1)}\n`);
for (const c of catalogues) write(`${c.product}.json`, c);
write('http.json', buildHttp(dir));
write('derived.json', deriveFacts(catalogues));
for (const c of catalogues) console.log(`${c.product}: ${c.entries.length} codes, ${c.entries.reduce((n, e) => n + e.messages.length, 0)} messages`);
