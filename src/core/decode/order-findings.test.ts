import { describe, expect, it } from 'vitest';
import { emptyEvidence } from '../evidence/evidence';
import type { Candidate, Finding, Source } from '../types';
import { orderFindings } from './order-findings';
import { decode } from '../index';

const candidate = (source: Source, code: number, score: number): Candidate => ({ source, code, name: null, message: null, score, reason: '' });
const finding = (id: string, code: number, httpStatus: number | null, candidates: Candidate[]): Finding => ({ id, code, httpStatus, candidates } as Finding);
const grouped = (...fs: Finding[]) => new Map(fs.map((f) => [f.id, f]));

describe('orderFindings', () => {
  it('keeps the order of first occurrence and takes the paste’s HTTP status from the first finding that has one', () => {
    const global = { ...emptyEvidence(), product: 'usdm' as const };
    const ordered = orderFindings(grouped(finding('usdm:-2019', -2019, null, []), finding('usdm:-1003', -1003, 418, []), finding('http:503', 503, 503, [])), global);
    expect(ordered.map((f) => f.id)).toEqual(['usdm:-2019', 'usdm:-1003', 'http:503']);
    expect(global.httpStatus).toBe(418);
  });

  it('with no other evidence, takes the product from a message worded as on one page only, weakly and saying so', () => {
    const global = emptyEvidence();
    orderFindings(grouped(finding('spot:-1003', -1003, 429, [candidate('spot', -1003, 1), candidate('usdm', -1003, 0.6)])), global);
    expect(global).toMatchObject({ product: 'spot', productConfidence: 0.5, productReasons: ['-1003 is worded as on the spot page only'], httpStatus: 429 });
  });

  it('infers nothing when the wording points to two products, or the paste already says which', () => {
    const split = emptyEvidence();
    orderFindings(grouped(finding('spot:-1003', -1003, null, [candidate('spot', -1003, 1)]), finding('usdm:-4164', -4164, null, [candidate('usdm', -4164, 0.99)])), split);
    expect(split).toMatchObject({ product: null, productConfidence: 0, productReasons: [], httpStatus: null });
    const known = { ...emptyEvidence(), product: 'coinm' as const };
    orderFindings(grouped(finding('spot:-1003', -1003, null, [candidate('spot', -1003, 1)])), known);
    expect(known.product).toBe('coinm');
  });

  it('counts neither HTTP-level candidates nor inexact ones', () => {
    const global = emptyEvidence();
    orderFindings(grouped(finding('http:429', 429, 429, [candidate('http', 429, 1)]), finding('usdm:-4003', -4003, null, [candidate('usdm', -4003, 0.7)])), global);
    expect(global.product).toBeNull();
  });
});

describe('markEarlier', () => {
  it('gives each error the ones the paste shows before it, nearest first, and none to the first', () => {
    const log = ['{"code":-2019,"msg":"Margin is insufficient."}', 'x', '{"code":-4061,"msg":"Order\'s position side does not match user\'s setting."}', '{"code":-4003,"msg":"Quantity less than zero."}', '{"code":-2019,"msg":"Margin is insufficient."}'].join('\n');
    const fs = decode(log).findings;
    const by = (c: number) => fs.find((f) => f.code === c);
    expect(by(-2019)?.earlier).toBeUndefined();
    expect(by(-4061)?.earlier).toEqual([{ code: -2019, line: 1 }]);
    expect(by(-4003)?.earlier).toEqual([{ code: -4061, line: 3 }, { code: -2019, line: 1 }]);
  });
});
