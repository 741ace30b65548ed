import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = resolve(import.meta.dirname, 'decode-cli.ts');
const run = (args: string[], input?: string, node: string[] = []) =>
  spawnSync(process.execPath, [...node, '--import', 'tsx', cli, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });

describe('decode CLI', () => {
  it('prints the JSON contract for a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fed-'));
    const file = join(dir, 'bot.log');
    writeFileSync(file, 'POST /fapi/v1/order\nINFO ok\nAPIError(code=-2019): Margin is insufficient.\n');
    const r = run(['--json', file]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: Record<string, unknown>[]; evidence: Record<string, unknown> };
    expect(Object.keys(out)).toEqual(['findings', 'evidence']);
    expect(out.findings[0]).toMatchObject({ code: -2019, name: 'MARGIN_NOT_SUFFICIEN', known: true, product: 'usdm', family: '20xx', matchedBy: 'code', retry: 'fix-first' });
    expect(out.findings[0]?.occurrences).toEqual([{ line: 3, column: 15, text: 'APIError(code=-2019): Margin is insufficient.' }]);
    expect(out.evidence).toMatchObject({ product: 'usdm', endpoint: '/fapi/v1/order' });
    const d = out.findings[0]?.diagnosis as { meaning: string; retry: { verdict: string }; causes: { id: string; title: string; fix: { title: string } | null }[] };
    expect(d.meaning).toMatch(/margin/i);
    expect(d.retry.verdict).toBe('fix-first');
    expect(d.causes.length).toBe(3);
    for (const c of d.causes) expect(c.fix?.title.length).toBeGreaterThan(3);
  });

  it('prints the diagnosis in the readable report: meaning, advice and the first three causes with a fix', () => {
    const r = run([], 'POST https://fapi.binance.com/fapi/v1/order\n{"code":-1021,"msg":"Timestamp for this request was 1000ms ahead of the server\'s time."}\n');
    expect(r.stdout).toMatch(/meaning: +\S/);
    expect(r.stdout).toMatch(/advice: +\S/);
    expect(r.stdout).toMatch(/\n {4}1\. .+\n {7}fix: /);
    expect(r.stdout).toMatch(/\n {4}3\. /);
    expect(r.stdout).not.toMatch(/\n {4}4\. /);
  });

  it('flags a code whose message is another code’s, in the JSON and the report', () => {
    const body = '{"code":-2019,"msg":"Invalid symbol."}\n';
    const out = JSON.parse(run(['--json'], body).stdout) as { findings: Record<string, unknown>[] };
    expect(out.findings[0]).toMatchObject({ code: -2019, conflict: { messageCode: -1121, messageName: 'BAD_SYMBOL' } });
    expect(run([], body).stdout).toContain('conflict:   the message is -1121 BAD_SYMBOL’s, not this code’s');
  });

  it('does not pick an API the log does not say: shows the fallback, says so, and takes --product', () => {
    const body = '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}\n';
    const plain = run(['--json'], body);
    const open = (JSON.parse(plain.stdout) as { findings: Record<string, unknown>[] }).findings[0];
    expect(open).toMatchObject({ code: -1021, product: null, productBasis: 'same-everywhere', id: 'open:-1021' });
    expect(open?.diagnosis).toMatchObject({ shownFor: { product: 'spot', by: 'fallback' } });
    const report = run([], body).stdout;
    expect(report).toContain('-1021 INVALID_TIMESTAMP — API not said (the same meaning on each)');
    expect(report).toMatch(/which API: +the log does not say; shown for Spot, the most pasted; for another, run again with --product usdm\|coinm/);
    expect(report).not.toContain('/fapi/');

    const usdm = JSON.parse(run(['--json', '--product', 'usdm'], body).stdout) as { findings: { product: string | null; diagnosis: { shownFor: unknown; causes: { fix: { steps: string[] } | null }[] } }[] };
    // NOTE: the contract keeps what decode found (null); the diagnosis says which API it was shown for.
    expect(usdm.findings[0]?.product).toBeNull();
    expect(usdm.findings[0]?.diagnosis.shownFor).toEqual({ product: 'usdm', by: 'given' });
    expect(run(['--product=usdm'], body).stdout).toMatch(/shown for USD-M Futures \(--product\)/);
    // A log that says its API keeps it, whatever --product says.
    const said = JSON.parse(run(['--json', '--product', 'spot'], `POST https://fapi.binance.com/fapi/v1/order\n${body}`).stdout) as { findings: Record<string, unknown>[] };
    expect(said.findings[0]).toMatchObject({ product: 'usdm' });
    expect(said.findings[0]?.diagnosis).not.toHaveProperty('shownFor');
  });

  it('refuses a --product it does not know, with the list', () => {
    const r = run(['--product', 'futures'], '{"code":-1021}\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--product takes one of (\w+, )+.*spot/);
    expect(run(['--product'], '').status).toBe(2);
  });

  it('reads standard input and prints a readable report without colour in a pipe', () => {
    const r = run([], '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('-1021 INVALID_TIMESTAMP');
    expect(r.stdout).not.toContain('\x1b[');
    expect(run([], 'nothing to see\n').stdout).toContain('No Binance error found');
  });

  it('reads a 100 MB log in a small heap, with line numbers right across its chunks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fed-'));
    const file = join(dir, 'big.log');
    const fd = openSync(file, 'w');
    const errors = new Map([
      [5, 'ERROR APIError(code=-2019): Margin is insufficient.'],
      [170_001, 'ERROR {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}'],
    ]);
    let bytes = 0;
    let line = 0;
    let block = '';
    while (bytes < 100 * 1024 * 1024) {
      line += 1;
      const text = `2026-01-01 10:00:00.${String(line % 1000).padStart(3, '0')} ${errors.get(line) ?? `INFO tick ${line} BTCUSDT bid=60000.${line % 10} ask=60001.${line % 7} spread=0.1 ok`}\n`;
      block += text;
      bytes += text.length;
      if (block.length > 1 << 20) {
        writeSync(fd, block);
        block = '';
      }
    }
    line += 1;
    writeSync(fd, `${block}2026-01-01 10:00:01.000 ERROR APIError(code=-2019): Margin is insufficient.`);
    closeSync(fd);
    // NOTE: the whole file as one string would need more than this heap on its own.
    const r = run(['--json', file], undefined, ['--max-old-space-size=96']);
    rmSync(dir, { recursive: true });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { code: number; occurrences: { line: number; column: number }[] }[] };
    expect(out.findings.map((f) => [f.code, f.occurrences.map((o) => o.line)])).toEqual([
      [-2019, [5, line]],
      [-1021, [170_001]],
    ]);
    expect(out.findings[0]?.occurrences[0]?.column).toBe(45);
  });

  it('exits 2 with a message on unreadable input', () => {
    const r = run(['--json', '/no/such/file.log']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read/);
    expect(r.stdout).toBe('');
  });
});
