import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = resolve(import.meta.dirname, 'decode-cli.ts');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

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
  });

  it('reads standard input and prints a readable report without colour in a pipe', () => {
    const r = run([], '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('-1021 INVALID_TIMESTAMP');
    expect(r.stdout).not.toContain('\x1b[');
    expect(run([], 'nothing to see\n').stdout).toContain('No Binance error found');
  });

  it('exits 2 with a message on unreadable input', () => {
    const r = run(['--json', '/no/such/file.log']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read/);
    expect(r.stdout).toBe('');
  });
});
