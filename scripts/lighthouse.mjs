// `npm run lighthouse`: Lighthouse against the built app, mobile and desktop. Prints the four category
// scores and LCP, TBT and CLS; fails below performance 98 (mobile) / 100 (desktop) or below 100 for
// accessibility, best practices and SEO. Kept out of `npm test`: scores vary a little run to run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vite = resolve(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const port = Number(process.env.LH_PORT ?? 4190);
const server = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const chrome = await chromeLauncher.launch({
  chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const targets = { mobile: { performance: 0.98 }, desktop: { performance: 1 } };
let failed = false;
try {
  for (const form of ['mobile', 'desktop']) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, form === 'desktop' ? desktopConfig : undefined);
    const lhr = result?.lhr;
    if (lhr === undefined) throw new Error('Lighthouse returned no result');
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.displayValue ?? '?';
    console.log(`${form}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')} | LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}`);
    const min = { performance: targets[form].performance, accessibility: 1, 'best-practices': 1, seo: 1 };
    for (const [id, m] of Object.entries(min)) {
      if ((lhr.categories[id]?.score ?? 0) < m) {
        failed = true;
        console.log(`  below target: ${id} ${score(id)} < ${m * 100}`);
        for (const a of Object.values(lhr.audits)) if (a.score != null && a.score < 1 && lhr.categories[id].auditRefs.some((r) => r.id === a.id && r.weight > 0)) console.log(`    ${a.id}: ${a.title}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
