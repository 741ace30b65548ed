/**
 * Knowledge for the request codes (-1100 … -1999) of USD-M, COIN-M, Spot and Portfolio Margin:
 * the request's shape is wrong for this endpoint, mode or product. Spot's FIX, SBE, OCO and OPO
 * codes (-1134 … -1225) are Spot-only and keyed `spot:`. -1108 means BAD_ASSET on the derivatives
 * products but PARAM_OVERFLOW on Spot, so Spot gets its own entry; -1111 has Spot's own wording.
 */
import { cause, fix, fixFirst, lines, never, noop, signed, simple, six, wait } from './build';
import { CJS, CJS_SPOT, CPY, CPY_SPOT, DAPI, PB, PB_DEC, pbCatching, pbSymbol, SPOT, UJS, UJS_SPOT, ujsInfo, umCatching, umSymbol, UPY, UPY_SPOT } from './snippets';
import type { Knowledge, Snippet } from '../types';
import { aggTradesEndpoint } from '../rules/agg-trades-endpoint';
import { coinmOrOtherProduct } from '../rules/coinm-or-other-product';
import { coinmSymbolShape } from '../rules/coinm-symbol-shape';
import { duplicateOrTooManyParams } from '../rules/duplicate-or-too-many-params';
import { fieldOfOtherOrderType } from '../rules/field-of-other-order-type';
import { floatNoiseInOrder } from '../rules/float-noise-in-order';
import { futuresFieldsOnSpot } from '../rules/futures-fields-on-spot';
import { futuresTypeOnSpot } from '../rules/futures-type-on-spot';
import { illegalParamKind } from '../rules/illegal-param-kind';
import { malformedRequestValue } from '../rules/malformed-request-value';
import { marketOrCloseAllOrder } from '../rules/market-or-close-all-order';
import { marketQuantityAtFault } from '../rules/market-quantity-at-fault';
import { missingParamKind } from '../rules/missing-param-kind';
import { notRequiredParamKind } from '../rules/not-required-param-kind';
import { orderCallKind } from '../rules/order-call-kind';
import { quantityFloatNoise } from '../rules/quantity-float-noise';
import { reduceOnlyClashMode } from '../rules/reduce-only-clash-mode';
import { spotOrFutures } from '../rules/spot-or-futures';
import { spotSymbolShape } from '../rules/spot-symbol-shape';
import { spotTypeOnFutures } from '../rules/spot-type-on-futures';
import { spotUsdmOrCoinm } from '../rules/spot-usdm-or-coinm';
import { tooPreciseParamKind } from '../rules/too-precise-param-kind';
import { usdmSymbolShape } from '../rules/usdm-symbol-shape';
import { wholeContractQuantity } from '../rules/whole-contract-quantity';

// ---------------------------------------------------------------------------------------------
// Snippet sets (USD-M unless named; steps give the /dapi/, /api/v3/ and /papi/ equivalents; heads in ./snippets).

/** Round quantity and price onto the futures symbol's stepSize / tickSize grid with decimal maths. */
const S_PRECISION: Snippet[] = six(
  pbSymbol(
    'f = {x["filterType"]: x for x in sym["filters"]}',
    'step, tick = Decimal(f["LOT_SIZE"]["stepSize"]), Decimal(f["PRICE_FILTER"]["tickSize"])',
    'qty = (Decimal("0.0123456") / step).to_integral_value(ROUND_DOWN) * step',
    'price = (Decimal("64321.37") / tick).to_integral_value(ROUND_DOWN) * tick',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC",',
    '                            quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))',
  ),
  lines(
    CPY,
    'ex.load_markets()',
    'qty = ex.amount_to_precision("BTC/USDT:USDT", 0.0123456)  # truncates to the step',
    'price = ex.price_to_precision("BTC/USDT:USDT", 64321.37)',
    'ex.create_order("BTC/USDT:USDT", "limit", "buy", float(qty), float(price))',
  ),
  lines(
    CJS,
    'await ex.loadMarkets();',
    "const qty = ex.amountToPrecision('BTC/USDT:USDT', 0.0123456);",
    "const price = ex.priceToPrecision('BTC/USDT:USDT', 64321.37);",
    "await ex.createOrder('BTC/USDT:USDT', 'limit', 'buy', Number(qty), Number(price));",
  ),
  umSymbol(
    'f = {x["filterType"]: x for x in sym["filters"]}',
    'step, tick = Decimal(f["LOT_SIZE"]["stepSize"]), Decimal(f["PRICE_FILTER"]["tickSize"])',
    'qty = (Decimal("0.0123456") / step).to_integral_value(ROUND_DOWN) * step',
    'price = (Decimal("64321.37") / tick).to_integral_value(ROUND_DOWN) * tick',
    'um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC",',
    '             quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))',
  ),
  ujsInfo(
    "const f = Object.fromEntries(info.symbols.find((s) => s.symbol === 'BTCUSDT').filters.map((x) => [x.filterType, x]));",
    "const snap = (v, step) => { const d = (step.split('.')[1] ?? '').replace(/0+$/, '').length; return Number((Math.floor(v / Number(step) + 1e-9) * Number(step)).toFixed(d)); };",
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC',",
    '  quantity: snap(0.0123456, f.LOT_SIZE.stepSize), price: snap(64321.37, f.PRICE_FILTER.tickSize) });',
  ),
  lines(
    '# read the grid for the symbol: quantityPrecision, pricePrecision, LOT_SIZE.stepSize, PRICE_FILTER.tickSize',
    'curl -s "https://fapi.binance.com/fapi/v1/exchangeInfo" | jq \'.symbols[] | select(.symbol=="BTCUSDT") | {quantityPrecision, pricePrecision, filters: [.filters[] | select(.filterType=="LOT_SIZE" or .filterType=="PRICE_FILTER")]}\'',
    '# send plain decimals that are whole multiples of stepSize / tickSize',
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.012&price=64321.3'),
  ),
);

/** Spot: round to LOT_SIZE / PRICE_FILTER of /api/v3/exchangeInfo. */
const S_PRECISION_SPOT: Snippet[] = six(
  lines(
    PB_DEC,
    'f = {x["filterType"]: x for x in client.get_symbol_info("BTCUSDT")["filters"]}',
    'step, tick = Decimal(f["LOT_SIZE"]["stepSize"]), Decimal(f["PRICE_FILTER"]["tickSize"])',
    'qty = (Decimal("0.00123456789") / step).to_integral_value(ROUND_DOWN) * step',
    'price = (Decimal("64321.3719") / tick).to_integral_value(ROUND_DOWN) * tick',
    'client.create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC",',
    '                    quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))',
  ),
  lines(
    CPY_SPOT,
    'ex.load_markets()',
    'qty = ex.amount_to_precision("BTC/USDT", 0.00123456789)',
    'price = ex.price_to_precision("BTC/USDT", 64321.3719)',
    'ex.create_order("BTC/USDT", "limit", "buy", float(qty), float(price))',
  ),
  lines(
    CJS_SPOT,
    'await ex.loadMarkets();',
    "const qty = ex.amountToPrecision('BTC/USDT', 0.00123456789);",
    "const price = ex.priceToPrecision('BTC/USDT', 64321.3719);",
    "await ex.createOrder('BTC/USDT', 'limit', 'buy', Number(qty), Number(price));",
  ),
  lines(
    'from decimal import Decimal, ROUND_DOWN',
    UPY_SPOT,
    'sym = client.exchange_info(symbol="BTCUSDT")["symbols"][0]',
    'f = {x["filterType"]: x for x in sym["filters"]}',
    'step, tick = Decimal(f["LOT_SIZE"]["stepSize"]), Decimal(f["PRICE_FILTER"]["tickSize"])',
    'qty = (Decimal("0.00123456789") / step).to_integral_value(ROUND_DOWN) * step',
    'price = (Decimal("64321.3719") / tick).to_integral_value(ROUND_DOWN) * tick',
    'client.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC",',
    '                 quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))',
  ),
  lines(
    UJS_SPOT,
    "const sym = (await client.exchangeInfo({ symbol: 'BTCUSDT' })).data.symbols[0];",
    'const f = Object.fromEntries(sym.filters.map((x) => [x.filterType, x]));',
    "const snap = (v, step) => { const d = (step.split('.')[1] ?? '').replace(/0+$/, '').length; return (Math.floor(v / Number(step) + 1e-9) * Number(step)).toFixed(d); };",
    "await client.newOrder('BTCUSDT', 'BUY', 'LIMIT', { timeInForce: 'GTC',",
    '  quantity: snap(0.00123456789, f.LOT_SIZE.stepSize), price: snap(64321.3719, f.PRICE_FILTER.tickSize) });',
  ),
  lines(
    'curl -s "https://api.binance.com/api/v3/exchangeInfo?symbol=BTCUSDT" | jq \'.symbols[0].filters[] | select(.filterType=="LOT_SIZE" or .filterType=="PRICE_FILTER")\'',
    signed('POST', '/api/v3/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.00123&price=64321.37', SPOT),
  ),
);

/** Read the position mode, then send the parameters that mode expects. */
const S_MODE_PARAMS: Snippet[] = six(
  lines(
    PB,
    'hedge = client.futures_get_position_mode()["dualSidePosition"]',
    'if hedge:  # close a long: SELL on the LONG side, no reduceOnly',
    '    client.futures_create_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity="0.01", positionSide="LONG")',
    'else:  # one-way: reduceOnly marks it as closing',
    '    client.futures_create_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity="0.01", reduceOnly="true")',
  ),
  lines(
    CPY,
    'hedge = ex.fapiPrivateGetPositionSideDual()["dualSidePosition"]',
    'params = {"positionSide": "LONG"} if hedge else {"reduceOnly": True}',
    'ex.create_order("BTC/USDT:USDT", "market", "sell", 0.01, None, params)',
  ),
  lines(
    CJS,
    'const { dualSidePosition } = await ex.fapiPrivateGetPositionSideDual();',
    "const params = dualSidePosition ? { positionSide: 'LONG' } : { reduceOnly: true };",
    "await ex.createOrder('BTC/USDT:USDT', 'market', 'sell', 0.01, undefined, params);",
  ),
  lines(
    UPY,
    'hedge = um.get_position_mode()["dualSidePosition"]',
    'extra = {"positionSide": "LONG"} if hedge else {"reduceOnly": "true"}',
    'um.new_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity=0.01, **extra)',
  ),
  lines(
    UJS,
    'const { dualSidePosition } = await (await client.restAPI.getCurrentPositionMode()).data();',
    "const extra = dualSidePosition ? { positionSide: 'LONG' } : { reduceOnly: 'true' };",
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: 0.01, ...extra });",
  ),
  lines(
    '# {"dualSidePosition": true} = hedge mode: send positionSide and never reduceOnly',
    signed('GET', '/fapi/v1/positionSide/dual', ''),
  ),
);

/** Send exactly the parameters each order type wants. */
const S_TYPE_PARAMS: Snippet[] = six(
  lines(
    PB,
    '# LIMIT: quantity + price + timeInForce',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", quantity="0.01", price="60000", timeInForce="GTC")',
    '# MARKET: quantity only (no price, no timeInForce)',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.01")',
  ),
  lines(
    CPY,
    'ex.create_order("BTC/USDT:USDT", "limit", "buy", 0.01, 60000, {"timeInForce": "GTC"})',
    'ex.create_order("BTC/USDT:USDT", "market", "buy", 0.01)  # no price, no timeInForce',
  ),
  lines(
    CJS,
    "await ex.createOrder('BTC/USDT:USDT', 'limit', 'buy', 0.01, 60000, { timeInForce: 'GTC' });",
    "await ex.createOrder('BTC/USDT:USDT', 'market', 'buy', 0.01); // no price, no timeInForce",
  ),
  lines(
    UPY,
    'um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=0.01, price=60000, timeInForce="GTC")',
    'um.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=0.01)',
  ),
  lines(
    UJS,
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: 0.01, price: 60000, timeInForce: 'GTC' });",
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: 0.01 });",
  ),
  lines(
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.01&price=60000&timeInForce=GTC'),
    '# MARKET: leave price and timeInForce out altogether',
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01'),
  ),
);

/** A whole-position stop on the Algo Order API: closePosition=true, no quantity, no reduceOnly. */
const S_CLOSE_POSITION: Snippet[] = six(
  lines(
    PB,
    '# conditional orders live on POST /fapi/v1/algoOrder since 2025-12-09',
    'client.futures_create_algo_order(symbol="BTCUSDT", side="SELL", algoType="CONDITIONAL", type="STOP_MARKET",',
    '                                 triggerPrice="58000", closePosition="true")  # no quantity, no reduceOnly',
  ),
  lines(
    CPY,
    '# recent ccxt versions route stop orders to the Algo Order API themselves',
    'ex.create_order("BTC/USDT:USDT", "STOP_MARKET", "sell", None, None, {"stopPrice": 58000, "closePosition": True})',
  ),
  lines(
    CJS,
    "await ex.createOrder('BTC/USDT:USDT', 'STOP_MARKET', 'sell', undefined, undefined, { stopPrice: 58000, closePosition: true });",
  ),
  lines(
    UPY,
    '# the connector has no Algo Order wrapper: sign the request yourself',
    'um.sign_request("POST", "/fapi/v1/algoOrder", {"symbol": "BTCUSDT", "side": "SELL", "algoType": "CONDITIONAL",',
    '                "type": "STOP_MARKET", "triggerPrice": "58000", "closePosition": "true"})',
  ),
  lines(
    UJS,
    "await client.restAPI.newAlgoOrder({ algoType: 'CONDITIONAL', symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_MARKET',",
    "  triggerPrice: 58000, closePosition: 'true' }); // no quantity, no reduceOnly",
  ),
  signed('POST', '/fapi/v1/algoOrder', 'symbol=BTCUSDT&side=SELL&algoType=CONDITIONAL&type=STOP_MARKET&triggerPrice=58000&closePosition=true'),
);

