/**
 * Knowledge for execution codes (-5000 … -5999, with their COIN-M twins), Portfolio Margin's own positive
 * codes (51xxx) and -1013: INVALID_MESSAGE on the derivatives pages, "Filter failure: …" on Spot.
 */
import { cause, fix, fixFirst, lines, never, noop, signed, simple, six, wait } from './build';
import { CJS as UCJS, CJS_SPOT as CJS, CPY as UCPY, CPY_SPOT as CPY, FAPI, PB, PB_DEC, SPOT, UJS, UJS_SPOT as SJS, UPY, UPY_SPOT as SPY, UPY_SPOT_DEC as SPY_DEC } from './snippets';
import { minNotionalNamed } from '../rules/min-notional-named';
import { postOnlySent } from '../rules/post-only-sent';
import { priceFloatTail } from '../rules/price-float-tail';
import { quantityFloatTail } from '../rules/quantity-float-tail';
import { spotFilterFailure } from '../rules/spot-filter-failure';
import type { Knowledge, Snippet } from '../types';

// ---------------------------------------------------------------------------------------------
// Builders (the library heads are in ./snippets).

const SPOT_JQ = (jq: string): string => `curl -s "${SPOT}/api/v3/exchangeInfo?symbol=BTCUSDT" | jq '${jq}'`;

const UPB = PB;

// ---------------------------------------------------------------------------------------------
// Spot snippet sets.

/** Snap price to PRICE_FILTER.tickSize and quantity to LOT_SIZE.stepSize. */
const SP_SNAP = six(
  lines(
    PB_DEC,
    'f = {x["filterType"]: x for x in client.get_symbol_info("BTCUSDT")["filters"]}',
    'tick, step = Decimal(f["PRICE_FILTER"]["tickSize"]), Decimal(f["LOT_SIZE"]["stepSize"])',
    'price = (Decimal("64321.378") / tick).to_integral_value(rounding=ROUND_DOWN) * tick',
    'qty = (Decimal("0.0012345") / step).to_integral_value(rounding=ROUND_DOWN) * step',
    'client.create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC",',
    '                    quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))',
  ),
  lines(
    CPY,
    'ex.load_markets(True)',
    'symbol = "BTC/USDT"',
    'amount = ex.amount_to_precision(symbol, 0.0012345)  # LOT_SIZE.stepSize',
    'price = ex.price_to_precision(symbol, 64321.378)  # PRICE_FILTER.tickSize',
    'ex.create_order(symbol, "limit", "buy", amount, price)',
  ),
  lines(
    CJS,
    'await ex.loadMarkets(true);',
    "const symbol = 'BTC/USDT';",
    'const amount = ex.amountToPrecision(symbol, 0.0012345);',
    'const price = ex.priceToPrecision(symbol, 64321.378);',
    "await ex.createOrder(symbol, 'limit', 'buy', amount, price);",
  ),
  lines(
    SPY_DEC,
    'f = {x["filterType"]: x for x in client.exchange_info(symbol="BTCUSDT")["symbols"][0]["filters"]}',
    'tick, step = Decimal(f["PRICE_FILTER"]["tickSize"]), Decimal(f["LOT_SIZE"]["stepSize"])',
    'price = (Decimal("64321.378") / tick).to_integral_value(rounding=ROUND_DOWN) * tick',
    'qty = (Decimal("0.0012345") / step).to_integral_value(rounding=ROUND_DOWN) * step',
    'client.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC",',
    '                 quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))',
  ),
  lines(
    SJS,
    "const { data } = await client.exchangeInfo({ symbol: 'BTCUSDT' });",
    'const f = Object.fromEntries(data.symbols[0].filters.map((x) => [x.filterType, x]));',
    'const snap = (v, s) => (Math.floor(v / Number(s) + 1e-9) * Number(s)).toFixed(Math.max(0, -Math.floor(Math.log10(Number(s)))));',
    'const price = snap(64321.378, f.PRICE_FILTER.tickSize);',
    'const quantity = snap(0.0012345, f.LOT_SIZE.stepSize);',
    "await client.newOrder('BTCUSDT', 'BUY', 'LIMIT', { price, quantity, timeInForce: 'GTC' });",
  ),
  lines(
    '# tickSize / stepSize of the symbol, then a price and quantity that are exact multiples',
    SPOT_JQ('.symbols[0].filters[] | select(.filterType=="PRICE_FILTER" or .filterType=="LOT_SIZE")'),
    signed('POST', '/api/v3/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.00123&price=64321.37', SPOT),
  ),
);

