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

import fc from 'fast-check';
import { buildShareLink, decodeShareLink } from '../share/share-link';

const alnum = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9]{${min},${max}}$`));
const hex = (n: number) => fc.stringMatching(new RegExp(`^[a-f0-9]{${n}}$`));
const octet = fc.integer({ min: 0, max: 255 });
const secret = fc.oneof(
  alnum(64, 64).map((s) => ({ kind: 'api key', value: s })),
  hex(64).map((s) => ({ kind: 'signature', value: s })),
  alnum(60, 60).map((s) => ({ kind: 'listen key', value: s })),
  fc.tuple(octet, octet, octet, octet).map(([a, b, c, d]) => ({ kind: 'ipv4', value: `${a}.${b}.${c}.${d}` })),
  fc.tuple(fc.stringMatching(/^[a-f0-9]{1,4}$/), fc.stringMatching(/^[a-f0-9]{1,4}$/)).map(([a, b]) => ({ kind: 'ipv6', value: `2001:db8:${a}::${b}` })),
  fc.tuple(fc.stringMatching(/^[a-z][a-z0-9.]{2,12}$/), fc.stringMatching(/^[a-z]{2,10}$/)).map(([u, d]) => ({ kind: 'email', value: `${u}@${d}.com` })),
  alnum(24, 40).map((s) => ({ kind: 'bearer', value: s })),
  alnum(8, 40).map((s) => ({ kind: 'labelled secret', value: s })),
);
const place = fc.constantFrom(
  (v: string) => `X-MBX-APIKEY: ${v}`,
  (v: string) => `x-mbx-apikey=${v}`,
  (v: string) => `GET /fapi/v1/order?symbol=BTCUSDT&timestamp=1700000000000&signature=${v}`,
  (v: string) => `{"apiKey":"${v}","code":-2015}`,
  (v: string) => `{'secret': '${v}'}`,
  (v: string) => `Authorization: Bearer ${v}`,
  (v: string) => `wss://fstream.binance.com/ws/${v}`,
  (v: string) => `listenKey=${v}`,
  (v: string) => `api_secret = "${v}"`,
  (v: string) => `client = Client("${v}", "${v}")`,
);

describe('redaction properties', () => {
  it('no generated secret, in any place, survives redaction, a share link or its round trip', () => {
    fc.assert(
      fc.property(secret, place, fc.string({ maxLength: 40 }), ({ kind, value }, put, noise) => {
        // Plain values only count as secrets where they are labelled or shaped like one.
        const plainOk = kind === 'labelled secret' || kind === 'bearer';
        const line = put(value);
        const text = `${noise.replace(/\n/g, ' ')}\n${line}\nAPIError(code=-2015): Invalid API-key, IP, or permissions for action.`;
        if (plainOk && !/(key|secret|signature|bearer|authorization)/i.test(line)) return;
        const r = redact(text).text;
        expect(r, `${kind} in ${line}`).not.toContain(value);
        const link = buildShareLink(text, [3], 'usdm:-2015', {});
        expect(decodeURIComponent(link.fragment)).not.toContain(value);
        expect(decodeShareLink(link.fragment).text).not.toContain(value);
      }),
      { numRuns: 600 },
    );
  });
});