/** A client order id that matches ^[.A-Z:/a-z0-9_-]{1,36}$. */
const S_CLIENT_ID: Snippet[] = six(
  lines(
    'import re',
    'import uuid',
    PB,
    'cid = "bot-" + uuid.uuid4().hex[:24]  # letters, digits, . : / _ - only; 36 chars at most',
    'assert re.fullmatch(r"[.A-Z:/a-z0-9_-]{1,36}", cid)',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.01", newClientOrderId=cid)',
  ),
  lines(
    'import uuid',
    CPY,
    'cid = "bot-" + uuid.uuid4().hex[:24]',
    'ex.create_order("BTC/USDT:USDT", "market", "buy", 0.01, None, {"clientOrderId": cid})',
  ),
  lines(
    CJS,
    "const cid = ('bot-' + Date.now().toString(36) + Math.random().toString(36).slice(2)).slice(0, 36);",
    "await ex.createOrder('BTC/USDT:USDT', 'market', 'buy', 0.01, undefined, { clientOrderId: cid });",
  ),
  lines(
    'import uuid',
    UPY,
    'cid = "bot-" + uuid.uuid4().hex[:24]',
    'um.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=0.01, newClientOrderId=cid)',
  ),
  lines(
    UJS,
    "const cid = ('bot-' + Date.now().toString(36) + Math.random().toString(36).slice(2)).slice(0, 36);",
    "if (!/^[.A-Z:/a-z0-9_-]{1,36}$/.test(cid)) throw new Error('bad client order id');",
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: 0.01, newClientOrderId: cid });",
  ),
  lines('CID="bot-$(date +%s)"  # only letters, digits and . : / _ -', signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&newClientOrderId=$CID')),
);

/** Numbers as plain decimal strings (no exponent, no comma). */
const S_PLAIN_NUMBERS: Snippet[] = six(
  lines(
    'from decimal import Decimal',
    PB,
    'qty = format(Decimal(str(0.00001)).normalize(), "f")  # "0.00001", never "1e-05"',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=qty, price="60000", timeInForce="GTC")',
  ),
  lines(
    'from decimal import Decimal',
    CPY,
    'ex.load_markets()',
    'qty = ex.amount_to_precision("BTC/USDT:USDT", 0.00123)  # a plain decimal string',
    'ex.create_order("BTC/USDT:USDT", "limit", "buy", float(Decimal(qty)), 60000, {"timeInForce": "GTC"})',
  ),
  lines(
    CJS,
    'await ex.loadMarkets();',
    "const qty = ex.amountToPrecision('BTC/USDT:USDT', 0.00123);",
    "await ex.createOrder('BTC/USDT:USDT', 'limit', 'buy', Number(qty), 60000, { timeInForce: 'GTC' });",
  ),
  lines(
    'from decimal import Decimal',
    UPY,
    'qty = format(Decimal(str(0.00001)).normalize(), "f")',
    'um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=qty, price="60000", timeInForce="GTC")',
  ),
  lines(
    UJS,
    '// toFixed never prints an exponent; String(0.0000001) would give "1e-7"',
    'const qty = (0.00123).toFixed(3);',
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: Number(qty), price: 60000, timeInForce: 'GTC' });",
  ),
  lines(
    '# quantity=0.001 (dot, no exponent); never 1e-3 or 0,001',
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001&price=60000&timeInForce=GTC'),
  ),
);

/** Let the library add timestamp, recvWindow and signature once; pass only business parameters. */
const S_LIBRARY_SIGNS: Snippet[] = six(
  lines(
    PB,
    '# no timestamp= or signature= of your own: the client adds both exactly once',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.01")',
  ),
  lines(CPY, '# pass only the order fields; ccxt signs the request itself', 'ex.create_order("BTC/USDT:USDT", "market", "buy", 0.01)'),
  lines(CJS, "await ex.createOrder('BTC/USDT:USDT', 'market', 'buy', 0.01); // ccxt adds timestamp and signature"),
  lines(UPY, '# recvWindow may be passed; timestamp and signature are added for you', 'um.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=0.01, recvWindow=5000)'),
  lines(UJS, "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: 0.01 }); // signed for you"),
  lines(
    '# every parameter once, signature last, and the same string you signed is the one you send',
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01'),
  ),
);

/** Check a symbol exists and trades on the product you call. */
const S_SYMBOL: Snippet[] = six(
  lines(
    PB,
    'usdm = {s["symbol"]: s["status"] for s in client.futures_exchange_info()["symbols"]}',
    'coinm = {s["symbol"]: s["contractStatus"] for s in client.futures_coin_exchange_info()["symbols"]}',
    'print("USD-M:", usdm.get("1000SHIBUSDT"), "COIN-M:", coinm.get("BTCUSD_PERP"))',
    '# USD-M symbols go to futures_* methods, COIN-M to futures_coin_*, Spot to get_*/create_order',
  ),
  lines(
    CPY,
    'ex.load_markets()',
    'print("BTC/USDT:USDT" in ex.markets, ex.market("BTC/USDT:USDT")["id"])  # unified symbol -> "BTCUSDT"',
    '# COIN-M: ccxt.binancecoinm() and "BTC/USD:BTC"; Spot: ccxt.binance() and "BTC/USDT"',
  ),
  lines(
    CJS,
    'await ex.loadMarkets();',
    "console.log('BTC/USDT:USDT' in ex.markets, ex.market('BTC/USDT:USDT').id); // unified symbol -> BTCUSDT",
  ),
  lines(
    UPY,
    'status = {s["symbol"]: s["status"] for s in um.exchange_info()["symbols"]}',
    'print(status.get("1000SHIBUSDT"))  # None = not a USD-M symbol; anything but TRADING = not tradable now',
    '# COIN-M: from binance.cm_futures import CMFutures; CMFutures().exchange_info()',
  ),
  ujsInfo(
    "const s = info.symbols.find((x) => x.symbol === '1000SHIBUSDT');",
    "console.log(s ? s.status : 'not a USD-M symbol');",
  ),
  lines(
    'curl -s "https://fapi.binance.com/fapi/v1/exchangeInfo" | jq \'.symbols[] | select(.symbol=="1000SHIBUSDT") | .status\'',
    'curl -s "https://dapi.binance.com/dapi/v1/exchangeInfo" | jq \'.symbols[] | select(.symbol=="BTCUSD_PERP") | .contractStatus\'',
    'curl -s "https://api.binance.com/api/v3/exchangeInfo?symbol=BTCUSDT" | jq \'.symbols[0].status\'',
  ),
);

/** Keep a futures listenKey alive, and recreate it when it is gone. */
const S_LISTEN_KEY: Snippet[] = six(
  lines(
    'import time',
    pbCatching(
      'key = client.futures_stream_get_listen_key()',
      'while True:',
      '    time.sleep(30 * 60)  # every 30 minutes, well inside the 60-minute validity',
      '    try:',
      '        client.futures_stream_keepalive(listenKey=key)',
      '    except BinanceAPIException as e:',
      '        if e.code != -1125:',
      '            raise',
      '        key = client.futures_stream_get_listen_key()  # new key: reconnect the socket with it',
    ),
  ),
  lines(
    'import time',
    CPY,
    'key = ex.fapiPrivatePostListenKey()["listenKey"]',
    'while True:',
    '    time.sleep(30 * 60)',
    '    try:',
    '        ex.fapiPrivatePutListenKey()',
    '    except ccxt.AuthenticationError:  # ccxt reports -1125 this way',
    '        key = ex.fapiPrivatePostListenKey()["listenKey"]',
  ),
  lines(
    CJS,
    'let key = (await ex.fapiPrivatePostListenKey()).listenKey;',
    'setInterval(async () => {',
    '  try { await ex.fapiPrivatePutListenKey(); }',
    '  catch (e) { key = (await ex.fapiPrivatePostListenKey()).listenKey; /* reconnect with the new key */ }',
    '}, 30 * 60 * 1000);',
  ),
  lines(
    'import time',
    umCatching(
      'key = um.new_listen_key()["listenKey"]',
      'while True:',
      '    time.sleep(30 * 60)',
      '    try:',
      '        um.renew_listen_key(listenKey=key)',
      '    except ClientError as e:',
      '        if e.error_code != -1125:',
      '            raise',
      '        key = um.new_listen_key()["listenKey"]',
    ),
  ),
  lines(
    UJS,
    'let key = (await (await client.restAPI.startUserDataStream()).data()).listenKey;',
    'setInterval(async () => {',
    '  try { await client.restAPI.keepaliveUserDataStream(); }',
    '  catch (err) { key = (await (await client.restAPI.startUserDataStream()).data()).listenKey; }',
    '}, 30 * 60 * 1000);',
  ),
  lines(
    '# create (or get back the active) key, then PUT it every 30 minutes',
    'curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/listenKey"',
    'curl -s -X PUT -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/listenKey"',
    '# COIN-M: /dapi/v1/listenKey; Portfolio Margin: /papi/v1/listenKey',
  ),
);

/** Reconnect the user-data socket before the 24-hour cut, with a fresh or renewed key. */
const S_RECONNECT_24H: Snippet[] = six(
  lines(
    'import time',
    PB,
    'started = time.time()',
    'key = client.futures_stream_get_listen_key()',
    '# ... open wss://fstream.binance.com/ws/<key> ...',
    'if time.time() - started > 23 * 3600:  # plan the reconnect before Binance cuts it at 24 h',
    '    key = client.futures_stream_get_listen_key()  # returns the active key or a new one',
    '    started = time.time()',
  ),
  lines(
    CPY,
    '# ccxt.pro watch_orders() reconnects and renews the key for you; plain ccxt:',
    'key = ex.fapiPrivatePostListenKey()["listenKey"]  # call again on every reconnect',
  ),
  lines(CJS, '// on every socket reconnect, ask for the key again before subscribing', 'const { listenKey } = await ex.fapiPrivatePostListenKey();', 'console.log(listenKey);'),
  lines(UPY, '# on every reconnect: POST again (returns the active key or a new one), then subscribe with it', 'key = um.new_listen_key()["listenKey"]'),
  lines(UJS, '// on every reconnect, fetch the key again before you subscribe', 'const { listenKey } = await (await client.restAPI.startUserDataStream()).data();', 'console.log(listenKey);'),
  'curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/listenKey"  # on every reconnect',
);

/** Page a history query in windows the endpoint accepts. */
const S_WINDOWS: Snippet[] = six(
  lines(
    PB,
    'DAY = 24 * 3600 * 1000',
    'end = client.futures_time()["serverTime"]',
    'start = end - 30 * DAY',
    'trades = []',
    'while start < end:  # /fapi/v1/userTrades: at most 7 days per call',
    '    stop = min(start + 7 * DAY - 1, end)',
    '    trades += client.futures_account_trades(symbol="BTCUSDT", startTime=start, endTime=stop)',
    '    start = stop + 1',
  ),
  lines(
    CPY,
    'DAY = 24 * 3600 * 1000',
    'since, end, out = ex.milliseconds() - 30 * DAY, ex.milliseconds(), []',
    'while since < end:',
    '    out += ex.fetch_my_trades("BTC/USDT:USDT", since, None, {"endTime": min(since + 7 * DAY - 1, end)})',
    '    since += 7 * DAY',
  ),
  lines(
    CJS,
    'const DAY = 86400000;',
    'let since = ex.milliseconds() - 30 * DAY; const end = ex.milliseconds(); const out = [];',
    'for (; since < end; since += 7 * DAY) {',
    "  out.push(...await ex.fetchMyTrades('BTC/USDT:USDT', since, undefined, { endTime: Math.min(since + 7 * DAY - 1, end) }));",
    '}',
  ),
  lines(
    UPY,
    'DAY = 24 * 3600 * 1000',
    'end = um.time()["serverTime"]',
    'start, trades = end - 30 * DAY, []',
    'while start < end:',
    '    stop = min(start + 7 * DAY - 1, end)',
    '    trades += um.get_account_trades(symbol="BTCUSDT", startTime=start, endTime=stop)',
    '    start = stop + 1',
  ),
  lines(
    UJS,
    'const DAY = 86400000; const end = Date.now(); const out = [];',
    'for (let start = end - 30 * DAY; start < end; start += 7 * DAY) {',
    "  const r = await client.restAPI.accountTradeList({ symbol: 'BTCUSDT', startTime: start, endTime: Math.min(start + 7 * DAY - 1, end) });",
    '  out.push(...(await r.data()));',
    '}',
  ),
  lines(
    '# milliseconds, and endTime - startTime inside the limit (7 days here)',
    'START=$(( $(date +%s000) - 6 * 86400000 ))',
    signed('GET', '/fapi/v1/userTrades', 'symbol=BTCUSDT&startTime=$START&endTime=$(date +%s000)'),
  ),
);

/** Futures order types: STOP_MARKET etc. on the Algo Order API; no Spot-only types. */
const S_FUTURES_TYPES: Snippet[] = six(
  lines(
    PB,
    '# futures types: LIMIT, MARKET; conditional STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET',
    '# post-only is LIMIT with timeInForce="GTX" (there is no LIMIT_MAKER on futures)',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", quantity="0.01", price="60000", timeInForce="GTX")',
  ),
  lines(CPY, '# post-only on futures: a limit order with timeInForce GTX', 'ex.create_order("BTC/USDT:USDT", "limit", "buy", 0.01, 60000, {"timeInForce": "GTX"})'),
  lines(CJS, "await ex.createOrder('BTC/USDT:USDT', 'limit', 'buy', 0.01, 60000, { timeInForce: 'GTX' }); // post-only"),
  lines(UPY, 'um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=0.01, price=60000, timeInForce="GTX")  # post-only'),
  lines(UJS, "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: 0.01, price: 60000, timeInForce: 'GTX' });"),
  lines(
    '# upper-case enums; futures post-only = LIMIT + timeInForce=GTX',
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.01&price=60000&timeInForce=GTX'),
  ),
);

