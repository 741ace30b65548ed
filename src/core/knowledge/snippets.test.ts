// Fix code lives in real source files beside the knowledge: each is checked by its own language, the
// generated text the app and the CLI load is equal to the files, and no file is left unused.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnippetFiles, SNIPPET_JSON, snippetJson } from '../../../scripts/snippet-files';
import { KNOWLEDGE } from './registry';
import { fillPlaceholders, snippetSet, USED_SNIPPET_SETS } from './snippet-set';

const files = readSnippetFiles();
const scripts = resolve(import.meta.dirname, '../../../scripts');
// NOTE: placeholders are always inside string literals or shell words, so any value keeps the syntax.
const sample = (code: string): string => fillPlaceholders(code, { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' });
const byExt = (ext: string): [string, string][] => Object.entries(files).filter(([p]) => p.endsWith(`.${ext}`)).map(([p, c]) => [p, sample(c)]);

describe('snippet files', () => {
  it('are what snippets.gen.json holds (npm run knowledge)', () => {
    expect(readFileSync(SNIPPET_JSON, 'utf8')).toBe(snippetJson(files));
    expect(Object.keys(files).length).toBeGreaterThan(100);
  });

  it('parse as Python', () => {
    const out = execFileSync('python3', [resolve(scripts, 'check-snippets.py')], { input: JSON.stringify(byExt('py')), encoding: 'utf8' });
    expect(out.trim()).toBe('ok');
  });

  it('parse as JavaScript modules', () => {
    const out = execFileSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', resolve(scripts, 'check-snippets.mjs')], { input: JSON.stringify(byExt('js')), encoding: 'utf8' });
    expect(out.trim()).toBe('ok');
  });

  it('parse as shell (bash -n)', () => {
    const bad: string[] = [];
    for (const [name, code] of byExt('sh')) {
      try {
        execFileSync('bash', ['-n'], { input: code, stdio: ['pipe', 'pipe', 'pipe'] });
      } catch (e) {
        bad.push(`${name}: ${String((e as { stderr?: Buffer }).stderr ?? e)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('are each used by a fix', () => {
    expect(KNOWLEDGE.length).toBeGreaterThan(0);
    const unused = Object.keys(files).filter((p) => !USED_SNIPPET_SETS.has(p.replace(/\.[\w-]+\.(py|js|sh)$/, '')));
    expect(unused).toEqual([]);
  });

  it('fill placeholders with the paste’s values and refuse a set with no files', () => {
    const base = [...USED_SNIPPET_SETS].find((b) => Object.entries(files).some(([p, c]) => p.startsWith(`${b}.`) && c.includes('{{symbol}}')));
    expect(base).toBeDefined();
    const code = snippetSet(base ?? '', { symbol: 'DOGEUSDT' }).map((s) => s.code).join('\n');
    expect(code).toContain('DOGEUSDT');
    expect(code).not.toContain('{{symbol}}');
    expect(() => snippetSet('errors/none/missing')).toThrow(/no snippet files/);
  });
});
