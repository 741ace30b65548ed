import { describe, expect, it } from 'vitest';
import { decode, diagnoseWith, type Finding } from '../../../core/index';
import { KNOWLEDGE } from '../../../core/knowledge/registry';
import { codeBlock, codeSpan, linesAround, markdownReport, quotedMessage } from './markdown';

const KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const PASTE = [
  '2026-03-01 09:00:00 INFO starting bot',
  `2026-03-01 09:00:01 DEBUG X-MBX-APIKEY: ${KEY}`,
  `2026-03-01 09:00:02 INFO POST /fapi/v1/order symbol=ETHUSDT&side=SELL&type=LIMIT&quantity=0.5&price=3100&signature=${SIGNATURE}`,
  '2026-03-01 09:00:03 ERROR {"code":-2019,"msg":"Margin is insufficient."}',
  '2026-03-01 09:00:04 INFO retrying in 5 s',
  '2026-03-01 09:00:05 INFO waiting',
  '2026-03-01 09:00:06 INFO done',
].join('\n');

const NOW = Date.UTC(2026, 2, 1, 9, 5);
const report = (text: string, answers: Record<string, Record<string, string>> = {}, link: string | null = 'https://example.test/#d=2.abc') => {
  const result = decode(text);
  return markdownReport({ text, result, findings: result.findings, answers, knowledge: KNOWLEDGE, link, now: NOW, timeZone: 'UTC' });
};

describe('code spans and blocks', () => {
  it('quotes a message in a code span longer than any backtick run inside it', () => {
    expect(codeSpan('Margin is insufficient.')).toBe('`Margin is insufficient.`');
    expect(codeSpan('use `reduceOnly`')).toBe('`` use `reduceOnly` ``');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('a ``b`` c')).toBe('```a ``b`` c```');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('two\nlines')).toBe('`two lines`');
  });

  it('fences a block with more backticks than any run inside', () => {
    expect(codeBlock('plain')).toBe('```text\nplain\n```');
    expect(codeBlock('```\nx\n```')).toBe('````text\n```\nx\n```\n````');
  });
});

describe('the quoted message', () => {
  const finding = (message: string | null, catalogueMessage: string | null): Finding => ({ ...decode('{"code":-2019,"msg":"Margin is insufficient."}').findings[0]!, message, catalogueMessage });

  it('is the pasted message when there is one, redacted', () => {
    expect(quotedMessage(finding('Margin is insufficient.', 'Margin is insufficient.'))).toBe('Margin is insufficient.');
    expect(quotedMessage(finding(`Invalid API-key ${KEY}`, null))).not.toContain(KEY);
  });

  it('else the catalogue message with each placeholder shown as <value>, never a raw %s', () => {
    const q = quotedMessage(finding(null, 'Too much request weight used; current limit is %s request weight per %s %s.'));
    expect(q).toBe('Too much request weight used; current limit is <value> request weight per <value> <value>.');
    expect(quotedMessage(finding(null, 'Parameter {param} was empty.'))).toBe('Parameter <value> was empty.');
  });
});

describe('the lines around an error', () => {
  it('numbers them, marks the error line, and puts … where lines above and below are cut', () => {
    const text = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(linesAround(text, 5)).toBe(['…', '3   line 3', '4   line 4', '5 > line 5', '6   line 6', '7   line 7', '…'].join('\n'));
    expect(linesAround(text, 9)).toBe(['…', ' 7   line 7', ' 8   line 8', ' 9 > line 9', '10   line 10'].join('\n'));
    expect(linesAround(text, 1).startsWith('1 > line 1')).toBe(true);
    expect(linesAround(text, 10).endsWith('10 > line 10')).toBe(true);
  });

  it('cuts a long line with … and redacts keys and signatures', () => {
    const out = linesAround(`${'x'.repeat(500)}\n${PASTE}`, 1);
    expect(out).toContain(`${'x'.repeat(300)} …`);
    expect(out).not.toContain('x'.repeat(301));
    const around = linesAround(PASTE, 3);
    expect(around).not.toContain(KEY);
    expect(around).not.toContain(SIGNATURE);
    expect(around).toContain('[redacted]');
  });
});

describe('the report', () => {
  it('has a summary, product and library, a section per finding with meaning, verdict, cause, fix and lines, and the link', () => {
    const md = report(PASTE);
    expect(md).toMatch(/^## Binance API errors: 1 error \(decoded by Futures Error Doctor\)/);
    expect(md).toContain('**Summary:** 1 error in 7 lines');
    expect(md).toContain('**Product:** USD-M Futures');
    expect(md).toContain('**Library:**');
    expect(md).toContain('### 1. -2019 MARGIN_NOT_SUFFICIEN — USD-M Futures');
    expect(md).toContain('- **Message:** `Margin is insufficient.`');
    expect(md).toMatch(/- \*\*Meaning:\*\* \S/);
    expect(md).toMatch(/- \*\*Verdict:\*\* (Fix first|Do not retry|Safe to retry|Retry after a wait|Status unknown — query the order first|Nothing to do)\. \S/);
    expect(md).toContain('- **Seen:** once, line 4');
    expect(md).toContain('- **Answers given:**');
    expect(md).toMatch(/- \*\*(Most|A) likely cause:\*\* \S/);
    expect(md).toMatch(/- \*\*First fix:\*\* \S/);
    expect(md).toContain('Lines around it (line 4, redacted):');
    expect(md).toContain('```text\n…\n2   2026-03-01 09:00:01 DEBUG X-MBX-APIKEY: [redacted]');
    expect(md).toContain('4 > 2026-03-01 09:00:03 ERROR {"code":-2019,"msg":"Margin is insufficient."}');
    expect(md).toContain('[Open this diagnosis in Futures Error Doctor](https://example.test/#d=2.abc)');
  });

  it('carries no secret from the paste and no raw placeholder', () => {
    const md = report(`${PASTE}\n{"code":-1003,"msg":"Too much request weight used; current limit is 2400 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}`);
    expect(md).not.toContain(KEY);
    expect(md).not.toContain(SIGNATURE);
    expect(md).not.toMatch(/%[sdb]/);
    expect(md).toContain('### 2.');
  });

  it('says which answers were given, the user’s and the paste’s', () => {
    const result = decode(PASTE);
    const f = result.findings[0]!;
    const d = diagnoseWith(f, f.evidence, { knowledge: KNOWLEDGE, now: NOW, timeZone: 'UTC' });
    expect(d.next).not.toBeNull();
    const q = d.next!;
    const option = q.options[0]!;
    const md = report(PASTE, { [f.id]: { [q.id]: option.value } });
    const line = md.split('\n').find((l) => l.startsWith('- **Answers given:**')) ?? '';
    expect(line).toContain(`**${option.label.replace(/([\\`*[\]<>])/g, '\\$1')}**`);
  });

  it('says so when nothing needs action now, and leaves the link out when there is none', () => {
    const md = report('{"code":-4046,"msg":"No need to change margin type."}', {}, null);
    expect(md).toContain('none needs action now');
    expect(md).not.toContain('Open this diagnosis');
  });
});

describe('an error whose API the paste does not say', () => {
  it('is written up as "Not sure" shows it, and says so, with no other API’s endpoints', () => {
    const md = report('{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}', {}, null);
    expect(md).toContain('- **API:** not said in the paste; written up for Spot, the most pasted of the APIs that have it');
    expect(md).not.toMatch(/\/fapi\/|\/dapi\//);
    expect(report(PASTE, {}, null)).not.toContain('**API:** not said');
  });
});
