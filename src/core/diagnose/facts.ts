/**
 * Facts worked out from the paste: ban end (local time and UTC), Retry-After, used weight against the limit,
 * the daily order reset, notional against the minimum with the smallest valid quantity, quantity and price
 * against step and tick with the rounded value, the clock offset, recvWindow.
 */
import { filterValues, snapToStep } from '../knowledge/rules/filter-values';
import { logTimeMs } from '../knowledge/rules/util';
import { isDailyOrderLimit } from '../knowledge/verdicts';
import type { Evidence, Finding } from '../types';

/** A fact worked out from the paste's values (ban end, notional, clock offset). */
export interface Fact {
  id: string;
  text: string;
}

/** The clock and the time zone the facts are written in (the user's own when not given). */
export interface FactClock {
  now: number;
  timeZone?: string;
}

const num = (s: string | undefined | null): number | null => {
  if (s == null || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

/** A duration in words: 45 s, 13 min, 2 h 5 min. */
export function duration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min`;
  const h = Math.floor(m / 60);
  return `${h} h ${m % 60} min`;
}

const utc = (ms: number): string => `${new Date(ms).toISOString().replace('T', ' ').slice(0, 19)} UTC`;

/** A time in the given (or the machine's) time zone: 2023-11-14 23:13:20 GMT+1. */
export function localTime(ms: number, timeZone?: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
      timeZoneName: 'short',
    }).formatToParts(new Date(ms));
    const p = (t: string): string => parts.find((x) => x.type === t)?.value ?? '';
    return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}:${p('second')} ${p('timeZoneName')}`.trim();
  } catch {
    return utc(ms);
  }
}

/** Both readings of a time: "… your time (… UTC)". */
export const both = (ms: number, clock: FactClock): string => {
  const local = localTime(ms, clock.timeZone);
  return local === utc(ms) ? local : `${local} your time (${utc(ms)})`;
};

/** The next 00:00 UTC after `now`. */
export const nextUtcMidnight = (now: number): number => {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
};

function limitFacts(finding: Finding, evidence: Evidence, clock: FactClock): Fact[] {
  const facts: Fact[] = [];
  const until = num(finding.params.bannedUntil);
  if (until != null && until > 1e12) {
    const left = until - clock.now;
    facts.push({
      id: 'ban-end',
      text: left > 0
        ? `The ban ends at ${both(until, clock)} — in ${duration(left)}. Send nothing from this IP until then.`
        : `The ban ended at ${both(until, clock)} (${duration(left)} ago).`,
    });
  }
  const retryAfter = num(evidence.headers['retry-after']);
  if (retryAfter != null) facts.push({ id: 'retry-after', text: `The response's Retry-After header asks you to wait ${retryAfter} s: wait that long before the next request (it wins over any general wait).` });
  const limit = num(finding.params.limit);
  const daily = isDailyOrderLimit(finding);
  if (limit != null) facts.push({ id: 'limit', text: `Your limit is ${limit}${finding.params.interval !== undefined ? ` per ${finding.params.interval}` : ' per minute'}; stay well under it (about ${Math.floor(limit * 0.8)}).` });
  if (daily) {
    const reset = nextUtcMidnight(clock.now);
    facts.push({ id: 'daily-reset', text: `The daily order counter resets at 00:00 UTC — ${both(reset, clock)}, in ${duration(reset - clock.now)}. Orders sent before then are refused.` });
  }
  for (const [name, value] of Object.entries(evidence.headers)) {
    const m = /^x-(?:mbx|sapi)-used(?:-ip)?-weight(?:-(\d+[smhd]))?$/.exec(name);
    if (m == null) continue;
    const used = num(value);
    const cap = !daily && /request weight|requests per minute/i.test(`${finding.message ?? ''} ${finding.catalogueMessage ?? ''}`) ? limit : null;
    facts.push({
      id: 'used-weight',
      text: cap != null && used != null
        ? `Used weight at the time: ${used} of your limit ${cap} (${name}) — ${used >= cap ? 'at or over the limit' : `${Math.round((100 * used) / cap)} % of it`}.`
        : `Used weight at the time: ${value} (${name}); compare it with the REQUEST_WEIGHT limit in exchangeInfo (USD-M typically 2400 per minute, Spot 6000).`,
    });
    break;
  }
  for (const [name, value] of Object.entries(evidence.headers)) {
    const m = /^x-mbx-order-count-(\d+[smhd])$/.exec(name);
    if (m != null) facts.push({ id: `order-count-${m[1] ?? ''}`, text: `Orders counted in the last ${m[1] ?? ''}: ${value} (${name}).` });
  }
  return facts;
}

