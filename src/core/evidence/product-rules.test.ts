import { describe, expect, it } from 'vitest';
import { evidenceFromLine, type EvidenceItem } from './evidence';

/** The products a line votes for, each with its weight, as evidenceFromLine reads them (hint or not). */
const votes = (line: string): Record<string, number> => {
  const out: EvidenceItem[] = [];
  evidenceFromLine(line, 1, out, true);
  const v: Record<string, number> = {};
  for (const it of out) if (it.kind === 'product') for (const p of it.products ?? [it.key]) v[p] = (v[p] ?? 0) + it.weight;
  return v;
};
const top = (line: string): string[] => {
  const v = votes(line);
  const best = Math.max(0, ...Object.values(v));
  return Object.keys(v).filter((p) => v[p] === best).sort();
};

describe('product rules: hosts and paths', () => {
  it.each([
    ['DELETE https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT&orderId=4 400', ['usdm']],
    ['GET https://dapi.binance.com/dapi/v1/positionRisk', ['coinm']],
    ['POST https://papi.binance.com/papi/v1/um/order', ['pm']],
    ['requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://eapi.binance.com/eapi/v1/account?timestamp=1', ['options']],
    ['POST https://vapi.binance.com/vapi/v1/order', ['options']],
    ['POST /sapi/v1/margin/loan asset=USDT&amount=22', ['sapi']],
    ['POST https://api.binance.us/api/v3/order symbol=BTCUSD', ['us']],
    ['GET https://api.binance.us/sapi/v1/system/status?timestamp=1', ['us']],
    ['POST https://testnet.binancefuture.com/fapi/v1/order', ['usdm']],
    ['GET https://testnet.binancefuture.com/dapi/v1/account', ['coinm']],
    ['POST https://testnet.binance.vision/api/v3/order', ['spot']],
    ['GET https://api.binance.com/api/v3/openOrders?symbol=ETHBTC', ['spot']],
    ['wss://fstream.binance.com/ws/btcusdt@markPrice', ['usdm']],
  ])('%s → %j', (line, want) => expect(top(line)).toEqual(want));

  it('does not read -1125’s own message (which cites /fapi/ on every futures page) as the request’s path', () => {
    expect(votes('{"code":-1125,"msg":"This listenKey does not exist. Please use POST /fapi/v1/listenKey to recreate listenKey"}').usdm).toBeUndefined();
  });
});

describe('product rules: client calls and classes', () => {
  it.each([
    ["    order = client.create_order(symbol='BTCUSDT', side='BUY', type='MARKET', quantity=0.001)", ['spot']],
    ["    order = client.futures_create_order(symbol='BTCUSDT', side='BUY', type='MARKET', quantity=0.001)", ['usdm']],
    ["    client.futures_coin_create_order(symbol='BTCUSD_PERP', side='SELL', type='MARKET', quantity=1)", ['coinm']],
    ["    client.create_margin_order(symbol='BTCUSDT', side='BUY', type='MARKET', quantity=0.01)", ['sapi']],
    ["    client.withdraw(coin='USDT', address='T…', amount=10)", ['sapi']],
    ["    client.get_sub_account_list()", ['sapi']],
    ['  File "/usr/lib/python3.11/site-packages/binance/client.py", line 364, in _request_margin_api', ['sapi']],
    ['  File "/usr/lib/python3.11/site-packages/binance/client.py", line 391, in _request_futures_api', ['usdm']],
    ['from binance.um_futures import UMFutures; um = UMFutures(key=key, secret=secret)', ['usdm']],
    ['cm = CMFutures(key=key, secret=secret)', ['coinm']],
    ["spot = Spot(key, secret)", ['spot']],
    ['var result = await client.UsdFuturesApi.Trading.PlaceOrderAsync("BTCUSDT", OrderSide.Buy, FuturesOrderType.Market, 0.001m);', ['usdm']],
    ['var result = await client.CoinFuturesApi.Trading.PlaceOrderAsync("BTCUSD_PERP", OrderSide.Buy, FuturesOrderType.Market, 1);', ['coinm']],
    ['var result = await client.SpotApi.Trading.PlaceOrderAsync("BTCUSDT", OrderSide.Buy, SpotOrderType.Market, 0.001m);', ['spot']],
    ['client := futures.NewClient(apiKey, secretKey)', ['usdm']],
    ['client := binance.NewDeliveryClient(apiKey, secretKey)', ['coinm']],
    ["await binance.futuresMarketBuy('BTCUSDT', 0.001)", ['usdm']],
    ["const exchange = new ccxt.binance({ options: { defaultType: 'future' } })", ['usdm']],
    ["exchange = ccxt.binance({'options': {'defaultType': 'delivery'}})", ['coinm']],
    ["exchange = ccxt.binance({'options': {'defaultType': 'spot'}})", ['spot']],
    ['await exchange.sapiPostMarginLoan({ asset: "USDT", amount: 10 })', ['sapi']],
    ['await exchange.eapiPrivatePostOrder(params)', ['options']],
    ['await exchange.papiPostUmOrder(params)', ['pm']],
    // The option set by index, as ccxt's own examples do; the old futures clients of Binance.Net and of python (binance_f).
    ["binance.options['defaultType'] = 'future'", ['usdm']],
    // Binance.Net keeps margin and wallet calls under SpotApi; python-binance's margin helpers have words before margin_.
    ['await client.SpotApi.Account.EnableIsolatedMarginAccountAsync("BTCUSDT")', ['sapi']],
    ["client.get_max_margin_loan(asset='USDT', isolatedSymbol='BTCUSDT')", ['sapi']],
    ['Dim client = New BinanceFuturesClient', ['usdm']],
    ['binance_f.exception.binanceapiexception.BinanceApiException: (\'ExecuteError\', \'[Executing] -2013: Order does not exist.\')', ['usdm']],
    ['I run client.get_account()', ['spot']],
    ['It fails on "TransferSubAccountToSubAccount" but "TransferSubAccountToMaster" works', ['sapi']],
  ])('%s → %j', (line, want) => expect(top(line)).toEqual(want));
});

