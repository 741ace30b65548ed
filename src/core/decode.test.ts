import { describe, expect, it } from 'vitest';
import { decode } from './index';

const ids = (text: string): string[] => decode(text).findings.map((f) => f.id);
const one = (text: string) => {
  const r = decode(text);
  expect(r.findings, text).toHaveLength(1);
  return r.findings[0]!;
};

describe('decode: shapes', () => {
  it.each([
    ['python-binance', 'binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.', -2019],
    ['ccxt', 'ccxt.base.errors.InvalidNonce: binanceusdm {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}', -1021],
    ['python dict', "{'code': -1121, 'msg': 'Invalid symbol.'}", -1121],
    ['connector tuple', "binance.error.ClientError: (400, -1021, 'Timestamp for this request was 1000ms ahead of the server\\'s time.', {})", -1021],
    ['go', '<APIError> code=-1121, msg=Invalid symbol.', -1121],
    ['code=, msg=', 'code=-1021, msg=Timestamp for this request is outside of the recvWindow.', -1021],
    ['bracket', 'order failed [-2019] Margin is insufficient.', -2019],
    ['ErrorCode', 'ErrorCode: -2015 Invalid API-key, IP, or permissions for action.', -2015],
    ['bracket status', '[503(-1008)] Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.', -1008],
    ['php', '[code] => -1101', -1101],
    ['spaced minus', 'Error: {"code": - 1022, "msg": "Signature for this request is not valid."}', -1022],
    ['no minus', '4014: Price not increased by tick size.', -4014],
    ['escaped json', 'Error: "{\\"code\\":-4164,\\"msg\\":\\"Order\'s notional must be no smaller than 5.0 (unless you choose reduce only)\\"}"', -4164],
    ['unicode escape', '{"code":-1100,"msg":"Illegal characters found in parameter \\u0027symbol\\u0027; legal range is \\u0027^[A-Z0-9-_.]{1,20}$\\u0027."}', -1100],
    ['full width', '错误：｛"code"：-2019，"msg"："Margin is insufficient."｝', -2019],
    ['ansi', '\x1b[31mERROR\x1b[0m {"code":-2022,"msg":"ReduceOnly Order is rejected."}', -2022],
    ['wrapper', '{"response":{"data":{"code":-4061,"msg":"Order\'s position side does not match user\'s setting."}}}', -4061],
    ['C#', 'Binance.Net error: -1021: Timestamp for this request is outside of the recvWindow.', -1021],
    ['Java', 'com.binance.connector.client.exceptions.BinanceClientException: {"code":-1121,"msg":"Invalid symbol."}', -1121],
  ])('%s', (_shape, text, code) => {
    const f = one(text);
    expect(f.code).toBe(code);
    expect(f.known).toBe(true);
    expect(f.matchedBy).toBe('code');
  });

  it('reads a body printed over several lines', () => {
    const f = one('{\n  "code": -2019,\n  "msg": "Margin is insufficient."\n}');
    expect(f.code).toBe(-2019);
    expect(f.catalogueMessage).toBe('Margin is insufficient.');
    expect(f.occurrences[0]).toMatchObject({ line: 2 });
  });
});

describe('decode: messages without a code', () => {
  it('matches templates and names their values', () => {
    const ban = one('Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.');
    expect(ban).toMatchObject({ code: -1003, matchedBy: 'template', params: { bannedUntil: '1700000000000' } });
    const limit = one('Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API.');
    expect(limit.params).toEqual({ limit: '2400' });
    const notional = one("Order's notional must be no smaller than 20 (unless you choose reduce only)");
    expect(notional).toMatchObject({ code: -4164, params: { minNotional: '20' } });
    expect(one('Too many new orders; current limit is 300 orders per TEN_SECONDS.').params).toEqual({ limit: '300', interval: 'TEN_SECONDS' });
  });

  it('matches constant names', () => {
    expect(one('ERROR exchange said BAD_SYMBOL').code).toBe(-1121);
    expect(one('order rejected: TOO_MANY_ORDERS').code).toBe(-1015);
  });

  it('matches paraphrased and reworded messages fuzzily, and keeps the other product’s wording as a candidate', () => {
    const q = one('Quantity less than or equal to zero.');
    expect(q).toMatchObject({ code: -4003, matchedBy: 'fuzzy' });
    const spot = one('Order would trigger immediately.');
    expect(spot).toMatchObject({ product: 'spot', code: -2010, matchedBy: 'template' });
    expect(spot.candidates.map((c) => `${c.source}:${c.code}`)).toContain('usdm:-2021');
    const fut = decode('POST https://fapi.binance.com/fapi/v1/order\nOrder would trigger immediately.').findings[0];
    expect(fut).toMatchObject({ product: 'usdm', code: -2021 });
  });
});

