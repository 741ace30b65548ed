import { describe, expect, it } from 'vitest';
import { scanLine, type Signal } from '../extract/signals';
import { signature } from './signal-signature';

const signalOf = (line: string, lineNo = 1): Signal => {
  const out: Signal[] = [];
  scanLine(line, lineNo, () => undefined, out, { fuzzy: 400, small: true });
  return out[0]!;
};

describe('signature', () => {
  it('is the same for the same coded error on another line, and differs for another code', () => {
    const a = signalOf('binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.', 3);
    const b = signalOf('binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.', 9);
    expect(signature(a)).toBe('code|-2019|Margin is insufficient.|||');
    expect(signature(b)).toBe(signature(a));
    expect(signature(signalOf('{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}'))).not.toBe(signature(a));
  });

  it("tells a code apart from the same code with another code's message", () => {
    expect(signature(signalOf('{"code":-2019,"msg":"Invalid symbol."}'))).toBe('code|-2019|||||-1121');
    expect(signature(signalOf('{"code":-2019,"msg":"Something else went wrong."}'))).toBe('code|-2019||||');
  });

  it('carries the HTTP status of an HTTP-level error', () => {
    expect(signature(signalOf("HTTP/1.1 418 I'm a teapot"))).toBe('http||||418|');
  });

  it('is null where the evidence may change the answer: a colliding code, a message on several pages', () => {
    expect(signature(signalOf('{"code":-4087,"msg":"Invalid pair."}'))).toBeNull();
    expect(signature(signalOf('Order would immediately trigger.'))).toBeNull();
  });
});