describe('product rules: symbols, parameters and wording', () => {
  it.each([
    ["exchange.create_order('BTC/USDT:USDT', 'market', 'buy', 0.01)", ['usdm']],
    ["exchange.create_order('BTC/USD:BTC', 'market', 'buy', 1)", ['coinm']],
    ["exchange.create_order('ETH/BTC', 'limit', 'buy', 1, 0.05)", ['spot']],
    ['symbol=BTCUSD_PERP&side=BUY', ['coinm']],
    ['symbol=ETHUSD_250627', ['coinm']],
    ['symbol=BTC-250627-60000-C', ['options']],
    ['symbol=BTCUSDT&positionSide=LONG&quantity=0.01', ['coinm', 'pm', 'usdm']],
    ['symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=25', ['sapi', 'spot', 'us']],
    ['symbol=BTCUSDT&newOrderRespType=FULL', ['sapi', 'spot', 'us']],
    ['{"code":-1013,"msg":"Filter failure: LOT_SIZE"}', ['sapi', 'spot', 'us']],
  ])('%s → %j', (line, want) => expect(top(line)).toEqual(want));

  it('weighs an endpoint above a client call, a client call above a symbol form, and those above a parameter', () => {
    expect(votes('POST /fapi/v1/order').usdm).toBeGreaterThan(votes('client.futures_create_order(').usdm ?? 0);
    expect(votes('client.futures_create_order(').usdm).toBeGreaterThan(votes('symbol=BTCUSD_PERP').coinm ?? 0);
    expect(votes('symbol=BTCUSD_PERP').coinm).toBeGreaterThan(votes('reduceOnly=true').usdm ?? 0);
  });
});

describe('HOST_WORDS and OTHER_WORDS', () => {
  it('pass every line an endpoint rule, or another rule, matches (a line without their words is skipped)', async () => {
    const { HOST_WORDS, OTHER_WORDS, PRODUCT_RULES, WEIGHT } = await import('./product-rules');
    const samples = [
      'DELETE https://fapi.binance.com/fapi/v1/order', 'GET https://dapi.binance.com/dapi/v1/account', '/papi/v1/um/order', 'https://eapi.binance.com/eapi/v1/order',
      '/sapi/v1/margin/loan', '/sapi/v1/broker/subAccount', 'https://api.binance.us/api/v3/order', 'https://testnet.binance.vision/api/v3/order', 'wss://ws-api.binance.com/ws-api/v3',
      'client.futures_coin_create_order(', 'client.futures_create_order(', 'UMFutures(key)', 'CMFutures(key)', "defaultType: 'delivery'", 'exchange.papiPostUmOrder(', 'exchange.eapiPrivatePostOrder(',
      'client.options_place_order(', 'client.create_margin_order(', 'client.withdraw(', 'client.get_sub_account_list(', 'client.staking_product_position(', 'CreateVirtualSubAccountAsync()',
      'ConvertQuoteRequestAsync(', 'the sub-account', 'ccxt.binanceus()', 'client.SpotApi.Trading', 'binance.marketBuy(', '$api->buy($symbol)', "Spot(key, secret)", 'client.create_order(',
      'in create_order', 'in _request_futures_api', "'BTC/USD:BTC'", "'BTC/USDT:USDT'", 'BTCUSD_PERP', 'BTCUSDT_250627', 'BTC-250627-60000-C', "'ETH/BTC'", 'positionSide=LONG',
      'quoteOrderQty=10', 'newOrderRespType=FULL', 'Filter failure: LOT_SIZE', 'Account has insufficient balance for requested action.', 'USDⓈ-M', 'COIN-M', 'Portfolio Margin',
      'client.futuresMarketBuy(', 'NewDeliveryClient(', 'futures.NewClient(', 'GeneralApi', 'impl.spot.Wallet.withdraw', 'markPrice', 'MARGIN_NOT_SUFFICIEN',
    ];
    for (const line of samples) {
      for (const r of PRODUCT_RULES) if (r.re.test(line)) expect((r.weight >= WEIGHT.endpoint ? HOST_WORDS : OTHER_WORDS).test(line), `${line} (${r.reason})`).toBe(true);
    }
    const fill = 'INFO order placed id=830459353458 symbol=ETHUSDT side=BUY qty=3.455 price=3050.12';
    expect(HOST_WORDS.test(fill) || OTHER_WORDS.test(fill)).toBe(false);
    expect(OTHER_WORDS.test('DEBUG GET https://fapi.binance.com/fapi/v1/ticker/price?symbol=BTCUSDT 200 OK in 42 ms')).toBe(false);
  });
});