/** Spot order types: STOP_LOSS_LIMIT with stopPrice, or LIMIT_MAKER for post-only. */
const S_SPOT_TYPES: Snippet[] = six(
  lines(
    PB,
    '# Spot types: LIMIT, MARKET, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT, LIMIT_MAKER',
    'client.create_order(symbol="BTCUSDT", side="SELL", type="STOP_LOSS_LIMIT", quantity="0.001",',
    '                    price="57900", stopPrice="58000", timeInForce="GTC")',
  ),
  lines(CPY_SPOT, 'ex.create_order("BTC/USDT", "STOP_LOSS_LIMIT", "sell", 0.001, 57900, {"stopPrice": 58000, "timeInForce": "GTC"})'),
  lines(CJS_SPOT, "await ex.createOrder('BTC/USDT', 'STOP_LOSS_LIMIT', 'sell', 0.001, 57900, { stopPrice: 58000, timeInForce: 'GTC' });"),
  lines(UPY_SPOT, 'client.new_order(symbol="BTCUSDT", side="SELL", type="STOP_LOSS_LIMIT", quantity=0.001, price=57900, stopPrice=58000, timeInForce="GTC")'),
  lines(UJS_SPOT, "await client.newOrder('BTCUSDT', 'SELL', 'STOP_LOSS_LIMIT', { quantity: 0.001, price: 57900, stopPrice: 58000, timeInForce: 'GTC' });"),
  signed('POST', '/api/v3/order', 'symbol=BTCUSDT&side=SELL&type=STOP_LOSS_LIMIT&quantity=0.001&price=57900&stopPrice=58000&timeInForce=GTC', SPOT),
);

/** Spot: never send futures-only fields. */
const S_SPOT_CLEAN: Snippet[] = six(
  lines(PB, '# Spot orders take no reduceOnly, positionSide or closePosition', 'client.create_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity="0.001")'),
  lines(CPY_SPOT, 'ex.create_order("BTC/USDT", "market", "sell", 0.001)  # no reduceOnly/positionSide on Spot'),
  lines(CJS_SPOT, "await ex.createOrder('BTC/USDT', 'market', 'sell', 0.001); // no futures-only params"),
  lines(UPY_SPOT, 'client.new_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity=0.001)'),
  lines(UJS_SPOT, "await client.newOrder('BTCUSDT', 'SELL', 'MARKET', { quantity: 0.001 });"),
  signed('POST', '/api/v3/order', 'symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.001', SPOT),
);

/** COIN-M: quantity is a whole number of contracts. */
const S_COINM_CONTRACTS: Snippet[] = six(
  lines(
    PB,
    '# COIN-M quantity = number of contracts (BTCUSD_PERP: 100 USD each), a whole number',
    'contracts = int(500 // 100)',
    'client.futures_coin_create_order(symbol="BTCUSD_PERP", side="BUY", type="MARKET", quantity=contracts)',
  ),
  lines(
    'import os',
    'import ccxt',
    '',
    'ex = ccxt.binancecoinm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})',
    'ex.load_markets()',
    'print(ex.market("BTC/USD:BTC")["contractSize"])  # USD per contract',
    'ex.create_order("BTC/USD:BTC", "market", "buy", 5)  # 5 contracts',
  ),
  lines(
    "import ccxt from 'ccxt';",
    'const ex = new ccxt.binancecoinm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });',
    "await ex.createOrder('BTC/USD:BTC', 'market', 'buy', 5); // contracts, not BTC",
  ),
  lines(
    'import os',
    'from binance.cm_futures import CMFutures',
    '',
    'cm = CMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])',
    'cm.new_order(symbol="BTCUSD_PERP", side="BUY", type="MARKET", quantity=5)  # 5 contracts',
  ),
  lines(
    "import { DerivativesTradingCoinFutures } from '@binance/derivatives-trading-coin-futures';",
    'const cm = new DerivativesTradingCoinFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });',
    "await cm.restAPI.newOrder({ symbol: 'BTCUSD_PERP', side: 'BUY', type: 'MARKET', quantity: 5 });",
  ),
  lines(
    'curl -s "https://dapi.binance.com/dapi/v1/exchangeInfo" | jq \'.symbols[] | select(.symbol=="BTCUSD_PERP") | {contractSize, quantityPrecision}\'',
    signed('POST', '/dapi/v1/order', 'symbol=BTCUSD_PERP&side=BUY&type=MARKET&quantity=5', DAPI),
  ),
);

/** Send the order id field that the lookup needs (orderId or origClientOrderId). */
const S_ORDER_ID: Snippet[] = six(
  lines(PB, 'client.futures_get_order(symbol="BTCUSDT", orderId=123456789)', 'client.futures_cancel_order(symbol="BTCUSDT", origClientOrderId="bot-0001")'),
  lines(CPY, 'ex.fetch_order("123456789", "BTC/USDT:USDT")', 'ex.cancel_order(None, "BTC/USDT:USDT", {"origClientOrderId": "bot-0001"})'),
  lines(CJS, "await ex.fetchOrder('123456789', 'BTC/USDT:USDT');", "await ex.cancelOrder(undefined, 'BTC/USDT:USDT', { origClientOrderId: 'bot-0001' });"),
  lines(UPY, 'um.query_order(symbol="BTCUSDT", orderId=123456789)', 'um.cancel_order(symbol="BTCUSDT", origClientOrderId="bot-0001")'),
  lines(UJS, "await client.restAPI.queryOrder({ symbol: 'BTCUSDT', orderId: 123456789 });", "await client.restAPI.cancelOrder({ symbol: 'BTCUSDT', origClientOrderId: 'bot-0001' });"),
  signed('GET', '/fapi/v1/order', 'symbol=BTCUSDT&orderId=123456789'),
);

/** Form-encoded body, no empty or null values. */
const S_NO_EMPTY: Snippet[] = six(
  lines(
    PB,
    'params = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": "0.01", "price": None, "timeInForce": "GTC"}',
    'params = {k: v for k, v in params.items() if v not in (None, "")}  # drop empty values',
    'assert "price" in params, "LIMIT needs a price"',
  ),
  lines(CPY, 'price = None', 'if price is None:', '    raise ValueError("a limit order needs a price")', 'ex.create_order("BTC/USDT:USDT", "limit", "buy", 0.01, price)'),
  lines(
    CJS,
    "const params = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: 0.01, price: undefined };",
    "const missing = Object.entries(params).filter(([, v]) => v === undefined || v === null || v === '').map(([k]) => k);",
    "if (missing.length) throw new Error('empty: ' + missing.join(','));",
  ),
  lines(UPY, 'params = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": 0.01, "price": 60000, "timeInForce": "GTC"}', 'um.new_order(**{k: v for k, v in params.items() if v is not None})'),
  lines(
    UJS,
    "const p = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: 0.01, price: 60000, timeInForce: 'GTC' };",
    'await client.restAPI.newOrder(Object.fromEntries(Object.entries(p).filter(([, v]) => v != null)));',
  ),
  lines(
    '# parameters go form-encoded (query string or x-www-form-urlencoded body), never as JSON',
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.01&price=60000&timeInForce=GTC'),
  ),
);

/** A list parameter (batchOrders) as compact JSON, encoded once. */
const S_JSON_LIST: Snippet[] = six(
  lines(
    PB,
    'orders = [{"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": "0.01", "price": "60000", "timeInForce": "GTC"}]',
    'client.futures_place_batch_order(batchOrders=orders)  # the client JSON-encodes the list',
  ),
  lines(CPY, 'ex.create_orders([{"symbol": "BTC/USDT:USDT", "type": "limit", "side": "buy", "amount": 0.01, "price": 60000}])'),
  lines(CJS, "await ex.createOrders([{ symbol: 'BTC/USDT:USDT', type: 'limit', side: 'buy', amount: 0.01, price: 60000 }]);"),
  lines(UPY, 'orders = [{"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": "0.01", "price": "60000", "timeInForce": "GTC"}]', 'um.new_batch_order(batchOrders=orders)'),
  lines(UJS, "await client.restAPI.placeMultipleOrders({ batchOrders: [{ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: '60000', timeInForce: 'GTC' }] });"),
  lines(
    'BATCH=$(jq -rn \'[{symbol:"BTCUSDT",side:"BUY",type:"LIMIT",quantity:"0.01",price:"60000",timeInForce:"GTC"}] | tojson | @uri\')',
    signed('POST', '/fapi/v1/batchOrders', 'batchOrders=$BATCH'),
  ),
);

// ---------------------------------------------------------------------------------------------
// Deep trees.

const K1100: Knowledge = {
  keys: ['-1100'],
  meaning:
    'One of the values you sent contains characters Binance does not accept for that parameter. The request was refused before anything happened.',
  retry: fixFirst('Nothing was done. Find the value with the bad characters (the message usually names the parameter and the allowed pattern), clean it, then send again.'),
  causes: [
    cause('number-format', 'A number was written in a form Binance cannot read', 'Quantities and prices must be plain decimals such as 0.001. Floats printed as 1e-05, values with a comma as the decimal mark, a thousands separator or a trailing space all fail the pattern.', [
      fix('Format numbers as plain decimal strings', ['Format quantity, price and stopPrice yourself (Decimal in Python, toFixed in JavaScript) before sending.', 'Never let str(float) or String(number) print small values: they switch to exponent form.', 'Make sure your locale does not turn the decimal point into a comma.'], S_PLAIN_NUMBERS),
    ]),
    cause('client-id-chars', 'The client order id has characters outside the allowed set', 'newClientOrderId (and origClientOrderId) may only use letters, digits and . : / _ - and at most 36 characters. Spaces, #, +, @ or a long strategy name in the id trigger this.', [
      fix('Build ids from the allowed characters only', ['Generate ids like "bot-" plus a short hex string.', 'Check them against ^[.A-Z:/a-z0-9_-]{1,36}$ before sending.'], S_CLIENT_ID),
    ]),
    cause('symbol-format', 'The symbol was sent in a display or unified format', 'The REST API wants the exchange id such as BTCUSDT. A slash (BTC/USDT), a colon (BTC/USDT:USDT), a dash or spaces come from ccxt-style or UI symbols.', [
      fix('Send the exchange symbol id', ['Use the symbol exactly as GET /fapi/v1/exchangeInfo (or /dapi/v1/ or /api/v3/) lists it, upper case, no separators.', 'In ccxt keep the unified symbol in ccxt calls and use market(symbol)["id"] when you call raw endpoints.'], S_SYMBOL),
    ]),
    cause('list-param-encoding', 'A list parameter was not sent as URL-encoded JSON', 'Parameters such as symbols, batchOrders or orderIdList must be a JSON array, URL-encoded. A Python list printed with single quotes or an unencoded bracket string is refused.', [
      fix('Send lists as compact, URL-encoded JSON', ['Serialise with json.dumps(list, separators=(",", ":")) or JSON.stringify(list).', 'URL-encode the result; let the library do it where it supports the endpoint.'], S_JSON_LIST),
    ]),
  ],
  tree: {
    start: 'param',
    questions: [
      {
        id: 'param',
        text: 'Which parameter does the message name?',
        help: 'The long form reads "Illegal characters found in parameter \'X\'; legal range is \'…\'".',
        options: [
          { value: 'number', label: 'quantity, price, stopPrice or another number', ranks: ['number-format'] },
          { value: 'client-id', label: 'newClientOrderId / origClientOrderId', ranks: ['client-id-chars'] },
          { value: 'symbol', label: 'symbol', ranks: ['symbol-format'] },
          { value: 'list', label: 'symbols, batchOrders, orderIdList or another list', ranks: ['list-param-encoding'] },
          { value: 'none', label: 'It names none (short message)', next: 'values' },
        ],
        auto: illegalParamKind,
      },
      {
        id: 'values',
        text: 'Which of your values looks unusual?',
        options: [
          { value: 'number', label: 'A number with an exponent (1e-05), a comma or a space', ranks: ['number-format'] },
          { value: 'client-id', label: 'The client order id (spaces, symbols, longer than 36)', ranks: ['client-id-chars'] },
          { value: 'symbol', label: 'The symbol has a slash, colon or dash', ranks: ['symbol-format'] },
          { value: 'unsure', label: 'None that I can see', ranks: ['number-format', 'client-id-chars', 'symbol-format', 'list-param-encoding'] },
        ],
        auto: malformedRequestValue,
      },
    ],
  },
};

