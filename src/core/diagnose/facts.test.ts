// Every fact the paste allows: clock offset, notional with the smallest valid quantity, step and tick with the
// rounded value, ban end in local time and UTC, Retry-After, used weight against the limit.
import { describe, expect, it } from 'vitest';
import { ruleContext } from '../knowledge/rules/testing';
import type { Evidence, Finding } from '../types';
import { factsFor } from './facts';

const NOW = Date.UTC(2024, 3, 5, 18, 30, 0);
const facts = (finding: Partial<Finding>, evidence: Partial<Evidence> = {}, timeZone = 'UTC') => {
  const { finding: f, evidence: ev } = ruleContext({ product: 'usdm', ...finding }, evidence);
  return Object.fromEntries(factsFor(f, ev, { now: NOW, timeZone }).map((x) => [x.id, x.text]));
};
const line = (text: string) => [{ line: 1, column: 1, text }];

describe('facts from the paste', () => {
  it('clock offset: the request’s timestamp against the server time, and against the log line’s time', () => {
    expect(facts({ code: -1021 }, { serverTime: 1712341800000, params: { timestamp: '1712341801500' } }).clock).toBe(
      "Your request's timestamp is 2 s ahead of Binance's server time in this paste (1500 ms).",
    );
    const stale = facts({ code: -1021 }, { logTimes: ['2024-04-05 20:30:00,120'], params: { timestamp: String(Date.UTC(2024, 3, 5, 18, 25, 0)) } });
    expect(stale['timestamp-vs-log']).toBe(
      "Your request's timestamp is 5 min behind the time of the log line (apart from a 2 h time-zone difference): it was made long before the request was sent (a reused or cached timestamp, or a slow path).",
    );
    expect(facts({ code: -1021 }, { serverTime: NOW, logTimes: ['2024-04-05T18:30:04Z'] }).clock).toBe("Your log's clock is 4 s ahead of Binance's server time in this paste (4000 ms).");
  });

  it('notional against the minimum, with the smallest quantity rounded up to the step', () => {
    const f = facts(
      { code: -4164, message: "Order's notional must be no smaller than 100 (unless you choose reduce only)", occurrences: line('LOT_SIZE stepSize=0.001') },
      { params: { price: '61234.5', quantity: '0.001' } },
    );
    expect(f.notional).toBe("Your order's notional is 61234.5 × 0.001 = 61.2345, below the minimum of 100. At this price the smallest quantity is 0.002 (0.001633 rounded up to the step 0.001).");
  });

  it('quantity and price against step and tick, with the rounded value', () => {
    const f = facts({ code: -1013, product: 'spot', message: 'Filter failure: LOT_SIZE', occurrences: line('{"stepSize":"0.00010000","tickSize":"0.01000000","minQty":"0.00100000"}') }, { params: { quantity: '0.00055', price: '27123.456' } });
    expect(f.step).toBe('Your quantity 0.00055 is not a multiple of the step 0.00010000: send 0.0005 (rounded down onto the step).');
    expect(f['min-qty']).toBe('Your quantity 0.00055 is below the minimum quantity 0.00100000.');
    expect(f.tick).toBe('Your price 27123.456 is not a multiple of the tick 0.01000000: send 27123.46 (the nearest tick).');
  });

  it('ban end in local time and UTC', () => {
    const until = String(NOW + 2 * 3600_000 + 5 * 60_000);
    expect(facts({ code: -1003, params: { bannedUntil: until } }, {}, 'Asia/Tokyo')['ban-end']).toBe(
      'The ban ends at 2024-04-06 05:35:00 GMT+9 your time (2024-04-05 20:35:00 UTC) — in 2 h 5 min. Send nothing from this IP until then.',
    );
  });

  it('Retry-After, and the used weight against the limit the message gives', () => {
    const f = facts(
      { code: -1003, message: 'Too many requests; current limit is 2400 requests per minute.', catalogueMessage: 'Too many requests; current limit is %s requests per minute.', params: { limit: '2400' } },
      { headers: { 'retry-after': '120', 'x-mbx-used-weight-1m': '2460', 'x-mbx-order-count-10s': '12' } },
    );
    expect(f['retry-after']).toMatch(/^The response's Retry-After header asks you to wait 120 s/);
    expect(f['used-weight']).toBe('Used weight at the time: 2460 of your limit 2400 (x-mbx-used-weight-1m) — at or over the limit.');
    expect(f['order-count-10s']).toBe('Orders counted in the last 10s: 12 (x-mbx-order-count-10s).');
    expect(facts({ code: 429, product: 'http' }, { headers: { 'x-mbx-used-weight-1m': '900' } })['used-weight']).toMatch(/^Used weight at the time: 900 \(x-mbx-used-weight-1m\); compare it/);
  });
});