/** The smallest order value allowed (NOTIONAL / MIN_NOTIONAL) and the quantity that reaches it. */
const SP_NOTIONAL = six(
  lines(
    'import math',
    PB,
    'f = {x["filterType"]: x for x in client.get_symbol_info("BTCUSDT")["filters"]}',
    'floor = float((f.get("NOTIONAL") or f["MIN_NOTIONAL"])["minNotional"])',
    'step = float(f["LOT_SIZE"]["stepSize"])',
    'avg = float(client.get_avg_price(symbol="BTCUSDT")["price"])',
    'qty = math.ceil(floor * 1.02 / avg / step) * step  # round UP, 2% headroom',
    'print("smallest order:", round(qty, 8), "BTC, about", round(qty * avg, 2), "USDT")',
  ),
  lines(
    CPY,
    'ex.load_markets()',
    'm = ex.market("BTC/USDT")',
    'floor = m["limits"]["cost"]["min"]  # NOTIONAL.minNotional',
    'last = ex.fetch_ticker("BTC/USDT")["last"]',
    'amount = ex.amount_to_precision("BTC/USDT", floor * 1.02 / last + m["precision"]["amount"])',
    'print("smallest order:", amount, "BTC")',
  ),
  lines(
    CJS,
    'await ex.loadMarkets();',
    "const m = ex.market('BTC/USDT');",
    "const last = (await ex.fetchTicker('BTC/USDT')).last;",
    "const amount = ex.amountToPrecision('BTC/USDT', (m.limits.cost.min * 1.02) / last + m.precision.amount);",
    "console.log('smallest order:', amount, 'BTC');",
  ),
  lines(
    'import math',
    SPY,
    'f = {x["filterType"]: x for x in client.exchange_info(symbol="BTCUSDT")["symbols"][0]["filters"]}',
    'floor = float((f.get("NOTIONAL") or f["MIN_NOTIONAL"])["minNotional"])',
    'step = float(f["LOT_SIZE"]["stepSize"])',
    'avg = float(client.avg_price("BTCUSDT")["price"])',
    'qty = math.ceil(floor * 1.02 / avg / step) * step',
    'print("smallest order:", round(qty, 8), "BTC")',
  ),
  lines(
    SJS,
    "const { data } = await client.exchangeInfo({ symbol: 'BTCUSDT' });",
    'const f = Object.fromEntries(data.symbols[0].filters.map((x) => [x.filterType, x]));',
    'const floor = Number((f.NOTIONAL || f.MIN_NOTIONAL).minNotional);',
    "const avg = Number((await client.avgPrice('BTCUSDT')).data.price);",
    'const step = Number(f.LOT_SIZE.stepSize);',
    "console.log('smallest order:', Math.ceil((floor * 1.02) / avg / step) * step, 'BTC');",
  ),
  lines(
    '# minNotional of the symbol and the average price it is checked against',
    SPOT_JQ('.symbols[0].filters[] | select(.filterType=="NOTIONAL" or .filterType=="MIN_NOTIONAL")'),
    `curl -s "${SPOT}/api/v3/avgPrice?symbol=BTCUSDT"`,
  ),
);

/** The price band around the average price (PERCENT_PRICE / PERCENT_PRICE_BY_SIDE). */
const SP_PERCENT = six(
  lines(
    PB,
    'f = {x["filterType"]: x for x in client.get_symbol_info("BTCUSDT")["filters"]}',
    'avg = float(client.get_avg_price(symbol="BTCUSDT")["price"])',
    'band = f.get("PERCENT_PRICE_BY_SIDE") or f["PERCENT_PRICE"]',
    'up = float(band.get("bidMultiplierUp", band.get("multiplierUp")))  # BUY side',
    'down = float(band.get("bidMultiplierDown", band.get("multiplierDown")))',
    'price = min(max(60000.0, avg * down), avg * up)  # keep the BUY price inside, then snap to tickSize',
    'print("allowed", avg * down, "to", avg * up, "-> use", price)',
  ),
  lines(
    CPY,
    'ex.load_markets()',
    'f = {x["filterType"]: x for x in ex.market("BTC/USDT")["info"]["filters"]}',
    'avg = float(ex.publicGetAvgPrice({"symbol": "BTCUSDT"})["price"])',
    'band = f.get("PERCENT_PRICE_BY_SIDE") or f["PERCENT_PRICE"]',
    'up = float(band.get("bidMultiplierUp", band.get("multiplierUp")))',
    'down = float(band.get("bidMultiplierDown", band.get("multiplierDown")))',
    'print("BUY price must stay between", avg * down, "and", avg * up)',
  ),
  lines(
    CJS,
    'await ex.loadMarkets();',
    "const filters = ex.market('BTC/USDT').info.filters;",
    "const band = filters.find((x) => x.filterType === 'PERCENT_PRICE_BY_SIDE') || filters.find((x) => x.filterType === 'PERCENT_PRICE');",
    "const avg = Number((await ex.publicGetAvgPrice({ symbol: 'BTCUSDT' })).price);",
    'const up = Number(band.bidMultiplierUp ?? band.multiplierUp);',
    'const down = Number(band.bidMultiplierDown ?? band.multiplierDown);',
    "console.log('BUY price must stay between', avg * down, 'and', avg * up);",
  ),
  lines(
    SPY,
    'f = {x["filterType"]: x for x in client.exchange_info(symbol="BTCUSDT")["symbols"][0]["filters"]}',
    'avg = float(client.avg_price("BTCUSDT")["price"])',
    'band = f.get("PERCENT_PRICE_BY_SIDE") or f["PERCENT_PRICE"]',
    'up = float(band.get("bidMultiplierUp", band.get("multiplierUp")))',
    'down = float(band.get("bidMultiplierDown", band.get("multiplierDown")))',
    'print("BUY price must stay between", avg * down, "and", avg * up)',
  ),
  lines(
    SJS,
    "const { data } = await client.exchangeInfo({ symbol: 'BTCUSDT' });",
    'const f = Object.fromEntries(data.symbols[0].filters.map((x) => [x.filterType, x]));',
    'const band = f.PERCENT_PRICE_BY_SIDE || f.PERCENT_PRICE;',
    "const avg = Number((await client.avgPrice('BTCUSDT')).data.price);",
    'const up = Number(band.bidMultiplierUp ?? band.multiplierUp);',
    'const down = Number(band.bidMultiplierDown ?? band.multiplierDown);',
    "console.log('BUY price must stay between', avg * down, 'and', avg * up);",
  ),
  lines(
    '# the band multipliers and the average price they apply to',
    SPOT_JQ('.symbols[0].filters[] | select(.filterType|startswith("PERCENT_PRICE"))'),
    `curl -s "${SPOT}/api/v3/avgPrice?symbol=BTCUSDT"`,
  ),
);

/** Spend an amount of the quote asset with quoteOrderQty instead of guessing a base quantity. */
const SP_QUOTE = six(
  lines(PB, '# spend 25 USDT; Binance works out the BTC quantity', 'client.order_market_buy(symbol="BTCUSDT", quoteOrderQty="25")'),
  lines(CPY, '# spend 25 USDT (cost) instead of passing 25 as the BTC amount', 'ex.create_market_buy_order_with_cost("BTC/USDT", 25)'),
  lines(CJS, "await ex.createMarketBuyOrderWithCost('BTC/USDT', 25);"),
  lines(SPY, 'client.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quoteOrderQty="25")'),
  lines(SJS, "await client.newOrder('BTCUSDT', 'BUY', 'MARKET', { quoteOrderQty: 25 });"),
  signed('POST', '/api/v3/order', 'symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=25', SPOT),
);