const K1101: Knowledge = {
  keys: ['-1101'],
  meaning: 'The request carried more parameters than the endpoint takes, or the same parameter twice. Binance refused it without acting.',
  retry: fixFirst('Nothing was done. Remove the duplicate or extra parameter, then send again.'),
  causes: [
    cause('duplicate-param', 'The same parameter was sent twice', 'The "Duplicate values for a parameter detected." form means one name appears twice — typically timestamp, recvWindow or signature added by your code on top of what the library already adds, or a value present in both the query string and the body.', [
      fix('Let one layer add each parameter', ['Remove timestamp, signature (and usually recvWindow) from your own parameter dict when a library signs for you.', 'If you sign yourself, build the string once and send it in one place only: query string or body, not both.', 'Log the final URL/body and check no name repeats.'], S_LIBRARY_SIGNS),
    ]),
    cause('extra-params', 'More parameters than this endpoint accepts', 'The "expected X and received Y" form means the endpoint counted too many. Passing a whole order dict into a lookup, or retrying with leftovers from another call, adds fields the endpoint has no slot for.', [
      fix('Send only what the endpoint documents', ['Compare your parameters with the endpoint page and drop the rest.', 'Build a fresh parameter object for every call instead of reusing one.'], S_TYPE_PARAMS),
    ]),
  ],
  tree: {
    start: 'which',
    questions: [
      {
        id: 'which',
        text: 'Which form of the message did you get?',
        options: [
          { value: 'duplicate', label: '"Duplicate values for a parameter detected."', ranks: ['duplicate-param'] },
          { value: 'count', label: '"Too many parameters; expected … and received …" or the short form', next: 'own-signing' },
        ],
        auto: duplicateOrTooManyParams,
      },
      {
        id: 'own-signing',
        text: 'Do you add timestamp, recvWindow or signature yourself while also using a library?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['duplicate-param', 'extra-params'] },
          { value: 'no', label: 'No', ranks: ['extra-params', 'duplicate-param'] },
        ],
      },
    ],
  },
};

const K1102: Knowledge = {
  keys: ['-1102'],
  meaning:
    'A parameter the request needs was missing, empty or unreadable. Which one depends on the order type — the message usually names it. Nothing was placed.',
  retry: fixFirst('Nothing was placed. Add the missing parameter (or fix its value) and send again; the same request will keep failing.'),
  causes: [
    cause('limit-missing-tif', 'A LIMIT order without timeInForce', 'On futures and Spot a LIMIT order must say how long it lives (GTC, IOC, FOK; GTX or GTD on futures). Many wrappers leave it out unless you pass it.', [
      fix('Always send timeInForce with LIMIT', ['Add timeInForce=GTC (or IOC/FOK; GTX for post-only on futures).', 'MARKET orders take no timeInForce, so add it only for LIMIT-type orders.'], S_TYPE_PARAMS),
    ]),
    cause('missing-price-or-trigger', 'Price or trigger price missing for the order type', 'LIMIT, STOP and TAKE_PROFIT need price; STOP, STOP_MARKET, TAKE_PROFIT and TAKE_PROFIT_MARKET need a trigger (stopPrice on the old endpoint, triggerPrice on the Algo Order API since 2025-12-09). A price that your code computed as None is sent empty.', [
      fix('Send the fields that the type requires', ['Check the order type: LIMIT needs quantity, price, timeInForce; MARKET needs quantity; conditional types need the trigger price.', 'For conditional futures orders use POST /fapi/v1/algoOrder with algoType=CONDITIONAL and triggerPrice.', 'Stop before sending when a computed price is None/NaN.'], S_TYPE_PARAMS),
    ]),
    cause('missing-order-id', 'Neither orderId nor origClientOrderId on a lookup or cancel', 'Query and cancel calls need one of the two ids ("Param \'orderId\' or \'origClientOrderId\' must be sent"). A failed placement that returned no id leaves the variable empty.', [
      fix('Pass one id, and skip when you have none', ['Send orderId (number) or origClientOrderId (your own id).', 'If the placement failed, there is nothing to look up or cancel: handle that before calling.'], S_ORDER_ID),
    ]),
    cause('empty-or-json-body', 'Values went out empty, null or as a JSON body', 'Binance reads form-encoded parameters. A JSON body, or a value serialised as "" / "None" / "null", counts as missing or malformed.', [
      fix('Send form-encoded parameters with real values', ['Use application/x-www-form-urlencoded (or the query string), not JSON.', 'Filter out None/undefined values before sending and fail loudly if a required one is missing.'], S_NO_EMPTY),
    ]),
  ],
  tree: {
    start: 'param',
    questions: [
      {
        id: 'param',
        text: 'Which parameter does the message name?',
        options: [
          { value: 'tif', label: 'timeInForce', ranks: ['limit-missing-tif'] },
          { value: 'price', label: 'price, stopPrice or triggerPrice', ranks: ['missing-price-or-trigger', 'empty-or-json-body'] },
          { value: 'id', label: 'orderId / origClientOrderId', ranks: ['missing-order-id'] },
          { value: 'other', label: 'Another one (quantity, symbol, side, …)', next: 'body' },
          { value: 'none', label: 'None: the short message', next: 'type' },
        ],
        auto: missingParamKind,
      },
      {
        id: 'type',
        text: 'What kind of call failed?',
        options: [
          { value: 'limit', label: 'A LIMIT order', ranks: ['limit-missing-tif', 'missing-price-or-trigger'] },
          { value: 'conditional', label: 'A stop / take-profit order', ranks: ['missing-price-or-trigger', 'empty-or-json-body'] },
          { value: 'lookup', label: 'A query or cancel of an order', ranks: ['missing-order-id'] },
          { value: 'other', label: 'Something else', ranks: ['empty-or-json-body', 'missing-price-or-trigger'] },
        ],
        auto: orderCallKind,
      },
      {
        id: 'body',
        text: 'How does your code send the parameters?',
        options: [
          { value: 'json', label: 'As a JSON body, or values can be None/null', ranks: ['empty-or-json-body'] },
          { value: 'library', label: 'Through a library, values always set', ranks: ['missing-price-or-trigger', 'empty-or-json-body'] },
        ],
      },
    ],
  },
};

const K1104: Knowledge = {
  keys: ['-1104'],
  meaning: 'Binance received parameters that this endpoint (or this order type) never reads, so it refused the whole request. Nothing was placed.',
  retry: fixFirst('Nothing was placed. Remove the parameters the endpoint does not use and send again.'),
  causes: [
    cause('futures-params-on-spot', 'Futures-only fields were sent to a Spot endpoint', 'reduceOnly, positionSide, closePosition, workingType or leverage mean nothing on /api/v3/order. Bots that share one order builder for Spot and futures send them anyway.', [
      fix('Build Spot orders without futures fields', ['Keep separate order builders for Spot and futures.', 'On Spot, "reduce only" does not exist: sell what you hold instead.'], S_SPOT_CLEAN),
    ]),
    cause('param-for-other-type', 'A field that this order type does not use', 'The endpoint knows the field, but not for this type: stopPrice on a plain LIMIT, price on MARKET, callbackRate on STOP_MARKET, icebergQty on MARKET.', [
      fix('Send only the fields of this type', ['LIMIT: quantity, price, timeInForce. MARKET: quantity (or quoteOrderQty on Spot). Conditional types: the trigger price and, for the limit versions, price.', 'Drop fields left over from another order type.'], S_TYPE_PARAMS),
    ]),
    cause('unknown-or-misspelled', 'A misspelled or invented parameter name', 'A typo (quantiy, stopprice) or a field from another exchange or another endpoint is counted as sent but never read.', [
      fix('Check every name against the endpoint page', ['Names are case-sensitive: stopPrice, timeInForce, newClientOrderId.', 'Log the final request and compare it field by field with the documentation.'], S_LIBRARY_SIGNS),
    ]),
  ],
  tree: {
    start: 'product',
    questions: [
      {
        id: 'product',
        text: 'Did the request go to Spot (/api/v3/) with futures fields such as reduceOnly or positionSide?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['futures-params-on-spot'] },
          { value: 'no', label: 'No', next: 'type-fields' },
        ],
        auto: futuresFieldsOnSpot,
      },
      {
        id: 'type-fields',
        text: 'Does every field you sent belong to this order type?',
        options: [
          { value: 'extra', label: 'No: e.g. price on MARKET or stopPrice on LIMIT', ranks: ['param-for-other-type'] },
          { value: 'fine', label: 'Yes, as far as I can tell', ranks: ['unknown-or-misspelled', 'param-for-other-type'] },
        ],
        auto: fieldOfOtherOrderType,
      },
    ],
  },
};

const K1106: Knowledge = {
  keys: ['-1106'],
  meaning:
    'You sent a parameter that must not be sent in this situation — for example reduceOnly in hedge mode, or a price on a MARKET order. The message names it. Nothing was placed.',
  retry: fixFirst('Nothing was placed. Leave the named parameter out entirely (not even as false) and send again.'),
  causes: [
    cause('reduceonly-hedge-mode', 'reduceOnly sent while the account is in hedge mode', 'In hedge mode the side plus positionSide already says whether an order closes (SELL on LONG closes a long). Binance refuses reduceOnly there — even reduceOnly=false.', [
      fix('In hedge mode close with positionSide, not reduceOnly', ['Read the mode at start-up: GET /fapi/v1/positionSide/dual (COIN-M /dapi/v1/positionSide/dual, Portfolio Margin GET /papi/v1/um/positionSide/dual).', 'Hedge mode: drop reduceOnly; close a long with side=SELL positionSide=LONG, a short with side=BUY positionSide=SHORT.', 'Or switch to one-way mode (POST /fapi/v1/positionSide/dual dualSidePosition=false) when you have no open orders or positions.'], S_MODE_PARAMS),
    ]),
    cause('reduceonly-with-closeposition', 'reduceOnly sent together with closePosition=true', 'closePosition=true already closes everything, so Binance rejects an added reduceOnly.', [
      fix('Send closePosition alone', ['Keep closePosition=true, remove reduceOnly and quantity.', 'Since 2025-12-09 such stop/take-profit orders go to POST /fapi/v1/algoOrder.'], S_CLOSE_POSITION),
    ]),
    cause('closeposition-with-quantity', 'quantity sent with closePosition=true', 'A close-all stop or take-profit takes its size from the position when it triggers; a quantity alongside it is refused.', [
      fix('Choose one: close-all or a sized order', ['For a close-all stop send closePosition=true without quantity.', 'For a partial close send quantity with reduceOnly=true (one-way) or the right positionSide (hedge), without closePosition.'], S_CLOSE_POSITION),
    ]),
    cause('tif-or-price-on-market', 'timeInForce or price on a MARKET / STOP_MARKET order', 'Market-type orders fill at the market, so a price or a time-in-force has no meaning and is refused. Wrappers that always add timeInForce=GTC cause this.', [
      fix('Send market-type orders bare', ['MARKET: quantity only. STOP_MARKET / TAKE_PROFIT_MARKET: the trigger price plus quantity or closePosition.', 'Only LIMIT-type orders get price and timeInForce.'], S_TYPE_PARAMS),
    ]),
  ],
  tree: {
    start: 'param',
    questions: [
      {
        id: 'param',
        text: 'Which parameter does the message name?',
        options: [
          { value: 'reduceOnly', label: 'reduceOnly', next: 'mode' },
          { value: 'quantity', label: 'quantity', ranks: ['closeposition-with-quantity'] },
          { value: 'timeInForce', label: 'timeInForce or price', ranks: ['tif-or-price-on-market'] },
          { value: 'other', label: 'Another one, or none named', next: 'type' },
        ],
        auto: notRequiredParamKind,
      },
      {
        id: 'mode',
        text: 'Is your futures account in hedge mode (dualSidePosition=true)?',
        help: 'GET /fapi/v1/positionSide/dual answers it. An order with positionSide LONG or SHORT only works in hedge mode.',
        options: [
          { value: 'hedge', label: 'Yes, hedge mode', ranks: ['reduceonly-hedge-mode'] },
          { value: 'oneway', label: 'No, one-way mode', ranks: ['reduceonly-with-closeposition', 'reduceonly-hedge-mode'] },
        ],
        auto: reduceOnlyClashMode,
      },
      {
        id: 'type',
        text: 'What type of order was it?',
        options: [
          { value: 'market', label: 'MARKET, STOP_MARKET or TAKE_PROFIT_MARKET', ranks: ['tif-or-price-on-market', 'closeposition-with-quantity'] },
          { value: 'close', label: 'A close-all stop (closePosition=true)', ranks: ['closeposition-with-quantity', 'reduceonly-with-closeposition'] },
          { value: 'other', label: 'LIMIT or something else', ranks: ['reduceonly-hedge-mode', 'tif-or-price-on-market'] },
        ],
        auto: marketOrCloseAllOrder,
      },
    ],
  },
};

