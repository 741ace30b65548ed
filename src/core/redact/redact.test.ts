import { describe, expect, it } from 'vitest';
import { redact } from './redact';

describe('redact', () => {
  it('removes keys, signatures, listen keys, tokens, emails, IPs and labelled ids', () => {
    const key = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
    const sig = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
    const text = [
      `X-MBX-APIKEY: ${key}`,
      `GET /fapi/v1/order?symbol=BTCUSDT&timestamp=1700000000000&signature=${sig}`,
      `{"apiKey":"${key}","secret":"hunter2hunter2"}`,
      `wss://fstream.binance.com/ws/pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1`,
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc',
      'contact me at someone@example.org from 198.51.100.23 or 2001:db8::1',
      'userId=123456789 {"code":-2019,"msg":"Margin is insufficient."}',
    ].join('\n');
    const r = redact(text);
    for (const secret of [key, sig, 'hunter2hunter2', 'pqia91ma19a5s61cv6a81va65sdf19v8a65a1', 'eyJhbGciOiJIUzI1NiJ9', 'someone@example.org', '198.51.100.23', '2001:db8::1', '123456789'])
      expect(r.text).not.toContain(secret);
    expect(r.text).toContain('{"code":-2019,"msg":"Margin is insufficient."}');
    expect(r.text).toContain('timestamp=1700000000000');
    expect(r.removed.email).toBe(1);
  });

  it('leaves ordinary log text alone', () => {
    const t = '2026-01-01 10:00:00 ERROR APIError(code=-1021): Timestamp for this request is outside of the recvWindow. price=30000.5 qty=0.001 orderId=8389765530571534';
    expect(redact(t).text).toBe(t);
  });
});