/** Count open orders on the symbol and cancel the oldest ones. */
const SP_OPEN = six(
  lines(
    PB,
    'orders = sorted(client.get_open_orders(symbol="BTCUSDT"), key=lambda o: o["time"])',
    'print(len(orders), "open orders on BTCUSDT")',
    'for o in orders[:10]:  # cancel the ten oldest',
    '    client.cancel_order(symbol="BTCUSDT", orderId=o["orderId"])',
  ),
  lines(
    CPY,
    'orders = sorted(ex.fetch_open_orders("BTC/USDT"), key=lambda o: o["timestamp"])',
    'print(len(orders), "open orders")',
    'for o in orders[:10]:',
    '    ex.cancel_order(o["id"], "BTC/USDT")',
  ),
  lines(
    CJS,
    "const orders = (await ex.fetchOpenOrders('BTC/USDT')).sort((a, b) => a.timestamp - b.timestamp);",
    "console.log(orders.length, 'open orders');",
    "for (const o of orders.slice(0, 10)) await ex.cancelOrder(o.id, 'BTC/USDT');",
  ),
  lines(
    SPY,
    'orders = sorted(client.get_open_orders(symbol="BTCUSDT"), key=lambda o: o["time"])',
    'print(len(orders), "open orders on BTCUSDT")',
    'for o in orders[:10]:',
    '    client.cancel_order(symbol="BTCUSDT", orderId=o["orderId"])',
  ),
  lines(
    SJS,
    "const { data } = await client.openOrders({ symbol: 'BTCUSDT' });",
    "console.log(data.length, 'open orders on BTCUSDT');",
    'const oldest = data.sort((a, b) => a.time - b.time).slice(0, 10);',
    "for (const o of oldest) await client.cancelOrder('BTCUSDT', { orderId: o.orderId });",
  ),
  lines('# list open orders (stop/take-profit orders are included), then cancel what you no longer need', signed('GET', '/api/v3/openOrders', 'symbol=BTCUSDT', SPOT)),
);

/** Print one filter of the symbol (or its status and all filter names). */
const spFilter = (name: string): Snippet[] =>
  six(
    lines(PB, `name = "${name}"  # the filter named in the message`, 'info = client.get_symbol_info("BTCUSDT")', 'print(info["status"], [f for f in info["filters"] if f["filterType"] == name])'),
    lines(CPY, 'ex.load_markets(True)', 'info = ex.market("BTC/USDT")["info"]', `print(info["status"], [f for f in info["filters"] if f["filterType"] == "${name}"])`),
    lines(CJS, 'await ex.loadMarkets(true);', "const info = ex.market('BTC/USDT').info;", `console.log(info.status, info.filters.filter((f) => f.filterType === '${name}'));`),
    lines(SPY, 'info = client.exchange_info(symbol="BTCUSDT")["symbols"][0]', `print(info["status"], [f for f in info["filters"] if f["filterType"] == "${name}"])`),
    lines(SJS, "const { data } = await client.exchangeInfo({ symbol: 'BTCUSDT' });", 'const info = data.symbols[0];', `console.log(info.status, info.filters.filter((f) => f.filterType === '${name}'));`),
    SPOT_JQ(`.symbols[0] | {status, filters: [.filters[] | select(.filterType=="${name}")]}`),
  );

// ---------------------------------------------------------------------------------------------
// USD-M post-only snippet set.

const S_POST_ONLY = six(
  lines(
    UPB,
    'book = client.futures_orderbook_ticker(symbol="BTCUSDT")',
    '# a maker BUY must rest below the best ask: join the best bid, never touch the ask',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTX",',
    '                            quantity="0.002", price=book["bidPrice"])',
    '# or let Binance pick the price: priceMatch="QUEUE" (best price on your own side), no price',
  ),
  lines(
    UCPY,
    'symbol = "BTC/USDT:USDT"',
    'best_bid = ex.fetch_order_book(symbol, 5)["bids"][0][0]',
    '# postOnly becomes timeInForce=GTX; a price at or under the best bid cannot take',
    'ex.create_order(symbol, "limit", "buy", 0.002, best_bid, {"postOnly": True})',
  ),
  lines(
    UCJS,
    "const symbol = 'BTC/USDT:USDT';",
    'const bestBid = (await ex.fetchOrderBook(symbol, 5)).bids[0][0];',
    "await ex.createOrder(symbol, 'limit', 'buy', 0.002, bestBid, { postOnly: true });",
  ),
  lines(
    UPY,
    'book = um.book_ticker(symbol="BTCUSDT")',
    'um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTX",',
    '             quantity="0.002", price=book["bidPrice"])',
  ),
  lines(
    UJS,
    "const book = await (await client.restAPI.symbolOrderBookTicker({ symbol: 'BTCUSDT' })).data();",
    "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTX', quantity: 0.002, price: Number(book.bidPrice) });",
  ),
  lines(
    '# best bid/ask right now; a post-only BUY must be below the ask, a SELL above the bid',
    `curl -s "${FAPI}/fapi/v1/ticker/bookTicker?symbol=BTCUSDT"`,
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTX&quantity=0.002&price=64300.0', FAPI),
  ),
);

// ---------------------------------------------------------------------------------------------
// spot:-1013 — the filter failures.