const K1111: Knowledge = {
  keys: ['-1111'],
  meaning:
    'A quantity or price has more decimal places than this futures symbol allows. Binance refused the order; nothing was placed.',
  retry: fixFirst('Nothing was placed. Round the quantity down to the symbol’s stepSize and the price to its tickSize, send them as plain strings, and try again.'),
  causes: [
    cause('float-noise', 'Floating-point noise in the number', 'Binary floats turn 0.35 into 0.34999999999999998 or 0.1 + 0.2 into 0.30000000000000004. The extra digits exceed the allowed precision even when the value you meant was fine.', [
      fix('Do the maths in decimals and send strings', ['Use Decimal (Python) or integer step counts (JavaScript) for sizes and prices.', 'Round to the step and format the result yourself before sending.'], S_PRECISION),
    ]),
    cause('qty-decimals', 'Quantity not rounded to the symbol’s step', 'Each futures symbol has its own LOT_SIZE.stepSize and quantityPrecision (BTCUSDT takes 3 decimals). A size derived from balance ÷ price has many more.', [
      fix('Truncate the quantity to stepSize', ['Read LOT_SIZE.stepSize (MARKET_LOT_SIZE for market orders) from GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).', 'Round down to a whole number of steps so you never exceed your budget.'], S_PRECISION),
    ]),
    cause('price-decimals', 'Price or stop price with too many decimals', 'Prices must respect pricePrecision and sit on the PRICE_FILTER.tickSize grid. Computed stops (entry × 0.98) and averages usually do not.', [
      fix('Round every price to tickSize', ['Read PRICE_FILTER.tickSize for the symbol.', 'Round price and stopPrice to a multiple of it, then format without exponent.'], S_PRECISION),
    ]),
    cause('spot-precision-on-futures', 'Precision taken from Spot (or another symbol)', 'The Spot market of the same name often allows more decimals than the futures contract (Spot BTCUSDT takes 5 decimals of quantity, USD-M BTCUSDT 3). Filters read from /api/v3/exchangeInfo or a hard-coded table do not fit futures.', [
      fix('Read filters from the futures exchangeInfo', ['Load GET /fapi/v1/exchangeInfo (or /dapi/v1/) for the exact symbol you trade.', 'In python-binance use futures_exchange_info(), not get_symbol_info(); in ccxt use binanceusdm or a :USDT symbol.'], S_PRECISION),
    ]),
    cause('coinm-contracts', 'COIN-M quantity sent with decimals', 'On COIN-M the quantity is a whole number of contracts (e.g. 100 USD each for BTCUSD_PERP), not an amount of coin. 0.01 is not a valid contract count.', [
      fix('Send whole contracts', ['Convert the USD value to contracts: contracts = floor(value ÷ contractSize).', 'Send an integer quantity.'], S_COINM_CONTRACTS),
    ]),
  ],
  tree: {
    start: 'noise',
    questions: [
      {
        id: 'noise',
        text: 'Does the quantity or price look like floating-point noise (e.g. 0.30000000000000004 or 1e-7)?',
        options: [
          { value: 'noise', label: 'Yes', ranks: ['float-noise', 'qty-decimals'] },
          { value: 'clean', label: 'No, it is a normal-looking decimal', next: 'product' },
        ],
        auto: floatNoiseInOrder,
      },
      {
        id: 'product',
        text: 'Is this a COIN-M order (symbols like BTCUSD_PERP)?',
        options: [
          { value: 'coinm', label: 'Yes, COIN-M', next: 'coinm-qty' },
          { value: 'other', label: 'No, USD-M or Portfolio Margin', next: 'source' },
        ],
        auto: coinmOrOtherProduct,
      },
      {
        id: 'coinm-qty',
        text: 'Was the quantity a whole number of contracts?',
        options: [
          { value: 'fraction', label: 'No, it had decimals', ranks: ['coinm-contracts'] },
          { value: 'whole', label: 'Yes', ranks: ['price-decimals', 'float-noise'] },
        ],
        auto: wholeContractQuantity,
      },
      {
        id: 'source',
        text: 'Where does your bot get its rounding rules from?',
        options: [
          { value: 'spot', label: 'Spot exchangeInfo, get_symbol_info, or a hard-coded table', ranks: ['spot-precision-on-futures'] },
          { value: 'none', label: 'It does not round', next: 'field' },
          { value: 'futures', label: 'The futures exchangeInfo', next: 'field' },
        ],
      },
      {
        id: 'field',
        text: 'Which value has more decimals than the symbol allows?',
        options: [
          { value: 'quantity', label: 'The quantity', ranks: ['qty-decimals', 'float-noise'] },
          { value: 'price', label: 'The price or stop price', ranks: ['price-decimals', 'float-noise'] },
          { value: 'unsure', label: 'Not sure', ranks: ['qty-decimals', 'price-decimals', 'spot-precision-on-futures'] },
        ],
        auto: marketQuantityAtFault,
      },
    ],
  },
};

const KSPOT1111: Knowledge = {
  keys: ['spot:-1111'],
  meaning: 'On Spot, the named parameter has more decimal places than the symbol or asset allows. The order was refused; nothing was placed.',
  retry: fixFirst('Nothing was placed. Round the named value to the symbol’s step (stepSize, tickSize, or the quote asset precision) and send again.'),
  causes: [
    cause('float-noise', 'Floating-point noise in the number', 'A float printed with a long tail (0.30000000000000004) carries more decimals than any Spot symbol accepts.', [
      fix('Use decimals and send strings', ['Compute in Decimal (Python) or integer step counts (JavaScript).', 'Format the rounded value yourself.'], S_PRECISION_SPOT),
    ]),
    cause('qty-decimals', 'quantity not rounded to LOT_SIZE.stepSize', 'Spot quantities must fit the symbol’s base asset precision and LOT_SIZE step.', [
      fix('Truncate quantity to stepSize', ['Read LOT_SIZE.stepSize from GET /api/v3/exchangeInfo?symbol=… and round down to it.'], S_PRECISION_SPOT),
    ]),
    cause('price-decimals', 'price or stopPrice not rounded to tickSize', 'Prices must sit on the PRICE_FILTER.tickSize grid of the symbol.', [
      fix('Round prices to tickSize', ['Read PRICE_FILTER.tickSize and round price and stopPrice to it.'], S_PRECISION_SPOT),
    ]),
    cause('quote-qty-decimals', 'quoteOrderQty with too many decimals', 'A MARKET order sized by quoteOrderQty must respect the quote asset precision (quoteAssetPrecision in exchangeInfo).', [
      fix('Round quoteOrderQty to the quote precision', ['Read quoteAssetPrecision for the symbol and round the amount down to that many decimals.'], S_PRECISION_SPOT),
    ]),
  ],
  tree: {
    start: 'param',
    questions: [
      {
        id: 'param',
        text: 'Which parameter does the message name?',
        options: [
          { value: 'quantity', label: 'quantity', next: 'noise' },
          { value: 'price', label: 'price or stopPrice', ranks: ['price-decimals', 'float-noise'] },
          { value: 'quote', label: 'quoteOrderQty', ranks: ['quote-qty-decimals', 'float-noise'] },
          { value: 'other', label: 'Another one', ranks: ['float-noise', 'qty-decimals', 'price-decimals'] },
        ],
        auto: tooPreciseParamKind,
      },
      {
        id: 'noise',
        text: 'Does the quantity look like floating-point noise (many decimals, or an exponent)?',
        options: [
          { value: 'noise', label: 'Yes', ranks: ['float-noise', 'qty-decimals'] },
          { value: 'clean', label: 'No', ranks: ['qty-decimals'] },
        ],
        auto: quantityFloatNoise,
      },
    ],
  },
};

const K1116: Knowledge = {
  keys: ['-1116'],
  meaning: 'The order type you sent does not exist on this product (or is misspelt). Spot and futures have different type names. Nothing was placed.',
  retry: fixFirst('Nothing was placed. Use an order type this product knows, in upper case, and send again.'),
  causes: [
    cause('spot-type-on-futures', 'A Spot-only type sent to futures', 'STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT and LIMIT_MAKER exist only on Spot. Futures use STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET, and post-only is LIMIT with timeInForce=GTX.', [
      fix('Map to the futures type', ['STOP_LOSS_LIMIT → STOP; STOP_LOSS → STOP_MARKET; TAKE_PROFIT_LIMIT → TAKE_PROFIT; LIMIT_MAKER → LIMIT + timeInForce=GTX.', 'Since 2025-12-09 the conditional types go to POST /fapi/v1/algoOrder.'], S_FUTURES_TYPES),
    ]),
    cause('futures-type-on-spot', 'A futures-only type sent to Spot', 'STOP, STOP_MARKET, TAKE_PROFIT_MARKET and TRAILING_STOP_MARKET are futures names. On Spot a stop is STOP_LOSS or STOP_LOSS_LIMIT (with stopPrice or trailingDelta).', [
      fix('Map to the Spot type', ['STOP_MARKET → STOP_LOSS; STOP → STOP_LOSS_LIMIT; TAKE_PROFIT_MARKET → TAKE_PROFIT.', 'Check the symbol’s orderTypes list in GET /api/v3/exchangeInfo.'], S_SPOT_TYPES),
    ]),
    cause('case-or-typo', 'Lower case or a misspelt type', 'Binance enums are upper case with underscores: LIMIT, MARKET, STOP_MARKET. "limit", "Market" or "STOP-LOSS" are refused.', [
      fix('Send the exact upper-case enum', ['Upper-case the type and use underscores.', 'In ccxt pass "limit"/"market" to create_order — ccxt converts them; raw endpoints need the exchange spelling.'], S_TYPE_PARAMS),
    ]),
  ],
  tree: {
    start: 'product',
    questions: [
      {
        id: 'product',
        text: 'Was the order sent to Spot or to futures?',
        options: [
          { value: 'futures', label: 'Futures (/fapi/, /dapi/, /papi/)', next: 'type-futures' },
          { value: 'spot', label: 'Spot (/api/v3/)', next: 'type-spot' },
        ],
        auto: spotOrFutures,
      },
      {
        id: 'type-futures',
        text: 'Which type did you send?',
        options: [
          { value: 'spot-style', label: 'STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT or LIMIT_MAKER', ranks: ['spot-type-on-futures'] },
          { value: 'case', label: 'Lower case or with dashes/spaces', ranks: ['case-or-typo'] },
          { value: 'other', label: 'Something else', ranks: ['case-or-typo', 'spot-type-on-futures'] },
        ],
        auto: spotTypeOnFutures,
      },
      {
        id: 'type-spot',
        text: 'Which type did you send?',
        options: [
          { value: 'futures-style', label: 'STOP, STOP_MARKET, TAKE_PROFIT_MARKET or TRAILING_STOP_MARKET', ranks: ['futures-type-on-spot'] },
          { value: 'case', label: 'Lower case or with dashes/spaces', ranks: ['case-or-typo'] },
          { value: 'other', label: 'Something else', ranks: ['case-or-typo', 'futures-type-on-spot'] },
        ],
        auto: futuresTypeOnSpot,
      },
    ],
  },
};

const K1121: Knowledge = {
  keys: ['-1121'],
  meaning:
    'The symbol is not known on the product you called. Usually it belongs to another product (Spot vs USD-M vs COIN-M), is written in another format, or is no longer listed. Nothing was done.',
  retry: fixFirst('Nothing was done. Send a symbol that the product’s exchangeInfo lists as trading, to that product’s endpoint.'),
  causes: [
    cause('futures-symbol-on-spot', 'A futures symbol (or futures intent) sent to Spot', 'Symbols such as 1000SHIBUSDT or BTCUSD_PERP exist only on futures; calling a Spot method (python-binance get_*/create_order, ccxt binance with the default type) sends them to /api/v3/.', [
      fix('Call the futures endpoint for futures symbols', ['python-binance: futures_* methods for USD-M, futures_coin_* for COIN-M.', 'ccxt: binanceusdm (or defaultType "future") with "BTC/USDT:USDT"; binancecoinm with "BTC/USD:BTC".'], S_SYMBOL),
    ]),
    cause('coinm-symbol-on-usdm', 'A COIN-M symbol sent to USD-M', 'COIN-M contracts are named like BTCUSD_PERP or BTCUSD_260626 and live on /dapi/. USD-M (/fapi/) knows BTCUSDT, not BTCUSD_PERP.', [
      fix('Send COIN-M symbols to /dapi/', ['Use GET /dapi/v1/exchangeInfo to check the name and /dapi/v1/order to trade it.', 'Or trade the USD-M contract BTCUSDT on /fapi/.'], S_SYMBOL),
    ]),
    cause('usdm-symbol-on-coinm', 'A USD-M symbol sent to COIN-M', 'BTCUSDT is a USD-M contract. COIN-M (/dapi/) needs the coin-margined name, e.g. BTCUSD_PERP. A ccxt default type of "delivery" or python-binance futures_coin_* calls do this.', [
      fix('Match symbol and product', ['USD-M: /fapi/ with BTCUSDT. COIN-M: /dapi/ with BTCUSD_PERP.', 'Check both lists: GET /fapi/v1/exchangeInfo and GET /dapi/v1/exchangeInfo.'], S_COINM_CONTRACTS),
    ]),
    cause('unified-symbol', 'A ccxt-style symbol sent to a raw endpoint', '"BTC/USDT" or "BTC/USDT:USDT" are ccxt’s unified names. Raw REST calls (and implicit ccxt methods such as fapiPrivatePostOrder) need the exchange id "BTCUSDT".', [
      fix('Convert to the exchange id', ['In ccxt: ex.market("BTC/USDT:USDT")["id"] gives "BTCUSDT".', 'Use unified names only with unified ccxt methods.'], S_SYMBOL),
    ]),
    cause('delisted-or-testnet', 'Delisted, expired, renamed, or missing on testnet', 'Symbols get delisted, quarterly COIN-M contracts expire, some are renamed (LUNA → LUNA2USDT), and the testnet lists far fewer symbols than mainnet.', [
      fix('Check the live list for that environment', ['Look the symbol up in the exchangeInfo of the exact host you call (mainnet or testnet) and check status TRADING (COIN-M: contractStatus).', 'Refresh the symbol list daily instead of hard-coding it.'], S_SYMBOL),
    ]),
  ],
  tree: {
    start: 'product',
    questions: [
      {
        id: 'product',
        text: 'Which product did the request go to?',
        options: [
          { value: 'spot', label: 'Spot (/api/v3/)', next: 'spot-symbol' },
          { value: 'usdm', label: 'USD-M futures (/fapi/) or Portfolio Margin UM', next: 'usdm-symbol' },
          { value: 'coinm', label: 'COIN-M futures (/dapi/)', next: 'coinm-symbol' },
        ],
        auto: spotUsdmOrCoinm,
      },
      {
        id: 'spot-symbol',
        text: 'What does the symbol look like?',
        options: [
          { value: 'futures', label: 'A futures name (BTCUSD_PERP, 1000SHIBUSDT) or I meant to trade futures', ranks: ['futures-symbol-on-spot'] },
          { value: 'unified', label: 'It has a slash or colon (BTC/USDT)', ranks: ['unified-symbol'] },
          { value: 'plain', label: 'A plain Spot name (BTCUSDT)', ranks: ['delisted-or-testnet', 'futures-symbol-on-spot'] },
        ],
        auto: spotSymbolShape,
      },
      {
        id: 'usdm-symbol',
        text: 'What does the symbol look like?',
        options: [
          { value: 'coinm', label: 'COIN-M shape: BTCUSD_PERP or BTCUSD_<date>', ranks: ['coinm-symbol-on-usdm'] },
          { value: 'unified', label: 'It has a slash or colon (BTC/USDT:USDT)', ranks: ['unified-symbol'] },
          { value: 'plain', label: 'A plain USD-M name (BTCUSDT)', ranks: ['delisted-or-testnet', 'unified-symbol'] },
        ],
        auto: usdmSymbolShape,
      },
      {
        id: 'coinm-symbol',
        text: 'What does the symbol look like?',
        options: [
          { value: 'usdm', label: 'A USD-M name ending in USDT or USDC', ranks: ['usdm-symbol-on-coinm'] },
          { value: 'unified', label: 'It has a slash or colon (BTC/USD:BTC)', ranks: ['unified-symbol'] },
          { value: 'coinm', label: 'BTCUSD_PERP or a dated contract', ranks: ['delisted-or-testnet'] },
        ],
        auto: coinmSymbolShape,
      },
    ],
  },
};

