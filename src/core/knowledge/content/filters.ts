/**
 * Knowledge for the filter and settings codes (-4000 … -4999) of USD-M, COIN-M and Portfolio Margin.
 * Renumbered twins share one entry (e.g. USD-M -4164 = COIN-M -4178); codes whose number means
 * different things per product (-4087, -4088, -4202) get product keys.
 */
import { cause, fix, fixFirst, lines, never, noop, signed, simple, six, wait } from './build';
import { CJS, CPY, PB, pbCatching, pbSymbol, UJS, ujsInfo, umCatching, umSymbol, UPY } from './snippets';
import type { Knowledge } from '../types';
import { algoOnlyType } from '../rules/algo-only-type';
import { batchOrdersEndpoint } from '../rules/batch-orders-endpoint';
import { ccxtLibrary } from '../rules/ccxt-library';
import { closingFlag } from '../rules/closing-flag';
import { conditionalPriceOrigin } from '../rules/conditional-price-origin';
import { frameworkLibrary } from '../rules/framework-library';
import { majorSymbol } from '../rules/major-symbol';
import { marketOrderType } from '../rules/market-order-type';
import { notionalBelowMinimum } from '../rules/notional-below-minimum';
import { priceFloatNoise } from '../rules/price-float-noise';
import { quantityNoiseOrPlain } from '../rules/quantity-noise-or-plain';
import { quantitySign } from '../rules/quantity-sign';
import { rawHttpOrLibrary } from '../rules/raw-http-or-library';
import { reduceOnlyFlag } from '../rules/reduce-only-flag';
import { sentPositionSide } from '../rules/sent-position-side';

// ---------------------------------------------------------------------------------------------
// Builders.

const JQ_FILTERS = (symbol: string, filter: string): string =>
  `curl -s "https://fapi.binance.com/fapi/v1/exchangeInfo" | jq '.symbols[] | select(.symbol=="${symbol}") | .filters[] | select(.filterType=="${filter}")'`;

// ---------------------------------------------------------------------------------------------
// Snippet sets (USD-M; COIN-M and Portfolio Margin use the same idea on /dapi/ and /papi/).

/** Snap a price down onto the tickSize grid with decimal maths, from a fresh exchangeInfo. */
const S_TICK = six(
  pbSymbol(
    'tick = Decimal(next(f for f in sym["filters"] if f["filterType"] == "PRICE_FILTER")["tickSize"])',
    'price = (Decimal("64321.37") / tick).to_integral_value(rounding=ROUND_DOWN) * tick',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC",',
    '                            quantity="0.002", price=format(price, "f"))',
  ),
  lines(
    CPY,
    'ex.load_markets(True)  # reload: Binance changes tick sizes',
    'symbol = "BTC/USDT:USDT"',
    'price = ex.price_to_precision(symbol, 64321.37)  # snaps to PRICE_FILTER.tickSize',
    'amount = ex.amount_to_precision(symbol, 0.002)',
    'ex.create_order(symbol, "limit", "buy", amount, price)',
  ),
  lines(
    CJS,
    'await ex.loadMarkets(true);',
    "const symbol = 'BTC/USDT:USDT';",
    'const price = ex.priceToPrecision(symbol, 64321.37);',
    'const amount = ex.amountToPrecision(symbol, 0.002);',
    "await ex.createOrder(symbol, 'limit', 'buy', amount, price);",
  ),
  umSymbol(
    'tick = Decimal(next(f for f in sym["filters"] if f["filterType"] == "PRICE_FILTER")["tickSize"])',
    'price = (Decimal("64321.37") / tick).to_integral_value(rounding=ROUND_DOWN) * tick',
    'um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC", quantity="0.002", price=format(price, "f"))',
  ),
  ujsInfo(
    "const sym = info.symbols.find((s) => s.symbol === 'BTCUSDT');",
    "const tick = sym.filters.find((f) => f.filterType === 'PRICE_FILTER').tickSize;",
    "const decimals = (tick.split('.')[1] || '').replace(/0+$/, '').length;",
    'const price = Number((Math.floor(64321.37 / Number(tick) + 1e-9) * Number(tick)).toFixed(decimals));',
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: 0.002, price });",
  ),
  lines(
    '# 1) read tickSize (here 0.10); 2) send a price that is an exact multiple of it',
    JQ_FILTERS('BTCUSDT', 'PRICE_FILTER'),
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=64321.30'),
  ),
);

/** Truncate a quantity onto the stepSize grid (MARKET orders: MARKET_LOT_SIZE) and refuse anything under minQty. */
const S_STEP = six(
  pbSymbol(
    '# MARKET orders are checked against MARKET_LOT_SIZE, every other type against LOT_SIZE',
    'lot = next(f for f in sym["filters"] if f["filterType"] == "MARKET_LOT_SIZE")',
    'step = Decimal(lot["stepSize"])',
    'qty = (Decimal("0.0123456") / step).to_integral_value(rounding=ROUND_DOWN) * step',
    'if qty < Decimal(lot["minQty"]):',
    '    raise ValueError("quantity is below minQty after rounding: not sending")',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=format(qty, "f"))',
  ),
  lines(
    CPY,
    'ex.load_markets(True)',
    'symbol = "BTC/USDT:USDT"',
    'amount = ex.amount_to_precision(symbol, 0.0123456)  # truncates onto stepSize',
    'if float(amount) < ex.market(symbol)["limits"]["amount"]["min"]:',
    '    raise ValueError("amount is below the minimum after rounding: not sending")',
    'ex.create_order(symbol, "market", "buy", amount)',
  ),
  lines(
    CJS,
    'await ex.loadMarkets(true);',
    "const symbol = 'BTC/USDT:USDT';",
    'const amount = ex.amountToPrecision(symbol, 0.0123456);',
    "if (Number(amount) < ex.market(symbol).limits.amount.min) throw new Error('amount below minimum after rounding');",
    "await ex.createOrder(symbol, 'market', 'buy', amount);",
  ),
  umSymbol(
    'lot = next(f for f in sym["filters"] if f["filterType"] == "MARKET_LOT_SIZE")',
    'step = Decimal(lot["stepSize"])',
    'qty = (Decimal("0.0123456") / step).to_integral_value(rounding=ROUND_DOWN) * step',
    'if qty < Decimal(lot["minQty"]):',
    '    raise ValueError("quantity is below minQty after rounding: not sending")',
    'um.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=format(qty, "f"))',
  ),
  ujsInfo(
    "const lot = info.symbols.find((s) => s.symbol === 'BTCUSDT').filters.find((f) => f.filterType === 'MARKET_LOT_SIZE');",
    "const decimals = (lot.stepSize.split('.')[1] || '').replace(/0+$/, '').length;",
    'const qty = Number((Math.floor(0.0123456 / Number(lot.stepSize) + 1e-9) * Number(lot.stepSize)).toFixed(decimals));',
    "if (qty < Number(lot.minQty)) throw new Error('quantity below minQty after rounding');",
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: qty });",
  ),
  lines(
    '# read stepSize/minQty (LOT_SIZE for limit orders, MARKET_LOT_SIZE for market orders)',
    JQ_FILTERS('BTCUSDT', 'MARKET_LOT_SIZE'),
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.012'),
  ),
);

/** Size an order from the symbol's own MIN_NOTIONAL, rounding the quantity UP onto the step. */
const S_MIN_NOTIONAL = six(
  lines(
    'import math',
    PB,
    'sym = next(s for s in client.futures_exchange_info()["symbols"] if s["symbol"] == "ETHUSDT")',
    'f = {x["filterType"]: x for x in sym["filters"]}',
    'floor = float(f["MIN_NOTIONAL"]["notional"])',
    'step = float(f["LOT_SIZE"]["stepSize"])',
    'mark = float(client.futures_mark_price(symbol="ETHUSDT")["markPrice"])',
    'qty = math.ceil(floor * 1.02 / mark / step) * step  # round UP, keep 2% headroom',
    'client.futures_create_order(symbol="ETHUSDT", side="BUY", type="MARKET",',
    '                            quantity=round(qty, int(sym["quantityPrecision"])))',
  ),
  lines(
    CPY,
    'ex.load_markets()',
    'symbol = "ETH/USDT:USDT"',
    'm = ex.market(symbol)',
    'floor = m["limits"]["cost"]["min"]  # MIN_NOTIONAL.notional of this symbol',
    'last = ex.fetch_ticker(symbol)["last"]',
    'amount = ex.amount_to_precision(symbol, floor * 1.02 / last + m["precision"]["amount"])',
    'ex.create_order(symbol, "market", "buy", amount)',
  ),
  lines(
    CJS,
    'await ex.loadMarkets();',
    "const symbol = 'ETH/USDT:USDT';",
    'const m = ex.market(symbol);',
    'const last = (await ex.fetchTicker(symbol)).last;',
    'const amount = ex.amountToPrecision(symbol, (m.limits.cost.min * 1.02) / last + m.precision.amount);',
    "await ex.createOrder(symbol, 'market', 'buy', amount);",
  ),
  lines(
    'import math',
    UPY,
    'sym = next(s for s in um.exchange_info()["symbols"] if s["symbol"] == "ETHUSDT")',
    'f = {x["filterType"]: x for x in sym["filters"]}',
    'floor = float(f["MIN_NOTIONAL"]["notional"])',
    'step = float(f["LOT_SIZE"]["stepSize"])',
    'mark = float(um.mark_price(symbol="ETHUSDT")["markPrice"])',
    'qty = math.ceil(floor * 1.02 / mark / step) * step',
    'um.new_order(symbol="ETHUSDT", side="BUY", type="MARKET", quantity=round(qty, int(sym["quantityPrecision"])))',
  ),
  ujsInfo(
    "const sym = info.symbols.find((s) => s.symbol === 'ETHUSDT');",
    "const floor = Number(sym.filters.find((f) => f.filterType === 'MIN_NOTIONAL').notional);",
    "const step = Number(sym.filters.find((f) => f.filterType === 'LOT_SIZE').stepSize);",
    "const mark = Number((await (await client.restAPI.markPrice({ symbol: 'ETHUSDT' })).data()).markPrice);",
    'const qty = Number((Math.ceil((floor * 1.02) / mark / step) * step).toFixed(sym.quantityPrecision));',
    "await client.restAPI.newOrder({ symbol: 'ETHUSDT', side: 'BUY', type: 'MARKET', quantity: qty });",
  ),
  lines(
    '# the floor of this symbol, then the mark price: quantity >= notional / markPrice, rounded UP to stepSize',
    JQ_FILTERS('ETHUSDT', 'MIN_NOTIONAL'),
    'curl -s "https://fapi.binance.com/fapi/v1/premiumIndex?symbol=ETHUSDT" | jq .markPrice',
  ),
);

/** Close what is left of a position with a reduce-only order of exactly its size (one-way mode). */
const S_REDUCE_CLOSE = six(
  lines(
    PB,
    'pos = client.futures_position_information(symbol="ETHUSDT")',
    'amt = float(next(p for p in pos if p["positionSide"] == "BOTH")["positionAmt"])  # negative = short',
    'if amt != 0:',
    '    client.futures_create_order(symbol="ETHUSDT", side="SELL" if amt > 0 else "BUY", type="MARKET",',
    '                                quantity=abs(amt), reduceOnly="true")',
  ),
  lines(
    CPY,
    'symbol = "ETH/USDT:USDT"',
    'open_positions = [p for p in ex.fetch_positions([symbol]) if p["contracts"]]',
    'for p in open_positions:',
    '    side = "sell" if p["side"] == "long" else "buy"',
    '    ex.create_order(symbol, "market", side, p["contracts"], None, {"reduceOnly": True})',
  ),
  lines(
    CJS,
    "const symbol = 'ETH/USDT:USDT';",
    'for (const p of await ex.fetchPositions([symbol])) {',
    '  if (!p.contracts) continue;',
    "  await ex.createOrder(symbol, 'market', p.side === 'long' ? 'sell' : 'buy', p.contracts, undefined, { reduceOnly: true });",
    '}',
  ),
  lines(
    UPY,
    'pos = um.get_position_risk(symbol="ETHUSDT")',
    'amt = float(next(p for p in pos if p["positionSide"] == "BOTH")["positionAmt"])',
    'if amt != 0:',
    '    um.new_order(symbol="ETHUSDT", side="SELL" if amt > 0 else "BUY", type="MARKET",',
    '                 quantity=abs(amt), reduceOnly="true")',
  ),
  lines(
    UJS,
    "const positions = await (await client.restAPI.positionInformationV3({ symbol: 'ETHUSDT' })).data();",
    "const p = positions.find((x) => x.positionSide === 'BOTH' && Number(x.positionAmt) !== 0);",
    'if (p) {',
    '  const amt = Number(p.positionAmt);',
    "  await client.restAPI.newOrder({ symbol: 'ETHUSDT', side: amt > 0 ? 'SELL' : 'BUY', type: 'MARKET', quantity: Math.abs(amt), reduceOnly: 'true' });",
    '}',
  ),
  lines(
    '# position size first (positionAmt, negative for a short), then close exactly that much',
    signed('GET', '/fapi/v3/positionRisk', 'symbol=ETHUSDT'),
    signed('POST', '/fapi/v1/order', 'symbol=ETHUSDT&side=SELL&type=MARKET&quantity=0.004&reduceOnly=true'),
  ),
);

/** Read the account's position mode and send the positionSide that matches it. */
const S_POSMODE_READ = six(
  lines(
    PB,
    'hedge = client.futures_get_position_mode()["dualSidePosition"]',
    'params = dict(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.002")',
    'if hedge:',
    '    params["positionSide"] = "LONG"  # opens a long; close it later with SELL + LONG',
    'client.futures_create_order(**params)  # one-way mode: no positionSide (or BOTH)',
  ),
  lines(
    CPY,
    'hedge = ex.fapiPrivateGetPositionSideDual()["dualSidePosition"] in (True, "true")',
    'params = {"positionSide": "LONG"} if hedge else {}',
    'ex.create_order("BTC/USDT:USDT", "market", "buy", 0.002, None, params)',
  ),
  lines(
    CJS,
    'const mode = await ex.fapiPrivateGetPositionSideDual();',
    "const hedge = mode.dualSidePosition === true || mode.dualSidePosition === 'true';",
    "await ex.createOrder('BTC/USDT:USDT', 'market', 'buy', 0.002, undefined, hedge ? { positionSide: 'LONG' } : {});",
  ),
  lines(
    UPY,
    'hedge = um.get_position_mode()["dualSidePosition"]',
    'extra = {"positionSide": "LONG"} if hedge else {}',
    'um.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.002", **extra)',
  ),
  lines(
    UJS,
    'const { dualSidePosition } = await (await client.restAPI.getCurrentPositionMode()).data();',
    "const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: 0.002 };",
    "if (dualSidePosition) order.positionSide = 'LONG';",
    'await client.restAPI.newOrder(order);',
  ),
  lines(
    '# {"dualSidePosition": true} = Hedge Mode (send LONG/SHORT); false = One-way Mode (omit it or send BOTH)',
    signed('GET', '/fapi/v1/positionSide/dual', ''),
  ),
);

