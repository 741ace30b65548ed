import { describe, expect, it } from 'vitest';
import { scanLine, type Signal } from '../extract/signals';
import { emptyEvidence } from '../evidence/evidence';
import type { Evidence } from '../types';
import { groupFindings } from './group-findings';
import { candidateResolver, type CandidateResolver } from './resolve-candidates';

/** The signals of numbered lines, with each line's text, as findCandidates gives them. */
const paste = (lines: Record<number, string>): { signals: Signal[]; originals: Map<number, string> } => {
  const signals: Signal[] = [];
  for (const [n, text] of Object.entries(lines)) scanLine(text, Number(n), () => undefined, signals, { fuzzy: 400, small: true });
  return { signals, originals: new Map(Object.entries(lines).map(([n, t]) => [Number(n), t])) };
};

/** A resolver over a paste with no evidence, counting the signals it resolved. */
const counting = (global: Evidence = emptyEvidence()): CandidateResolver & { resolvedLines: number[] } => {
  const near = () => ({ local: emptyEvidence(), lean: { products: [], strong: false, reasons: [], scores: new Map() }, key: '' });
  const inner = candidateResolver({ global, mixed: false, windowItems: () => [], near, leanKeyAt: () => '' });
  const resolvedLines: number[] = [];
  return { ...inner, resolvedLines, resolve: (sig, key) => (resolvedLines.push(sig.line), inner.resolve(sig, key)) };
};

const MARGIN = 'binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.';

describe('groupFindings', () => {
  it('gives one finding per error in order of first occurrence, a repeat adding its occurrence without resolving again', () => {
    const { signals, originals } = paste({
      3: `  ${MARGIN}  `,
      5: '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}',
      9: MARGIN,
    });
    const resolver = counting();
    const findings = groupFindings(signals, originals, resolver, emptyEvidence());
    expect([...findings.keys()]).toEqual(['open:-2019', 'open:-1021']);
    expect(findings.get('open:-2019')?.occurrences).toEqual([
      { line: 3, column: 57, text: MARGIN },
      { line: 9, column: 55, text: MARGIN },
    ]);
    expect(resolver.resolvedLines).toEqual([3, 5]);
  });

  it('keeps the first value of a placeholder and adds new ones from repeats', () => {
    const ban = (until: string) => `{'code': -1003, 'msg': 'Way too many requests; IP banned until ${until}. Please use the websocket for live updates to avoid bans.'}`;
    const { signals, originals } = paste({ 1: ban('1700000000000'), 2: ban('1800000000000') });
    const f = groupFindings(signals, originals, counting(), emptyEvidence()).get('usdm:-1003');
    expect(f?.params).toEqual({ bannedUntil: '1700000000000' });
    expect(f?.occurrences.map((o) => o.line)).toEqual([1, 2]);
  });

  it('groups repeats of an ambiguous message by its shape, resolving it once', () => {
    const { signals, originals } = paste({ 1: 'Order would immediately trigger.', 4: 'ERROR Order would immediately trigger.' });
    const resolver = counting();
    const findings = [...groupFindings(signals, originals, resolver, emptyEvidence()).values()];
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: -2021, matchedBy: 'template' });
    expect(findings[0]?.occurrences.map((o) => o.line)).toEqual([1, 4]);
    expect(resolver.resolvedLines).toEqual([1]);
  });

  it('gives a new finding the paste’s library where its surroundings name none, and its signal’s HTTP status', () => {
    const { signals, originals } = paste({ 2: '{"code":-1003,"msg":"Too many requests."}' });
    signals[0]!.httpStatus = 429;
    const global = { ...emptyEvidence(), product: 'usdm' as const, library: 'python-binance' as const, libraryReason: 'python-binance’s APIError on line 1' };
    const f = [...groupFindings(signals, originals, counting(global), global).values()][0];
    expect(f?.httpStatus).toBe(429);
    // NOTE: the paste's product is weighed into each error's surroundings (attachEvidence), not copied onto it here.
    expect(f?.evidence).toMatchObject({ product: null, library: 'python-binance', libraryReason: 'python-binance’s APIError on line 1', httpStatus: 429 });
  });

  it('reads a repeat in its own place in a paste that mixes products', () => {
    const TS = '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}';
    const { signals, originals } = paste({ 1: TS, 30: TS });
    const usdm = { products: ['usdm' as const], strong: true, reasons: ['a USD-M endpoint (fapi) on line 29'], scores: new Map([['usdm' as const, 5]]) };
    const spot = { products: ['spot' as const], strong: true, reasons: ['a Spot endpoint (api/v3) on line 1'], scores: new Map([['spot' as const, 5]]) };
    const near = (line: number) => ({ local: emptyEvidence(), lean: line === 30 ? usdm : spot, key: line === 30 ? 'usdm!' : 'spot!' });
    const mixed = candidateResolver({ global: emptyEvidence(), mixed: true, windowItems: () => [], near, leanKeyAt: (line) => near(line).key });
    expect([...groupFindings(signals, originals, mixed, emptyEvidence()).keys()]).toEqual(['spot:-1021', 'usdm:-1021']);
    const plain = candidateResolver({ global: emptyEvidence(), mixed: false, windowItems: () => [], near, leanKeyAt: (line) => near(line).key });
    expect([...groupFindings(signals, originals, plain, emptyEvidence()).keys()]).toEqual(['spot:-1021']);
  });
});
