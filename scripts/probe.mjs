/**
 * `npm run probe`: measures the built app in Chromium on large pastes: the time from the paste to the
 * first finding, the longest main-thread task from the paste until a second after the first finding
 * (read from a Chromium trace), and peak memory (the renderer's peak resident set, which holds the page
 * and its decode worker, and the page's JS heap).
 * Needs `npm run build` first. Prints figures; asserts nothing (timings do not belong in tests).
 *   npm run probe -- [--mb 10,50] [--file]      PROBE_TRACE=trace.json keeps the last trace
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const mbArg = args.indexOf('--mb');
const sizes = (mbArg >= 0 ? (args[mbArg + 1] ?? '10,50') : '10,50').split(',').map(Number);
const port = 4199;
const base = `http://127.0.0.1:${port}/`;

if (!existsSync('dist/index.html')) {
  console.error('probe: no build in dist/; run `npm run build` first.');
  process.exit(2);
}

/** A deterministic bot log of about `mb` MB with a few errors spread through it. */
function makeLog(mb) {
  const normal = [
    'INFO tick BTCUSDT bid=60000.1 ask=60000.2 spread=0.1 latency=12ms',
    'DEBUG GET https://fapi.binance.com/fapi/v1/ticker/price?symbol=BTCUSDT 200 OK in 31 ms',
    'INFO order placed id=123456789012 symbol=ETHUSDT side=BUY qty=0.120 price=3012.55',
  ];
  const errors = ['ERROR APIError(code=-2019): Margin is insufficient.', 'WARNING {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}'];
  const out = [];
  let bytes = 0;
  let i = 0;
  while (bytes < mb * 1024 * 1024) {
    const line = `2026-01-01 10:00:${String(i % 60).padStart(2, '0')} ${i % 5000 === 4999 ? errors[(i / 5000) % 2 | 0] : normal[i % 3]}`;
    out.push(line);
    bytes += line.length + 1;
    i++;
  }
  return out.join('\n');
}

/** Durations (ms) of the page's main-thread tasks from the probe's input mark on, read from a Chromium trace. */
function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const mark = events.find((e) => e.name === 'probe-input');
  const from = mark?.ts ?? 0;
  // NOTE: the task that runs the paste handler starts just before the mark; count tasks that end after it.
  return events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`) && e.ts + e.dur >= from).map((e) => e.dur / 1000);
}

function rssPeak(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  for (let k = 0; k < 50; k++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
  for (const mb of sizes) {
    const text = makeLog(mb);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__heap = 0;
      setInterval(() => {
        window.__heap = Math.max(window.__heap, performance.memory?.usedJSHeapSize ?? 0);
      }, 50);
    });
    await page.goto(base);
    await page.getByLabel('Error or log text').waitFor();
    await page.waitForTimeout(500);
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    const before = Math.max(...renderers.map((p) => rssPeak(p) ?? 0));
    // The text is handed to the page first, so the clock starts at the paste itself, not at the transfer.
    await page.evaluate(
      ([t, asFile]) => {
        // What the browser hands over: the clipboard's content for a paste event, or the chosen file.
        window.__data = new DataTransfer();
        if (asFile) window.__data.items.add(new File([t], 'bot.log', { type: 'text/plain' }));
        else window.__data.setData('text/plain', t);
      },
      [text, args.includes('--file')],
    );
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    const wall = Date.now();
    const t0 = await page.evaluate((asFile) => {
      const t = performance.now();
      performance.mark('probe-input');
      new MutationObserver((_m, o) => {
        if (document.querySelector('.findings li') != null) {
          window.__first = performance.now();
          o.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
      if (asFile) {
        const input = document.querySelector('input[type=file]');
        input.files = window.__data.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        // What the browser does on Ctrl+V: a paste event; unless the page takes it, the text lands in the box and one input event follows.
        const box = document.querySelector('textarea');
        box.focus();
        const data = window.__data;
        const taken = !box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        if (!taken) {
          box.value = data.getData('text/plain');
          box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        }
      }
      window.__data = null;
      return t;
    }, args.includes('--file'));
    await page.locator('.findings li').first().waitFor({ timeout: 180_000 });
    await page.waitForTimeout(1000);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    if (process.env.PROBE_TRACE) (await import('node:fs')).writeFileSync(process.env.PROBE_TRACE, JSON.stringify(trace));
    const tasks = mainThreadTasks(trace);
    const r = await page.evaluate((start) => ({ first: window.__first - start, heap: window.__heap }), t0);
    const after = Math.max(...renderers.map((p) => rssPeak(p) ?? 0));
    const worst = tasks.reduce((m, t) => Math.max(m, t), 0);
    const over = tasks.filter((t) => t > 50);
    console.log(`${mb} MB ${args.includes('--file') ? 'file' : 'paste'} (${(text.length / 1048576).toFixed(1)} MB, ${text.split('\n').length} lines):`);
    console.log(`  input to first finding:   ${(r.first / 1000).toFixed(2)} s (wall ${((Date.now() - wall) / 1000).toFixed(1)} s incl. the probe's own input)`);
    console.log(`  main-thread tasks:        longest ${worst.toFixed(0)} ms; ${over.length} over 50 ms [${over.map((t) => t.toFixed(0)).join(', ')}] (from the input to 1 s after the first finding)`);
    console.log(`  peak renderer memory:     ${(after / 1048576).toFixed(0)} MB resident (${(before / 1048576).toFixed(0)} MB before the input)`);
    console.log(`  peak page JS heap:        ${(r.heap / 1048576).toFixed(0)} MB`);
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}
