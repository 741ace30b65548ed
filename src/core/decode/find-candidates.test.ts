import { describe, expect, it } from 'vitest';
import { findCandidates } from './find-candidates';

const TRACEBACK = [
  'Traceback (most recent call last):',
  '  File "bot.py", line 42, in <module>',
  'binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.',
].join('\n');

const brief = (text: string, options = {}) => {
  const found = findCandidates(text, options);
  return { ...found, signals: found.signals.map((s) => ({ line: s.line, column: s.column, kind: s.kind, code: s.code, httpStatus: s.httpStatus })) };
};

describe('findCandidates: a short paste', () => {
  it('finds the coded error of a python-binance traceback, with its line text, and every line that may carry evidence', () => {
    const found = findCandidates(TRACEBACK);
    expect(found.signals).toHaveLength(1);
    expect(found.signals[0]).toMatchObject({ line: 3, column: 55, kind: 'code', code: -2019, message: 'Margin is insufficient.' });
    expect(found.originals).toEqual(new Map([[3, 'binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.']]));
    expect(found.lineStarts).toEqual(new Map([[3, 73]]));
    expect(found.evLines).toEqual([1, 0, 34, 2, 35, 72, 3, 73, 158]);
    expect(found).toMatchObject({ small: true, lineCount: 3, maxLine: 4000, firstTime: null, lastTime: null });
  });

  it('reads the line after its log timestamp: an HTTP 418 line and a JSON body, the first and last times kept', () => {
    const found = brief(
      "2026-01-01 10:00:00.418 HTTP/1.1 418 I'm a teapot\n" +
        '2026-01-01 10:00:01 {"code":-1003,"msg":"Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans."}',
    );
    expect(found.signals).toEqual([
      { line: 1, column: 25, kind: 'http', code: null, httpStatus: 418 },
      { line: 2, column: 29, kind: 'code', code: -1003, httpStatus: null },
    ]);
    expect(found.firstTime).toBe('2026-01-01 10:00:00.418');
    expect(found.lastTime).toBe('2026-01-01 10:00:01');
  });

  it('finds nothing in ordinary log lines', () => {
    expect(findCandidates('2024-01-15 12:00:01 INFO price -1234.5 qty 2024\nHTTP/1.1 200 OK').signals).toEqual([]);
  });
});

describe('findCandidates: a long log', () => {
  const filler = Array.from({ length: 80 }, (_, i) => `2026-01-01 10:00:00 INFO tick ${i} bid=60000.${i % 10} symbol=BTCUSDT`);
  const error = 'ERROR binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.';
  const text = [...filler, `2026-01-01 10:00:01 ${error}`, ...filler, `[2026-01-02T10:00:00.123Z] ${error}`].join('\n');

  it('reads only the marked lines, and a line repeated with another time gives the same error at its own line and column', () => {
    const progress: [number, number][] = [];
    const found = brief(text, { onProgress: (done: number, total: number) => progress.push([done, total]) });
    expect(found.small).toBe(false);
    expect(found.lineCount).toBe(162);
    expect(found.signals).toEqual([
      { line: 81, column: 81, kind: 'code', code: -2019, httpStatus: null },
      { line: 162, column: 88, kind: 'code', code: -2019, httpStatus: null },
    ]);
    expect([...found.lineStarts.keys()]).toEqual([81, 162]);
    expect(progress).toEqual([[text.length, text.length]]);
  });

  it('leaves the evidence lines and log times to attachEvidence', () => {
    const found = findCandidates(text);
    expect(found.evLines).toEqual([]);
    expect([found.firstTime, found.lastTime]).toEqual([null, null]);
  });

  it('gives each repeat its own parameters object', () => {
    const ban = "{'code': -1003, 'msg': 'Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.'}";
    const found = findCandidates([...filler, `2026-01-01 10:00:01 ${ban}`, ...filler, `2026-01-01 10:00:02 ${ban}`].join('\n'));
    const [a, b] = found.signals;
    expect(a?.params).toEqual({ bannedUntil: '1700000000000' });
    expect(b?.params).toEqual({ bannedUntil: '1700000000000' });
    expect(a?.params).not.toBe(b?.params);
  });

  it('marks the lines of the HTTP-level shapes and of a code with its constant name', () => {
    const lines = [
      'PUT https://api.binance.com/api/v3/userDataStream 400 Bad Request',
      'Error: Unexpected server response: 504',
      '<h2>404 Not found</h2>',
      '<center><h1>502 Bad Gateway</h1></center>',
      'RESPONSE: 403',
      'TOO_MANY_REQUESTS (-1003)',
    ];
    const found = brief([...filler, ...lines.flatMap((l) => [l, ...filler.slice(0, 20)])].join('\n'));
    expect(found.signals.map((s) => s.httpStatus ?? s.code)).toEqual([400, 504, 404, 502, 403, -1003]);
  });
});