describe('decode: products and honesty', () => {
  it('detects the product from the endpoint, symbol shape and library methods', () => {
    expect(decode('GET https://dapi.binance.com/dapi/v1/order {"code":-2013,"msg":"Order does not exist."}').evidence.product).toBe('coinm');
    expect(decode('client.futures_create_order(symbol="BTCUSDT") -> APIError(code=-2019): Margin is insufficient.').evidence.product).toBe('usdm');
    expect(decode('symbol=BTCUSD_PERP {"code":-1111,"msg":"Precision is over the maximum defined for this asset."}').evidence.product).toBe('coinm');
    expect(decode('POST /api/v3/order {"code":-2010,"msg":"Account has insufficient balance for requested action."}').evidence.product).toBe('spot');
  });

  it('returns every meaning of a colliding code, ranked by the evidence, with the reason', () => {
    const bare = one('{"code":-4087,"msg":"x"}');
    expect(bare.candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['REDUCE_ONLY_ORDER_PERMISSION', 'INVALID_PAIR']));
    expect(bare.confidence).toBeLessThan(0.9);
    const coinm = one('POST /dapi/v1/order {"code":-4087,"msg":"Invalid pair."}');
    expect(coinm).toMatchObject({ product: 'coinm', name: 'INVALID_PAIR' });
    expect(coinm.candidates[0]?.reason).toMatch(/COIN-M/);
  });

  it('recognises Spot messages under shared codes', () => {
    expect(one('{"code":-1013,"msg":"Filter failure: LOT_SIZE"}')).toMatchObject({ product: 'spot', name: 'INVALID_MESSAGE', catalogueMessage: 'Filter failure: LOT_SIZE' });
    expect(one('{"code":-2010,"msg":"Account has insufficient balance for requested action."}')).toMatchObject({ product: 'spot', name: 'NEW_ORDER_REJECTED' });
  });

  it('says a code no catalogue has is unknown, with its family and nearest messages', () => {
    const f = one('{"code":-9999,"msg":"Margin is not sufficient right now"}');
    expect(f).toMatchObject({ known: false, name: null, family: '99xx', id: 'unknown:-9999' });
    expect(f.candidates).toEqual([]);
    expect(f.nearest.map((n) => n.code)).toContain(-2019);
  });
});

describe('decode: HTTP level', () => {
  it('tells the 503 variants apart by their message', () => {
    expect(ids('HTTP 503 {"msg":"Unknown error, please check your request or try again later."}')).toEqual(['http:503:unknown-error']);
    expect(decode('HTTP/1.1 503 Service Unavailable\n{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}').findings.map((f) => [f.code, f.httpStatus])).toEqual([[-1001, 503]]);
    expect(ids('status 503: {"msg": "Service Unavailable."}')).toEqual(['http:503:service-unavailable']);
  });

  it('finds 418, 429, 451 and 403 pages', () => {
    expect(ids('HTTP/1.1 429 Too Many Requests')).toEqual(['http:429']);
    expect(ids("418 I'm a teapot")).toEqual(['http:418']);
    expect(ids("Service unavailable from a restricted location according to 'b. Eligibility' in https://www.binance.com/en/terms.")).toEqual(['http:451']);
    expect(ids('<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>403 ERROR</H1>')).toEqual(['http:403']);
  });

  it('attaches the status to a coded body on the same line and reads rate-limit headers in any case', () => {
    const r = decode('X-MBX-USED-WEIGHT-1M: 2400\nretry-after: 60\nHTTP 429 {"code":-1003,"msg":"Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API."}');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: -1003, httpStatus: 429 });
    expect(r.evidence.headers).toEqual({ 'x-mbx-used-weight-1m': '2400', 'retry-after': '60' });
  });
});

