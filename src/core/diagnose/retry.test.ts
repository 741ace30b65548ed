// Verdicts that follow the situation: write or read, no-op codes, daily limits and the wait the response asks for.
import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { KNOWLEDGE } from '../knowledge/registry';
import { ruleContext } from '../knowledge/rules/testing';
import { verdictInSituation } from '../knowledge/verdicts';
import type { Evidence, Finding } from '../types';
import { diagnoseWith } from './diagnose';

const NOW = Date.UTC(2024, 3, 5, 18, 30, 0);
const at = (finding: Partial<Finding>, evidence: Partial<Evidence> = {}) => {
  const { finding: f, evidence: ev } = ruleContext({ product: 'usdm', ...finding }, evidence);
  return { f, ev, v: verdictInSituation(f, ev), d: diagnoseWith(f, ev, { knowledge: KNOWLEDGE, now: NOW, timeZone: 'UTC' }) };
};
const ORDER = { method: 'POST', endpoint: '/fapi/v1/order', params: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' } };

describe('verdicts that follow the situation', () => {
  it('-1008 on an order that may have been placed is query-order-first, never "not placed, retry"', () => {
    const { v, d } = at({ code: -1008, message: 'Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.' }, ORDER);
    expect(v.verdict).toBe('query-order-first');
    expect(d.retry).toMatchObject({ verdict: 'query-order-first', outcome: 'unknown' });
    expect(d.retry.advice).not.toMatch(/not placed/i);
    expect(at({ code: -1008 }).v.verdict).toBe('query-order-first');
    expect(at({ code: -1008 }, { method: 'GET', endpoint: '/fapi/v1/depth' }).v.verdict).toBe('retry-after-wait');
  });

  it('-1006/-1007/-1001 and HTTP 504 on a write are query-order-first; on a GET safe to retry', () => {
    for (const code of [-1006, -1007, -1001]) expect(at({ code }, ORDER).d.retry.verdict).toBe('query-order-first');
    const get = at({ code: -1007 }, { method: 'GET', endpoint: '/fapi/v1/klines' });
    expect(get.v).toMatchObject({ verdict: 'safe-to-retry', outcome: 'no-change' });
    expect(get.d.retry.verdict).toBe('safe-to-retry');
    expect(at({ code: 504, product: 'http', id: 'http:504' }, { method: 'GET', endpoint: '/api/v3/depth' }).d.retry.verdict).toBe('safe-to-retry');
    expect(at({ code: 504, product: 'http', id: 'http:504' }, ORDER).d.retry.verdict).toBe('query-order-first');
  });

  it('no-op codes are nothing-to-do, -4067 answered to a margin-type change too', () => {
    expect(at({ code: -4046 }).d.retry.verdict).toBe('nothing-to-do');
    expect(at({ code: -4059 }).v.verdict).toBe('nothing-to-do');
    expect(at({ code: -4067 }, { method: 'POST', endpoint: '/fapi/v1/marginType' }).d.retry).toMatchObject({ verdict: 'nothing-to-do', outcome: 'no-change' });
    expect(at({ code: -4067 }, { method: 'POST', endpoint: '/fapi/v1/positionSide/dual' }).v.verdict).toBe('fix-first');
  });

  it('-1015 with a daily limit waits for the day (00:00 UTC), not 10 s', () => {
    const { v, d } = at({ code: -1015, message: 'Too many new orders; current limit is 100000 orders per DAY.', params: { limit: '100000', interval: 'DAY' } });
    expect(v).toMatchObject({ verdict: 'retry-after-wait', untilDayEnds: true });
    expect(d.retry.waitSeconds).toBe(5.5 * 3600);
    expect(d.retry.advice).toMatch(/^This is the daily order limit: wait for the day to end — the counter resets at 00:00 UTC \(2024-04-06 00:00:00 UTC, in 5 h 30 min\)/);
    expect(d.facts.map((f) => f.id)).toContain('daily-reset');
    expect(at({ code: -1015, params: { limit: '300', interval: '10 SECOND' } }).d.retry.waitSeconds).toBe(10);
  });

  it('Retry-After 120 waits 120 s, over the generic minute', () => {
    const { d } = at({ code: -1003, message: 'Too many requests; current limit is 2400 requests per minute.' }, { headers: { 'retry-after': '120' } });
    expect(d.retry).toMatchObject({ verdict: 'retry-after-wait', waitSeconds: 120 });
    expect(d.retry.advice).toMatch(/^The response asks you to wait 120 s/);
    expect(at({ code: 429, product: 'http', id: 'http:429' }, { headers: { 'retry-after': '120' } }).d.retry.waitSeconds).toBe(120);
  });

  it('a ban waits until the ban ends', () => {
    const until = NOW + 300_000;
    const { d } = at({ code: -1003, params: { bannedUntil: String(until) } });
    expect(d.retry.waitSeconds).toBe(300);
    expect(d.retry.advice).toMatch(/^Wait until the ban ends at 2024-04-05 18:35:00 UTC — 5 min from now\./);
  });

  it('the user’s answer to "write or read?" wins over the paste', () => {
    const { f, ev, d: pasteSays } = at({ code: -1000 }, { method: 'GET', endpoint: '/fapi/v1/order' });
    expect(pasteSays.retry.verdict).toBe('safe-to-retry');
    const q = KNOWLEDGE.find((k) => k.keys.includes('-1000'))?.tree?.questions.find((x) => x.options.some((o) => o.value === 'write'));
    expect(q).toBeDefined();
    const d = diagnoseWith(f, ev, { knowledge: KNOWLEDGE, answers: { [q?.id ?? '']: 'write' } });
    expect(d.retry.verdict).toBe('query-order-first');
  });
});

describe('decode’s verdict per finding', () => {
  it('follows the situation too (the CLI’s JSON retry field)', () => {
    const order = decode('POST /fapi/v1/order symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01\n{"code":-1008,"msg":"Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again."}');
    expect(order.findings[0]).toMatchObject({ code: -1008, retry: 'query-order-first', outcome: 'unknown' });
    const read = decode('GET /fapi/v1/klines symbol=BTCUSDT\n{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}');
    expect(read.findings[0]).toMatchObject({ code: -1007, retry: 'safe-to-retry' });
  });
});
