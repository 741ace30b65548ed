import { describe, expect, it } from 'vitest';
import { httpStatusOf, scanLine, type Signal } from './signals';

const scan = (line: string): Signal[] => {
  const out: Signal[] = [];
  scanLine(line, 1, () => undefined, out, { fuzzy: 10, small: true });
  return out;
};
const one = (line: string): Signal => {
  const out = scan(line);
  expect(out, line).toHaveLength(1);
  return out[0]!;
};
const codesOf = (sig: Signal): number[] => [...new Set(sig.templates.map((t) => t.entry.code))];

describe('scanLine: a code with its constant name and nothing else', () => {
  it.each([
    ['-2019 MARGIN_NOT_SUFFICIEN', -2019],
    ['TOO_MANY_REQUESTS (-1003)', -1003],
    ['MARGIN_NOT_SUFFICIEN: -2019', -2019],
    ['-1000 UNKNOWN', -1000],
    ['[-4164] MIN_NOTIONAL', -4164],
  ])('%s', (line, code) => {
    const sig = one(line);
    expect(sig).toMatchObject({ kind: 'code', code, message: null });
    expect(sig.names.length).toBeGreaterThan(0);
    expect(sig.names.every((e) => e.code === code)).toBe(true);
    expect(sig.conflict).toBeUndefined();
  });

  it('reads the message after the name', () => {
    const sig = one('-1121 BAD_SYMBOL: Invalid symbol.');
    expect(sig.message).toBe('Invalid symbol.');
    expect(codesOf(sig)).toEqual([-1121]);
  });

  it("flags another code's constant name, keeping the code", () => {
    const sig = one('-2019 BALANCE_NOT_SUFFICIENT');
    expect(sig).toMatchObject({ code: -2019, names: [], conflict: { code: -2018, name: 'BALANCE_NOT_SUFFICIENT' } });
  });

  it('takes no ordinary capitalised word for a name', () => {
    expect(one('-2019 ERROR')).toMatchObject({ code: -2019, names: [], message: 'ERROR' });
    expect(one('-2019 ERROR').conflict).toBeUndefined();
  });
});

describe('scanLine: a literal message beats a template whose placeholder swallows the line', () => {
  it.each([
    ['Quantity less than zero.', -4003], ['Error: Quantity less than zero.', -4003],
    ['order rejected: Stop price less than zero.', -4006], ['Commission less than zero.', -4026],
  ])('%s', (line, code) => {
    expect(one(line)).toMatchObject({ kind: 'template' });
    expect(codesOf(one(line))).toEqual([code]);
  });

  it('starts the message where its own wording starts', () => {
    expect(one('Error: Quantity less than zero.')).toMatchObject({ column: 8, message: 'Quantity less than zero.' });
  });
});

describe("scanLine: binance-connector's ClientError tuple", () => {
  it('ends the message at its quote', () => {
    const sig = one("binance.error.ClientError: (400, -1111, 'Precision is over the maximum defined for this asset.', {'Content-Type': 'application/json'})");
    expect(sig).toMatchObject({ code: -1111, message: 'Precision is over the maximum defined for this asset.' });
    expect(codesOf(sig)).toEqual([-1111]);
  });

  it('keeps an apostrophe inside a double-quoted message', () => {
    const sig = one(`ClientError(400, -4164, "Order's notional must be no smaller than 5 (unless you choose reduce only)", {'x-mbx-used-weight-1m': '12'})`);
    expect(sig.message).toBe("Order's notional must be no smaller than 5 (unless you choose reduce only)");
    expect(sig.params).toEqual({ minNotional: '5' });
  });
});

describe('scanLine: HTTP-level errors in prose and pages', () => {
  it.each([
    ['Error: Request failed with HTTP status code: 418', 418],
    ['Error: Request failed with status code 400', 400],
    ['requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.binance.com/api/v3/userDataStream', 400],
    ['PUT https://fapi.binance.com/fapi/v1/listenKey -> 400 Bad Request', 400],
    ['Error: Error: Response code 400', 400],
    ['Error: Unexpected server response: 504', 504],
    ['Message\t"[GatewayTimeout]: \'[NO REASON]\' - [NO MSG] [NO CODE"', 504],
    ['<H1>403 ERROR</H1>', 403],
    ['"400 ERROR', 400],
    ['APIError(code=0): Invalid JSON error message from Binance: <html><body><h2>404 Not found</h2></body></html>', 404],
    ['<head><title>502 Bad Gateway</title></head>', 502],
    ['<h1>503 Service Temporarily Unavailable</h1>', 503],
    ['{404: {  "timestamp": 1640286232636,  "status": 404,  "error": "Not Found",  "path": "/api/v3/order"} }', 404],
    ['RESPONSE: 403', 403],
  ])('%s', (line, status) => {
    expect(one(line)).toMatchObject({ kind: 'http', httpStatus: status, code: null });
  });

  it('reads a 451 "restricted location" body that carries code 0 as a 451, not as code 0', () => {
    const sig = one(`{"code":0,"msg":"Service unavailable from a restricted location according to 'b. Eligibility' in https://www.binance.com/en/terms. Please contact customer service if you believe you received this message in error."}`);
    expect(sig).toMatchObject({ kind: 'http', httpStatus: 451, code: null });
  });

  it("leaves another service's status alone", () => {
    expect(scan("HTTPError('404 Client Error: Not Found for url: https://api.telegram.org/bot123/sendMessage')")).toEqual([]);
    expect(httpStatusOf('HTTP/1.1 200 OK')).toBe(200);
    expect(scan('HTTP/1.1 200 OK')).toEqual([]);
  });
});