describe('decode: logs', () => {
  it('gives one finding per error with every occurrence, in order of first occurrence, benign ones marked', () => {
    const log = [
      '2026-01-01 10:00:00 INFO start',
      '2026-01-01 10:00:01 WARN {"code":-4046,"msg":"No need to change margin type."}',
      '2026-01-01 10:00:02 ERROR APIError(code=-2019): Margin is insufficient.',
      '2026-01-01 10:00:03 ERROR APIError(code=-2019): Margin is insufficient.',
      '2026-01-01 10:00:04 ERROR {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}',
    ].join('\n');
    const r = decode(log);
    expect(r.findings.map((f) => f.code)).toEqual([-4046, -2019, -1021]);
    expect(r.findings[0]?.benign).toBe(true);
    expect(r.findings[0]?.retry).toBe('nothing-to-do');
    expect(r.findings[1]?.occurrences.map((o) => o.line)).toEqual([3, 4]);
    expect(r.findings[1]?.occurrences[0]?.column).toBe(41);
    expect(r.evidence.logTimes).toEqual(['2026-01-01 10:00:00', '2026-01-01 10:00:04']);
  });

  it('finds nothing in ordinary log lines', () => {
    expect(ids(['2024-01-15 12:00:01 INFO price -1234.5 qty 2024 order 123456789', 'HTTP/1.1 200 OK', 'pnl=-1500.25 balance 10234.1', 'GET /fapi/v1/ticker/price 200 in 45 ms', 'order id 1700000000000 filled'].join('\n'))).toEqual([]);
  });

  it('collects request evidence and attaches it to the finding', () => {
    const r = decode(
      'POST https://fapi.binance.com/fapi/v1/order symbol=BTCUSDT&side=BUY&type=LIMIT&positionSide=BOTH&reduceOnly=true&quantity=0.001&price=30000&recvWindow=5000&timestamp=1700000000000\n{"code":-2022,"msg":"ReduceOnly Order is rejected."}\n{"serverTime":1700000001500}',
    );
    const ev = r.findings[0]!.evidence;
    expect(ev).toMatchObject({ product: 'usdm', endpoint: '/fapi/v1/order', method: 'POST', serverTime: 1700000001500 });
    expect(ev.params).toMatchObject({ symbol: 'BTCUSDT', side: 'BUY', positionSide: 'BOTH', reduceOnly: 'true', quantity: '0.001', price: '30000', recvWindow: '5000' });
    expect(ev.paramLines.positionSide).toBe(1);
  });

  it('reads a line after its log timestamp: the time is evidence, its fraction no HTTP status', () => {
    const f = one('2026-01-01 10:00:00.429 ERROR {"code":-2019,"msg":"Margin is insufficient."}');
    expect(f).toMatchObject({ code: -2019, httpStatus: null });
    expect(f.occurrences[0]).toMatchObject({ line: 1, column: 39 });
    expect(ids('[2026-01-01T10:00:00.503Z] ERROR order loop stopped')).toEqual([]);
    const r = decode('2026-01-01 10:00:00,418 $ curl -X POST https://fapi.binance.com/fapi/v1/order\n{"code":-1022,"msg":"Signature for this request is not valid."}');
    expect(r.findings[0]?.evidence.library).toBe('curl');
    expect(r.evidence.logTimes).toEqual(['2026-01-01 10:00:00,418']);
  });

  it('reads a line that repeats with new times once, and gives each occurrence what reading it alone gives', () => {
    const errors = [
      'binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.',
      "binance.error.ClientError: (400, -4164, \"Order's notional must be no smaller than 20 (unless you choose reduce only)\", {})",
      "{'code': -1003, 'msg': 'Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.'}",
      'HTTP/1.1 429 Too Many Requests',
      'Order would immediately trigger.',
      '\x1b[31mERROR\x1b[0m {"code":-2022,"msg":"ReduceOnly Order is rejected."}',
    ];
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `2026-01-01 10:00:00 INFO tick ${i} bid=60000.${i % 10}`);
    const lines: string[] = [];
    const placed: { line: number; text: string }[] = [];
    for (let k = 1; k <= 3; k++) {
      for (const e of errors) {
        lines.push(...filler(40 * k));
        const text = `2026-01-0${k} 1${k}:00:00.${k}${k}${k} ${k === 2 ? '[worker-1] ' : ''}ERROR ${e}`;
        lines.push(text);
        placed.push({ line: lines.length, text });
      }
    }
    const r = decode(lines.join('\n'));
    expect(r.findings.map((f) => f.code)).toEqual([-2019, -4164, -1003, 429, -2021, -2022]);
    for (const p of placed) {
      const alone = decode(p.text).findings[0]!;
      const f = r.findings.find((x) => x.code === alone.code)!;
      const occ = f.occurrences.find((o) => o.line === p.line);
      expect(occ, p.text).toEqual({ line: p.line, column: alone.occurrences[0]!.column, text: alone.occurrences[0]!.text });
      expect(f.params).toEqual(alone.params);
    }
  });

  it('decodes a long log the same way as a short one', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `2026-01-01 10:00:00 INFO tick ${i} bid=60000.${i % 10} symbol=BTCUSDT`).join('\n');
    const r = decode(`${filler}\nERROR APIError(code=-2019): Margin is insufficient.\n${filler}\n4014: Price not increased by tick size.\nOrder would immediately trigger.`);
    expect(r.findings.map((f) => f.code)).toEqual([-2019, -4014, -2021]);
    expect(r.findings[0]?.occurrences[0]?.line).toBe(3001);
    expect(r.stats.lines).toBe(6003);
  });
});