/** Change the position mode only when it differs from what you want; "already set" is then never sent. */
const S_POSMODE_ENSURE = six(
  lines(
    PB,
    'WANT_HEDGE = False',
    'if client.futures_get_position_mode()["dualSidePosition"] != WANT_HEDGE:',
    '    # needs no open orders and no positions, on USD-M and COIN-M alike',
    '    client.futures_change_position_mode(dualSidePosition="true" if WANT_HEDGE else "false")',
  ),
  lines(
    CPY,
    'WANT_HEDGE = False',
    'current = ex.fapiPrivateGetPositionSideDual()["dualSidePosition"] in (True, "true")',
    'if current != WANT_HEDGE:',
    '    ex.set_position_mode(WANT_HEDGE)',
  ),
  lines(
    CJS,
    'const WANT_HEDGE = false;',
    'const mode = await ex.fapiPrivateGetPositionSideDual();',
    "const current = mode.dualSidePosition === true || mode.dualSidePosition === 'true';",
    'if (current !== WANT_HEDGE) await ex.setPositionMode(WANT_HEDGE);',
  ),
  lines(
    UPY,
    'WANT_HEDGE = False',
    'if um.get_position_mode()["dualSidePosition"] != WANT_HEDGE:',
    '    um.change_position_mode(dualSidePosition="true" if WANT_HEDGE else "false")',
  ),
  lines(
    UJS,
    'const WANT_HEDGE = false;',
    'const { dualSidePosition } = await (await client.restAPI.getCurrentPositionMode()).data();',
    'if (dualSidePosition !== WANT_HEDGE) {',
    "  await client.restAPI.changePositionMode({ dualSidePosition: WANT_HEDGE ? 'true' : 'false' });",
    '}',
  ),
  lines(
    '# read first; only POST when the answer differs from what you want',
    signed('GET', '/fapi/v1/positionSide/dual', ''),
    signed('POST', '/fapi/v1/positionSide/dual', 'dualSidePosition=false'),
  ),
);

/** Set the margin type only when it differs; treat -4046 as success. */
const S_MARGIN_ENSURE = six(
  pbCatching(
    'try:',
    '    client.futures_change_margin_type(symbol="BTCUSDT", marginType="ISOLATED")',
    'except BinanceAPIException as e:',
    '    if e.code != -4046:  # -4046: already ISOLATED, nothing to do',
    '        raise',
  ),
  lines(
    CPY,
    'try:',
    '    ex.set_margin_mode("isolated", "BTC/USDT:USDT")',
    'except ccxt.MarginModeAlreadySet:',
    '    pass  # -4046: already isolated',
  ),
  lines(
    CJS,
    'try {',
    "  await ex.setMarginMode('isolated', 'BTC/USDT:USDT');",
    '} catch (e) {',
    '  if (!(e instanceof ccxt.MarginModeAlreadySet)) throw e; // -4046: already isolated',
    '}',
  ),
  umCatching(
    'try:',
    '    um.change_margin_type(symbol="BTCUSDT", marginType="ISOLATED")',
    'except ClientError as e:',
    '    if e.error_code != -4046:',
    '        raise',
  ),
  lines(
    UJS,
    "const [cfg] = await (await client.restAPI.symbolConfiguration({ symbol: 'BTCUSDT' })).data();",
    "if (cfg.marginType !== 'ISOLATED') {",
    "  await client.restAPI.changeMarginType({ symbol: 'BTCUSDT', marginType: 'ISOLATED' });",
    '}',
  ),
  lines(
    '# marginType is CROSSED or ISOLATED; only change it when it differs',
    signed('GET', '/fapi/v1/symbolConfig', 'symbol=BTCUSDT'),
    signed('POST', '/fapi/v1/marginType', 'symbol=BTCUSDT&marginType=ISOLATED'),
  ),
);

/** Place a conditional order on the Algo Order endpoint (USD-M, since 2025-12-09). */
const S_ALGO = six(
  lines(
    PB,
    '# python-binance >= 1.0.33; conditional types go to POST /fapi/v1/algoOrder',
    'client.futures_create_algo_order(algoType="CONDITIONAL", symbol="BTCUSDT", side="SELL",',
    '                                 type="STOP_MARKET", triggerPrice="58000", closePosition="true",',
    '                                 workingType="MARK_PRICE", clientAlgoId="sl-btc-001")',
    'print(client.futures_get_open_algo_orders(symbol="BTCUSDT"))',
  ),
  lines(
    CPY,
    '# a current ccxt routes create_order(..., {"stopLossPrice": 58000}) here itself; the raw call:',
    'ex.fapiPrivatePostAlgoOrder({"algoType": "CONDITIONAL", "symbol": "BTCUSDT", "side": "SELL",',
    '                             "type": "STOP_MARKET", "triggerPrice": "58000",',
    '                             "closePosition": "true", "workingType": "MARK_PRICE"})',
  ),
  lines(
    CJS,
    '// a current ccxt routes createOrder(..., { stopLossPrice: 58000 }) here itself; the raw call:',
    'await ex.fapiPrivatePostAlgoOrder({',
    "  algoType: 'CONDITIONAL', symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_MARKET',",
    "  triggerPrice: '58000', closePosition: 'true', workingType: 'MARK_PRICE',",
    '});',
  ),
  lines(
    UPY,
    '# this connector has no algo-order method: sign the call yourself',
    'um.sign_request("POST", "/fapi/v1/algoOrder", {',
    '    "algoType": "CONDITIONAL", "symbol": "BTCUSDT", "side": "SELL", "type": "STOP_MARKET",',
    '    "triggerPrice": "58000", "closePosition": "true", "workingType": "MARK_PRICE",',
    '})',
  ),
  lines(
    UJS,
    'await client.restAPI.newAlgoOrder({',
    "  algoType: 'CONDITIONAL', symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_MARKET',",
    "  triggerPrice: 58000, closePosition: 'true', workingType: 'MARK_PRICE',",
    '});',
  ),
  lines(
    signed('POST', '/fapi/v1/algoOrder', 'algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=58000&closePosition=true&workingType=MARK_PRICE'),
    '# list them with GET /fapi/v1/openAlgoOrders, cancel with DELETE /fapi/v1/algoOrder',
  ),
);

/** Replace a MARKET order by a LIMIT IOC priced inside the PERCENT_PRICE band around the mark price. */
const S_LIMIT_IOC = six(
  pbSymbol(
    'f = {x["filterType"]: x for x in sym["filters"]}',
    'mark = Decimal(client.futures_mark_price(symbol="BTCUSDT")["markPrice"])',
    'tick = Decimal(f["PRICE_FILTER"]["tickSize"])',
    'cap = mark * Decimal(f["PERCENT_PRICE"]["multiplierUp"])  # highest BUY price accepted',
    'price = (min(mark * Decimal("1.005"), cap) / tick).to_integral_value(rounding=ROUND_DOWN) * tick',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="IOC",',
    '                            quantity="0.002", price=format(price, "f"))',
  ),
  lines(
    CPY,
    'ex.load_markets()',
    'symbol = "BTC/USDT:USDT"',
    'f = {x["filterType"]: x for x in ex.market(symbol)["info"]["filters"]}',
    'mark = float(ex.fapiPublicGetPremiumIndex({"symbol": "BTCUSDT"})["markPrice"])',
    'limit = min(mark * 1.005, mark * float(f["PERCENT_PRICE"]["multiplierUp"]))',
    'ex.create_order(symbol, "limit", "buy", 0.002, ex.price_to_precision(symbol, limit), {"timeInForce": "IOC"})',
  ),
  lines(
    CJS,
    'await ex.loadMarkets();',
    "const symbol = 'BTC/USDT:USDT';",
    "const band = ex.market(symbol).info.filters.find((f) => f.filterType === 'PERCENT_PRICE');",
    "const mark = Number((await ex.fapiPublicGetPremiumIndex({ symbol: 'BTCUSDT' })).markPrice);",
    'const limit = Math.min(mark * 1.005, mark * Number(band.multiplierUp));',
    "await ex.createOrder(symbol, 'limit', 'buy', 0.002, ex.priceToPrecision(symbol, limit), { timeInForce: 'IOC' });",
  ),
  umSymbol(
    'f = {x["filterType"]: x for x in sym["filters"]}',
    'mark = Decimal(um.mark_price(symbol="BTCUSDT")["markPrice"])',
    'tick = Decimal(f["PRICE_FILTER"]["tickSize"])',
    'cap = mark * Decimal(f["PERCENT_PRICE"]["multiplierUp"])',
    'price = (min(mark * Decimal("1.005"), cap) / tick).to_integral_value(rounding=ROUND_DOWN) * tick',
    'um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="IOC", quantity="0.002", price=format(price, "f"))',
  ),
  ujsInfo(
    "const filters = info.symbols.find((s) => s.symbol === 'BTCUSDT').filters;",
    "const band = filters.find((f) => f.filterType === 'PERCENT_PRICE');",
    "const tick = Number(filters.find((f) => f.filterType === 'PRICE_FILTER').tickSize);",
    "const mark = Number((await (await client.restAPI.markPrice({ symbol: 'BTCUSDT' })).data()).markPrice);",
    'const price = Math.floor(Math.min(mark * 1.005, mark * Number(band.multiplierUp)) / tick) * tick;',
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'IOC', quantity: 0.002, price: Number(price.toFixed(2)) });",
  ),
  lines(
    '# band: PERCENT_PRICE multiplierUp/multiplierDown around the mark price',
    JQ_FILTERS('BTCUSDT', 'PERCENT_PRICE'),
    'curl -s "https://fapi.binance.com/fapi/v1/premiumIndex?symbol=BTCUSDT" | jq .markPrice',
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.002&price=64500.0'),
  ),
);

/** Read the symbol's leverage brackets and set a leverage it allows. */
const S_LEVERAGE = six(
  lines(
    PB,
    'info = client.futures_leverage_bracket(symbol="BTCUSDT")',
    'brackets = info[0]["brackets"] if isinstance(info, list) else info["brackets"]',
    'max_lev = max(b["initialLeverage"] for b in brackets)  # smaller for bigger positions',
    'client.futures_change_leverage(symbol="BTCUSDT", leverage=min(25, max_lev))',
  ),
  lines(
    CPY,
    'symbol = "BTC/USDT:USDT"',
    'tiers = ex.fetch_leverage_tiers([symbol])[symbol]',
    'max_lev = max(t["maxLeverage"] for t in tiers)',
    'ex.set_leverage(int(min(25, max_lev)), symbol)',
  ),
  lines(
    CJS,
    "const symbol = 'BTC/USDT:USDT';",
    'const tiers = (await ex.fetchLeverageTiers([symbol]))[symbol];',
    'const maxLev = Math.max(...tiers.map((t) => t.maxLeverage));',
    'await ex.setLeverage(Math.floor(Math.min(25, maxLev)), symbol);',
  ),
  lines(
    UPY,
    'info = um.leverage_brackets(symbol="BTCUSDT")',
    'brackets = info[0]["brackets"] if isinstance(info, list) else info["brackets"]',
    'max_lev = max(b["initialLeverage"] for b in brackets)',
    'um.change_leverage(symbol="BTCUSDT", leverage=min(25, max_lev))',
  ),
  lines(
    UJS,
    "const res = await (await client.restAPI.notionalAndLeverageBrackets({ symbol: 'BTCUSDT' })).data();",
    'const brackets = (Array.isArray(res) ? res[0] : res).brackets;',
    'const maxLev = Math.max(...brackets.map((b) => b.initialLeverage));',
    "await client.restAPI.changeInitialLeverage({ symbol: 'BTCUSDT', leverage: Math.min(25, maxLev) });",
  ),
  lines(
    '# brackets[].initialLeverage is the most each notional bracket allows',
    signed('GET', '/fapi/v1/leverageBracket', 'symbol=BTCUSDT'),
    signed('POST', '/fapi/v1/leverage', 'symbol=BTCUSDT&leverage=20'),
  ),
);

const PLACEHOLDER_FIX_NOTE = 'Use your own symbol, side and sizes; the examples use USD-M (fapi). On COIN-M use /dapi/ (python-binance futures_coin_*, ccxt binancecoinm), on Portfolio Margin /papi/.';

// ---------------------------------------------------------------------------------------------
// Deep trees.

