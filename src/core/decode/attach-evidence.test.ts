import { describe, expect, it } from 'vitest';
import type { Signal } from '../extract/signals';
import { emptyEvidence } from '../evidence/evidence';
import { attachEvidence, findingEvidence } from './attach-evidence';
import type { Candidates } from './find-candidates';

const signal = (line: string | number, kind: Signal['kind'], code: number | null, httpStatus: number | null = null, httpVariant: string | null = null): Signal =>
  ({ line: Number(line), column: 1, kind, code, httpStatus, httpVariant, message: null, templates: [], params: {}, names: [], fuzzy: [] });

/** The candidates of a short paste: every line an evidence line, as findCandidates would have marked the hinted ones. */
const shortPaste = (lines: string[], signals: Signal[], evidenceLines: number[]): Candidates => {
  const starts = lines.map((_, i) => lines.slice(0, i).join('\n').length + (i === 0 ? 0 : 1));
  const evLines = evidenceLines.flatMap((ln) => [ln, starts[ln - 1]!, starts[ln - 1]! + lines[ln - 1]!.length]);
  return { signals, evLines, firstTime: null, lastTime: null, originals: new Map(), lineStarts: new Map(), lineCount: lines.length, small: true, maxLine: 4000 };
};

describe('attachEvidence: HTTP statuses', () => {
  it('moves an HTTP 418 onto the coded error within three lines and drops it; a status further away stays an error', () => {
    const signals = [signal(1, 'http', null, 418), signal(3, 'code', -1003), signal(8, 'code', -2019), signal(12, 'http', null, 503)];
    const found = shortPaste(Array.from({ length: 12 }, () => 'x'), signals, []);
    attachEvidence('', found);
    expect(found.signals.map((s) => [s.line, s.kind, s.code, s.httpStatus])).toEqual([
      [3, 'code', -1003, 418],
      [8, 'code', -2019, null],
      [12, 'http', null, 503],
    ]);
  });

  it('keeps a 503 "unknown error" as an error of its own', () => {
    const found = shortPaste(['a', 'b'], [signal(1, 'http', null, 503, 'unknown-error'), signal(2, 'code', -1001)], []);
    attachEvidence('', found);
    expect(found.signals.map((s) => s.kind)).toEqual(['http', 'code']);
    expect(found.signals[1]?.httpStatus).toBeNull();
  });
});

describe('attachEvidence: evidence of a short paste', () => {
  const lines = [
    'GET https://dapi.binance.com/dapi/v1/order symbol=BTCUSD_PERP',
    'noise',
    'POST https://fapi.binance.com/fapi/v1/order symbol=BTCUSDT&positionSide=BOTH',
    '{"code":-2022,"msg":"ReduceOnly Order is rejected."}',
  ];
  const text = lines.join('\n');

  it('folds the paste-wide evidence and its log times', () => {
    const found = { ...shortPaste(lines, [signal(4, 'code', -2022)], [1, 3]), firstTime: '2026-01-01 10:00:00', lastTime: '2026-01-01 10:00:00' };
    const ev = attachEvidence(text, found);
    expect(ev.global).toMatchObject({ endpoint: '/dapi/v1/order', method: 'GET', params: { symbol: 'BTCUSD_PERP', positionSide: 'BOTH' } });
    expect(ev.global.logTimes).toEqual(['2026-01-01 10:00:00']);
  });

  it('gives the items of a window of lines, and the product the lines nearest the error point to', () => {
    const ev = attachEvidence(text, shortPaste(lines, [signal(4, 'code', -2022)], [1, 3]));
    expect(ev.windowItems(2, 4).map((it) => it.line)).not.toContain(1);
    expect(ev.windowItems(2, 4).find((it) => it.kind === 'endpoint')).toMatchObject({ line: 3, value: '/fapi/v1/order' });
    expect(ev.mixed).toBe(true);
    const near = ev.near(4);
    expect(near.lean.products[0]).toBe('usdm');
    expect(near.local).toMatchObject({ product: 'usdm', endpoint: '/fapi/v1/order', endpointLine: 3, method: 'POST', methodLine: 3, params: { symbol: 'BTCUSDT', positionSide: 'BOTH' } });
  });
});

describe('attachEvidence: a long log', () => {
  const filler = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `2026-01-01 10:00:00 INFO ${tag} tick ${i}`);
  const lines = [
    ...filler(400, 'a'),
    'POST https://fapi.binance.com/fapi/v1/order recvWindow=7000', // 13 lines before the error: outside its window
    'POST https://fapi.binance.com/fapi/v1/order timeInForce=GTC', // 12 lines before: inside
    ...filler(11, 'c'),
    '2026-01-01 10:00:01 ERROR {"code":-2022,"msg":"ReduceOnly Order is rejected."}',
    ...filler(3, 'd'),
    'GET https://fapi.binance.com/fapi/v1/order symbol=ETHUSDT', // 4 lines after: inside
    'GET https://fapi.binance.com/fapi/v1/order stopPrice=123', // 5 lines after: outside
    ...filler(600, 'e'),
    '2026-01-01 23:59:59 INFO done',
  ];
  const text = lines.join('\n');

  it('reads the evidence lines in the error’s window (twelve before, four after) and the first and last log times', () => {
    const start = text.indexOf('2026-01-01 10:00:01 ERROR');
    const found: Candidates = {
      signals: [{ ...signal(414, 'code', -2022), column: 27 }],
      evLines: [],
      firstTime: null,
      lastTime: null,
      originals: new Map([[414, lines[413]!]]),
      lineStarts: new Map([[414, start]]),
      lineCount: lines.length,
      small: false,
      maxLine: 4000,
    };
    const ev = attachEvidence(text, found);
    expect(found.evLines.filter((_, i) => i % 3 === 0)).toEqual([402, 414, 418]); // the error line itself names reduceOnly
    expect(ev.windowItems(402, 418).filter((it) => it.kind === 'param').map((it) => [it.key, it.line])).toEqual([['timeInForce', 402], ['symbol', 418]]);
    expect(ev.global.logTimes).toEqual(['2026-01-01 10:00:00', '2026-01-01 23:59:59']);
  });
});

describe('findingEvidence', () => {
  it('fills the library from the paste where the surroundings name none, and takes the signal’s HTTP status', () => {
    const global = { ...emptyEvidence(), product: 'coinm' as const, productReasons: ['a COIN-M endpoint (dapi) on line 1'], library: 'python-binance' as const, libraryReason: 'python-binance’s APIError' };
    const local = { ...emptyEvidence(), endpoint: '/dapi/v1/order' };
    const ev = findingEvidence(local, global, signal(2, 'code', -1003, 418));
    // NOTE: the paste's product is already weighed into the surroundings' (attachEvidence's near), not copied here.
    expect(ev).toMatchObject({ product: null, library: 'python-binance', endpoint: '/dapi/v1/order', httpStatus: 418 });
  });

  it('keeps the window’s own product', () => {
    const global = { ...emptyEvidence(), product: 'coinm' as const };
    const local = { ...emptyEvidence(), product: 'spot' as const, productReasons: ['a Spot endpoint (api/v3 or sapi) on line 3'] };
    expect(findingEvidence(local, global, signal(3, 'code', -2010))).toMatchObject({ product: 'spot', productReasons: ['a Spot endpoint (api/v3 or sapi) on line 3'], httpStatus: null });
  });
});