describe('decode: HTTP statuses next to coded errors', () => {
  it('gives a status to the coded error within three lines and drops it as a finding of its own', () => {
    const lines = ['HTTP/1.1 418 I\'m a teapot', 'noise', '{"code":-1003,"msg":"Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans."}'];
    for (let k = 0; k < 4; k++) lines.push('filler line');
    lines.push('{"code":-2019,"msg":"Margin is insufficient."}', 'HTTP/1.1 502 Bad Gateway', 'x', 'x', 'x', 'x', 'HTTP/1.1 503 Service Unavailable');
    const r = decode(lines.join('\n'));
    expect(r.findings.map((f) => [f.code, f.httpStatus])).toEqual([[-1003, 418], [-2019, 502], [503, 503]]);
  });
});

describe('decode: evidence near each error in a long log', () => {
  it('reads the twelve lines before an error and the four after it, not further', () => {
    const filler = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `2026-01-01 10:00:00 INFO ${tag} tick ${i} bid=60000.${i % 10}`);
    const err = '2026-01-01 10:00:01 ERROR {"code":-2022,"msg":"ReduceOnly Order is rejected."}';
    const lines = [
      ...filler(400, 'a'),
      'POST https://fapi.binance.com/fapi/v1/order recvWindow=7000', // 13 lines before the error: outside
      'POST https://fapi.binance.com/fapi/v1/order timeInForce=GTC', // 12 lines before: inside
      ...filler(11, 'c'),
      err,
      ...filler(3, 'd'),
      'GET https://fapi.binance.com/fapi/v1/order symbol=ETHUSDT', // 4 lines after: inside
      'GET https://fapi.binance.com/fapi/v1/order stopPrice=123', // 5 lines after: outside
      ...filler(600, 'e'),
    ];
    const r = decode(lines.join('\n'));
    expect(r.stats.lines).toBe(lines.length);
    const f = r.findings.find((x) => x.code === -2022)!;
    expect(f.occurrences.map((o) => o.line)).toEqual([414]);
    expect(f.evidence.params).toEqual({ timeInForce: 'GTC', symbol: 'ETHUSDT' });
    expect(f.evidence.paramLines).toEqual({ timeInForce: 402, symbol: 418 });
  });
});