const K4003: Knowledge = {
  keys: ['-4003'],
  meaning:
    'The order quantity Binance received was zero or negative. Almost always the quantity your code computed was rounded down to nothing, or it came from a position size that was negative or already zero.',
  retry: fixFirst('Nothing was placed. Sending it again sends the same zero, so fix how the quantity is computed first, and make your code refuse to send a quantity that is not above zero.'),
  causes: [
    cause(
      'rounded-to-zero',
      'Your budget is smaller than one quantity step, so rounding gave 0',
      'Quantities are cut down to the symbol’s stepSize (0.001 BTC on BTCUSDT, for example). If the money you size with buys less than one step, truncation leaves 0. Small accounts on high-priced symbols hit this first.',
      [
        fix(
          'Size from the minimums, not just from the budget',
          [
            'Read stepSize/minQty (LOT_SIZE) and the MIN_NOTIONAL filter of this symbol from GET /fapi/v1/exchangeInfo.',
            'Compute the smallest valid quantity: at least minQty and at least notional ÷ price, rounded UP to the step.',
            'If your budget cannot pay for that quantity, skip the trade or pick a symbol with a smaller step — do not send 0.',
            PLACEHOLDER_FIX_NOTE,
          ],
          S_MIN_NOTIONAL,
        ),
      ],
    ),
    cause(
      'int-rounding',
      'The quantity was rounded to a whole number or too few decimals',
      'A plain round(qty), int(qty), toFixed(0) or rounding to the wrong number of decimals turns 0.004 into 0. It often sneaks in when the same helper serves symbols with very different steps.',
      [
        fix(
          'Truncate to the step size of this symbol',
          [
            'Replace rounding-to-decimals with truncation onto stepSize using decimal maths (or your library’s amount_to_precision).',
            'After rounding, check the result is ≥ minQty before you send.',
            'Log the exact quantity string you send.',
          ],
          S_STEP,
        ),
      ],
    ),
    cause(
      'negative-position-amt',
      'The quantity came from a short position’s negative positionAmt',
      'In one-way mode a short shows a negative positionAmt (e.g. -0.5). Passing it unchanged as the closing order’s quantity sends a negative number.',
      [
        fix(
          'Use the absolute size and pick the side from the sign',
          [
            'Read positionAmt (GET /fapi/v3/positionRisk).',
            'Send quantity = |positionAmt|; side = SELL when positionAmt > 0, BUY when < 0.',
            'Add reduceOnly=true in one-way mode so it can only close.',
          ],
          S_REDUCE_CLOSE,
        ),
      ],
    ),
    cause(
      'position-already-flat',
      'A closing order was built from a position that is already closed',
      'A stop, take-profit, liquidation or another process closed the position first, so the size your close logic read was 0.',
      [
        fix(
          'Re-read the position and skip the close when it is zero',
          [
            'Right before closing, read the current positionAmt for the symbol (and positionSide in hedge mode).',
            'If it is 0, the position is already closed: cancel leftover reduce-only / conditional orders instead of sending a close.',
            'Drive the close from the user-data stream (ORDER_TRADE_UPDATE / ACCOUNT_UPDATE) rather than a cached size.',
          ],
          S_REDUCE_CLOSE,
        ),
      ],
    ),
  ],
  tree: {
    start: 'qty-value',
    questions: [
      {
        id: 'qty-value',
        text: 'What quantity did the request carry?',
        help: 'Look for quantity= in the logged request or the arguments you passed.',
        options: [
          { value: 'negative', label: 'A negative number', ranks: ['negative-position-amt', 'position-already-flat'] },
          { value: 'zero', label: '0 (or 0.000…)', next: 'closing' },
          { value: 'positive', label: 'A positive number, or I cannot see it', next: 'closing' },
        ],
        auto: quantitySign,
      },
      {
        id: 'closing',
        text: 'Was the order meant to close or reduce a position?',
        options: [
          { value: 'closing', label: 'Yes, it was closing / reducing', ranks: ['position-already-flat', 'negative-position-amt', 'int-rounding'] },
          { value: 'opening', label: 'No, it was opening or adding', ranks: ['rounded-to-zero', 'int-rounding'] },
        ],
        auto: closingFlag,
      },
    ],
  },
};

const K4014: Knowledge = {
  keys: ['-4014'],
  meaning:
    'The price is not on the symbol’s price grid: every price must be minPrice plus a whole number of tickSize steps. Binance refused the order; nothing was placed.',
  retry: fixFirst('Nothing was placed. Snap the price onto the tickSize grid (from a fresh exchangeInfo) and send it again; resending the same price fails the same way.'),
  causes: [
    cause(
      'rounded-to-decimals',
      'Rounded to a number of decimals (pricePrecision) instead of to tickSize',
      'pricePrecision is not the tick. BTCUSDT, for instance, shows pricePrecision 2 while its tickSize is 0.10, and many symbols have ticks such as 0.5, 0.25 or 0.0005 that no decimal rounding can hit.',
      [
        fix(
          'Round to a multiple of tickSize',
          [
            'Read PRICE_FILTER.tickSize for this symbol from GET /fapi/v1/exchangeInfo (COIN-M: /dapi/v1/exchangeInfo).',
            'price = floor(price / tickSize) × tickSize with decimal maths (round up instead for a SELL if you prefer).',
            'Format the result as a plain decimal string, without exponent.',
            PLACEHOLDER_FIX_NOTE,
          ],
          S_TICK,
        ),
      ],
    ),
    cause(
      'float-noise',
      'Floating-point noise in the price string',
      'Binary floats print values like 64321.300000000003 or 0.30000000000000004; the extra digits put the price off the grid even when the intended value was right.',
      [
        fix(
          'Compute prices with Decimal or strings and format them yourself',
          [
            'Do the snapping with Decimal (Python) or integer tick counts (JavaScript).',
            'Send the price as a string you formatted, not a float the library prints.',
            'Check the exact request in your log before and after the change.',
          ],
          S_TICK,
        ),
      ],
    ),
    cause(
      'computed-price-not-snapped',
      'A computed price (stop, take-profit, offset from entry) was never snapped',
      'Prices derived from other prices — entry × 1.02, ATR offsets, averages — land between ticks unless you snap them. Stops and take-profits are the usual culprits because the entry price itself was valid.',
      [
        fix(
          'Snap every derived price just before sending',
          [
            'Put one snap-to-tick helper between your strategy maths and the order call, for price and stopPrice alike.',
            'Snap stop prices away from the market (down for a SELL stop, up for a BUY stop) so rounding never moves them closer.',
          ],
          S_TICK,
        ),
      ],
    ),
    cause(
      'stale-or-wrong-filters',
      'The tickSize came from a stale cache or from another product',
      'Binance changes tick sizes of futures symbols from time to time, and the Spot symbol with the same name has its own, different filters. A tick read at start-up or from /api/v3/exchangeInfo can be wrong today.',
      [
        fix(
          'Refresh the futures filters and use them',
          [
            'Load filters from the futures exchangeInfo of the product you trade, not from Spot.',
            'Refresh them at least daily and after any -4014 / -4023.',
            'In ccxt, call load_markets(True) to force a reload.',
          ],
          S_TICK,
        ),
      ],
    ),
  ],
  tree: {
    start: 'price-shape',
    questions: [
      {
        id: 'price-shape',
        text: 'Does the price string look like floating-point noise (many decimals such as 64321.300000000003)?',
        options: [
          { value: 'noise', label: 'Yes, it has a long tail of digits', ranks: ['float-noise', 'rounded-to-decimals'] },
          { value: 'clean', label: 'No, it looks like a normal price', next: 'price-origin' },
        ],
        auto: priceFloatNoise,
      },
      {
        id: 'price-origin',
        text: 'Where did the price come from?',
        options: [
          { value: 'computed', label: 'Computed from another price (offset, percentage, stop/TP)', next: 'tick-shape' },
          { value: 'copied', label: 'Copied from the book/ticker or typed in, and it used to work', ranks: ['stale-or-wrong-filters', 'rounded-to-decimals'] },
        ],
        auto: conditionalPriceOrigin,
      },
      {
        id: 'tick-shape',
        text: 'Is the symbol’s tickSize 0.1, 0.01, 0.001 … or a step like 0.5, 0.25, 0.0005?',
        help: 'GET /fapi/v1/exchangeInfo → the symbol → PRICE_FILTER.tickSize.',
        options: [
          { value: 'odd', label: 'A step like 0.5 / 0.25 / 0.0005', ranks: ['rounded-to-decimals', 'computed-price-not-snapped'] },
          { value: 'power', label: 'A power of ten', ranks: ['computed-price-not-snapped', 'rounded-to-decimals', 'stale-or-wrong-filters'] },
        ],
      },
    ],
  },
};

const K4023: Knowledge = {
  keys: ['-4023'],
  meaning:
    'The quantity is not a whole number of stepSize steps above minQty. LIMIT and stop orders are checked against LOT_SIZE, MARKET orders against MARKET_LOT_SIZE. Nothing was placed.',
  retry: fixFirst('Nothing was placed. Truncate the quantity onto the step of the right filter and send again; the same quantity fails the same way.'),
  causes: [
    cause(
      'not-truncated',
      'A computed quantity was not cut down to the step size',
      'Quantities derived from money (USDT ÷ price), from a percentage of a position or from leverage maths have arbitrary decimals; only multiples of stepSize are accepted.',
      [
        fix(
          'Truncate onto stepSize and check minQty',
          [
            'Read LOT_SIZE (and MARKET_LOT_SIZE) from GET /fapi/v1/exchangeInfo for this symbol.',
            'quantity = floor(quantity / stepSize) × stepSize with decimal maths; refuse to send when it falls below minQty.',
            PLACEHOLDER_FIX_NOTE,
          ],
          S_STEP,
        ),
      ],
    ),
    cause(
      'float-noise',
      'Floating-point noise in the quantity',
      'A float such as 0.30000000000000004 or 1.2e-05 is not on any step grid even when you meant 0.3.',
      [
        fix('Format the quantity from Decimal or a fixed number of decimals', ['Snap with Decimal / integer step counts.', 'Send a plain decimal string (no exponent).'], S_STEP),
      ],
    ),
    cause(
      'market-lot-size',
      'A MARKET order checked against MARKET_LOT_SIZE',
      'MARKET orders use the MARKET_LOT_SIZE filter, whose step and maximum can differ from LOT_SIZE on some symbols. A quantity valid for a LIMIT order can fail as MARKET.',
      [
        fix(
          'Round MARKET quantities with MARKET_LOT_SIZE',
          ['Pick the filter by order type: MARKET → MARKET_LOT_SIZE, everything else → LOT_SIZE.', 'Also respect its maxQty; split very large market orders.'],
          S_STEP,
        ),
      ],
    ),
    cause(
      'precision-vs-step',
      'The step came from quantityPrecision, a stale cache or the Spot symbol',
      'Symbols such as 1000PEPEUSDT trade in whole units (step 1), and futures steps differ from the Spot pair of the same name. Decimal counts or old filters give quantities the futures symbol will not take.',
      [
        fix(
          'Use the futures symbol’s current stepSize',
          ['Load filters from the futures exchangeInfo of the product you trade and refresh them regularly.', 'Never reuse Spot filters for futures.', 'In ccxt, use amount_to_precision after load_markets(True).'],
          S_STEP,
        ),
      ],
    ),
  ],
  tree: {
    start: 'qty-shape',
    questions: [
      {
        id: 'qty-shape',
        text: 'Does the quantity string look like floating-point noise (e.g. 0.30000000000000004 or 1e-05)?',
        options: [
          { value: 'noise', label: 'Yes', ranks: ['float-noise', 'not-truncated'] },
          { value: 'clean', label: 'No, a plain decimal', next: 'order-type' },
        ],
        auto: quantityNoiseOrPlain,
      },
      {
        id: 'order-type',
        text: 'Was it a MARKET order?',
        options: [
          { value: 'market', label: 'Yes, MARKET', ranks: ['market-lot-size', 'not-truncated', 'precision-vs-step'] },
          { value: 'other', label: 'No (LIMIT, STOP, TAKE_PROFIT …)', next: 'qty-origin' },
        ],
        auto: marketOrderType,
      },
      {
        id: 'qty-origin',
        text: 'Is the quantity computed (from a USDT amount, leverage, a share of a position) or a fixed number from your config?',
        options: [
          { value: 'computed', label: 'Computed', ranks: ['not-truncated', 'precision-vs-step'] },
          { value: 'fixed', label: 'A fixed value', ranks: ['precision-vs-step', 'not-truncated'] },
        ],
      },
    ],
  },
};

const K4046: Knowledge = {
  keys: ['-4046'],
  meaning:
    'You asked to switch this symbol to the margin type (CROSSED or ISOLATED) it already has. Nothing needed to change, so this is success in disguise.',
  retry: noop('Nothing to do: the symbol already has the margin type you asked for. Do not retry; just stop treating this reply as an error.'),
  causes: [
    cause(
      'set-on-every-start',
      'Your bot sets the margin type at every start or before every order',
      'Setting margin type defensively is common; from the second call on, Binance answers -4046 because the type is already in place.',
      [
        fix(
          'Treat -4046 as success, or read the type first',
          [
            'Catch code -4046 and log it at debug level (or not at all).',
            'Or read the current type (GET /fapi/v1/symbolConfig, or marginType in GET /fapi/v2/positionRisk) and only call POST /fapi/v1/marginType when it differs.',
            'Set it once per symbol at start-up, not before every order.',
          ],
          S_MARGIN_ENSURE,
        ),
      ],
    ),
    cause(
      'ccxt-raises',
      'ccxt turns this reply into a MarginModeAlreadySet exception',
      'ccxt matches the “No need to change margin type.” message and raises MarginModeAlreadySet (a NoChange error), so a bare try/except around set_margin_mode logs it as a failure.',
      [
        fix(
          'Catch MarginModeAlreadySet',
          ['Wrap set_margin_mode / setMarginMode and ignore ccxt.MarginModeAlreadySet.', 'Keep catching other exceptions: they are real failures.'],
          S_MARGIN_ENSURE,
        ),
      ],
    ),
    cause(
      'expected-a-change',
      'You expected the type to change, but it was already that type',
      'If you meant to switch CROSSED → ISOLATED (or back), the symbol is already on the target: check that your code sends the value you think it sends, and that you are looking at the right symbol and product.',
      [
        fix(
          'Read the current type and compare',
          ['Read marginType for the symbol.', 'If it is not what you want, check the marginType value your code sends (CROSSED or ISOLATED, upper case).'],
          S_MARGIN_ENSURE,
        ),
      ],
    ),
  ],
  tree: {
    start: 'goal',
    questions: [
      {
        id: 'goal',
        text: 'What do you need: to stop this showing up in your logs, or did you expect the margin type to actually change?',
        options: [
          { value: 'quiet', label: 'Stop it cluttering my logs', next: 'library' },
          { value: 'expected', label: 'I expected it to change', ranks: ['expected-a-change', 'set-on-every-start'] },
        ],
      },
      {
        id: 'library',
        text: 'Do you use ccxt?',
        options: [
          { value: 'ccxt', label: 'Yes (Python or JavaScript)', ranks: ['ccxt-raises', 'set-on-every-start'] },
          { value: 'other', label: 'No, another library or raw HTTP', ranks: ['set-on-every-start', 'expected-a-change'] },
        ],
        auto: ccxtLibrary,
      },
    ],
  },
};