describe('scanLine: a code and a message that disagree', () => {
  it("keeps the code and names the code the message belongs to", () => {
    expect(one('{"code":-2019,"msg":"Invalid symbol."}')).toMatchObject({ code: -2019, templates: [], conflict: { code: -1121, name: 'BAD_SYMBOL' } });
  });

  it("flags a message that is only another code's constant name", () => {
    expect(one('{"code":-1022,"msg":"UNAUTHORIZED."}')).toMatchObject({ code: -1022, conflict: { code: -1002, name: 'UNAUTHORIZED' } });
  });

  it('flags nothing where they agree, or where the message is no catalogue message', () => {
    expect(one('{"code":-2019,"msg":"Margin is insufficient."}').conflict).toBeUndefined();
    expect(one('{"code":-2019,"msg":"Something else went wrong."}').conflict).toBeUndefined();
  });

  it('flags nothing where the other code has the same name, or where little of the message is its wording', () => {
    const weight = 'Too much request weight used; current limit is 1200 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.';
    expect(one(`<APIError> code=-1003, msg=${weight}`).conflict).toBeUndefined();
    expect(one(`{"code":-4164,"msg":"Order's notional must be no smaller than 20(unless you choose reduce only)."}`).conflict).toBeUndefined();
  });
});

describe('scanLine: codes and messages in prose', () => {
  const codes = (s: string): (number | null)[] => scan(s).map((x) => x.code);
  it('takes a known code named before the word error, not a year or a plural', () => {
    expect(codes('I get the 1021 error with my timestamp being ahead 1000ms')).toEqual([-1021]);
    expect(codes('gives a 1111 precision error, while 9834.42 works')).toEqual([-1111]);
    expect(codes('the 2024 error report')).toEqual([]);
    expect(codes('we had 2021 errors last year')).toEqual([]);
  });
});

describe('scanLine: a short paste whose line is the message itself', () => {
  const fuzzyCodes = (s: string): number[] => [...new Set(scan(s).flatMap((x) => (x.fuzzy ?? []).flatMap((h) => h.group.templates.map((t) => t.entry.code))))];
  it('reads a live wording with error words but no "Error:" before it', () => {
    expect(fuzzyCodes('"Too many requests; current limit of IP(X.X.X.X) is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API."}')).toContain(-1003);
  });
  it('takes the message after the last Exception: of a Java cause line, a short one word for word', () => {
    expect(fuzzyCodes("Caused by: com.binance.api.client.exception.BinanceApiException: 'recvWindow' must be less than 60000.")).toEqual([-1131]);
  });
  it('does not take a short, thin message word for word ("balance not enough" is another exchange’s too)', () => {
    expect(scan('        "message": "balance not enough"')).toEqual([]);
  });
});

describe('scanLine: a library’s table of codes is not an error', () => {
  it('skips ccxt’s exceptions map, even with the body quoted in its comment', () => {
    expect(scan("  - `'-3008': InsufficientFunds,  # {\"code\":-3008,\"msg\":\"Borrow not allowed.\"}`")).toEqual([]);
    expect(scan("                    '-2019': InsufficientFunds, // {\"code\":-2019,\"msg\":\"Margin is insufficient.\"}")).toEqual([]);
    expect(scan('{"code":-2019,"msg":"Margin is insufficient."}').map((x) => x.code)).toEqual([-2019]);
  });
});

describe('scanLine: a bot’s own prefix and a cut message', () => {
  it('reads "Binance - Way too many requests; IP banned until..." as the ban message', () => {
    const hits = scan('Binance - Way too many requests; IP banned until...').flatMap((x) => (x.fuzzy ?? []).flatMap((h) => h.group.templates.map((t) => t.entry.code)));
    expect(hits).toContain(-1003);
  });
});

describe('scanLine: a dict’s parameter line is not a message', () => {
  it('reads nothing in `\'type\': \'STOP_LOSS_LIMIT\',`', () => {
    expect(scan("    'type': 'STOP_LOSS_LIMIT',")).toEqual([]);
  });
});
