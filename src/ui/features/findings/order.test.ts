import { describe, expect, it } from 'vitest';
import { decode } from '../../../core/index';
import { byDanger, needsActionNow, seenText } from './order';

const LOG = `2026-03-01 09:00:00 INFO starting bot on fapi
2026-03-01 09:00:01 WARNING {"code":-4046,"msg":"No need to change margin type."}
2026-03-01 09:00:02 ERROR binance.error.ClientError: (400, -2022, 'ReduceOnly Order is rejected.', {})
2026-03-01 09:00:09 ERROR HTTP 503 {"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}
2026-03-01 09:14:55,120 WARNING {"code":-4046,"msg":"No need to change margin type."}`;

describe('findings in order of danger', () => {
  it('puts "query the order first" before "fix first" before "nothing to do", whatever the line order', () => {
    const ordered = byDanger(decode(LOG).findings);
    expect(ordered.map((f) => [f.code, f.retry])).toEqual([
      [-1007, 'query-order-first'],
      [-2022, 'fix-first'],
      [-4046, 'nothing-to-do'],
    ]);
    expect(needsActionNow(ordered)).toBe(1);
  });

  it('keeps the order of first occurrence between findings of the same danger', () => {
    const ordered = byDanger(decode('{"code":-2019,"msg":"Margin is insufficient."}\n{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}').findings);
    expect(ordered.map((f) => f.code)).toEqual([-2019, -1021]);
  });

  it('says when a finding was first and last seen: log times, else line numbers', () => {
    const [, , benign] = byDanger(decode(LOG).findings);
    expect(seenText(benign!)).toBe('first 2026-03-01 09:00:01 (line 2), last 09:14:55 (line 5)');
    const once = decode('x\n{"code":-2019,"msg":"Margin is insufficient."}').findings[0]!;
    expect(seenText(once)).toBe('line 2');
    const twice = decode('{"code":-2019,"msg":"Margin is insufficient."}\nok\n{"code":-2019,"msg":"Margin is insufficient."}').findings[0]!;
    expect(seenText(twice)).toBe('first on line 1, last on line 3');
  });
});