const K4059: Knowledge = {
  keys: ['-4059'],
  meaning:
    'You asked to switch the position mode (Hedge vs One-way) to the mode the account is already in. Nothing needed to change: this is a success reply.',
  retry: noop('Nothing to do: the account is already in the position mode you asked for. Do not retry; stop logging it as an error.'),
  causes: [
    cause(
      'set-on-every-start',
      'Your bot sets the position mode at every start',
      'Many bots (and frameworks such as Hummingbot) call POST /fapi/v1/positionSide/dual on start-up; every start after the first gets -4059.',
      [
        fix(
          'Read the mode first and only change it when it differs',
          [
            'Call GET /fapi/v1/positionSide/dual and compare dualSidePosition with what you want.',
            'Only POST a change when they differ — and only when there are no open orders or positions (USD-M and COIN-M share the setting).',
            'Or catch code -4059 and treat it as success.',
          ],
          S_POSMODE_ENSURE,
        ),
      ],
    ),
    cause(
      'library-wrapper',
      'A library or framework call that sets the mode for you',
      'ccxt’s set_position_mode, and framework start-up code, send the change without checking first; ccxt reports -4059 as an OperationRejected error.',
      [
        fix(
          'Check before calling, or catch and ignore -4059',
          ['Read the current mode with fapiPrivateGetPositionSideDual (ccxt) / futures_get_position_mode (python-binance) before calling the setter.', 'If you cannot change the framework, filter -4059 out of your alerts.'],
          S_POSMODE_ENSURE,
        ),
      ],
    ),
    cause(
      'expected-a-change',
      'You expected the mode to change, but it was already that mode',
      'If you wanted to switch, the account is already there: check the dualSidePosition value you send ("true" = Hedge Mode, "false" = One-way Mode).',
      [fix('Confirm the current mode', ['Read GET /fapi/v1/positionSide/dual.', 'Make sure you send "true" for Hedge Mode and "false" for One-way Mode.'], S_POSMODE_ENSURE)],
    ),
  ],
  tree: {
    start: 'goal',
    questions: [
      {
        id: 'goal',
        text: 'What do you need: to stop this showing up in your logs, or did you expect the mode to change?',
        options: [
          { value: 'quiet', label: 'Stop it cluttering my logs', next: 'library' },
          { value: 'expected', label: 'I expected it to change', ranks: ['expected-a-change', 'set-on-every-start'] },
        ],
      },
      {
        id: 'library',
        text: 'Does your own code call the position-mode endpoint, or does a library/framework do it for you?',
        options: [
          { value: 'own', label: 'My own code', ranks: ['set-on-every-start', 'library-wrapper'] },
          { value: 'framework', label: 'A library or framework (ccxt, Hummingbot, freqtrade …)', ranks: ['library-wrapper', 'set-on-every-start'] },
        ],
        auto: frameworkLibrary,
      },
    ],
  },
};

const K4061: Knowledge = {
  keys: ['-4061'],
  meaning:
    'The order’s positionSide does not fit the account’s position mode. In Hedge Mode every order must say LONG or SHORT; in One-way Mode it must say BOTH or nothing.',
  retry: fixFirst('Nothing was placed. Find out which mode the account is in (GET /fapi/v1/positionSide/dual), send the matching positionSide, then place the order again.'),
  causes: [
    cause(
      'hedge-without-side',
      'Account in Hedge Mode, order sent without positionSide or with BOTH',
      'In Hedge Mode longs and shorts are separate positions, so Binance needs to know which one an order belongs to. Code written for One-way Mode sends no positionSide (or BOTH).',
      [
        fix(
          'Send LONG or SHORT in Hedge Mode',
          [
            'Read dualSidePosition (GET /fapi/v1/positionSide/dual) at start-up and after this error.',
            'Hedge Mode pairs: open long BUY+LONG, close long SELL+LONG, open short SELL+SHORT, close short BUY+SHORT.',
            'Do not send reduceOnly in Hedge Mode: positionSide already says what you are closing.',
          ],
          S_POSMODE_READ,
        ),
        fix('Or switch the account to One-way Mode', ['Cancel all open orders and close all positions on USD-M and COIN-M (they share the setting).', 'POST /fapi/v1/positionSide/dual with dualSidePosition=false.'], S_POSMODE_ENSURE),
      ],
    ),
    cause(
      'oneway-with-long-short',
      'Account in One-way Mode, order sent with LONG or SHORT',
      'In One-way Mode there is a single net position per symbol, so only BOTH (or no positionSide) is valid. Code or a library option written for Hedge Mode still sends LONG/SHORT.',
      [
        fix(
          'Drop positionSide (or send BOTH) in One-way Mode',
          ['Read dualSidePosition first.', 'When it is false, omit positionSide and use reduceOnly=true for closing orders.', 'Or switch the account to Hedge Mode if your strategy needs both sides.'],
          S_POSMODE_READ,
        ),
      ],
    ),
    cause(
      'mode-changed-elsewhere',
      'The mode was changed outside the bot',
      'The position mode is an account setting. Switching it in the app or web UI (or from another bot) after your bot read it leaves the bot sending the old style. USD-M and COIN-M share one setting, so a change made for one affects the other.',
      [
        fix(
          'Read the mode at start-up and again after -4061',
          ['Never assume the mode; read it on start and whenever -4061 appears.', 'Agree with anyone sharing the account on one mode.'],
          S_POSMODE_READ,
        ),
      ],
    ),
    cause(
      'library-option-mismatch',
      'A library option says Hedge Mode but the account is not (or the reverse)',
      'Some libraries have their own hedge-mode flag (ccxt’s hedged option, framework settings). Setting it does not change the account: both must agree.',
      [
        fix(
          'Make the library setting match the account',
          ['Compare your library/framework hedge setting with dualSidePosition.', 'Change one of them so they agree; restart the bot.'],
          S_POSMODE_READ,
        ),
      ],
    ),
  ],
  tree: {
    start: 'sent-side',
    questions: [
      {
        id: 'sent-side',
        text: 'What positionSide did the order carry?',
        options: [
          { value: 'none', label: 'None / BOTH', next: 'is-hedge' },
          { value: 'longshort', label: 'LONG or SHORT', next: 'is-oneway' },
        ],
        auto: sentPositionSide,
      },
      {
        id: 'is-hedge',
        text: 'Is the account in Hedge Mode? (GET /fapi/v1/positionSide/dual → "dualSidePosition": true)',
        options: [
          { value: 'yes', label: 'Yes, Hedge Mode', ranks: ['hedge-without-side', 'mode-changed-elsewhere'] },
          { value: 'no', label: 'No / I don’t know', ranks: ['mode-changed-elsewhere', 'hedge-without-side', 'library-option-mismatch'] },
        ],
      },
      {
        id: 'is-oneway',
        text: 'Is the account in One-way Mode? (GET /fapi/v1/positionSide/dual → "dualSidePosition": false)',
        options: [
          { value: 'yes', label: 'Yes, One-way Mode', ranks: ['oneway-with-long-short', 'library-option-mismatch'] },
          { value: 'no', label: 'No / I don’t know', ranks: ['mode-changed-elsewhere', 'oneway-with-long-short', 'library-option-mismatch'] },
        ],
      },
    ],
  },
};

const K4120: Knowledge = {
  keys: ['-4120'],
  meaning:
    'Since 2025-12-09 conditional orders (STOP_MARKET, TAKE_PROFIT_MARKET, STOP, TAKE_PROFIT, TRAILING_STOP_MARKET) are no longer accepted on the normal order endpoints; they must be placed through the Algo Order API (USD-M: POST /fapi/v1/algoOrder). Nothing was placed.',
  retry: fixFirst('Nothing was placed — so the stop or take-profit you wanted does NOT exist. Place it through the Algo Order endpoint (or upgrade your library) before relying on it; resending to the old endpoint fails every time.'),
  causes: [
    cause(
      'conditional-on-order-endpoint',
      'Your code sends a conditional type to POST /fapi/v1/order',
      'Binance moved conditional orders to the Algo service. The old endpoint now rejects those five types; the new one takes algoType=CONDITIONAL and triggerPrice (instead of stopPrice), returns an algoId, and reports changes as ALGO_UPDATE events.',
      [
        fix(
          'Send conditional orders to the Algo Order endpoint',
          [
            'POST /fapi/v1/algoOrder with algoType=CONDITIONAL, type, side, triggerPrice (and quantity, or closePosition=true).',
            'Query them with GET /fapi/v1/algoOrder (algoId or clientAlgoId) or GET /fapi/v1/openAlgoOrders; cancel with DELETE /fapi/v1/algoOrder.',
            'Untriggered conditional orders can no longer be modified: cancel and place again. There is no margin check until they trigger.',
            'Listen for ALGO_UPDATE on the user-data stream.',
          ],
          S_ALGO,
        ),
      ],
    ),
    cause(
      'old-library-version',
      'Your library version still sends conditional orders to /fapi/v1/order',
      'Libraries released before the migration build STOP_MARKET etc. as normal orders. Newer releases route them to the Algo endpoint (python-binance from 1.0.33, ccxt from 4.5.27); the old binance-futures-connector-python has no algo method at all.',
      [
        fix(
          'Upgrade, or call the Algo endpoint yourself',
          [
            'Upgrade the library (pip install -U python-binance / ccxt; npm update ccxt) and re-test on the testnet.',
            'With binance-futures-connector-python, sign the POST /fapi/v1/algoOrder call yourself, or move to the current Binance SDK.',
            'Check afterwards that cancel/query code also uses the algo endpoints: the old ones will not find these orders.',
          ],
          S_ALGO,
        ),
      ],
    ),
    cause(
      'batch-orders',
      'Conditional orders inside POST /fapi/v1/batchOrders',
      'The batch endpoint rejects the conditional types too; a bracket (entry + stop + take-profit) sent as one batch now fails for the stop and take-profit legs.',
      [
        fix(
          'Place the entry normally and the protective orders on the Algo endpoint',
          ['Send the entry order (batch or single).', 'Send each stop / take-profit with POST /fapi/v1/algoOrder.', 'Check each element of a batch reply: some may have succeeded.'],
          S_ALGO,
        ),
      ],
    ),
  ],
  tree: {
    start: 'endpoint',
    questions: [
      {
        id: 'endpoint',
        text: 'Which endpoint did the request go to?',
        options: [
          { value: 'batch', label: 'POST /fapi/v1/batchOrders', ranks: ['batch-orders', 'old-library-version'] },
          { value: 'single', label: 'POST /fapi/v1/order (or /dapi/v1/order)', next: 'order-type' },
          { value: 'unknown', label: 'I can’t tell', next: 'order-type' },
        ],
        auto: batchOrdersEndpoint,
      },
      {
        id: 'order-type',
        text: 'Was the order one of STOP_MARKET, TAKE_PROFIT_MARKET, STOP, TAKE_PROFIT or TRAILING_STOP_MARKET?',
        options: [
          { value: 'conditional', label: 'Yes, a conditional type', next: 'who-builds' },
          { value: 'plain', label: 'No / not that I know', ranks: ['old-library-version', 'batch-orders', 'conditional-on-order-endpoint'] },
        ],
        auto: algoOnlyType,
      },
      {
        id: 'who-builds',
        text: 'Do you build the HTTP request yourself, or call a library’s create-order method?',
        options: [
          { value: 'library', label: 'A library method (python-binance, ccxt, a connector, a framework)', ranks: ['old-library-version', 'conditional-on-order-endpoint'] },
          { value: 'own', label: 'My own HTTP code', ranks: ['conditional-on-order-endpoint', 'batch-orders'] },
        ],
        auto: rawHttpOrLibrary,
      },
    ],
  },
};

const K4131: Knowledge = {
  keys: ['-4131', 'coinm:-4113'],
  meaning:
    'Your MARKET order was refused because the best price on the other side of the book is too far from the mark price (outside the PERCENT_PRICE band). It protects you from filling at a silly price in a thin or jumping book. Nothing was filled.',
  retry: wait('Nothing was filled. Wait for the book to refill and try again, or use a LIMIT order (IOC) priced inside the band; hammering MARKET orders into an empty book keeps failing.'),
  causes: [
    cause(
      'thin-testnet-book',
      'The testnet order book is empty or far from the mark price',
      'The futures testnet has little real liquidity; one side of the book is often empty or sits far away, so MARKET orders there fail routinely.',
      [
        fix(
          'Use LIMIT orders on the testnet',
          ['Place a LIMIT IOC (or GTC) order priced within the PERCENT_PRICE band around the mark price.', 'Do not judge your mainnet logic by testnet fills.'],
          S_LIMIT_IOC,
        ),
      ],
    ),
    cause(
      'volatile-spike',
      'A fast move emptied the best levels for a moment',
      'During spikes the best bid or ask can briefly jump beyond the band around the mark price; the check blocks MARKET orders until the book recovers, usually within seconds.',
      [
        fix(
          'Retry after a short pause, or cap the price',
          ['Wait a few seconds and retry a limited number of times.', 'Or send a LIMIT IOC at the worst price you accept, inside the band.', 'For exits, consider a reduce-only LIMIT that rests in the book.'],
          S_LIMIT_IOC,
        ),
      ],
    ),
    cause(
      'illiquid-symbol',
      'The symbol’s book is thin all the time',
      'Small or newly listed contracts can have gaps wider than the band even in calm markets.',
      [
        fix(
          'Trade it with LIMIT orders and smaller size',
          ['Read the book (GET /fapi/v1/depth) before sending.', 'Use LIMIT orders inside the band and split size.', 'Or avoid the symbol for market-order strategies.'],
          S_LIMIT_IOC,
        ),
      ],
    ),
  ],
  tree: {
    start: 'environment',
    questions: [
      {
        id: 'environment',
        text: 'Were you on the futures testnet or on mainnet?',
        options: [
          { value: 'testnet', label: 'Testnet (testnet.binancefuture.com)', ranks: ['thin-testnet-book', 'illiquid-symbol'] },
          { value: 'mainnet', label: 'Mainnet', next: 'liquidity' },
        ],
      },
      {
        id: 'liquidity',
        text: 'Is this a major contract (BTC, ETH …) or a small / newly listed one?',
        options: [
          { value: 'major', label: 'Major', ranks: ['volatile-spike', 'illiquid-symbol'] },
          { value: 'small', label: 'Small or new', ranks: ['illiquid-symbol', 'volatile-spike'] },
        ],
        auto: majorSymbol,
      },
    ],
  },
};