function orderFacts(finding: Finding, evidence: Evidence): Fact[] {
  const facts: Fact[] = [];
  const filters = filterValues({ finding });
  const priceText = evidence.params.price ?? evidence.params.stopPrice;
  const price = num(priceText);
  const qtyText = evidence.params.quantity;
  const qty = num(qtyText);
  const step = filters.stepSize;
  const min = filters.minNotional?.value ?? null;
  // NOTE: COIN-M quantities are contracts, not coins, so price × quantity is not a notional there.
  if (min != null && price != null && qty != null && finding.product !== 'coinm') {
    const notional = price * qty;
    const needed = min / price;
    const smallest = step !== undefined ? snapToStep(String(Number(needed.toPrecision(12))), step.text, 'up')?.text : undefined;
    facts.push({
      id: 'notional',
      text: `Your order's notional is ${price} × ${qty} = ${Number(notional.toPrecision(8))}, ${notional < min ? 'below' : 'not below'} the minimum of ${min}. At this price the smallest quantity is ${
        smallest !== undefined ? `${smallest} (${Number(needed.toPrecision(4))} rounded up to the step ${step?.text ?? ''})` : `about ${Number(needed.toPrecision(4))} (round up to the step size)`
      }.`,
    });
  }
  if (qtyText !== undefined && step !== undefined) {
    const s = snapToStep(qtyText, step.text, 'down');
    if (s != null) facts.push({ id: 'step', text: s.onGrid ? `Your quantity ${qtyText} is a multiple of the step ${step.text}.` : `Your quantity ${qtyText} is not a multiple of the step ${step.text}: send ${s.text} (rounded down onto the step).` });
  }
  const minQty = filters.minQty;
  if (qty != null && minQty !== undefined && qty < minQty.value) facts.push({ id: 'min-qty', text: `Your quantity ${qtyText ?? ''} is below the minimum quantity ${minQty.text}.` });
  const tick = filters.tickSize;
  if (priceText !== undefined && tick !== undefined) {
    const s = snapToStep(priceText, tick.text, 'nearest');
    if (s != null) facts.push({ id: 'tick', text: s.onGrid ? `Your price ${priceText} is on the tick ${tick.text}.` : `Your price ${priceText} is not a multiple of the tick ${tick.text}: send ${s.text} (the nearest tick).` });
  }
  return facts;
}

function clockFacts(evidence: Evidence): Fact[] {
  const facts: Fact[] = [];
  const ts = num(evidence.params.timestamp);
  if (ts != null && ts > 1e12 && evidence.serverTime != null) {
    const d = ts - evidence.serverTime;
    facts.push({ id: 'clock', text: `Your request's timestamp is ${duration(d)} ${d > 0 ? 'ahead of' : 'behind'} Binance's server time in this paste (${d} ms).` });
  }
  const line = logTimeMs(evidence.logTimes[0]);
  if (ts != null && ts > 1e12 && line != null) {
    let d = ts - line.ms;
    // NOTE: a log time without a zone may be local time: a whole number of hours apart is the zone, not the clock.
    const hours = line.zoned ? 0 : Math.round(d / 3_600_000);
    if (Math.abs(hours) <= 14) d -= hours * 3_600_000;
    if (Math.abs(d) >= 1000) {
      facts.push({
        id: 'timestamp-vs-log',
        text: `Your request's timestamp is ${duration(d)} ${d > 0 ? 'ahead of' : 'behind'} the time of the log line${hours !== 0 ? ` (apart from a ${Math.abs(hours)} h time-zone difference)` : ''}: ${d < 0 ? 'it was made long before the request was sent (a reused or cached timestamp, or a slow path)' : 'an offset was added to it'}.`,
      });
    }
  } else if (evidence.serverTime != null && line != null && line.zoned) {
    const d = line.ms - evidence.serverTime;
    if (Math.abs(d) >= 1000) facts.push({ id: 'clock', text: `Your log's clock is ${duration(d)} ${d > 0 ? 'ahead of' : 'behind'} Binance's server time in this paste (${d} ms).` });
  }
  const rw = num(evidence.params.recvWindow);
  if (rw != null) facts.push({ id: 'recv-window', text: `Your request carried recvWindow=${rw} ms${rw > 60000 ? ', above the 60000 ms Binance accepts' : ''}.` });
  return facts;
}

/** Facts worked out from placeholder values and request evidence. */
export function factsFor(finding: Finding, evidence: Evidence, clock: number | FactClock): Fact[] {
  const c = typeof clock === 'number' ? { now: clock } : clock;
  return [...limitFacts(finding, evidence, c), ...orderFacts(finding, evidence), ...clockFacts(evidence)];
}
