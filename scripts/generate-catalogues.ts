/** Generates src/core/catalogue/data/*.json from the official error pages in ../shared/catalogues. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveFacts } from '../src/core/catalogue/derive.ts';
import { buildCoinm, buildHttp, buildPm, buildSpot, buildUsdm, foundingChinese, detailsOf, sourceDir, storedCatalogue } from './catalogue-sources.ts';
import { applySeenLive, buildLink, buildOptions, buildSapi, buildUs, buildWsapi, readCollisions } from './catalogue-more.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = sourceDir(root);
if (dir == null) {
  console.error('generate-catalogues: the official pages (../shared/catalogues or $CATALOGUE_SOURCE) are not here; nothing generated.');
  process.exit(2);
}
const out = resolve(root, 'src/core/catalogue/data');
mkdirSync(out, { recursive: true });
const more = [buildSapi(dir), buildOptions(dir), buildUs(dir), buildWsapi(dir), buildLink(dir)];
const catalogues = [buildUsdm(dir), buildCoinm(dir), buildSpot(dir), buildPm(dir), ...more.map((b) => b.catalogue)];
applySeenLive(catalogues);
const write = (name: string, data: unknown): void => writeFileSync(resolve(out, name), `${JSON.stringify(data, null, 1)}\n`);
for (const c of catalogues) write(`${c.product}.json`, storedCatalogue(c));
write('details.json', detailsOf(catalogues));
// NOTE: Chinese text is a file of its own per product, so the app does not load it at first paint.
for (const zh of [...foundingChinese(dir), ...more.map((b) => b.zh)]) write(`${zh.product}.zh.json`, zh);
write('http.json', buildHttp(dir));
write('derived.json', deriveFacts(catalogues, readCollisions(dir)));
for (const c of catalogues) console.log(`${c.product}: ${c.entries.length} codes, ${c.entries.reduce((n, e) => n + e.messages.length, 0)} messages`);