const K4164: Knowledge = {
  keys: ['-4164', 'coinm:-4178'],
  meaning:
    'The order is too small: its value (price × quantity) is under the symbol’s minimum notional — the number in the message (often 5, 20 or 100 USDT on USD-M). Reduce-only orders are exempt. Nothing was placed.',
  retry: fixFirst('Nothing was placed. Make the order at least the minimum value (or mark a closing order reduce-only) and send it again; the same size fails the same way.'),
  causes: [
    cause(
      'order-too-small',
      'The order’s value is under this symbol’s floor',
      'Every symbol has a MIN_NOTIONAL filter (field notional). Small test orders, or sizing from a small balance, fall under it.',
      [
        fix(
          'Size from the symbol’s MIN_NOTIONAL',
          [
            'Read MIN_NOTIONAL.notional of this symbol from GET /fapi/v1/exchangeInfo (ccxt: market["limits"]["cost"]["min"]).',
            'quantity ≥ notional ÷ price, rounded UP to stepSize, with a little headroom for price moves.',
            'If the balance cannot cover that at your leverage, skip the trade.',
            PLACEHOLDER_FIX_NOTE,
          ],
          S_MIN_NOTIONAL,
        ),
      ],
    ),
    cause(
      'rounded-below-floor',
      'Rounding the quantity down pushed the value under the floor',
      'A quantity just above the minimum, truncated to the step, can land just below it — 0.0019 BTC truncated to 0.001 halves the notional.',
      [
        fix('Round up after checking the floor', ['Compute the minimum quantity first and round it UP to the step.', 'Only round down when the result still clears the minimum.'], S_MIN_NOTIONAL),
      ],
    ),
    cause(
      'closing-without-reduce-only',
      'A small leftover was closed without reduceOnly',
      'Closing orders are exempt from the minimum only when they are marked reduce-only. A plain MARKET order for a tiny leftover position counts as a new order and is refused.',
      [
        fix(
          'Close leftovers with reduceOnly=true',
          [
            'One-way Mode: send the closing order with reduceOnly=true and the exact position size.',
            'Hedge Mode: reduceOnly cannot be sent; close with the matching positionSide (SELL+LONG / BUY+SHORT) for the exact size, or with a closePosition=true conditional order. If Binance still refuses, close the dust from the app.',
          ],
          S_REDUCE_CLOSE,
        ),
      ],
    ),
    cause(
      'per-symbol-floor',
      'A hard-coded minimum (e.g. 5) that is wrong for this symbol',
      'Floors differ per symbol — 5, 20 or 100 USDT are all seen — and can change. A constant that works for one symbol fails on another.',
      [fix('Read the floor per symbol', ['Replace the constant with the symbol’s MIN_NOTIONAL.notional from exchangeInfo.', 'Refresh it with the other filters.'], S_MIN_NOTIONAL)],
    ),
    cause(
      'notional-by-other-price',
      'Binance valued the order at a different price than you did',
      'For MARKET and triggered orders Binance values the order at the current market (last or mark) price, not at the price you computed earlier. A small drop makes a borderline order too small.',
      [fix('Keep headroom', ['Size with 2–5 % above the floor.', 'Use the current mark price (GET /fapi/v1/premiumIndex) for sizing MARKET orders.'], S_MIN_NOTIONAL)],
    ),
  ],
  tree: {
    start: 'notional',
    questions: [
      {
        id: 'purpose',
        text: 'Was the order meant to close or reduce a position?',
        options: [
          { value: 'closing', label: 'Yes, closing / reducing', next: 'reduce-flag' },
          { value: 'opening', label: 'No, opening or adding', next: 'rounding' },
        ],
        auto: closingFlag,
      },
      {
        id: 'reduce-flag',
        text: 'Did the order carry reduceOnly=true (One-way Mode) or closePosition=true?',
        options: [
          { value: 'no', label: 'No', ranks: ['closing-without-reduce-only', 'order-too-small'] },
          { value: 'yes', label: 'Yes', ranks: ['order-too-small', 'per-symbol-floor'] },
        ],
        auto: reduceOnlyFlag,
      },
      {
        id: 'notional',
        text: 'Is price × quantity below the minimum in the message?',
        options: [
          { value: 'below', label: 'Yes, below', next: 'purpose' },
          { value: 'not-below', label: 'No, it looks big enough (or it was a MARKET order without a price)', ranks: ['notional-by-other-price', 'rounded-below-floor', 'per-symbol-floor'] },
        ],
        auto: notionalBelowMinimum,
      },
      {
        id: 'rounding',
        text: 'Before your code rounded the quantity to the step size, was the order above the minimum?',
        options: [
          { value: 'yes', label: 'Yes, rounding pushed it under', ranks: ['rounded-below-floor', 'order-too-small'] },
          { value: 'no', label: 'No / I don’t know', ranks: ['order-too-small', 'per-symbol-floor', 'rounded-below-floor'] },
        ],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Everything else in -4000 … -4999.

const EXINFO = 'GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo)';

/** Internal configuration checks that an ordinary API user should practically never meet. */
const internalCheck = (keys: string[], what: string): Knowledge => ({
  keys,
  meaning: `${what} This is one of Binance’s own checks on a symbol’s configuration; normal trading requests do not trigger it.`,
  retry: fixFirst('Treat the request as failed. Do not loop on it: check the request, try once more later, and report it to Binance with the full request if it persists.'),
  causes: [
    cause(
      'exchange-side-config',
      'An exchange-side configuration check surfaced in your reply',
      'The check guards symbol settings (tick size, step size, multipliers, limits). Reaching it from an API call usually means the symbol is being reconfigured, or the request hit an unusual path with a malformed value.',
      [
        fix('Check the request and the symbol, then escalate', [
          'Confirm every numeric parameter you sent is a plain positive decimal.',
          `Look the symbol up in ${EXINFO}: is its status TRADING and do its filters look sane?`,
          'Retry once later; if it repeats, contact Binance support with the request and the time.',
        ]),
      ],
    ),
  ],
});

const options = (keys: string[], what: string): Knowledge => ({
  keys,
  meaning: `${what} It belongs to a retired options feature of the futures API; today’s futures trading does not use it.`,
  retry: never('Do not retry. This code comes from a retired options function; use the current Binance Options API (eapi) for options instead.'),
  causes: [
    cause(
      'legacy-options',
      'A call to a retired futures-options function',
      'These codes date from an old options product inside the futures API. Old libraries or copied examples can still call it.',
      [fix('Stop using the legacy options call', ['Find which endpoint returned it (the URL in your log).', 'Remove the call, or move to the European Options API (eapi.binance.com) if you trade options.'])],
    ),
  ],
});

const leverageHuman = (keys: string[], meaning: string, title: string, why: string, steps: string[]): Knowledge =>
  simple(keys, meaning, never('Do not retry with the same leverage: no request can get around this cap. Ask for a leverage at or under the limit (the message or the text above says which), or meet the account condition first.'), [
    cause('account-leverage-cap', title, why, [
      fix('Stay under the cap, or lift it on the account', steps),
      fix('Clamp leverage in the bot', ['Cap the leverage you request at the limit (20x for the verification and account-age rules, otherwise the number in the message).', 'Read the bracket with GET /fapi/v1/leverageBracket to see what the symbol itself allows.'], S_LEVERAGE),
    ]),
  ]);

const rest: Knowledge[] = [
  simple(['-4000'], 'The order is not in a state that allows what you asked (for example cancelling or modifying an order that is already filled, cancelled or expired).', fixFirst('Do not resend blindly: read the order’s current status first and decide from that.'), [
    cause('order-already-final', 'The order already finished', 'Orders that are FILLED, CANCELED or EXPIRED cannot be changed; your local state is behind Binance’s.', [
      fix('Reconcile before acting', ['Query the order (GET /fapi/v1/order with orderId or origClientOrderId).', 'Update your local state from the answer, or from ORDER_TRADE_UPDATE events on the user-data stream.']),
    ]),
  ]),
  simple(['-4001'], 'The price you sent is below zero. A price must be a positive number.', fixFirst('Nothing was placed. Fix the price calculation (it went negative) before sending again.'), [
    cause('negative-price', 'A computed price went negative', 'An offset subtracted from a small price, a sign error, or an uninitialised value produced a price under zero.', [
      fix('Validate prices before sending', ['Check price > 0 and inside PRICE_FILTER minPrice/maxPrice before every order.', 'Log the inputs of the price calculation when the check fails.']),
    ]),
  ]),
  simple(['-4002'], 'The price is above the highest price the symbol allows (PRICE_FILTER maxPrice).', fixFirst('Nothing was placed. Correct the price before resending.'), [
    cause('price-above-max', 'Price above PRICE_FILTER.maxPrice', 'A misplaced decimal point, a price in the wrong unit, or a multiplier applied twice can push the price over the symbol’s maximum.', [
      fix('Check the price against the filter', [`Read PRICE_FILTER.maxPrice in ${EXINFO}.`, 'Check the units and decimals of the price you compute.']),
    ]),
  ]),
  K4003,
  simple(['-4004'], 'The quantity is smaller than the smallest order the symbol allows (LOT_SIZE minQty; MARKET_LOT_SIZE for market orders).', fixFirst('Nothing was placed. Increase the quantity to at least minQty (and the minimum notional) before resending.'), [
    cause('qty-below-min', 'Quantity under minQty', 'Sizing from a small balance, or rounding down, produced a quantity under the minimum.', [
      fix('Size to at least minQty', [`Read minQty of LOT_SIZE / MARKET_LOT_SIZE in ${EXINFO}.`, 'Raise the quantity to minQty (rounded to the step) or skip the trade.'], S_STEP),
    ]),
  ]),
  simple(['-4005'], 'The quantity is larger than the biggest single order the symbol allows (LOT_SIZE maxQty; MARKET_LOT_SIZE maxQty for market orders, which is often much smaller).', fixFirst('Nothing was placed. Split the order into several smaller ones, each under maxQty.'), [
    cause('qty-above-max', 'Quantity over maxQty', 'Large orders — especially MARKET orders, whose cap is lower — exceed the per-order maximum.', [
      fix('Split the order', [`Read maxQty for the filter matching your order type in ${EXINFO}.`, 'Send several orders, each at most maxQty, or use LIMIT orders.']),
    ]),
  ]),
  simple(['-4006'], 'The stop (trigger) price is below zero.', fixFirst('Nothing was placed. Fix the stop price calculation before resending.'), [
    cause('negative-stop', 'A computed stop price went negative', 'A stop distance larger than the price itself, or a sign error, produced a negative trigger price.', [
      fix('Validate stop prices', ['Check stopPrice/triggerPrice > 0 and within the symbol’s price limits.', 'Compute stop distances as a percentage of price, not as fixed amounts copied between symbols.']),
    ]),
  ]),
  simple(['-4007'], 'The stop (trigger) price is above the highest price the symbol allows.', fixFirst('Nothing was placed. Correct the stop price before resending.'), [
    cause('stop-above-max', 'Stop price over PRICE_FILTER.maxPrice', 'A units or decimal-point mistake, or a take-profit multiplier applied to the wrong value.', [
      fix('Check the trigger price', [`Compare it with PRICE_FILTER.maxPrice in ${EXINFO}.`, 'Check the calculation that produced it.']),
    ]),
  ]),
  internalCheck(['-4008'], 'Binance found a tick size of zero or less.'),
  internalCheck(['-4009'], 'Binance found a maximum price below the minimum price.'),
  internalCheck(['-4010'], 'Binance found a maximum quantity below the minimum quantity.'),
  internalCheck(['-4011'], 'Binance found a step size of zero or less.'),
  internalCheck(['-4012'], 'Binance found a negative maximum number of orders.'),
  simple(['-4013'], 'The price is below the lowest price the symbol allows (PRICE_FILTER minPrice).', fixFirst('Nothing was placed. Correct the price before resending.'), [
    cause('price-below-min', 'Price under PRICE_FILTER.minPrice', 'A decimal-point slip, a price in the wrong unit, or a far-away limit/stop computed from a tiny value.', [
      fix('Check the price against the filter', [`Read PRICE_FILTER.minPrice in ${EXINFO}.`, 'Check units and decimals of your price calculation.']),
    ]),
  ]),
  K4014,
  simple(['-4015'], 'The client order id you sent is not valid: too long (over 36 characters) or containing characters Binance does not accept.', fixFirst('Nothing was placed. Shorten or clean the client order id, then resend.'), [
    cause('bad-client-id', 'newClientOrderId too long or with illegal characters', 'Ids must match ^[.A-Z:/a-z0-9_-]{1,36}$. Prefixes added by frameworks plus a long UUID easily exceed 36 characters; spaces and other symbols are rejected.', [
      fix('Generate short, plain ids', ['Keep ids to 36 characters or fewer, using only letters, digits and . : / _ -.', 'Remember that some libraries add their own prefix to the id you pass.']),
    ]),
  ]),
  simple(['-4016'], 'Your LIMIT price is too far above the mark price: the PERCENT_PRICE filter caps buy prices at mark price × multiplierUp.', fixFirst('Nothing was placed. Bring the price inside the allowed band (or wait for the mark price to move) and resend.'), [
    cause('price-over-band', 'Limit price above mark × multiplierUp', 'Aggressive BUY limits used as “market with protection”, prices computed from a stale mark price, or a wrong symbol’s price.', [
      fix('Clamp the price to the band', ['Read PERCENT_PRICE.multiplierUp from exchangeInfo and the mark price from GET /fapi/v1/premiumIndex.', 'Cap BUY prices at mark × multiplierUp, snapped down to the tick.'], S_LIMIT_IOC),
    ]),
  ]),
  internalCheck(['-4017'], 'Binance found a negative upper price multiplier.'),
  internalCheck(['-4018'], 'Binance found a negative lower price multiplier.'),
  internalCheck(['-4019'], 'A composite scale (precision) in the request or symbol is larger than allowed.'),
  simple(['-4020'], 'The combination of order type and reduceOnly you sent is not allowed for this strategy/order.', fixFirst('Nothing was placed. Change the order type or the reduceOnly flag so the combination is valid, then resend.'), [
    cause('type-reduce-combo', 'An order type that cannot be combined with this reduceOnly value', 'Some order types cannot be reduce-only (and some strategy orders must be). The message names the type and the flag Binance saw.', [
      fix('Use a valid combination', ['Read the type and reduceOnly value quoted in the message.', 'For closing orders use MARKET/LIMIT with reduceOnly=true, or a STOP_MARKET/TAKE_PROFIT_MARKET with closePosition=true on the Algo endpoint.']),
    ]),
  ]),
  simple(['-4021'], 'The depth (order book) request asked for a limit that is not allowed.', fixFirst('Use one of the allowed limits and request again.'), [
    cause('bad-depth-limit', 'limit not one of 5, 10, 20, 50, 100, 500, 1000', 'GET /fapi/v1/depth (and /dapi/v1/depth) only take those values for limit.', [
      fix('Send an allowed limit', ['Pick the nearest allowed value: 5, 10, 20, 50, 100, 500 or 1000.', 'Smaller limits also cost less request weight.']),
    ]),
  ]),
  simple(['-4022'], 'The request carried a market status value that is not valid.', fixFirst('Correct the status parameter and send again.'), [
    cause('bad-market-status', 'An invalid market-status value', 'A status filter or parameter was misspelt or is not supported on this endpoint.', [
      fix('Use a valid value', ['Compare the parameter with the endpoint’s documentation.', 'Drop the parameter if you do not need it.']),
    ]),
  ]),
  K4023,
  simple(['-4024'], 'Your LIMIT price is too far below the mark price: the PERCENT_PRICE filter floors sell prices at mark price × multiplierDown.', fixFirst('Nothing was placed. Bring the price inside the allowed band and resend.'), [
    cause('price-under-band', 'Limit price below mark × multiplierDown', 'Aggressive SELL limits, prices from a stale mark price or another symbol, or a decimal slip.', [
      fix('Clamp the price to the band', ['Read PERCENT_PRICE.multiplierDown and the mark price (GET /fapi/v1/premiumIndex).', 'Keep SELL prices at or above mark × multiplierDown, snapped up to the tick.'], S_LIMIT_IOC),
    ]),
  ]),
  internalCheck(['-4025'], 'Binance found a negative multiplier decimal setting.'),
  internalCheck(['-4026'], 'A commission value failed Binance’s validation.'),
  simple(['-4027'], 'The account type in the request is not valid for this operation.', fixFirst('Check which account the request is for and send a valid account type.'), [
    cause('bad-account-type', 'Wrong or unsupported account type', 'The endpoint expects a specific account (futures, a sub-account, classic vs Portfolio Margin), and the request named or used another.', [
      fix('Use the account the endpoint expects', ['Check the account-type parameter against the endpoint’s documentation.', 'Portfolio Margin accounts use the /papi/ endpoints instead of /fapi/ or /dapi/ for trading.']),
    ]),
  ]),
  simple(['-4028'], 'The leverage you asked for is not valid for this symbol — above its maximum for your position size, below 1, or not a whole number.', fixFirst('Nothing changed. Pick a leverage inside the symbol’s bracket and send again.'), [
    cause('leverage-out-of-bracket', 'Leverage outside the symbol’s bracket', 'Each symbol has a maximum initial leverage per notional bracket; big positions allow less. Leverage must be an integer from 1 up to that maximum.', [
      fix('Clamp to the bracket', ['Read GET /fapi/v1/leverageBracket?symbol=… and use initialLeverage of the bracket that fits your position size.', 'Send an integer leverage (POST /fapi/v1/leverage).', 'Caps from verification, account age or region come back as other codes (-4202 … -4206, -4403).'], S_LEVERAGE),
    ]),
  ]),
  internalCheck(['-4029'], 'A tick size precision failed Binance’s validation.'),
  internalCheck(['-4030'], 'A step size precision failed Binance’s validation.'),
  simple(['-4031'], 'The workingType you sent is not valid. It must be MARK_PRICE or CONTRACT_PRICE.', fixFirst('Nothing was placed. Fix the workingType value and resend.'), [
    cause('bad-working-type', 'workingType not MARK_PRICE / CONTRACT_PRICE', 'A lowercase or misspelt value, or a value from another exchange’s API.', [
      fix('Send a valid workingType', ['Use MARK_PRICE or CONTRACT_PRICE (upper case), or omit it for the default CONTRACT_PRICE.']),
    ]),
  ]),
  simple(['-4032'], 'You tried to cancel more orders in one batch request than allowed.', fixFirst('Nothing was cancelled by this call. Split the list into smaller batches and send them again.'), [
    cause('cancel-batch-too-big', 'Too many ids in one batch cancel', 'DELETE /fapi/v1/batchOrders accepts at most 10 orderIds or origClientOrderIds per call.', [
      fix('Cancel in chunks of 10, or cancel all', ['Split the id list into chunks of at most 10.', 'To clear a whole symbol use DELETE /fapi/v1/allOpenOrders (and DELETE /fapi/v1/algoOpenOrders for conditional orders).']),
    ]),
  ]),
  internalCheck(['-4033'], 'Binance could not find an insurance account it needed.'),
  simple(['-4044'], 'The balance type in the request is not valid.', fixFirst('Correct the balance type parameter and send again.'), [
    cause('bad-balance-type', 'Invalid balance type value', 'A misspelt or unsupported value in a balance or transfer related parameter.', [fix('Use a documented value', ['Check the parameter against the endpoint documentation.', 'Drop it if it is optional and you do not need it.'])]),
  ]),
  simple(['-4045'], 'You have reached the maximum number of stop / conditional orders allowed on this symbol.', fixFirst('Nothing was placed. Cancel stop orders you no longer need on this symbol, then place the new one.'), [
    cause('too-many-stops', 'Too many open conditional orders on the symbol', 'Each symbol limits open conditional orders (MAX_NUM_ALGO_ORDERS in exchangeInfo). Bots that add a new stop on every update without cancelling the old one fill the quota.', [
      fix('Cancel stale stops', ['List open conditional orders (GET /fapi/v1/openAlgoOrders).', 'Cancel the ones you replaced (DELETE /fapi/v1/algoOrder), and replace rather than add in your code.', 'Use closePosition=true so one stop covers the whole position.']),
    ]),
  ]),
  K4046,
  simple(['-4047'], 'The margin type of a symbol cannot be changed while it has open orders.', fixFirst('Nothing changed. Cancel the open orders on this symbol first (or keep the current margin type), then change it.'), [
    cause('open-orders-block-margin-change', 'Open orders on the symbol', 'Binance only switches CROSSED/ISOLATED when the symbol has no open orders; forgotten limit or conditional orders block it.', [
      fix('Clear the symbol first', ['List open orders (GET /fapi/v1/openOrders?symbol=…) and conditional ones (GET /fapi/v1/openAlgoOrders).', 'Cancel them, change the margin type, then place them again.', 'Or decide the margin type once before trading and stop changing it.']),
    ]),
  ]),
  simple(['-4048'], 'The margin type of a symbol cannot be changed while you hold a position in it.', fixFirst('Nothing changed. Close the position first, or keep the current margin type.'), [
    cause('position-blocks-margin-change', 'An open position on the symbol', 'Switching CROSSED/ISOLATED is only possible with no position; a leftover, even tiny, blocks it.', [
      fix('Close, then switch — or skip the switch', ['Check GET /fapi/v3/positionRisk for the symbol.', 'Close the position (reduce-only), then change the margin type.', 'Most bots should set the margin type only when flat.']),
    ]),
  ]),
  simple(['-4049'], 'Adding or removing position margin only works on isolated positions; this position is cross-margined.', fixFirst('Nothing changed. Switch the symbol to ISOLATED when flat, or stop adjusting margin on cross positions.'), [
    cause('margin-adjust-on-cross', 'Margin adjustment on a cross position', 'POST /fapi/v1/positionMargin moves margin into or out of an isolated position; cross positions share the whole wallet, so there is nothing to adjust.', [
      fix('Check the margin type first', ['Read marginType for the symbol.', 'Only call the position-margin endpoint for ISOLATED positions.']),
    ]),
  ]),
  simple(['-4050'], 'There is not enough available balance in the cross wallet for this operation (for example moving margin into an isolated position).', fixFirst('Nothing changed. Free or add balance, or use a smaller amount.'), [
    cause('cross-balance-low', 'Cross wallet available balance too small', 'Open positions and orders already use most of the wallet, or the funds sit in the Spot wallet.', [
      fix('Free or add balance', ['Check availableBalance (GET /fapi/v3/account or /fapi/v2/account).', 'Transfer funds from Spot (POST /sapi/v1/asset/transfer with type MAIN_UMFUTURE) or reduce the amount.']),
    ]),
  ]),
  simple(['-4051'], 'The isolated position does not have enough margin for this (usually removing more margin than it can spare).', fixFirst('Nothing changed. Remove less margin, or add margin instead.'), [
    cause('isolated-balance-low', 'Removing more isolated margin than is free', 'An isolated position must keep enough margin for its size; you asked to take out more than the excess.', [
      fix('Use a smaller amount', ['Check the position’s isolatedMargin and maintenance requirement (GET /fapi/v3/positionRisk).', 'Remove only what is above the requirement, with a buffer.']),
    ]),
  ]),
  simple(['-4052'], 'Auto-add-margin is already set the way you asked. Nothing needed to change.', noop('Nothing to do: the setting is already in place. Stop treating this reply as an error.'), [
    cause('already-set', 'The setting already had this value', 'Calling the setter on every start returns this once the value is in place.', [
      fix('Treat as success', ['Catch code -4052 and ignore it, or read the current setting before changing it.']),
    ]),
  ]),
  simple(['-4053'], 'Auto-add-margin only applies to isolated positions; this one is cross.', fixFirst('Nothing changed. Only use auto-add-margin on ISOLATED positions.'), [
    cause('auto-add-on-cross', 'Auto-add-margin requested for a cross position', 'Cross positions already draw on the whole wallet, so the feature does not apply.', [fix('Check the margin type first', ['Read the symbol’s marginType; only call it for ISOLATED.'])]),
  ]),
  simple(['-4054'], 'You tried to add margin to a position that is zero.', fixFirst('Nothing changed. Open the position first, or skip the margin adjustment.'), [
    cause('no-position', 'No position to add margin to', 'The position was closed (or never opened) before the margin call ran.', [
      fix('Check the position size first', ['Read positionAmt (GET /fapi/v3/positionRisk) and only adjust margin when it is not 0.']),
    ]),
  ]),
  simple(['-4055'], 'The amount must be a positive number.', fixFirst('Nothing changed. Send an amount above zero.'), [
    cause('non-positive-amount', 'Amount zero or negative', 'A computed margin or transfer amount came out as 0 or negative (or the sign was meant to be the type parameter).', [
      fix('Send a positive amount', ['Validate amount > 0.', 'For position margin, the direction is the type parameter (1 add, 2 reduce), not the sign of amount.']),
    ]),
  ]),
  simple(['-4056'], 'The API key’s type is not accepted for this request.', never('Do not retry with the same key: use a key of a type this endpoint accepts.'), [
    cause('key-type', 'Key type and signing method do not match the endpoint', 'Binance keys can be HMAC, RSA or Ed25519; a request signed the wrong way for the key, or a key type the endpoint does not support, is refused.', [
      fix('Use a matching key and signing', ['Check the key type in API Management.', 'Sign HMAC keys with HMAC-SHA256 of the query string; RSA/Ed25519 keys with their private key as your library documents.']),
    ]),
  ]),
  simple(['-4057'], 'The public key registered for this API key is not valid.', never('Do not retry: the key itself needs fixing in API Management.'), [
    cause('bad-public-key', 'Invalid RSA/Ed25519 public key on the API key', 'The public key uploaded when creating the key is malformed or does not match your private key.', [
      fix('Recreate the key pair', ['Generate a fresh key pair, register the public key in API Management, and sign with the matching private key.']),
    ]),
  ]),
  internalCheck(['-4058'], 'A maximum price together with its decimals is too large.'),
  K4059,
  simple(['-4060'], 'The positionSide value is not one Binance knows. It must be BOTH, LONG or SHORT (upper case).', fixFirst('Nothing was placed. Fix the positionSide value, then resend.'), [
    cause('bad-position-side', 'Misspelt or lowercase positionSide', 'Values like long, Long or BUY are refused; only BOTH, LONG, SHORT exist.', [
      fix('Send BOTH, LONG or SHORT', ['Use upper case.', 'In One-way Mode omit it or send BOTH; in Hedge Mode send LONG or SHORT.'], S_POSMODE_READ),
    ]),
  ]),
  K4061,
  simple(['-4062'], 'The reduceOnly value is invalid or does not fit this order.', fixFirst('Nothing was placed. Fix or drop reduceOnly, then resend.'), [
    cause('reduce-only-misused', 'reduceOnly sent where it is not allowed, or with a bad value', 'reduceOnly must be "true" or "false", cannot be sent in Hedge Mode and does not go with closePosition=true; some order types do not accept it.', [
      fix('Send reduceOnly only where it applies', ['One-way Mode closing orders: reduceOnly=true.', 'Hedge Mode: do not send it; use positionSide.', 'With closePosition=true: do not send it.']),
    ]),
  ]),
  options(['-4063'], 'The options request type is not valid.'),
  options(['-4064'], 'The options time frame is not valid.'),
  options(['-4065'], 'The options amount is not valid.'),
  options(['-4066'], 'The options event type is not valid.'),
  simple(['-4067'], 'The position mode (Hedge / One-way) cannot be changed while there are open orders.', fixFirst('Nothing changed. Cancel all open orders first — on USD-M and COIN-M, which share the setting — or keep the current mode.'), [
    cause('open-orders-block-mode', 'Open orders somewhere on the account', 'The mode is account-wide and shared by USD-M and COIN-M, so a forgotten order on any symbol, in either product, blocks the change.', [
      fix('Cancel everything, then switch', ['List open orders on USD-M and COIN-M (GET /fapi/v1/openOrders and GET /dapi/v1/openOrders without symbol), plus conditional orders (GET /fapi/v1/openAlgoOrders).', 'Cancel them, switch the mode, then re-place what you need.', 'Or adapt your code to the current mode instead of switching.'], S_POSMODE_ENSURE),
    ]),
  ]),
  simple(['-4068'], 'The position mode (Hedge / One-way) cannot be changed while you hold positions.', fixFirst('Nothing changed. Close all positions (USD-M and COIN-M) first, or keep the current mode.'), [
    cause('positions-block-mode', 'Open positions somewhere on the account', 'The mode is account-wide and shared by USD-M and COIN-M; any position in either blocks the change.', [
      fix('Close positions, or keep the mode', ['Check positions on USD-M and COIN-M (GET /fapi/v3/positionRisk, GET /dapi/v1/positionRisk).', 'Close them (reduce-only), switch, reopen — or adapt the bot to the current mode.'], S_POSMODE_READ),
    ]),
  ]),
  options(['-4069'], 'The options premium fee is not valid.'),
  options(['-4070'], 'The client options id is not valid (too long or malformed).'),
  options(['-4071'], 'The options direction is not valid.'),
  options(['-4072'], 'The options premium fee was not updated, so the order was refused.'),
  options(['-4073'], 'The premium fee sent is below zero, so the order was refused.'),
  options(['-4074'], 'The options order amount is above its upper bound or below zero.'),
  options(['-4075'], 'The computed premium fee came out below zero, so the order was refused.'),
  options(['-4076'], 'The premium fee changed too much compared with the last one.'),
  options(['-4077'], 'The options order amount reached its limit.'),
  options(['-4078'], 'An internal options error occurred.'),
  options(['-4079'], 'The options id is not valid or is duplicated.'),
  options(['-4080'], 'The user for this options request was not found.'),
  options(['-4081'], 'The options contract was not found.'),
  simple(['-4082'], 'The batch order request carries too many (or zero) orders.', fixFirst('Nothing was placed by this call. Send at most 5 orders per batch.'), [
    cause('batch-size', 'More than 5 orders in batchOrders (or an empty list)', 'POST /fapi/v1/batchOrders takes 1 to 5 orders per call.', [
      fix('Split into batches of up to 5', ['Chunk your order list into groups of at most 5.', 'Remember each order still counts against the order-rate limits.']),
    ]),
  ]),
  simple(['-4083'], 'The batch order request failed as a whole.', { verdict: 'query-order-first', outcome: 'unknown', advice: 'Find out which orders exist before you retry: a batch can be partly placed. Query each by its client order id (GET /fapi/v1/order with origClientOrderId) or watch ORDER_TRADE_UPDATE on the user-data stream; libraries mint fresh client ids on a retry, so a blind resend can double orders.' }, [
    cause('batch-failed', 'The batch could not be processed', 'Binance failed the batch; the reply may carry per-order results, some successes and some errors.', [
      fix('Reconcile, then resend only what is missing', ['Read every element of the reply array.', 'Query the orders you meant to place by newClientOrderId.', 'Resend only the missing ones, preferably as single orders during busy periods.']),
    ]),
  ]),
  simple(['-4084'], 'This method is not enabled yet; Binance has announced it but not switched it on.', wait('Do not loop on it. Wait until Binance announces the feature as live, or use the current endpoint.'), [
    cause('not-live-yet', 'Endpoint or feature not yet live', 'Docs or library versions can get ahead of the exchange roll-out.', [fix('Use what is live today', ['Check the change log for the go-live date.', 'Fall back to the existing endpoint until then.'])]),
  ]),
  internalCheck(['-4085'], 'A notional limit coefficient is not valid.'),
  internalCheck(['-4086'], 'A price spread threshold is not valid.'),
  simple(['-4087', 'coinm:-4089'], 'Your account may only place reduce-only orders right now: Binance has restricted it so you can close or shrink positions but not open new ones.', never('Do not retry opening orders: the restriction is on the account. Closing orders with reduceOnly=true still work; find out why the account is restricted.'), [
    cause('account-reduce-only', 'The account is restricted to reduce-only', 'Binance applies this after risk or compliance events, or while an account is under review.', [
      fix('Close only, and contact support', ['Send only reduce-only / closing orders.', 'Check your notifications and email from Binance for the reason, and contact support to lift it.']),
    ]),
  ]),
  simple(['-4088', 'coinm:-4090'], 'Your account cannot place orders at the moment: trading has been disabled for it.', never('Do not retry: the account itself is blocked from placing orders. Contact Binance support.'), [
    cause('account-no-trading', 'Order placement disabled on the account', 'A risk, compliance or account-status action has turned off order placement.', [
      fix('Ask Binance', ['Check your messages from Binance for the reason.', 'Contact support; the bot cannot fix this.']),
    ]),
  ]),
  simple(['-4144', 'coinm:-4087'], 'The pair you named does not exist on this product.', fixFirst('Correct the pair (or use the right product) and send again.'), [
    cause('bad-pair', 'Unknown pair value', 'pair parameters (e.g. for continuous klines or index data) take the pair name such as BTCUSDT (USD-M) or BTCUSD (COIN-M); a symbol with a contract suffix, a Spot-style name or the other product’s pair is refused.', [
      fix('Use a pair from exchangeInfo', [`List valid pairs from ${EXINFO} (field pair).`, 'Call the product that owns the pair: USDT/USDC pairs on fapi, coin-margined pairs on dapi.']),
    ]),
  ]),
  simple(['-4165', 'coinm:-4088'], 'The time range you asked for is invalid or longer than the endpoint allows (the message may say the maximum in days).', fixFirst('Shorten the startTime–endTime range (or fix their order) and request again.'), [
    cause('range-too-long', 'startTime/endTime span too long or reversed', 'History endpoints cap how many days one request may cover.', [
      fix('Page through time', ['Keep each request within the maximum days named in the message.', 'Loop over consecutive windows; make sure startTime < endTime, in milliseconds.']),
    ]),
  ]),
  simple(['-4104'], 'The contract type you sent is not valid for this request.', fixFirst('Send a valid contractType and request again.'), [
    cause('bad-contract-type', 'Invalid contractType', 'Valid values are the documented ones such as PERPETUAL, CURRENT_QUARTER and NEXT_QUARTER. Lowercase or Spot-style values fail.', [
      fix('Use a documented contract type', [`Check contractType values in ${EXINFO}.`, 'Use upper case.']),
    ]),
  ]),
  simple(['-4105', 'pm:-4517'], 'This symbol is under position risk control: for now only reduce-only orders are accepted on it.', never('Do not retry opening orders on this symbol until Binance lifts the control. Reduce-only / closing orders still work.'), [
    cause('symbol-risk-control', 'Symbol-level risk control', 'Binance limits a symbol to reduce-only during risk events (extreme moves, delisting preparations, large concentrated positions).', [
      fix('Only reduce on this symbol for now', ['Send closing orders with reduceOnly=true.', 'Check Binance announcements for the symbol; trade other symbols meanwhile.']),
    ]),
  ]),
  simple(['-4106', 'pm:-4518'], 'This symbol is under position risk control: buy orders are only accepted as reduce-only right now.', never('Do not retry opening buys on this symbol. Sells, and buys that reduce a short, still work.'), [
    cause('symbol-risk-control-buy', 'Buy side restricted on the symbol', 'Binance blocks new long exposure on the symbol during a risk event.', [fix('Only reduce with buys', ['Use BUY only to close shorts, with reduceOnly=true.', 'Watch announcements for when the control ends.'])]),
  ]),
  simple(['-4107', 'pm:-4519'], 'This symbol is under position risk control: sell orders are only accepted as reduce-only right now.', never('Do not retry opening sells on this symbol. Buys, and sells that reduce a long, still work.'), [
    cause('symbol-risk-control-sell', 'Sell side restricted on the symbol', 'Binance blocks new short exposure on the symbol during a risk event.', [fix('Only reduce with sells', ['Use SELL only to close longs, with reduceOnly=true.', 'Watch announcements for when the control ends.'])]),
  ]),
  simple(['-4109'], 'The futures account is inactive. Binance reactivates it once any amount of an asset is transferred into the futures wallet.', fixFirst('Transfer a small amount into the USD-M futures wallet to reactivate the account, then retry.'), [
    cause('inactive-account', 'Dormant futures account', 'Accounts left unused are marked inactive; the first transfer in wakes them up.', [
      fix('Transfer any amount into the futures wallet', ['Move a small amount from Spot to USD-M futures (app, or POST /sapi/v1/asset/transfer with type MAIN_UMFUTURE; python-binance futures_account_transfer).', 'Retry the original request.']),
    ]),
  ]),
  simple(['-4114', 'coinm:-4110'], 'The clientTranId you sent is not valid: it is too long (64 characters or more) or malformed.', fixFirst('Shorten or clean the clientTranId and send again.'), [
    cause('bad-tran-id', 'clientTranId too long or malformed', 'The transfer-style id must stay under 64 characters.', [fix('Use a short unique id', ['Generate ids under 64 characters of letters and digits.'])]),
  ]),
  simple(['-4115', 'coinm:-4111'], 'The clientTranId was already used: it must be unique for 7 days.', { verdict: 'query-order-first', outcome: 'rejected', advice: 'This request was refused, but the id was used before — most likely by your own earlier attempt, which may have gone through. Check that earlier transaction before doing anything else.' }, [
    cause('reused-tran-id', 'clientTranId reused within 7 days', 'A retry with the same id, or an id generator that repeats, hits the 7-day uniqueness rule. If it is a retry, the first attempt may already have succeeded.', [
      fix('Check the first attempt, then use fresh ids', ['Look up the earlier transaction with that id before retrying.', 'Generate ids that cannot repeat within 7 days (e.g. timestamp + random).']),
    ]),
  ]),
  simple(['-4116'], 'The client order id you sent already belongs to an open order. The new order was refused — but it means an order with that id is already live, often your own earlier attempt.', { verdict: 'query-order-first', outcome: 'rejected', advice: 'This request was refused, but an open order with the same client id exists. Find it first (GET /fapi/v1/order with origClientOrderId) — if it is your earlier attempt, you are done; do not place another.' }, [
    cause('retry-after-unknown', 'A retry of an order that actually went through', 'After a timeout or unknown-status error the first order may have been accepted; resending with the same id hits this. That is good news: the id protected you from a duplicate.', [
      fix('Treat the existing order as yours', ['Query GET /fapi/v1/order?symbol=…&origClientOrderId=… and continue with that order.', 'Keep passing your own id on retries; libraries otherwise mint a new one and a duplicate would be placed.']),
    ]),
    cause('id-reused', 'Your id generator repeats ids', 'Ids must be unique among open orders; fixed ids or short counters collide with resting orders.', [fix('Make ids unique', ['Include a timestamp or random part in every newClientOrderId (max 36 characters).'])]),
  ]),
  simple(['-4117'], 'The stop order is being triggered right now, so it cannot be changed or cancelled at this moment.', { verdict: 'query-order-first', outcome: 'unknown', advice: 'Find out what the order became before you act: it is in the middle of triggering and may fill in a moment. Query it after a second or two (or watch the user-data stream), then decide.' }, [
    cause('triggering', 'A cancel/modify raced with the trigger', 'The market reached the stop price as you tried to cancel or change it.', [
      fix('Wait, query, then act', ['Pause briefly, then query the order (GET /fapi/v1/algoOrder or GET /fapi/v1/order).', 'If it filled, update the position; if not, repeat the cancel.']),
    ]),
  ]),
  simple(['-4118', 'coinm:-4112'], 'Your reduce-only order was refused after checking it against your position and open orders: together they would flip or overshoot the position, or would need margin you do not have.', fixFirst('Nothing was placed. Check the current position and the other open orders on the symbol, adjust, then send again.'), [
    cause('reduce-only-conflict', 'Existing open orders already cover (or oppose) the position', 'Reduce-only orders are checked together with your other open orders; stacked take-profits and stops, or a same-side open order that would make the position flip, fail this check.', [
      fix('Clean up competing orders', ['List open orders (GET /fapi/v1/openOrders, GET /fapi/v1/openAlgoOrders) and the position (GET /fapi/v3/positionRisk).', 'Cancel or shrink orders that together exceed the position, then resend.', 'Use one closePosition=true stop instead of several reduce-only stops.']),
    ]),
    cause('position-gone', 'The position is smaller than you think, or already closed', 'A fill, liquidation or manual close changed the position before your reduce-only order arrived.', [fix('Re-read the position', ['Size reduce-only orders from the current positionAmt.', 'Skip the order when the position is 0.'], S_REDUCE_CLOSE)]),
  ]),
  K4120,
  K4131,
  simple(['-4135'], 'The activation price of the trailing stop is on the wrong side of the current price.', fixFirst('Nothing was placed. Move activatePrice to the correct side (or omit it) and resend.'), [
    cause('activation-wrong-side', 'activatePrice on the wrong side of the market', 'For TRAILING_STOP_MARKET a BUY needs an activation price below the latest price, and a SELL one above it. Prices computed from an old quote often land on the wrong side.', [
      fix('Check the side against the live price', ['Read the latest price right before sending.', 'BUY: activatePrice < latest; SELL: activatePrice > latest — or leave activatePrice out to start trailing at once.', 'Trailing stops go to the Algo Order endpoint (POST /fapi/v1/algoOrder).']),
    ]),
  ]),
  simple(['-4137'], 'With closePosition=true you must not send a quantity: the order closes whatever the position is.', fixFirst('Nothing was placed. Drop quantity (or drop closePosition) and resend.'), [
    cause('qty-with-close-position', 'quantity sent together with closePosition=true', 'closePosition already means “all of it”, so a quantity contradicts it.', [fix('Send one or the other', ['For close-all stops: closePosition=true without quantity.', 'For partial exits: quantity with reduceOnly=true, without closePosition.'])]),
  ]),
  simple(['-4138'], 'closePosition=true cannot be combined with reduceOnly=false: a close-all order can only reduce.', fixFirst('Nothing was placed. Remove reduceOnly (or closePosition) and resend.'), [
    cause('reduce-only-false-with-close', 'reduceOnly=false sent with closePosition=true', 'Some code always sends reduceOnly (true or false); with closePosition=true the false value contradicts it.', [fix('Do not send reduceOnly with closePosition', ['Omit reduceOnly whenever closePosition=true.'])]),
  ]),
  simple(['-4139'], 'A MARKET order type is not allowed here because the order could not be cancelled.', fixFirst('Nothing was placed. Use a LIMIT order (or another cancellable type) for this action.'), [
    cause('market-not-cancellable', 'MARKET used where only a cancellable order is allowed', 'For this action Binance requires an order that can rest and be cancelled; a MARKET order cannot.', [fix('Use a LIMIT order', ['Place a LIMIT order at the price you accept instead.'])]),
  ]),
  simple(['-4140'], 'The symbol is not open for new positions right now (for example before delisting or during settlement); only closing is allowed.', never('Do not retry opening: the symbol’s status does not allow it. Close existing positions with reduce-only orders and check Binance’s announcements.'), [
    cause('symbol-not-open', 'Symbol status blocks opening', 'Before a delisting or settlement Binance stops new positions on the symbol while still letting you close.', [
      fix('Check the symbol status', [`Read status in ${EXINFO} (TRADING means normal).`, 'Close any position with reduceOnly=true; remove the symbol from the bot.']),
    ]),
  ]),
  simple(['-4141'], 'The symbol is closed (delisted or settled), so it cannot be traded.', never('Do not retry: the symbol no longer trades. Remove it from your bot.'), [
    cause('symbol-closed', 'Delisted or settled symbol', 'Binance closed the contract; cached symbol lists still contain it.', [fix('Refresh your symbol list', [`Only trade symbols whose status is TRADING in ${EXINFO}.`, 'Drop closed symbols from configs and watchlists.'])]),
  ]),
  simple(['-4142'], 'Your take-profit or stop order would trigger the moment it is placed, because its trigger price is already on the wrong side of the current price.', fixFirst('Nothing was placed. Recompute the trigger price from the current price (or close now with a MARKET order) and resend.'), [
    cause('trigger-already-crossed', 'Trigger price on the wrong side of the market', 'For a long: stop below, take-profit above the price; for a short the reverse. Fast moves or stale prices put the trigger on the other side. workingType decides whether last (CONTRACT_PRICE) or mark price is compared.', [
      fix('Compare with the price the trigger uses', ['Read the last price (or mark price with workingType=MARK_PRICE) right before sending.', 'Keep the trigger on the correct side with a small margin.', 'If the level is already passed, close with a reduce-only MARKET order instead.']),
    ]),
  ]),
  simple(['-4161', 'coinm:-4150'], 'You cannot lower the leverage of an isolated position while it is open.', fixFirst('Nothing changed. Close or reduce the position first, or keep the current leverage.'), [
    cause('isolated-leverage-with-position', 'Reducing leverage on an open isolated position', 'Lowering leverage would require more isolated margin than the position holds, so Binance refuses it while the position is open.', [
      fix('Change leverage when flat', ['Set leverage before opening the position.', 'Or add margin / close the position, then change it.']),
    ]),
  ]),
  K4164,
  simple(['-4167'], 'You cannot switch to Multi-Assets mode while some USD-M symbols are in isolated margin.', fixFirst('Nothing changed. Switch those symbols to CROSSED (when flat) first.'), [
    cause('isolated-symbols', 'Isolated-margin symbols exist', 'Multi-Assets mode only works with cross margin on every symbol.', [fix('Make every symbol cross first', ['Find symbols with marginType ISOLATED (GET /fapi/v1/symbolConfig).', 'Switch them to CROSSED when they have no position/orders, then enable Multi-Assets mode.'])]),
  ]),
  simple(['-4168'], 'You cannot switch a symbol to isolated margin while the account is in Multi-Assets mode.', fixFirst('Nothing changed. Turn Multi-Assets mode off first, or keep cross margin.'), [
    cause('multi-assets-on', 'Multi-Assets mode forbids isolated margin', 'In Multi-Assets mode all symbols must use cross margin.', [fix('Choose one', ['Turn off Multi-Assets mode (POST /fapi/v1/multiAssetsMargin with multiAssetsMargin=false), then set ISOLATED.', 'Or stay cross.'])]),
  ]),
  simple(['-4169'], 'You cannot change Multi-Assets mode because the margin balance in USD-M futures is too low.', fixFirst('Nothing changed. Add margin or reduce positions, then try again.'), [
    cause('low-margin-balance', 'Insufficient margin balance', 'Switching modes re-evaluates margin; the account would not stay sufficiently margined.', [fix('Improve margin first', ['Transfer funds into USD-M or reduce positions.', 'Retry the switch afterwards.'])]),
  ]),
  simple(['-4170'], 'You cannot change Multi-Assets mode while there are open orders in USD-M futures.', fixFirst('Nothing changed. Cancel open orders first, then switch.'), [
    cause('open-orders', 'Open orders block the switch', 'The mode change requires no open orders on USD-M.', [fix('Cancel, switch, re-place', ['Cancel open orders (including conditional ones), switch the mode, then place them again.'])]),
  ]),
  simple(['-4171'], 'The asset mode (single-asset or Multi-Assets) is already what you asked for. Nothing needed to change.', noop('Nothing to do: the asset mode is already set. Stop treating this reply as an error.'), [
    cause('already-set', 'Mode already in place', 'Setting the mode at every start returns this once it is set.', [fix('Read before setting, or ignore -4171', ['Read GET /fapi/v1/multiAssetsMargin first and only change when different.'])]),
  ]),
  simple(['-4172'], 'You cannot change Multi-Assets mode while a margin asset in USD-M futures has a negative wallet balance.', fixFirst('Nothing changed. Bring the negative balance back to zero or above, then switch.'), [
    cause('negative-balance', 'A margin asset below zero', 'Losses or fees left an asset negative; Binance will not change the mode until it is covered.', [fix('Cover the negative asset', ['Transfer that asset into USD-M futures until its balance is not negative.', 'Retry the switch.'])]),
  ]),
  simple(['-4183', 'coinm:-4151'], 'The limit price of your stop-limit (STOP / TAKE_PROFIT) order is too far above its stop price; Binance caps it at a multiple of the stop price.', fixFirst('Nothing was placed. Bring the limit price closer to the stop price (the message may give the maximum) and resend.'), [
    cause('limit-far-from-stop', 'Limit price above the stop-price multiplier cap', 'For stop-limit orders the limit price must stay within a band around the trigger price; an extreme “fill at any price” limit exceeds it.', [
      fix('Keep the limit close to the trigger', ['Use the maximum quoted in the message, snapped to the tick.', 'Or use a STOP_MARKET / TAKE_PROFIT_MARKET order (Algo endpoint) if you just want the exit.']),
    ]),
  ]),
  simple(['-4184', 'coinm:-4152'], 'The limit price of your stop-limit (STOP / TAKE_PROFIT) order is too far below its stop price; Binance floors it at a fraction of the stop price.', fixFirst('Nothing was placed. Bring the limit price closer to the stop price (the message may give the minimum) and resend.'), [
    cause('limit-far-below-stop', 'Limit price below the stop-price multiplier floor', 'For stop-limit orders the limit price must stay within a band around the trigger; a very low sell limit is outside it.', [
      fix('Keep the limit close to the trigger', ['Use the minimum quoted in the message, snapped to the tick.', 'Or use a MARKET-type conditional order if you only need the exit.']),
    ]),
  ]),
  simple(['-4189', 'pm:-4407'], 'Your account may only place reduce-only orders on this symbol (a restriction on your account’s permission for it).', never('Do not retry opening orders on this symbol; closing orders with reduceOnly=true still work. Find out from Binance why the restriction applies.'), [
    cause('account-symbol-reduce-only', 'Account restricted to reduce-only on the symbol', 'Binance limits some accounts on some symbols (risk, compliance, or a product rule).', [
      fix('Only reduce on this symbol; ask support', ['Close with reduceOnly=true.', 'Check Binance notifications and contact support for the reason.']),
    ]),
  ]),
  simple(['-4192'], 'Trading is paused on your account because a cooling-off period is active.', never('Do not retry: trading stays blocked until the cooling-off period ends. The bot cannot override it.'), [
    cause('cooling-off', 'A cooling-off period is active', 'Cooling-off is a trading break set on the account (by you, or applied by Binance); no new trades are accepted until it ends.', [
      fix('Wait it out', ['Check the end time of the cooling-off period in the app/website.', 'Pause the bot until then.']),
    ]),
  ]),
  leverageHuman(['-4202', 'coinm:-4194'], 'You asked for more than 20x leverage, which needs Intermediate identity verification on your account.', 'Verification level too low for >20x', 'Binance only allows leverage above 20x after Intermediate Personal Verification.', ['Complete Intermediate verification in the app, or keep leverage at 20x or less.']),
  leverageHuman(['-4203', 'coinm:-4195'], 'Leverage above 20x is only available one month after the account was registered; your account is newer than that.', 'Account too new for >20x', 'New accounts are capped at 20x for their first month.', ['Use 20x or less until the account is a month old.']),
  leverageHuman(['-4205', 'coinm:-4200'], 'Leverage above 20x only becomes available a number of days (named in the message) after you registered for futures.', 'Futures account too new for >20x', 'Binance caps leverage at 20x for a period after futures registration.', ['Use 20x or less until the number of days in the message has passed.']),
  leverageHuman(['-4206', 'coinm:-4201'], 'Users in your country or region have a lower maximum leverage; the message may name it.', 'Regional leverage cap', 'Local rules limit leverage for accounts in some jurisdictions.', ['Use the maximum named in the message or lower.', 'This cannot be lifted from the API.']),
  leverageHuman(['-4208', 'coinm:-4202'], 'While you use the position limit adjustment service, leverage on this symbol cannot exceed 20x.', 'Position limit adjustment service caps leverage', 'Accounts that had their position limits raised by the service are held to 20x on that symbol.', ['Keep leverage at 20x or less on this symbol, or stop using the service.']),
  leverageHuman(['-4209'], 'This symbol’s maximum leverage is lower than what you asked (the message gives the cap, e.g. 20x).', 'Symbol-level leverage cap', 'Some symbols are capped below the usual maximum, and the cap can change.', ['Use the maximum in the message or lower.', 'Read GET /fapi/v1/leverageBracket for the current limits.']),
  simple(['-4210', 'coinm:-4154'], 'The stop (trigger) price is too far above the current price; Binance caps trigger prices at a multiple of the price.', fixFirst('Nothing was placed. Bring the trigger price closer to the market (the message may give the maximum) and resend.'), [
    cause('trigger-too-high', 'Trigger price above the price multiplier cap', 'Very distant take-profits or stops, or a decimal slip, put the trigger outside the allowed band.', [fix('Move the trigger inside the band', ['Use the maximum quoted in the message.', 'Check the decimals of the trigger price.'])]),
  ]),
  simple(['-4211', 'coinm:-4155'], 'The stop (trigger) price is too far below the current price; Binance floors trigger prices at a fraction of the price.', fixFirst('Nothing was placed. Bring the trigger price closer to the market (the message may give the minimum) and resend.'), [
    cause('trigger-too-low', 'Trigger price below the price multiplier floor', 'Very distant stops, or a decimal slip, put the trigger outside the allowed band.', [fix('Move the trigger inside the band', ['Use the minimum quoted in the message.', 'Check the decimals of the trigger price.'])]),
  ]),
  simple(['-4220'], 'The COIN-M position mode must be the same as the USD-M one, so this change was refused.', fixFirst('Nothing changed. Change the mode on USD-M (it applies to both), with no open orders or positions on either.'), [
    cause('cm-um-mode-shared', 'COIN-M and USD-M share one position mode', 'Binance keeps a single Hedge/One-way setting for both products; changing only the COIN-M side is refused.', [
      fix('Change both together', ['Close positions and cancel orders on USD-M and COIN-M.', 'Change the mode with POST /fapi/v1/positionSide/dual (it syncs COIN-M).'], S_POSMODE_ENSURE),
    ]),
  ]),
  simple(['-4400'], 'Your account broke Binance’s Futures Trading Quantitative Rules (for example too many cancellations or unfilled orders compared with fills), so for a while only reduce-only orders are allowed.', never('Do not retry opening orders: the account is limited to reduce-only for a period. Close positions if needed and change how the bot trades before the limit ends.'), [
    cause('quant-rules', 'Quantitative trading rules breached', 'Binance watches ratios such as unfilled, expired and cancelled orders versus filled ones, and small-order patterns. Aggressive order-spamming strategies trigger a temporary reduce-only limit.', [
      fix('Wait it out and trade less noisily', ['Check the indicators with GET /fapi/v1/apiTradingStatus.', 'Place fewer, larger orders; cancel and replace less often.', 'Wait until the restriction expires (see Binance’s notification).']),
    ]),
  ]),
  simple(['-4401'], 'You broke the risk-control rules for large positions on this symbol, so only reduce-only orders are accepted until you reduce the position.', never('Do not retry opening orders. Reduce the position on this symbol; opening orders work again once it is back within the limit.'), [
    cause('large-position', 'Position too large under the risk rules', 'Binance limits very large positions relative to the symbol’s market; above that, only reducing is allowed.', [fix('Reduce the position', ['Close part of the position with reduce-only orders.', 'Size future positions below the limit.'])]),
  ]),
  simple(['-4402'], 'This feature is not available in your region under Binance’s terms and local rules.', never('Do not retry: access depends on your account’s region, not the request.'), [
    cause('region-restricted', 'Regional compliance restriction', 'Some symbols or features are blocked for accounts in certain jurisdictions.', [fix('Use what is available to you', ['Remove the restricted symbol or feature from the bot.', 'Contact Binance support if you believe your region is wrong.'])]),
  ]),
  leverageHuman(['-4403'], 'Under local rules your region has a leverage cap (10x, or the number in the message).', 'Regional leverage cap', 'Compliance rules in your region limit leverage below the symbol’s normal maximum.', ['Set leverage at or below the cap in the message.']),
  simple(['pm:-4405', 'pm:-4415'], 'On your Portfolio Margin account only reduce-only orders are accepted right now (-4405 for the USD-M side, -4415 for the COIN-M side).', never('Do not retry opening orders for now; reduce-only orders still work. Try opening again later, and check your account’s margin status.'), [
    cause('pm-reduce-only', 'Portfolio Margin restricted to reduce-only', 'Binance limits the UM or CM side of a Portfolio Margin account to reduce-only, for example under risk control or a low margin ratio.', [
      fix('Reduce, check margin, try later', ['Close or reduce with reduceOnly=true.', 'Check the account status (GET /papi/v1/account) and your notifications.', 'Try opening again later.']),
    ]),
  ]),
  simple(['usdm:-4531'], 'Changing the position mode on USD-M also changes it on COIN-M, and COIN-M has open positions or orders, so the change was refused.', fixFirst('Nothing changed. Close COIN-M positions and cancel COIN-M orders, then change the mode again.'), [
    cause('cm-blocks-sync', 'Open COIN-M positions or orders', 'During the COIN-M migration Binance syncs the COIN-M position mode with USD-M; anything open on COIN-M blocks that sync.', [
      fix('Clear COIN-M first', ['List COIN-M open orders (GET /dapi/v1/openOrders) and positions (GET /dapi/v1/positionRisk).', 'Cancel/close them, then POST /fapi/v1/positionSide/dual again.']),
    ]),
  ]),
];

const knowledge: Knowledge[] = rest;
export default knowledge;