const SPOT_1013: Knowledge = {
  keys: ['spot:-1013'],
  meaning:
    'Spot refused the order before it reached the matching engine because it broke one of the symbol’s trading rules (filters). The message says which: “Filter failure: LOT_SIZE”, “…PRICE_FILTER”, “…NOTIONAL” and so on. Nothing was placed.',
  retry: fixFirst('Nothing was placed. Fix the value the named filter checks (price grid, quantity grid, order value, open-order count …), then send the order again; the same order fails the same way.'),
  causes: [
    cause('price-off-tick', 'PRICE_FILTER: the price is not a multiple of tickSize', 'Prices must sit on the tick grid; rounding to a number of decimals, float noise or a computed stop price lands between ticks.', [
      fix('Snap the price to tickSize', ['Read PRICE_FILTER.tickSize from GET /api/v3/exchangeInfo?symbol=….', 'Round the price onto the grid with decimal maths (ccxt: price_to_precision).'], SP_SNAP),
    ]),
    cause('price-out-of-range', 'PRICE_FILTER: the price is below minPrice or above maxPrice', 'A decimal-point slip, a price in the wrong unit (e.g. the quote asset swapped) or a far-away limit puts the price outside the symbol’s range.', [
      fix('Check the price range', ['Compare your price with PRICE_FILTER.minPrice / maxPrice.', 'Check the units and decimals of your price calculation.'], spFilter('PRICE_FILTER')),
    ]),
    cause('percent-price', 'PERCENT_PRICE / PERCENT_PRICE_BY_SIDE: the price is too far from the average price', 'Limit prices must stay within a band around the recent weighted average price (GET /api/v3/avgPrice). Deep “catch the wick” bids and far take-profits fall outside it.', [
      fix('Keep the price inside the band', ['Read the multipliers (multiplierUp/Down, or bid/ask multipliers for PERCENT_PRICE_BY_SIDE) and the average price.', 'Clamp your price into the band, or place the order later when the market is nearer.'], SP_PERCENT),
    ]),
    cause('lot-size-step', 'LOT_SIZE: the quantity is not a multiple of stepSize', 'Quantities from money ÷ price, or float noise such as 0.30000000000000004, are not on the step grid.', [
      fix('Truncate the quantity to stepSize', ['Read LOT_SIZE.stepSize.', 'Cut the quantity down onto the grid with decimal maths (ccxt: amount_to_precision).'], SP_SNAP),
    ]),
    cause('lot-size-range', 'LOT_SIZE: the quantity is below minQty or above maxQty', 'Very small orders (often after truncation) or very large ones fall outside the allowed quantity range.', [
      fix('Keep the quantity within minQty–maxQty', ['Read LOT_SIZE.minQty / maxQty.', 'Raise small orders to minQty (and the minimum order value), split large ones.'], spFilter('LOT_SIZE')),
    ]),
    cause('quote-amount-as-quantity', 'The amount to spend (in USDT) was sent as the quantity (in BTC)', 'quantity is in the base asset. Passing “25” meaning 25 USDT asks for 25 BTC, which breaks LOT_SIZE / MARKET_LOT_SIZE (or your balance).', [
      fix('Use quoteOrderQty for “spend X” market orders', ['For MARKET orders send quoteOrderQty (amount of the quote asset) instead of quantity.', 'For LIMIT orders compute quantity = amount ÷ price and snap it to the step.'], SP_QUOTE),
    ]),
    cause('market-lot-size', 'MARKET_LOT_SIZE: the market order’s quantity is outside its own limits', 'MARKET orders are checked against MARKET_LOT_SIZE, whose maximum is often much smaller than LOT_SIZE’s.', [
      fix('Respect MARKET_LOT_SIZE', ['Read MARKET_LOT_SIZE.minQty / maxQty / stepSize.', 'Split large market orders, or use quoteOrderQty / LIMIT orders.'], spFilter('MARKET_LOT_SIZE')),
      fix('Or spend an amount instead', ['Send quoteOrderQty so Binance sizes the order.'], SP_QUOTE),
    ]),
    cause('notional-too-small', 'NOTIONAL / MIN_NOTIONAL: the order’s value is under the minimum', 'price × quantity must reach minNotional (market orders are valued at the average price). Small test orders and truncated quantities fall under it.', [
      fix('Size the order to at least minNotional', ['Read NOTIONAL (or MIN_NOTIONAL).minNotional.', 'Quantity ≥ minNotional ÷ price, rounded UP to the step, with some headroom.'], SP_NOTIONAL),
    ]),
    cause('notional-too-large', 'NOTIONAL: the order’s value is over maxNotional', 'The NOTIONAL filter also caps the value of a single order.', [
      fix('Split the order', ['Read NOTIONAL.maxNotional.', 'Send several smaller orders.'], spFilter('NOTIONAL')),
    ]),
    cause('too-many-open-orders', 'MAX_NUM_ORDERS / EXCHANGE_MAX_NUM_ORDERS: too many open orders', 'There is a cap on open orders per symbol and per account. Grid bots and forgotten orders reach it.', [
      fix('Cancel orders you no longer need', ['Count your open orders (GET /api/v3/openOrders).', 'Cancel stale ones; keep grids within the cap.'], SP_OPEN),
    ]),
    cause('too-many-algo-orders', 'MAX_NUM_ALGO_ORDERS / EXCHANGE_MAX_NUM_ALGO_ORDERS: too many open stop orders', 'STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT orders have a smaller cap of their own.', [
      fix('Cancel old stop orders', ['List open orders and count the stop / take-profit ones.', 'Cancel the ones you replaced; replace instead of adding.'], SP_OPEN),
    ]),
    cause('iceberg-limits', 'ICEBERG_PARTS / MAX_NUM_ICEBERG_ORDERS: iceberg order rules broken', 'An icebergQty too small splits the order into too many parts, or too many iceberg orders are open.', [
      fix('Use a larger icebergQty or fewer icebergs', ['Read ICEBERG_PARTS.limit: quantity ÷ icebergQty must not exceed it.', 'Cancel old iceberg orders.'], spFilter('ICEBERG_PARTS')),
    ]),
    cause('trailing-delta-range', 'TRAILING_DELTA: trailingDelta outside the allowed range', 'trailingDelta (in basis points) must be within the filter’s min/max for the order type and side.', [
      fix('Pick a trailingDelta inside the range', ['Read the TRAILING_DELTA filter (minTrailingAboveDelta, maxTrailingAboveDelta, minTrailingBelowDelta, maxTrailingBelowDelta).', 'Choose a value within the range for your order type.'], spFilter('TRAILING_DELTA')),
    ]),
    cause('max-position', 'MAX_POSITION: the position would exceed the symbol’s maximum', 'Your base-asset balance plus open BUY orders would go over the symbol’s maxPosition.', [
      fix('Stay under maxPosition', ['Read MAX_POSITION.maxPosition.', 'Cancel open BUY orders or reduce holdings before buying more.'], spFilter('MAX_POSITION')),
    ]),
    cause('amend-or-list-limit', 'MAX_NUM_ORDER_AMENDS / MAX_NUM_ORDER_LISTS: amend or order-list cap reached', 'An order was amended too many times, or too many order lists (OCO/OTO) are open.', [
      fix('Replace instead of amending; close old lists', ['Cancel and re-place an order that hit the amend cap.', 'Cancel order lists you no longer need.'], spFilter('MAX_NUM_ORDER_AMENDS')),
    ]),
    cause('not-a-filter', 'The message is not a filter failure', 'Spot also returns -1013 for other request problems; the real reason is the message text itself (for example a market that is closed or an unsupported order combination).', [
      fix('Act on the message text', ['Read the exact message.', 'Check the symbol’s status and permissions in GET /api/v3/exchangeInfo and fix what the message names.'], spFilter('PRICE_FILTER')),
    ]),
  ],
  tree: {
    start: 'filter',
    questions: [
      {
        id: 'filter',
        text: 'Which filter does the message name (“Filter failure: …”)?',
        options: [
          { value: 'PRICE_FILTER', label: 'PRICE_FILTER', next: 'price-which' },
          { value: 'PERCENT_PRICE', label: 'PERCENT_PRICE or PERCENT_PRICE_BY_SIDE', ranks: ['percent-price', 'price-out-of-range'] },
          { value: 'LOT_SIZE', label: 'LOT_SIZE', next: 'lot-which' },
          { value: 'MARKET_LOT_SIZE', label: 'MARKET_LOT_SIZE', ranks: ['market-lot-size', 'quote-amount-as-quantity'] },
          { value: 'NOTIONAL', label: 'MIN_NOTIONAL or NOTIONAL', next: 'notional-which' },
          { value: 'MAX_NUM_ORDERS', label: 'MAX_NUM_ORDERS / EXCHANGE_MAX_NUM_ORDERS', ranks: ['too-many-open-orders'] },
          { value: 'MAX_NUM_ALGO_ORDERS', label: 'MAX_NUM_ALGO_ORDERS / EXCHANGE_MAX_NUM_ALGO_ORDERS', ranks: ['too-many-algo-orders', 'too-many-open-orders'] },
          { value: 'ICEBERG', label: 'ICEBERG_PARTS / MAX_NUM_ICEBERG_ORDERS', ranks: ['iceberg-limits'] },
          { value: 'TRAILING_DELTA', label: 'TRAILING_DELTA', ranks: ['trailing-delta-range'] },
          { value: 'MAX_POSITION', label: 'MAX_POSITION', ranks: ['max-position'] },
          { value: 'AMENDS_LISTS', label: 'MAX_NUM_ORDER_AMENDS / MAX_NUM_ORDER_LISTS', ranks: ['amend-or-list-limit'] },
          { value: 'other', label: 'Another message (no filter named)', ranks: ['not-a-filter', 'notional-too-small', 'lot-size-step'] },
        ],
        auto: spotFilterFailure,
      },
      {
        id: 'price-which',
        text: 'Is the price inside the symbol’s minPrice–maxPrice range but off the tick grid, or outside the range?',
        options: [
          { value: 'off-grid', label: 'Inside the range, just not a multiple of tickSize', ranks: ['price-off-tick', 'price-out-of-range'] },
          { value: 'out-of-range', label: 'Outside the range / not sure', ranks: ['price-out-of-range', 'price-off-tick'] },
        ],
        auto: priceFloatTail,
      },
      {
        id: 'lot-which',
        text: 'What is the quantity like?',
        options: [
          { value: 'decimals', label: 'It has more decimals than the step allows', ranks: ['lot-size-step', 'lot-size-range'] },
          { value: 'size', label: 'It is too small or too big', ranks: ['lot-size-range', 'quote-amount-as-quantity'] },
          { value: 'quote', label: 'It is really the amount of USDT I wanted to spend', ranks: ['quote-amount-as-quantity', 'lot-size-range'] },
        ],
        auto: quantityFloatTail,
      },
      {
        id: 'notional-which',
        text: 'Was the order too small, or very large?',
        options: [
          { value: 'small', label: 'Small (a test order, a little balance)', ranks: ['notional-too-small', 'lot-size-step'] },
          { value: 'large', label: 'Very large', ranks: ['notional-too-large'] },
        ],
        auto: minNotionalNamed,
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// -5022 post-only.

const K5022: Knowledge = {
  keys: ['-5022'],
  meaning:
    'Your post-only order (timeInForce=GTX) would have traded immediately as a taker, so Binance rejected it instead of filling it. This is the protection working. The order was never placed and will not show in your order history.',
  retry: { verdict: 'safe-to-retry', outcome: 'rejected', advice: 'Nothing was placed. You can send a new post-only order at a fresh price from the current book; resending the same price into the same book is rejected again. Do not query it — it is not in order history.' },
  causes: [
    cause('library-post-only-flag', 'Your library or framework made the order post-only', 'ccxt turns postOnly: True into timeInForce=GTX, and some frameworks place maker-only orders by default, so an order you thought was a plain LIMIT was post-only.', [
      fix('Decide whether you want maker-only', ['Check your order parameters / framework settings for postOnly or timeInForce=GTX.', 'Keep it if you want maker fees and accept rejections; otherwise send timeInForce=GTC.'], S_POST_ONLY),
    ]),
    cause('chasing-touch', 'The bot prices at the best bid/ask and the book moved', 'Placing exactly at the touch (or inside the spread) works until the other side moves onto your price between reading the book and the order arriving.', [
      fix('Price from your own side of the book', ['A BUY joins the best bid (never the ask); a SELL joins the best ask.', 'Or send priceMatch=QUEUE without a price so Binance uses the best price on your side.', 'On rejection, re-read the book and re-price instead of resending.'], S_POST_ONLY),
    ]),
    cause('fast-market', 'The market moved between computing the price and sending it', 'A price a few ticks away a second ago can be through the book now in fast markets.', [
      fix('Re-read the book just before sending', ['Take best bid/ask immediately before placing.', 'Add a tick or two of distance in fast markets.'], S_POST_ONLY),
    ]),
    cause('price-crosses-book', 'The price was already at or through the other side', 'A BUY at or above the best ask (or a SELL at or below the best bid) would take liquidity at once, which post-only forbids.', [
      fix('Keep BUYs below the ask and SELLs above the bid', ['Compare your price with GET /fapi/v1/ticker/bookTicker.', 'If you really want to trade now, use a normal LIMIT (GTC/IOC) or MARKET order.'], S_POST_ONLY),
    ]),
    cause('wrong-side-price', 'Side and price mixed up', 'A bug that swaps BUY/SELL, or uses the bid for a sell, puts a post-only order straight into the other side.', [
      fix('Check side and reference price together', ['Log side, price, best bid and best ask together for rejected orders.', 'Fix the swap in your code.'], S_POST_ONLY),
    ]),
  ],
  tree: {
    start: 'tif',
    questions: [
      {
        id: 'tif',
        text: 'Did you mean to send a post-only order (timeInForce=GTX)?',
        options: [
          { value: 'gtx', label: 'Yes, post-only on purpose', next: 'pricing' },
          { value: 'not-meant', label: 'No, I thought it was a normal limit order', ranks: ['library-post-only-flag', 'price-crosses-book'] },
        ],
        auto: postOnlySent,
      },
      {
        id: 'pricing',
        text: 'How does your bot choose the post-only price?',
        options: [
          { value: 'touch', label: 'At the best bid/ask or inside the spread', ranks: ['chasing-touch', 'fast-market'] },
          { value: 'offset', label: 'A few ticks away, computed a moment earlier', ranks: ['fast-market', 'price-crosses-book'] },
          { value: 'cross', label: 'At or beyond the other side (e.g. buy at the ask)', ranks: ['price-crosses-book', 'wrong-side-price'] },
        ],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// The rest.

const rest: Knowledge[] = [
  SPOT_1013,
  simple(['-1013'], 'The futures API refused the request as an invalid message before processing it. On the futures products filter problems have their own codes, so this one points at the request itself.', fixFirst('Nothing was processed. Check how the request is built (parameters, encoding, values) before sending it again.'), [
    cause('malformed-request', 'The request could not be read as a valid message', 'Unexpected parameter formats, a JSON body where a form-encoded one is expected, or values the endpoint cannot parse.', [
      fix('Rebuild the request', ['Send parameters as a query string or application/x-www-form-urlencoded body.', 'Compare each parameter with the endpoint documentation.', 'Try the same call with the official connector to see whether your own HTTP code is at fault.']),
    ]),
    cause('spot-handling-on-futures', 'Code written for Spot’s “Filter failure” messages', 'On Spot -1013 carries filter failures; on futures those arrive as -4014, -4023, -4164 and friends. Handlers that expect Spot messages misreport futures errors.', [
      fix('Handle the futures codes', ['Map -4014 (tick), -4023 (step), -4004/-4005 (quantity range), -4164 (notional), -4016/-4024 (price band) separately.']),
    ]),
  ]),
  simple(['-5021'], 'Your fill-or-kill (FOK) order could not be filled completely and at once at your price, so it was rejected as a whole. Nothing was filled, and the order is not kept in your order history.', wait('Nothing was filled. Retry later, with a smaller size or a more generous price, or use IOC if partial fills are acceptable.'), [
    cause('not-enough-depth', 'Not enough volume at your limit price', 'FOK needs the whole quantity available right now at your price or better; in a thin or moving book it is not.', [
      fix('Loosen the order', ['Check the book (GET /fapi/v1/depth) before sending.', 'Use IOC to accept a partial fill, reduce the size, or widen the limit price.']),
    ]),
  ]),
  K5022,
  simple(['-5024', 'coinm:-4199'], 'The order cannot be modified because its symbol is not in trading status right now.', wait('Do not keep retrying the modification: wait until the symbol trades again, or cancel the order.'), [
    cause('symbol-not-trading', 'Symbol halted, settling or being delisted', 'Order amendment is only allowed while the symbol’s status is TRADING.', [
      fix('Check the status', ['Read the symbol status in exchangeInfo.', 'Wait for TRADING, or cancel the order instead of modifying it.']),
    ]),
  ]),
  simple(['-5025', 'coinm:-4196'], 'Only LIMIT orders can be modified; the order you tried to amend is another type.', fixFirst('Nothing changed. Cancel the order and place a new one instead of modifying it.'), [
    cause('modify-non-limit', 'Modify used on a non-LIMIT order', 'PUT /fapi/v1/order (order amendment) supports LIMIT orders only; stops and other types must be replaced.', [
      fix('Cancel and re-place', ['Cancel the order, then place the new version.', 'Conditional orders live on the Algo endpoints and cannot be modified at all before they trigger.']),
    ]),
  ]),
  simple(['-5026', 'coinm:-4198'], 'This order has been modified the maximum number of times Binance allows for one order.', fixFirst('Nothing changed. Cancel it and place a fresh order instead of modifying again.'), [
    cause('modify-cap', 'Too many amendments on one order', 'Binance caps how many times a single order can be modified; repricing bots that amend on every tick reach it.', [
      fix('Replace the order and amend less', ['Cancel and place a new order.', 'Only amend when the price change is meaningful.']),
    ]),
  ]),
  simple(['-5027', 'coinm:-4197'], 'The modification you asked for would not change the order (same price and quantity). Nothing needed to change.', noop('Nothing to do: the order already has those values. Stop treating this reply as an error.'), [
    cause('same-values', 'Modify sent with unchanged values', 'Repricing logic that does not compare the new price with the current one sends no-op amendments.', [
      fix('Skip no-op amendments', ['Compare the new price/quantity with the order’s current values before sending a modify.', 'Ignore -5027 (COIN-M -4197) in your error handling.']),
    ]),
  ]),
  simple(['-5028', 'coinm:-4188'], 'The request passed the gateway but reached the matching engine too late: its timestamp was outside the recvWindow when the matching engine checked it. It was rejected before any matching.', { verdict: 'safe-to-retry', outcome: 'rejected', advice: 'Nothing was executed. You can resend once with a fresh timestamp and signature; if it keeps happening, fix clock drift and the time between signing and sending, and avoid bursts at busy moments.' }, [
    cause('internal-queue-delay', 'Time spent waiting inside Binance at a busy moment', 'The same timestamp test as -1021 is repeated at the matching engine; under load the request can queue long enough to fail it even though it was fine at the gateway.', [
      fix('Keep a margin and avoid bursts', ['Sign right before sending and keep recvWindow at 5000–10000 ms.', 'Spread bursts of orders out; use batch orders sparingly at peaks.']),
    ]),
    cause('slow-path-or-clock', 'Your clock is behind, or the request waited on your side', 'A slow local queue, an overloaded machine or a clock running behind eats into the recvWindow before the request even leaves.', [
      fix('Sync the clock and measure delays', ['Sync the OS clock (chrony / w32tm) and compare with GET /fapi/v1/time (COIN-M: /dapi/v1/time).', 'Log the time between taking the timestamp and sending; reduce it.']),
    ]),
  ]),
  simple(['-5029'], 'After your modification the order’s value (price × quantity) would be under the symbol’s minimum notional, shown in the message.', fixFirst('Nothing changed. Keep the modified order at or above the minimum value, or cancel it instead.'), [
    cause('modified-below-floor', 'Amendment makes the order too small', 'Lowering quantity or price in a modify is checked against MIN_NOTIONAL like a new order.', [
      fix('Keep the value above the floor', ['Read MIN_NOTIONAL.notional from GET /fapi/v1/exchangeInfo.', 'Check price × quantity before amending; cancel instead if the remainder is too small.']),
    ]),
  ]),
  simple(['-5037'], 'The priceMatch value is not valid for this request.', fixFirst('Nothing was placed. Use a valid priceMatch value (and no price with it), then resend.'), [
    cause('bad-price-match', 'Unknown priceMatch value, or priceMatch together with price', 'priceMatch takes OPPONENT, OPPONENT_5, OPPONENT_10, OPPONENT_20, QUEUE, QUEUE_5, QUEUE_10 or QUEUE_20 and cannot be sent with price.', [
      fix('Send a documented value', ['Use one of the documented values, upper case.', 'Remove price when you send priceMatch.']),
    ]),
  ]),
  simple(['-5038'], 'priceMatch only works with LIMIT, STOP and TAKE_PROFIT orders; this order type does not support it.', fixFirst('Nothing was placed. Drop priceMatch or change the order type, then resend.'), [
    cause('price-match-type', 'priceMatch on an unsupported order type', 'MARKET and the *_MARKET conditional types have no price for priceMatch to set.', [
      fix('Use a supported type', ['Use LIMIT (or STOP / TAKE_PROFIT on the Algo endpoint) with priceMatch, or remove priceMatch.']),
    ]),
  ]),
  simple(['-5039'], 'The selfTradePreventionMode value is not valid.', fixFirst('Nothing was placed. Send a valid self-trade prevention mode, then resend.'), [
    cause('bad-stp-mode', 'Unknown selfTradePreventionMode', 'Accepted values are EXPIRE_TAKER, EXPIRE_MAKER, EXPIRE_BOTH and NONE.', [fix('Use a documented value', ['Send one of EXPIRE_TAKER, EXPIRE_MAKER, EXPIRE_BOTH or NONE, or omit the parameter.'])]),
  ]),
  simple(['-5040'], 'The goodTillDate of your GTD order is out of range: it must be more than 600 seconds in the future and no later than 253402300799000 (9999-12-31).', fixFirst('Nothing was placed. Set goodTillDate far enough ahead (in milliseconds) and resend.'), [
    cause('gtd-too-soon', 'goodTillDate too close, in the past, or in seconds', 'A GTD expiry under ten minutes away, computed from a clock behind Binance, or given in seconds instead of milliseconds fails the check.', [
      fix('Compute it from server time in milliseconds', ['goodTillDate = serverTime (GET /fapi/v1/time) + at least 600000 ms plus a margin.', 'Send it in milliseconds; only whole seconds count.']),
    ]),
  ]),
  simple(['usdm:-5041'], 'Your price-match (BBO) order found no price level to match: the side of the book it refers to had no depth.', wait('Nothing was placed. Try again when the book has depth, or send a LIMIT order with your own price.'), [
    cause('empty-book-side', 'No depth on the referenced side', 'priceMatch OPPONENT/QUEUE needs levels on the book; on a thin symbol or the testnet the needed level can be missing.', [
      fix('Check the book, or price it yourself', ['Read GET /fapi/v1/depth before sending.', 'Fall back to a LIMIT order with an explicit price.']),
    ]),
  ]),
  simple(['pm:-5041'], 'Too many requests from your account were waiting at the same time, and this one timed out in the queue before it was handled.', wait('Back off and lower how many requests you send at once, then retry. If it was an order, a quick check by its client order id before resending costs little.'), [
    cause('too-much-concurrency', 'Too many simultaneous requests from one account', 'Portfolio Margin queues an account’s requests; firing many in parallel (several bots, unbounded async tasks) makes some time out.', [
      fix('Limit concurrency', ['Cap in-flight requests per account (a small semaphore / queue).', 'Spread bursts out; retry with exponential backoff.']),
    ]),
  ]),
  simple(['-5043'], 'A modification for this order is already pending; Binance will not accept another until it finishes.', wait('Wait a moment, query the order to see the pending change’s result, then decide whether to modify again.', 1), [
    cause('overlapping-modify', 'Two modifications of the same order in flight', 'Repricing loops that send the next amendment before the previous one is confirmed collide.', [
      fix('Serialise amendments per order', ['Wait for the response (or ORDER_TRADE_UPDATE) before the next modify.', 'Query GET /fapi/v1/order to see the current price/quantity.']),
    ]),
  ]),
  simple(['pm:51006'], 'You asked to borrow more than your Portfolio Margin account may borrow for this asset.', fixFirst('Nothing was borrowed. Check the maximum borrowable amount and ask for less.'), [
    cause('over-max-borrow', 'Borrow above the allowed maximum', 'The limit depends on your margin, the asset’s borrow limit and what you already owe.', [
      fix('Borrow within the limit', ['Read GET /papi/v1/margin/maxBorrowable?asset=….', 'Borrow at most that amount (POST /papi/v1/marginLoan), or add collateral first.']),
    ]),
  ]),
  simple(['pm:51007'], 'A borrow or repayment for your account is still being processed, so a new one cannot start yet.', wait('Wait a few seconds for the pending borrow/repay to finish, then try again once.', 5), [
    cause('pending-loan-op', 'A previous borrow/repay is still pending', 'Borrow and repay requests are processed one at a time; sending the next too quickly, or retrying a slow one, hits this.', [
      fix('Wait for the previous one', ['Check your loan/repay records before retrying.', 'Serialise borrow and repay calls.']),
    ]),
  ]),
  simple(['pm:51014'], 'This asset cannot be borrowed at the moment.', never('Do not retry borrowing this asset now; Binance has disabled borrowing for it. Use another asset or wait for it to be re-enabled.'), [
    cause('borrow-disabled', 'Borrowing switched off for the asset', 'Binance suspends borrowing of an asset during risk events, delistings or pool shortages.', [fix('Use another asset or wait', ['Check Binance announcements for the asset.', 'Adjust the strategy to not depend on borrowing it.'])]),
  ]),
  simple(['pm:51061'], 'There is not enough of this asset in the lending pool right now to lend you the amount you asked for.', wait('Nothing was borrowed. Ask for a smaller amount, or try again later (the message suggests tomorrow).'), [
    cause('pool-short', 'Lending pool temporarily short', 'High demand has used up the loanable supply of the asset named in the message.', [fix('Borrow less or later', ['Reduce the amount.', 'Try again later; plan for the asset not being borrowable on demand.'])]),
  ]),
  simple(['pm:51068'], 'Your margin account is being liquidated, so trading is blocked until the liquidation is processed.', never('Do not retry now: wait until the liquidation has finished, then check your account before trading again.'), [
    cause('in-liquidation', 'Liquidation in progress', 'The account’s margin fell too low; Binance is closing positions and blocks new trades meanwhile.', [
      fix('Wait, then review the account', ['Wait for the liquidation to complete (GET /papi/v1/account shows the status).', 'Review risk settings before resuming the bot.']),
    ]),
  ]),
  simple(['pm:51078'], 'Binance could not retrieve or validate the margin assets needed for this request (a net-asset ratio check failed).', wait('Try again a little later; if it keeps failing, check the account’s margin status and contact support.'), [
    cause('margin-assets-check', 'Margin asset check failed', 'The account’s margin assets could not be read, or the net-asset ratio requirement for the action is not met.', [
      fix('Check the account, retry later', ['Read GET /papi/v1/account and your balances.', 'Retry after a short wait; escalate to support if it persists.']),
    ]),
  ]),
  simple(['pm:51113'], 'Your margin limit order’s price is too far from the index price: sells may not be more than 15% below it and buys not more than 15% above it.', fixFirst('Nothing was placed. Bring the limit price within 15% of the index price and resend.'), [
    cause('margin-price-band', 'Limit price outside the ±15% index band', 'Far-away limits, decimal slips or stale prices break the band for margin orders.', [fix('Clamp the price', ['Check the current index/market price.', 'Keep buys ≤ 115% and sells ≥ 85% of it.'])]),
  ]),
  simple(['pm:51122'], 'This function is not available to Portfolio Margin accounts.', never('Do not retry: Portfolio Margin accounts cannot use this function. Use the /papi/ equivalent if one exists.'), [
    cause('pm-not-supported', 'A classic-account function called from a Portfolio Margin account', 'Some margin and futures endpoints are for classic accounts only; Portfolio Margin accounts have their own /papi/ endpoints.', [
      fix('Use the Portfolio Margin API', ['Find the matching /papi/ endpoint (e.g. POST /papi/v1/margin/order, POST /papi/v1/um/order).', 'Or do the action from the app.']),
    ]),
  ]),
  simple(['pm:51998'], 'The Portfolio Margin system is busy and did not handle the request.', wait('Wait and retry with backoff; send fewer requests at once.', 1), [
    cause('system-busy', 'Binance-side load', 'At peak times the service sheds requests.', [fix('Back off', ['Retry with exponential backoff (e.g. 1 s, 2 s, 4 s) a few times.', 'Lower concurrency.'])]),
  ]),
  simple(['pm:51999'], 'Binance reported an unknown system error while processing the request, so its outcome is not known.', { verdict: 'query-order-first', outcome: 'unknown', advice: 'Find out whether the order (or borrow/transfer) exists before you retry: query it by the client order id you sent (e.g. GET /papi/v1/um/order or GET /papi/v1/margin/order with origClientOrderId) or watch the user-data stream. Libraries mint a fresh client order id on every retry, so a blind retry can double it.' }, [
    cause('unknown-outcome', 'Binance-side error with unknown result', 'The request reached Binance but failed in an unexpected way; it may or may not have taken effect.', [
      fix('Reconcile, then retry only if it is missing', ['Always send your own newClientOrderId so you can look the order up.', 'Query the order or balances; resend only if nothing happened.', 'If it repeats, reduce load and check Binance’s status announcements.']),
    ]),
  ]),
];

const knowledge: Knowledge[] = rest;
export default knowledge;
