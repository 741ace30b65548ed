import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { productChoices } from './product-choice';

const only = (text: string) => {
  const r = decode(text);
  expect(r.findings).toHaveLength(1);
  return r.findings[0]!;
};

describe('product: evidence first, then wording, then an honest question', () => {
  it('reads a USD-M cancel on fapi.binance.com as USD-M, though its message is also a row of Spot’s table', () => {
    const f = only('binance DELETE https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT&orderId=8389765 400 Bad Request {"code":-2011,"msg":"Unknown order sent."}');
    expect(f).toMatchObject({ product: 'usdm', code: -2011, productBasis: 'evidence' });
    expect(f.candidates[0]?.reason).toMatch(/USD-M endpoint \(fapi\) on the same line/);
    expect(f.evidence).toMatchObject({ product: 'usdm', endpoint: '/fapi/v1/order', endpointLine: 1, method: 'DELETE', methodLine: 1 });
  });

  it('reads a python-binance create_order traceback with no URL as Spot', () => {
    const f = only(
      [
        'Traceback (most recent call last):',
        '  File "trade.py", line 18, in <module>',
        "    order = client.create_order(symbol='ETHBTC', side='SELL', type='MARKET', quantity=0.5)",
        '  File "/usr/local/lib/python3.9/site-packages/binance/client.py", line 1429, in create_order',
        "    return self._post('order', True, data=params)",
        '  File "/usr/local/lib/python3.9/site-packages/binance/client.py", line 364, in _request_api',
        '    return self._request(method, uri, signed, **kwargs)',
        'binance.exceptions.BinanceAPIException: APIError(code=-2010): Account has insufficient balance for requested action.',
      ].join('\n'),
    );
    expect(f).toMatchObject({ product: 'spot', code: -2010 });
    expect(f.evidence.params).toMatchObject({ symbol: 'ETHBTC', quantity: '0.5' });
    expect(f.evidence.paramLines.quantity).toBe(3);
  });

  it('reads a ccxt order on BTC/USDT:USDT as USD-M', () => {
    const f = only(
      ["order = exchange.create_order('BTC/USDT:USDT', 'market', 'buy', 0.002)", 'ccxt.base.errors.InvalidNonce: binance {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}'].join('\n'),
    );
    expect(f).toMatchObject({ product: 'usdm', code: -1021, productBasis: 'evidence' });
  });

  it('leaves a bare -2011 "Unknown order sent." open, with every reading and its reason', () => {
    const f = only('{"code":-2011,"msg":"Unknown order sent."}');
    expect(f).toMatchObject({ product: null, id: 'open:-2011', code: -2011, name: 'CANCEL_REJECTED', known: true });
    expect(f.productBasis).toBeUndefined();
    const sources = f.candidates.map((c) => c.source);
    expect(sources).toEqual(expect.arrayContaining(['spot', 'usdm']));
    expect(f.candidates[0]?.reason).toMatch(/does not say which API answered/);
    expect(f.candidates.find((c) => c.source === 'usdm')?.message).toMatch(/Cancel request failure/);
    expect(productChoices(f).map((c) => c.product)).toEqual(expect.arrayContaining(['spot', 'usdm']));
  });

  it('leaves the product open where every reading means the same and nothing says which, and says so (no default)', () => {
    const f = only('{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}');
    expect(f).toMatchObject({ id: 'open:-1021', product: null, productBasis: 'same-everywhere' });
    expect(f.candidates.map((c) => c.source)).toEqual(expect.arrayContaining(['spot', 'usdm', 'coinm']));
    expect(f.candidates[0]?.reason).toMatch(/means the same on the .* pages; the paste does not say which API answered/);
  });

  it('lets the wording settle what evidence does not: Spot’s filter failures, the futures’ wording of -2021', () => {
    expect(only('{"code":-1013,"msg":"Filter failure: LOT_SIZE"}')).toMatchObject({ product: 'spot' });
    expect(only('{"code":-2021,"msg":"Order would immediately trigger."}')).toMatchObject({ product: 'usdm', code: -2021 });
  });

  it('keeps each finding’s own product in a log that mixes Spot and futures', () => {
    const r = decode(
      [
        '2024-03-01 09:00:00 DEBUG POST https://api.binance.com/api/v3/order symbol=ETHBTC side=BUY quantity=1',
        '2024-03-01 09:00:00 ERROR {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}',
        '2024-03-01 09:00:05 DEBUG POST https://fapi.binance.com/fapi/v1/order symbol=BTCUSDT side=BUY quantity=0.01',
        '2024-03-01 09:00:05 ERROR {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}',
        '2024-03-01 09:00:09 ERROR {"code":-2019,"msg":"Margin is insufficient."}',
      ].join('\n'),
    );
    expect(r.evidence.product).toBeNull();
    expect(r.evidence.productReasons[0]).toMatch(/mixes products/);
    expect(r.findings.map((f) => [f.id, f.occurrences.map((o) => o.line)])).toEqual([
      ['spot:-1021', [2]],
      ['usdm:-1021', [4]],
      // NOTE: no request of its own: -2019 is futures-only, but USD-M, COIN-M or PM the log does not say.
      ['open:-2019', [5]],
    ]);
    expect(r.findings[0]?.evidence).toMatchObject({ endpoint: '/api/v3/order', params: { symbol: 'ETHBTC' } });
    expect(r.findings[1]?.evidence).toMatchObject({ endpoint: '/fapi/v1/order', params: { symbol: 'BTCUSDT' } });
  });

  it('keeps each finding’s own product in a long log too, where only each error’s first sighting is read at first', () => {
    const filler = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `2024-03-01 09:00:00 INFO ${tag} heartbeat ${i}`);
    const ts = '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}';
    const r = decode(
      [
        ...filler(200, 'a'),
        '2024-03-01 09:00:00 DEBUG POST https://api.binance.com/api/v3/order symbol=ETHBTC side=BUY quantity=1',
        `2024-03-01 09:00:00 ERROR ${ts}`,
        ...filler(300, 'b'),
        '2024-03-01 09:10:00 DEBUG POST https://fapi.binance.com/fapi/v1/order symbol=BTCUSDT side=BUY quantity=0.01',
        `2024-03-01 09:10:00 ERROR ${ts}`,
      ].join('\n'),
    );
    expect(r.findings.map((f) => [f.id, f.occurrences.map((o) => o.line), f.evidence.endpointLine])).toEqual([
      ['spot:-1021', [202], 201],
      ['usdm:-1021', [504], 503],
    ]);
  });

  it('joins a message with no code to the same error the paste states with its code', () => {
    const r = decode(["API Error [-4164]: Order's notional must be no smaller than 20 (unless you choose reduce only).", "Order failed: Order's notional must be no smaller than 20 (unless you choose reduce only)."].join('\n'));
    expect(r.findings.map((f) => [f.code, f.occurrences.length])).toEqual([[-4164, 2]]);
  });
});