const K1125: Knowledge = {
  keys: ['-1125'],
  meaning:
    'The listenKey your user-data stream uses is no longer valid: it expired or was replaced. Until you get a new one your bot receives no order or balance updates.',
  retry: fixFirst('Nothing was changed. Create a new listenKey (POST /fapi/v1/listenKey; /dapi/v1/ for COIN-M, /papi/v1/ for Portfolio Margin), reconnect the socket with it, and keep it alive every 30 minutes. Meanwhile re-read open orders and positions over REST: you may have missed updates.'),
  causes: [
    cause('keepalive-missed', 'No keep-alive within 60 minutes', 'A futures listenKey lives 60 minutes from its last keep-alive (PUT). A sleeping laptop, a blocked event loop, a crashed timer or a network outage longer than that lets it lapse.', [
      fix('Keep it alive every 30 minutes and recreate on -1125', ['Send PUT /fapi/v1/listenKey every 30 minutes (well inside 60).', 'When a keep-alive or the stream reports -1125 or a listenKeyExpired event, POST for a new key and reconnect.', 'After reconnecting, re-read open orders and positions: updates during the gap are lost.'], S_LISTEN_KEY),
    ]),
    cause('kept-old-key', 'The bot keeps using a key that was already replaced', 'Once a key lapsed, POST returns a different key. Code that keeps renewing or subscribing with the old string fails forever, even though keep-alives now run on time.', [
      fix('Always use the key from the latest POST', ['Store the key where both the keep-alive loop and the socket read it.', 'After any -1125 replace it and reconnect the socket.'], S_LISTEN_KEY),
    ]),
    cause('24h-cut', 'The connection hit the 24-hour limit', 'Binance closes every user-data connection after 24 hours. Reconnecting with a key that lapsed in the meantime, or never reconnecting, ends in -1125 or silence.', [
      fix('Reconnect deliberately before 24 hours', ['Schedule a reconnect before the 24-hour mark and POST for the key again at every reconnect.'], S_RECONNECT_24H),
    ]),
    cause('wrong-product-key', 'A key from another product or environment', 'Spot, USD-M, COIN-M and Portfolio Margin each issue their own keys, and testnet keys differ from mainnet ones. A key from /api/v3/userDataStream renewed on /fapi/v1/listenKey (or the reverse) is unknown there.', [
      fix('Create and renew the key on the same product and host', ['USD-M: /fapi/v1/listenKey; COIN-M: /dapi/v1/listenKey; Portfolio Margin: /papi/v1/listenKey; all on the same host (mainnet or testnet) as the socket.', 'Spot has moved away from listenKeys: subscribe to user data over the WebSocket API (userDataStream.subscribe) instead.'], S_LISTEN_KEY),
    ]),
  ],
  tree: {
    start: 'when',
    questions: [
      {
        id: 'when',
        text: 'When does the error appear?',
        options: [
          { value: 'after-idle', label: 'After the bot ran for a while, slept, or lost the network', ranks: ['keepalive-missed', 'kept-old-key'] },
          { value: 'keeps-failing', label: 'On every keep-alive since a first failure', ranks: ['kept-old-key', 'keepalive-missed'] },
          { value: 'daily', label: 'Around 24 hours after connecting', ranks: ['24h-cut', 'kept-old-key'] },
          { value: 'start', label: 'Right from the start', next: 'product' },
        ],
      },
      {
        id: 'product',
        text: 'Was the key created on the same product and host you use it on?',
        options: [
          { value: 'different', label: 'No, or not sure (e.g. Spot key on futures, testnet key on mainnet)', ranks: ['wrong-product-key', 'kept-old-key'] },
          { value: 'same', label: 'Yes', ranks: ['kept-old-key', 'keepalive-missed'] },
        ],
      },
    ],
  },
};

