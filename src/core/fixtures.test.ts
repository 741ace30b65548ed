// The corpus of real, anonymised pastes (fixtures/pastes): every one must decode to what its manifest expects.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from './index';

interface Expected {
  code: number;
  name: string | null;
  unknown?: boolean;
}
interface Paste {
  file: string;
  shape: string;
  product: string | null;
  library: string | null;
  expect: Expected[];
  httpStatus?: number;
}

const dir = resolve(import.meta.dirname, '../../fixtures/pastes');
const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as Paste[];

describe('fixture corpus', () => {
  it('holds at least 80 real pastes covering every shape', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(80);
    const shapes = new Set(manifest.map((p) => p.shape));
    for (const s of ['json-body', 'python-dict', 'escaped-json', 'wrapper', 'ccxt', 'python-binance', 'code-msg', 'bracket', 'errorcode', 'tuple', 'bracket-status', 'php', 'go', 'java', 'csharp', 'spaced-minus', 'no-minus', 'fullwidth', 'ansi', 'html', 'http-status', 'headers', 'message-only', 'name-only', 'multi', 'benign', 'spot', 'negative'])
      expect(shapes, s).toContain(s);
  });

  it.each(manifest.map((p) => [p.file, p] as const))('%s', (_file, paste) => {
    const r = decode(readFileSync(resolve(dir, paste.file), 'utf8'));
    expect(r.findings.map((f) => f.code)).toEqual(paste.expect.map((e) => e.code));
    paste.expect.forEach((e, i) => {
      const f = r.findings[i];
      if (e.unknown === true) expect(f?.known).toBe(false);
      else if (e.name != null && f?.product !== 'http') expect([f?.name, ...(f?.candidates.map((c) => c.name) ?? [])]).toContain(e.name);
    });
    if (paste.httpStatus !== undefined) expect(r.findings.some((f) => f.httpStatus === paste.httpStatus)).toBe(true);
    for (const f of r.findings) if (f.benign) expect(f.retry).toBe('nothing-to-do');
  });
});