describe('evidence from the same request', () => {
  it('reads the failing request’s parameters, not a successful order’s 200 lines earlier, each with its line', () => {
    const lines = [
      '2024-06-01 10:00:00 DEBUG POST https://fapi.binance.com/fapi/v1/order symbol=BTCUSDT side=BUY type=MARKET quantity=5 → 200 {"orderId":8886774,"status":"FILLED"}',
      ...Array.from({ length: 200 }, (_, i) => `2024-06-01 10:0${Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')} INFO tick ${i} mark=64210.5`),
      '2024-06-01 10:04:00 DEBUG GET https://fapi.binance.com/fapi/v1/ticker/price?symbol=ETHUSDT 200 OK',
      '2024-06-01 10:04:01 DEBUG POST https://fapi.binance.com/fapi/v1/order symbol=BTCUSDT side=SELL type=LIMIT quantity=0.001 price=64000',
      '2024-06-01 10:04:01 DEBUG GET https://fapi.binance.com/fapi/v1/premiumIndex?symbol=SOLUSDT 200 OK',
      '2024-06-01 10:04:01 ERROR {"code":-4164,"msg":"Order\'s notional must be no smaller than 100 (unless you choose reduce only)"}',
    ];
    const r = decode(lines.join('\n'));
    const f = r.findings[0]!;
    expect(f.evidence.params).toMatchObject({ symbol: 'BTCUSDT', quantity: '0.001', price: '64000', side: 'SELL' });
    expect(f.evidence.paramLines).toMatchObject({ quantity: 203, symbol: 203 });
    expect(f.evidence).toMatchObject({ endpoint: '/fapi/v1/order', endpointLine: 203, method: 'POST', methodLine: 203 });
  });

  it('takes the request line logged before a traceback, however long the traceback', () => {
    const frames = Array.from({ length: 14 }, (_, i) => [`  File "/srv/bot/layer${i}.py", line ${i + 10}, in call${i}`, `    return inner${i}()`]).flat();
    const text = [
      'placing order: symbol=ETHUSDT quantity=0.37 price=3120.5',
      'Traceback (most recent call last):',
      ...frames,
      'binance.exceptions.BinanceAPIException: APIError(code=-1111): Precision is over the maximum defined for this asset.',
    ].join('\n');
    const f = decode(text).findings[0]!;
    expect(f.evidence.params).toMatchObject({ symbol: 'ETHUSDT', quantity: '0.37', price: '3120.5' });
    expect(f.evidence.paramLines.quantity).toBe(1);
  });
});
