// Renders public/favicon.svg into the PWA's PNG icons (192, 512, and a maskable 512 with safe padding).
// Run with `node scripts/make-icons.mjs` after changing the SVG; the PNGs are committed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
const page = await browser.newPage();
for (const [name, size, pad] of [['icon-192.png', 192, 0], ['icon-512.png', 512, 0], ['icon-maskable-512.png', 512, 0.2]]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - pad));
  await page.setContent(`<html><body style="margin:0;background:#0b1220;display:grid;place-items:center;width:${size}px;height:${size}px">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`);
  await page.screenshot({ path: resolve(root, 'public', name), omitBackground: false });
  console.log(`public/${name}`);
}
await browser.close();