const K1127: Knowledge = {
  keys: ['-1127'],
  meaning: 'The time range between startTime and endTime is longer than this endpoint allows (the message may say how many hours). Nothing was returned.',
  retry: fixFirst('Nothing changed. Split the range into windows the endpoint accepts and query them one after another.'),
  causes: [
    cause('window-too-wide', 'The range is wider than the endpoint’s limit', 'History endpoints cap the span per call: for example USD-M GET /fapi/v1/userTrades and /fapi/v1/allOrders take at most 7 days; Spot GET /api/v3/myTrades 24 hours between startTime and endTime.', [
      fix('Page through the range', ['Loop over the range in windows no wider than the limit (the message’s hour count, or the endpoint page).', 'Stay under the weight limit between pages.'], S_WINDOWS),
    ]),
    cause('aggtrades-hour', 'aggTrades with a range over one hour', 'GET /fapi/v1/aggTrades (and /api/v3/aggTrades) accept both startTime and endTime only when they are less than one hour apart.', [
      fix('Use one-hour windows, or page by fromId', ['Query hour by hour, or send startTime only and continue with fromId from the last result.'], S_WINDOWS),
    ]),
    cause('seconds-not-ms', 'Times in seconds or mixed units', 'Binance expects milliseconds. A startTime in seconds (10 digits) next to an endTime in milliseconds spans decades.', [
      fix('Send both times in milliseconds', ['Multiply Unix seconds by 1000 (Python int(time.time() * 1000), JavaScript Date.now()).', 'Log both values: they should both have 13 digits.'], S_WINDOWS),
    ]),
  ],
  tree: {
    start: 'units',
    questions: [
      {
        id: 'units',
        text: 'Are startTime and endTime both in milliseconds (13 digits)?',
        options: [
          { value: 'no', label: 'No, or one of them is in seconds', ranks: ['seconds-not-ms'] },
          { value: 'yes', label: 'Yes', next: 'endpoint' },
        ],
      },
      {
        id: 'endpoint',
        text: 'Which endpoint did you query?',
        options: [
          { value: 'agg', label: 'aggTrades', ranks: ['aggtrades-hour', 'window-too-wide'] },
          { value: 'other', label: 'Trades, orders, income or another history endpoint', ranks: ['window-too-wide', 'seconds-not-ms'] },
        ],
        auto: aggTradesEndpoint,
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Other 11xx codes shared by the products.

const one = (keys: string[], meaning: string, retry: Knowledge['retry'], id: string, title: string, why: string, fixTitle: string, steps: string[], snippets?: Snippet[]): Knowledge =>
  simple(keys, meaning, retry, [cause(id, title, why, [fix(fixTitle, steps, snippets)])]);

const SHARED: Knowledge[] = [
  one(['-1103'], 'The request contained a parameter name this endpoint does not know. Nothing was done.', fixFirst('Nothing was done. Remove or correct the unknown parameter, then send again.'), 'unknown-name', 'A parameter name the endpoint does not know', 'A misspelt name, a field from another product (reduceOnly on Spot) or an extra field your wrapper adds. On Spot FIX the same code reads "Undefined Tag."', 'Send only documented names', ['Compare every parameter (or FIX tag) with the endpoint documentation; names are case-sensitive.', 'Remove fields that belong to another product or endpoint.'], S_LIBRARY_SIGNS),
  simple(['-1105'], 'A parameter was sent with an empty value. Nothing was done.', fixFirst('Nothing was done. Give the named parameter a value, or leave it out if it is optional.'), [
    cause('empty-value', 'A parameter with an empty value', 'Something like price= or newClientOrderId= with nothing after it: usually a variable that was None/undefined and got serialised as an empty string.', [
      fix('Drop empty parameters', ['Filter out None/undefined/"" values before sending.', 'If the parameter is required, stop and fix the code that should have set it.'], S_NO_EMPTY),
    ]),
  ]),
  one(['-1109'], 'The account that the request refers to is not valid for this action — for example a sub-account or account type that cannot use this endpoint. Nothing was done.', never('Nothing was done. Resending will not help until the account or the endpoint is changed.'), 'wrong-account', 'Account not valid for this endpoint', 'The endpoint expects a different account type (for example a Portfolio Margin account calling classic futures endpoints, or a sub-account call with a wrong email or account that does not belong to you).', 'Use the endpoint that fits the account', ['Check which account the API key belongs to (main, sub-account, Portfolio Margin).', 'Portfolio Margin accounts trade through /papi/ endpoints; classic accounts through /fapi/ and /dapi/.', 'For sub-account calls, check the sub-account email and that it belongs to this master account.']),
  one(['-1110'], 'The symbol type (symbolType) sent is not valid for this endpoint. Nothing was done.', fixFirst('Nothing was done. Send a symbol or symbol type this endpoint supports.'), 'bad-symbol-type', 'A symbolType the endpoint does not support', 'The endpoint only serves some instrument types (e.g. perpetual vs delivery contracts) and the symbol or type you sent is another one.', 'Send a supported symbol type', ['Check the symbol’s contractType in exchangeInfo and the endpoint’s supported types.', 'Use the endpoint for that product (USD-M /fapi/, COIN-M /dapi/).']),
  one(['-1112'], 'There are no orders on the book for this symbol, so an order that needs a counterparty price cannot be handled. Nothing was done.', wait('Nothing was done. Wait until the symbol has liquidity again (or use a LIMIT order), then retry.'), 'empty-book', 'The order book is empty', 'The symbol is newly listed, halted, about to be delisted, or you are on testnet where books are thin.', 'Check the book before sending', ['Read GET /fapi/v1/depth (Spot /api/v3/depth) for the symbol.', 'Use a LIMIT order at your own price, or wait until the book has orders.']),
  one(['-1113'], 'An internal withdrawal-style amount was not negative. This is an internal Binance check that API traders normally never hit.', never('Nothing was done. If you see this from a normal trading call, contact Binance support with the request.'), 'internal-check', 'Internal amount check', 'This code belongs to Binance’s internal transfer logic; a client request rarely reaches it.', 'Report it', ['Note the endpoint and the exact request and contact Binance support.', 'Check you are not calling an undocumented endpoint.']),
  one(['-1114'], 'timeInForce was sent with an order type that does not take it (typically MARKET). Nothing was placed.', fixFirst('Nothing was placed. Remove timeInForce from market-type orders and send again.'), 'tif-on-market', 'timeInForce on a MARKET-type order', 'Market orders fill immediately, so they have no time-in-force. Wrappers that always add timeInForce=GTC cause this.', 'Send timeInForce only with LIMIT-type orders', ['Drop timeInForce for MARKET, STOP_MARKET and TAKE_PROFIT_MARKET.', 'Keep it for LIMIT, STOP and TAKE_PROFIT (and Spot STOP_LOSS_LIMIT / TAKE_PROFIT_LIMIT).'], S_TYPE_PARAMS),
  one(['-1115'], 'The timeInForce value is not one this product or order accepts. Nothing was placed.', fixFirst('Nothing was placed. Use a valid timeInForce value in upper case and send again.'), 'bad-tif', 'Invalid or unsupported timeInForce', 'USD-M accepts GTC, IOC, FOK, GTX (post-only) and GTD (which needs goodTillDate); COIN-M GTC, IOC, FOK and GTX; Spot GTC, IOC and FOK. GTX on Spot, lower case, or GTD without goodTillDate fail.', 'Send a supported value', ['USD-M: GTC, IOC, FOK, GTX or GTD (+ goodTillDate in ms). COIN-M: GTC, IOC, FOK or GTX.', 'Spot: GTC, IOC or FOK; for post-only on Spot use type LIMIT_MAKER.'], S_TYPE_PARAMS),
  one(['-1117'], 'The side is not valid. It must be BUY or SELL in upper case. Nothing was placed.', fixFirst('Nothing was placed. Send side=BUY or side=SELL and try again.'), 'bad-side', 'Side misspelt, lower case, or a positionSide value', '"buy"/"sell" in lower case on a raw endpoint, or LONG/SHORT put into side instead of positionSide.', 'Use BUY or SELL', ['side is BUY or SELL; LONG/SHORT belong in positionSide (hedge mode).', 'ccxt takes lower-case "buy"/"sell" and converts them; raw calls need upper case.'], S_MODE_PARAMS),
  one(['-1118'], 'newClientOrderId was sent empty. Nothing was placed.', fixFirst('Nothing was placed. Send a non-empty id, or leave the parameter out to let Binance create one.'), 'empty-client-id', 'Empty client order id', 'The id variable was empty or None when the order was built.', 'Send a real id or none', ['Generate an id that matches ^[.A-Z:/a-z0-9_-]{1,36}$, or omit newClientOrderId.'], S_CLIENT_ID),
  one(['-1119'], 'origClientOrderId was sent empty on a query or cancel. Nothing was done.', fixFirst('Nothing was done. Send the client order id you used when placing the order, or the orderId.'), 'empty-orig-id', 'Empty original client order id', 'The lookup ran with an empty id, typically because the placement failed or the id was not stored.', 'Look up with a real id', ['Store the id you placed the order with and reuse it for query and cancel.', 'If you have no id, use orderId or list open orders.'], S_ORDER_ID),
  one(['-1120'], 'The interval value (for example a kline interval) is not valid. Nothing was returned.', fixFirst('Nothing changed. Use one of the documented interval strings and query again.'), 'bad-interval', 'Interval written in an unsupported form', 'Kline intervals are strings like 1m, 3m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 8h, 12h, 1d, 3d, 1w, 1M. "1min", "60", "1H" or "1D" are not valid (1s exists on Spot only).', 'Use a documented interval', ['Pick from the documented list; m is minutes and M is months.', 'Note the interval is case-sensitive.']),
  one(['-1122'], 'The symbol status (symbolStatus) you filtered by, or the symbol’s current status, is not valid for this request. Nothing was done.', fixFirst('Nothing was done. Use a valid symbolStatus value, or a symbol whose status allows this action.'), 'bad-status', 'Invalid symbol status', 'The symbolStatus filter value is not one of the documented values (e.g. TRADING, HALT, BREAK), or the symbol is in a status where the request is not allowed.', 'Check the status value and the symbol', ['Use a documented status enum in upper case.', 'Check the symbol’s status in exchangeInfo before trading it.']),
  one(['-1128'], 'Some optional parameters were combined in a way the endpoint does not allow (for example two that must be sent together, or two that exclude each other). Nothing was done.', fixFirst('Nothing was done. Send the optional parameters in an allowed combination and try again.'), 'bad-combo', 'Optional parameters in a forbidden combination', 'Examples: orderId together with startTime/endTime on trade history, fromId with a time range, or on Spot one field of a pair that must travel together.', 'Send an allowed combination', ['Read the endpoint page for which optional fields exclude or require each other.', 'Spot messages name the fields: send both, or neither.']),
  one(['-1130'], 'A parameter had a value Binance considers invalid (wrong type, out of range or not an allowed value). The message may name it. Nothing was done.', fixFirst('Nothing was done. Correct the named value and send again.'), 'invalid-value', 'A value that is not valid for the parameter', 'Common ones: limit outside the allowed set, leverage as text, a negative or zero number, a boolean written as True instead of true, or an enum value in the wrong case.', 'Send a valid value', ['Check the named parameter against the allowed range or enum on the endpoint page.', 'Send booleans as lower-case true/false and numbers as plain decimals.'], S_PLAIN_NUMBERS),
  one(['-1136'], 'newOrderRespType has a value this endpoint does not accept. Nothing was placed.', fixFirst('Nothing was placed. Use ACK or RESULT (Spot also FULL), or leave it out.'), 'bad-resp-type', 'Unsupported response type', 'Futures accept ACK and RESULT; FULL exists only on Spot. Lower-case values also fail.', 'Use a supported response type', ['Futures: ACK or RESULT. Spot: ACK, RESULT or FULL.']),
];

// Spot's listenKey, which Binance has retired in favour of WebSocket API subscriptions.
const KSPOT1125: Knowledge = simple(
  ['spot:-1125'],
  'The Spot listenKey you used does not exist (any more): it expired, was closed, or belongs to the retired listenKey mechanism. Your bot is not receiving account updates through it.',
  fixFirst('Nothing changed. Move the user-data stream to a WebSocket API subscription (userDataStream.subscribe); until then, re-read open orders and balances over REST.'),
  [
    cause('spot-listenkey-retired', 'Spot listenKeys are being retired', 'Binance has moved Spot user data to the WebSocket API, where you subscribe on your logged-on connection instead of creating a listenKey over REST. The listenKey endpoints were announced for discontinuation (effective 2026-02-20).', [
      fix('Subscribe over the WebSocket API', ['Connect to the Spot WebSocket API, log on (session.logon) or sign the request, and send userDataStream.subscribe.', 'Update your library to a version that supports this; older versions only know the listenKey flow.']),
    ]),
    cause('spot-key-expired', 'The listenKey lapsed without a keep-alive', 'Where listenKeys still work, a key lives 60 minutes after its last keep-alive (PUT /api/v3/userDataStream).', [
      fix('Keep alive or recreate', ['Send the keep-alive every 30 minutes; on -1125 create a new key and reconnect.', 'Re-read open orders and balances after any gap.']),
    ]),
  ],
);

// Derivatives-only 11xx codes.
const DERIV: Knowledge[] = [
  one(['-1108'], 'The asset you named is not valid for this request (for example a typo, or an asset the endpoint does not handle). Nothing was done.', fixFirst('Nothing was done. Send an asset code this endpoint accepts, in upper case.'), 'bad-asset', 'Unknown or unsupported asset', 'The asset is misspelt or lower case, or it is not a margin asset for this product (e.g. USDT on a COIN-M call, or an asset not supported for transfers).', 'Send a supported asset', ['Use upper-case asset codes such as USDT, USDC, BTC.', 'Check the product’s supported assets: USD-M GET /fapi/v3/balance lists its margin assets; COIN-M uses the coins of its contracts.']),
  one(['usdm:-1126'], 'The asset is not supported for this action on USD-M futures (for example as collateral in Multi-Assets mode). Nothing was done.', fixFirst('Nothing was done. Use an asset that USD-M supports for this action.'), 'asset-not-supported', 'Asset not supported here', 'Only some assets can be used as margin or in asset-related endpoints; others are refused.', 'Check supported assets', ['GET /fapi/v1/assetIndex lists assets usable in Multi-Assets mode.', 'Transfer or convert to a supported asset first.']),
];

// Spot's own codes and meanings.
const SPOTK: Knowledge[] = [
  one(['spot:-1108'], 'On Spot, a parameter value was too large to be represented (it overflowed). The message names it. Nothing was placed.', fixFirst('Nothing was placed. Send a smaller, properly scaled value for the named parameter.'), 'overflow', 'A value too large for the parameter', 'A quantity or price far too large (often a unit mistake such as sending satoshis or raw integers instead of decimals), or an id or time beyond the allowed range.', 'Scale the value correctly', ['Check the named parameter’s unit: Spot quantities and prices are plain decimals in the asset’s own unit.', 'Check timestamps are in milliseconds (or microseconds only if you asked for that unit).'], S_PRECISION_SPOT),
  one(['spot:-1134'], 'strategyType must be at least 1000000. Nothing was placed.', fixFirst('Nothing was placed. Send a strategyType of 1000000 or more, or leave it out.'), 'low-strategy-type', 'strategyType below 1000000', 'Values under 1000000 are reserved; your own strategy tags must start at 1000000 (FIX: TargetStrategy (847)).', 'Use a value ≥ 1000000', ['Pick strategy ids from 1000000 upwards.']),
  one(['spot:-1135'], 'A JSON value you sent (the whole request or one parameter) could not be parsed. Nothing was done.', fixFirst('Nothing was done. Send valid JSON and try again.'), 'bad-json', 'Invalid JSON', 'Single quotes, trailing commas, Python repr instead of JSON, or a JSON parameter that was not URL-encoded.', 'Serialise properly', ['Use json.dumps / JSON.stringify, not str() or string concatenation.', 'URL-encode JSON parameters in REST query strings.'], S_LIBRARY_SIGNS),
  one(['spot:-1139'], 'The ticker type is not valid. It must be FULL or MINI. Nothing was returned.', fixFirst('Nothing changed. Send type=FULL or type=MINI.'), 'bad-ticker-type', 'Invalid ticker type', 'The ticker endpoints accept only FULL or MINI as type.', 'Use FULL or MINI', ['Send type=FULL (default) or type=MINI in upper case.']),
  one(['spot:-1145'], 'cancelRestrictions must be ONLY_NEW or ONLY_PARTIALLY_FILLED. Nothing was cancelled.', fixFirst('Nothing was cancelled. Send one of the two allowed values, or leave the parameter out.'), 'bad-cancel-restrictions', 'Invalid cancelRestrictions value', 'Any other value, or lower case, is refused.', 'Use a valid value', ['ONLY_NEW cancels only if the order is still NEW; ONLY_PARTIALLY_FILLED only if it is partially filled.']),
  one(['spot:-1151'], 'The same symbol appears more than once in the symbols list. Nothing was returned.', fixFirst('Nothing changed. Remove duplicates from the list and query again.'), 'dup-symbols', 'Duplicate symbols in a list', 'The symbols array contains a symbol twice.', 'De-duplicate the list', ['Build the list from a set before sending.']),
  one(['spot:-1152'], 'The X-MBX-SBE header (or the SBE message header) is malformed. It must look like <SCHEMA_ID>:<VERSION>. Nothing was done.', fixFirst('Nothing was done. Send a correct X-MBX-SBE header, or drop it to get JSON.'), 'bad-sbe-header', 'Malformed SBE header', 'The header value is not schema id and version separated by a colon, or an SBE request frame is broken.', 'Fix the header', ['Send X-MBX-SBE: <schema id>:<version> for a schema Binance supports, with Accept: application/sbe.']),
  one(['spot:-1153'], 'The SBE schema id or version you asked for is not supported. Nothing was done.', fixFirst('Nothing was done. Ask for a supported schema id and version.'), 'bad-sbe-schema', 'Unsupported SBE schema or version', 'The schema is too old, retired or does not exist.', 'Update the schema', ['Use the current SBE schema published by Binance and regenerate your decoders.']),
  one(['spot:-1155'], 'SBE responses are not enabled on this server. Nothing was done.', fixFirst('Nothing was done. Request JSON instead, or use a server where SBE is enabled.'), 'sbe-off', 'SBE not enabled', 'You requested SBE encoding where it is not available.', 'Use JSON or another endpoint', ['Drop the SBE headers to get JSON.']),
  one(['spot:-1158'], 'An order type inside the OCO (aboveType / belowType) is not supported for OCO. Nothing was placed.', fixFirst('Nothing was placed. Use supported leg types for the OCO and send again.'), 'bad-oco-type', 'Unsupported OCO leg type', 'Each OCO leg must be one of the types the OCO endpoint lists (e.g. LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT).', 'Choose supported leg types', ['Check the allowed aboveType / belowType values on POST /api/v3/orderList/oco.']),
  one(['spot:-1160'], 'An OCO leg uses icebergQty (FIX: MaxFloor) but its timeInForce is not GTC. Nothing was placed.', fixFirst('Nothing was placed. Set the leg’s timeInForce to GTC or drop icebergQty.'), 'iceberg-needs-gtc', 'Iceberg leg without GTC', 'Iceberg quantities are only allowed on GTC legs.', 'Use GTC with iceberg legs', ['Set aboveTimeInForce / belowTimeInForce to GTC when you send an iceberg quantity for that leg.']),
  one(['spot:-1161'], 'The response cannot be encoded in the SBE schema you asked for; a newer schema is required. Nothing was returned.', fixFirst('Nothing changed. Upgrade to the schema version the message names or a newer one.'), 'old-sbe-schema', 'Deprecated SBE schema', 'Your schema version is too old for this response.', 'Upgrade the schema', ['Switch to the newer schema and regenerate decoders.']),
  one(['spot:-1165'], 'In a BUY OCO the limit leg must be priced below the other leg. Nothing was placed.', fixFirst('Nothing was placed. Put the BUY OCO’s limit leg below; fix the prices and send again.'), 'buy-oco-limit', 'BUY OCO with the limit leg on the wrong side', 'For a buy, the limit order waits below the market and the stop sits above.', 'Reorder the prices', ['BUY OCO: limit price below the current price, stop above it.']),
  one(['spot:-1166'], 'In a SELL OCO the limit leg must be priced above the other leg. Nothing was placed.', fixFirst('Nothing was placed. Put the SELL OCO’s limit leg above; fix the prices and send again.'), 'sell-oco-limit', 'SELL OCO with the limit leg on the wrong side', 'For a sell, the limit (take-profit) waits above the market and the stop sits below.', 'Reorder the prices', ['SELL OCO: limit price above the current price, stop below it.']),
  one(['spot:-1168'], 'Both legs of the OCO were plain limit orders; at least one must be a contingent (stop or take-profit) order. Nothing was placed.', fixFirst('Nothing was placed. Make one leg a stop or take-profit type and send again.'), 'no-contingent', 'No contingent leg', 'An OCO needs a trigger leg, e.g. LIMIT_MAKER plus STOP_LOSS_LIMIT.', 'Add a contingent leg', ['Use a STOP_LOSS(_LIMIT) or TAKE_PROFIT(_LIMIT) type for one leg.']),
  one(['spot:-1169'], 'A FIX message contained a tag number that does not exist. The message was rejected.', fixFirst('Nothing was done. Fix the tag number in your FIX message and resend.'), 'fix-bad-tag', 'Invalid FIX tag number', 'The tag is not in Binance’s FIX dictionary (typo or a tag from another venue).', 'Use Binance’s FIX dictionary', ['Compare your tags with Binance’s FIX API specification.']),
  one(['spot:-1170'], 'A FIX tag was used in a message type that does not define it. The message was rejected.', fixFirst('Nothing was done. Remove the tag from this message type and resend.'), 'fix-tag-not-defined', 'Tag not allowed in this message type', 'The tag exists but not for this MsgType.', 'Send only the tags of this message', ['Check which tags the message type allows.']),
  one(['spot:-1171'], 'A FIX tag appears more than once. The message was rejected.', fixFirst('Nothing was done. Send each tag once (outside repeating groups) and resend.'), 'fix-dup-tag', 'Duplicate FIX tag', 'The same tag was written twice, often by a message builder appending defaults.', 'Write each tag once', ['Check your builder does not add a tag that you also set yourself.']),
  one(['spot:-1172'], 'A FIX tag was sent out of the required order. The message was rejected.', fixFirst('Nothing was done. Put the tags in the required order and resend.'), 'fix-order', 'FIX tag out of order', 'Header tags and repeating-group fields must follow the specified order.', 'Follow the required order', ['Header: BeginString (8), BodyLength (9), MsgType (35) first, in that order; groups in their defined order.']),
  one(['spot:-1173'], 'Fields of a FIX repeating group are out of order. The message was rejected.', fixFirst('Nothing was done. Order the group fields as specified and resend.'), 'fix-group-order', 'Repeating group fields out of order', 'Each group entry must start with its first field and keep the defined order.', 'Reorder the group', ['Write each group entry’s fields in the order the specification gives.']),
  one(['spot:-1174'], 'A FIX component is filled in incorrectly for this order; the message suggests the fix. Nothing was placed.', fixFirst('Nothing was placed. Apply the recommendation in the message and resend.'), 'fix-component', 'Badly populated FIX component', 'A component (e.g. an order list leg) lacks required fields or has conflicting ones.', 'Follow the recommendation', ['Read the Recommendation part of the message and fill the component accordingly.']),
  one(['spot:-1175'], 'A new FIX session tried to continue the previous session’s sequence numbers; Binance requires a reset for each new session.', fixFirst('Nothing was done. Log on with sequence numbers reset (ResetSeqNumFlag (141)=Y, MsgSeqNum 1).'), 'fix-seq-reset', 'Sequence numbers not reset', 'Binance does not support continuing sequence numbers across sessions.', 'Reset on every logon', ['Send Logon with ResetSeqNumFlag=Y and start at MsgSeqNum=1.']),
  simple(['spot:-1176'], 'Logon was sent again on a FIX session that is already logged on. The session itself is fine.', noop('You are already logged on: do not send Logon again on this session.'), [
    cause('double-logon', 'A second Logon on the same session', 'Reconnect logic sent Logon without checking the session state.', [fix('Send Logon once per session', ['Track the session state and only send Logon after opening a new connection.'])]),
  ]),
  one(['spot:-1177'], 'The FIX message is garbled: a checksum, body length, header order or character problem. It was rejected.', fixFirst('Nothing was done. Fix the message framing and resend.'), 'fix-garbled', 'Malformed FIX message', 'Wrong CheckSum (10), wrong BodyLength (9), BeginString (8) not first, MsgType (35) not third, non-printable characters other than SOH, a tag without a value, or an invalid encoding type.', 'Fix the framing', ['Compute BodyLength and CheckSum after the body is final.', 'Use SOH (\\x01) as separator and printable ASCII only.']),
  one(['spot:-1178'], 'SenderCompID changed during the session or has a wrong value. The message was rejected.', fixFirst('Nothing was done. Use the same SenderCompID for the whole session.'), 'fix-sender', 'SenderCompID changed', 'The SenderCompID must stay the same for the lifetime of a session.', 'Keep one SenderCompID', ['Set it once at logon and reuse it in every message.']),
  one(['spot:-1179'], 'The FIX MsgSeqNum was not the one Binance expected. The message names the expected number.', fixFirst('Nothing was done. Resynchronise the sequence number (or reconnect with a reset) and resend.'), 'fix-seq', 'Unexpected sequence number', 'A message was skipped or repeated, or two threads write to the same session.', 'Keep the sequence in step', ['Send from one writer, increment by one per message, and reset on reconnect.']),
  one(['spot:-1180'], 'The first message on a FIX session must be Logon. The message was rejected.', fixFirst('Nothing was done. Send Logon first, then other messages.'), 'fix-no-logon', 'Messages before Logon', 'The client sent orders or requests before logging on.', 'Log on first', ['Wait for the Logon reply before sending anything else.']),
  one(['spot:-1181'], 'Too many FIX messages in the time window; the message gives the limit.', wait('Rejected. Slow down to under the stated message rate, then continue.'), 'fix-rate', 'FIX message rate exceeded', 'The session sends more messages per interval than allowed.', 'Throttle the session', ['Add a rate limiter below the limit quoted in the message.', 'Batch requests where the API allows it.']),
  one(['spot:-1182'], 'The FIX message contains fields that conflict with each other; the message lists them. Nothing was done.', fixFirst('Nothing was done. Remove one of the conflicting fields and resend.'), 'fix-conflict', 'Conflicting FIX fields', 'Two fields that exclude each other were both set.', 'Send only one of them', ['Remove one of the fields named in the message.']),
  one(['spot:-1183'], 'The requested operation is not allowed in a Drop Copy session. Nothing was done.', fixFirst('Nothing was done. Send orders through an order-entry session instead.'), 'fix-dropcopy', 'Operation not allowed in Drop Copy', 'Drop Copy sessions are read-only copies of your executions.', 'Use an order-entry session', ['Open an order-entry FIX session for trading.']),
  one(['spot:-1184'], 'Drop Copy sessions are not supported on this FIX server. Nothing was done.', fixFirst('Nothing was done. Connect to Binance’s Drop Copy server for Drop Copy sessions.'), 'fix-dropcopy-server', 'Drop Copy on the wrong server', 'You asked for Drop Copy on an order-entry or market-data server.', 'Use the Drop Copy host', ['Reconnect to the Drop Copy endpoint from the FIX documentation.']),
  one(['spot:-1185'], 'This FIX server only accepts Drop Copy sessions. Nothing was done.', fixFirst('Nothing was done. Reconnect to the order-entry server, or log on with DropCopyFlag (9406).'), 'fix-needs-dropcopy', 'Order entry on the Drop Copy server', 'The server only serves Drop Copy.', 'Pick the right server or flag', ['Use the order-entry host for trading, or send DropCopyFlag=Y for a Drop Copy session.']),
  one(['spot:-1186'], 'The requested operation is not allowed in an order-entry FIX session. Nothing was done.', fixFirst('Nothing was done. Use the session type that supports this operation (e.g. market data).'), 'fix-order-entry', 'Operation not allowed in order entry', 'Market-data requests belong to a market-data session.', 'Use the matching session', ['Open a market-data session for market data.']),
  one(['spot:-1187'], 'The requested operation is not allowed in a market-data FIX session. Nothing was done.', fixFirst('Nothing was done. Send orders through an order-entry session.'), 'fix-md', 'Operation not allowed in market data', 'Orders cannot be sent on a market-data session.', 'Use an order-entry session', ['Open an order-entry session for trading.']),
  one(['spot:-1188'], 'The NumInGroup count of a FIX repeating group does not match the entries sent. The message was rejected.', fixFirst('Nothing was done. Set the group count to the number of entries and resend.'), 'fix-group-count', 'Wrong repeating-group count', 'The count tag says N entries but a different number follows.', 'Count the entries', ['Compute NumInGroup from the entries actually written.']),
  one(['spot:-1189'], 'A FIX repeating group contains duplicate entries. The message was rejected.', fixFirst('Nothing was done. Remove the duplicate entries and resend.'), 'fix-group-dup', 'Duplicate group entries', 'The same entry (e.g. symbol) was listed twice in one group.', 'De-duplicate', ['Build the group from a set of unique entries.']),
  one(['spot:-1190'], 'The MDReqID is already used by an active subscription, or an unsubscribe names an id that has no subscription.', fixFirst('Nothing changed. Use a fresh MDReqID to subscribe, or the id of an active subscription to unsubscribe.'), 'fix-mdreqid', 'MDReqID clash or unknown', 'Subscription ids must be unique per connection; unsubscribe must reference a live one.', 'Track subscription ids', ['Keep a map of active MDReqIDs and reuse none of them.']),
  one(['spot:-1191'], 'Too many market-data subscriptions on this connection, or a similar subscription is already active.', fixFirst('Nothing changed. Reuse the existing subscription or stay under the subscription limit.'), 'fix-subs', 'Subscription limit or duplicate subscription', 'The connection already holds the maximum number of subscriptions, or one for the same symbol and type.', 'Reuse or spread subscriptions', ['Unsubscribe what you no longer need, reuse active ones, or open another connection.']),
  one(['spot:-1194'], 'The time unit requested is not valid. It must be MICROSECOND or MILLISECOND. Nothing was done.', fixFirst('Nothing was done. Send MICROSECOND or MILLISECOND (or leave it out for milliseconds).'), 'bad-time-unit', 'Invalid time unit', 'The X-MBX-TIME-UNIT header (or timeUnit parameter) has another value or wrong case.', 'Use a valid unit', ['Send X-MBX-TIME-UNIT: MICROSECOND or MILLISECOND.']),
  one(['spot:-1196'], 'In a BUY OCO the stop-loss leg must be priced above the market. Nothing was placed.', fixFirst('Nothing was placed. Move the BUY OCO’s stop leg above the current price and send again.'), 'buy-oco-stop', 'BUY OCO stop leg below', 'A buy stop protects against a rise, so it must sit above the current price.', 'Fix the stop price', ['BUY OCO: stop above the market, limit / take-profit below.']),
  one(['spot:-1197'], 'In a SELL OCO the stop-loss leg must be priced below the market. Nothing was placed.', fixFirst('Nothing was placed. Move the SELL OCO’s stop leg below the current price and send again.'), 'sell-oco-stop', 'SELL OCO stop leg above', 'A sell stop protects against a fall, so it must sit below the current price.', 'Fix the stop price', ['SELL OCO: stop below the market, limit / take-profit above.']),
  one(['spot:-1198'], 'In a BUY OCO the take-profit leg must be priced below the market. Nothing was placed.', fixFirst('Nothing was placed. Move the BUY OCO’s take-profit leg below the current price and send again.'), 'buy-oco-tp', 'BUY OCO take-profit above', 'A buy take-profit triggers on a fall, so it sits below.', 'Fix the take-profit price', ['BUY OCO: take-profit below the market.']),
  one(['spot:-1199'], 'In a SELL OCO the take-profit leg must be priced above the market. Nothing was placed.', fixFirst('Nothing was placed. Move the SELL OCO’s take-profit leg above the current price and send again.'), 'sell-oco-tp', 'SELL OCO take-profit below', 'A sell take-profit triggers on a rise, so it sits above.', 'Fix the take-profit price', ['SELL OCO: take-profit above the market.']),
  one(['spot:-1210'], 'pegPriceType has a value Binance does not accept. Nothing was placed.', fixFirst('Nothing was placed. Send a valid pegPriceType (e.g. PRIMARY_PEG or MARKET_PEG) or leave it out.'), 'bad-peg-type', 'Invalid pegPriceType', 'The value is misspelt or not supported.', 'Use a documented value', ['Check the pegged-order section of the Spot API for allowed values and order types.']),
  one(['spot:-1211'], 'pegOffsetType has a value Binance does not accept. Nothing was placed.', fixFirst('Nothing was placed. Send a valid pegOffsetType (e.g. PRICE_LEVEL) or leave it out.'), 'bad-peg-offset', 'Invalid pegOffsetType', 'The value is misspelt or not supported.', 'Use a documented value', ['Check the pegged-order section of the Spot API for allowed offset types.']),
  one(['spot:-1220'], 'The symbol’s status does not match the symbolStatus you filtered by. Nothing was returned for it.', fixFirst('Nothing changed. Drop the symbolStatus filter or ask for the status the symbol really has.'), 'status-mismatch', 'Symbol status differs from the filter', 'You asked about a symbol with symbolStatus=TRADING (for example) while it is halted or in another state.', 'Check the status first', ['Read the symbol’s status in GET /api/v3/exchangeInfo and adjust the filter.']),
  one(['spot:-1221'], 'An SBE request has invalid or missing fields. Nothing was done.', fixFirst('Nothing was done. Fill every required field of the SBE message and resend.'), 'sbe-fields', 'Invalid SBE message fields', 'The encoded message lacks a field or carries an out-of-range value.', 'Regenerate and check the encoder', ['Use the current schema and check required fields before encoding.']),
  one(['spot:-1222'], 'In an OPO order list the working order must be a BUY (bid). Nothing was placed.', fixFirst('Nothing was placed. Make the working order a BUY and send again.'), 'opo-working-buy', 'OPO working order not a buy', 'OPO lists place a working bid first and pending asks after it fills.', 'Make the working leg a BUY', ['Set workingSide=BUY for OPO lists.']),
  one(['spot:-1223'], 'In an OPO order list the pending orders must be SELLs (asks). Nothing was placed.', fixFirst('Nothing was placed. Make the pending orders SELLs and send again.'), 'opo-pending-sell', 'OPO pending order not a sell', 'The pending legs of an OPO list must be asks.', 'Make pending legs SELL', ['Set the pending side to SELL.']),
  one(['spot:-1224'], 'The working order of the order list lacks a parameter it needs; the message names it. Nothing was placed.', fixFirst('Nothing was placed. Add the named parameter to the working order and send again.'), 'working-param', 'Working order missing a parameter', 'The working leg needs the named field (e.g. its price or timeInForce).', 'Add the field', ['Add the named working* parameter to the request.']),
  one(['spot:-1225'], 'A pending order of the order list carries a parameter it must not have; the message names it. Nothing was placed.', fixFirst('Nothing was placed. Remove the named parameter from the pending order and send again.'), 'pending-param', 'Pending order with a forbidden parameter', 'Some fields belong only to the working leg.', 'Remove it', ['Drop the named pending* parameter.']),
];

const knowledge: Knowledge[] = [K1100, K1101, K1102, K1104, K1106, K1111, KSPOT1111, K1116, K1121, K1125, KSPOT1125, K1127, ...SHARED, ...DERIV, ...SPOTK];
export default knowledge;
